import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../tests/support/geodata';
import { gazetteerFile } from '../data/schemas';
import { parsePolicy } from '../policy/parse';
import { findDesignationHits, uncoveredHits } from '../policy/designations';
import { validateGeodata } from './validate';

const files = readGeodataFiles();
const policy = parsePolicy(files['policies/tianjin-service-measures-2026.txt'] ?? '');
const gazetteer = gazetteerFile.parse(JSON.parse(files['gazetteer.json'] ?? '{}'));

/** The 12 designations the audit (issue 15) found the map did not account for, with their measures. */
const AUDITED = [
  ['1.2', '两平台一中心'],
  ['1.4', '全国商业秘密保护创新试点地区'],
  ['3.1', '金融创新运营示范区'],
  ['4.1', '天津仲裁委员会海事仲裁中心'],
  ['4.2', '特色进境口岸'],
  ['5.1', '国家人力资源服务出口基地'],
  ['6.1', '自贸'],
  ['6.2', '大宗商品交易中心'],
  ['7', '直播电商聚集区'],
  ['10.1', '中国国际医疗设备与器械交易（集采）平台'],
  ['13', '京津冀新质生产力创新协同区'],
  ['19', '国家服务贸易创新发展示范区'],
] as const;

describe('the gazetteer accounts for every designation the text names', () => {
  const cases = policy.measures.flatMap((measure) =>
    findDesignationHits(measure.text).map((hit) => ({ measure, hit })),
  );

  it('the pattern finder finds the designations in the text', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map(({ measure, hit }) => [measure.id, hit.kind, hit.text, measure, hit] as const))(
    'measure %s: %s “%s”',
    (_id, _kind, _text, measure, hit) => {
      const wordings = gazetteer.designations
        .flatMap((entry) => entry.mentions)
        .filter((mention) => mention.measure === measure.id)
        .map((mention) => mention.match);
      const covered = !uncoveredHits(measure.text, wordings).some(
        (open) => open.start === hit.start && open.end === hit.end,
      );
      const otherTerm = hit.kind === 'quoted' && gazetteer.otherQuotedTerms.includes(hit.text);
      expect(covered || otherTerm, `${measure.text.slice(Math.max(0, hit.start - 15), hit.end)}`).toBe(true);
    },
  );

  it.each(AUDITED)('measure %s: “%s” has an entry with a status', (measure, wording) => {
    const entry = gazetteer.designations.find((candidate) =>
      candidate.mentions.some((mention) => mention.measure === measure && mention.match.includes(wording)),
    );
    expect(entry).toBeDefined();
    if (entry?.status === 'unmapped') expect(entry.reason?.zh && entry.reason.en).toBeTruthy();
  });

  it('the pilot free trade zone maps to its three areas', () => {
    const ftz = gazetteer.designations.find((entry) => entry.id === 'pilot-free-trade-zone');
    expect(ftz?.status).toBe('feature');
    expect(ftz?.targets.map((target) => target.id).sort()).toEqual(['ftz-airport', 'ftz-binhai-cbd', 'ftz-dongjiang']);
  });

  it('the validator fails when a designation loses its entry', () => {
    const trimmed = {
      ...gazetteer,
      designations: gazetteer.designations.filter((entry) => entry.id !== 'hr-export-base'),
    };
    const result = validateGeodata({ ...files, 'gazetteer.json': JSON.stringify(trimmed) });
    expect(result.errors.map((issue) => issue.message).join('\n')).toContain('人力资源服务出口基地');
  });

  it('the validator fails when an English summary omits a designation the Chinese names', () => {
    const english = JSON.parse(files['measures-en.json'] ?? '{}') as {
      measures: Record<string, { title: string; summary: string }>;
    };
    english.measures['19'].summary = 'Implements the comprehensive pilot and grows digital trade.';
    const result = validateGeodata({ ...files, 'measures-en.json': JSON.stringify(english) });
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: 'measures-en.json',
        id: 'measure 19',
        message: expect.stringContaining('Demonstration Zone for Innovative Development of Trade in Services'),
      }),
    );
  });

  it('publishes each mention with the verbatim sentence that contains it', () => {
    const result = validateGeodata(files);
    expect(result.errors).toEqual([]);
    for (const entry of result.dataset?.gazetteer ?? []) {
      for (const mention of entry.mentions) {
        const measure = policy.measures.find((candidate) => candidate.id === mention.measure);
        expect(measure?.text).toContain(mention.sentence);
        expect(mention.sentence).toContain(mention.match);
      }
    }
  });
});
