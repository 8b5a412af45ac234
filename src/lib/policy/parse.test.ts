import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, PolicyParseError, type ParsedPolicy } from './parse';

const source = readFileSync(
  new URL('../../../geodata/policies/tianjin-service-measures-2026.txt', import.meta.url),
  'utf8',
);
const policy = parsePolicy(source);
const measure = (id: string) => {
  const found = policy.measures.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
};

describe('parsePolicy on the 2026 Tianjin service-industry measures', () => {
  it('finds 3 parts, 20 groups and 41 measures in document order', () => {
    expect(policy.parts.map((part) => part.title)).toEqual([
      '支持生产性服务业专业化升级',
      '促进生活性服务业品质化发展',
      '优化服务业发展环境',
    ]);
    expect(policy.groups).toHaveLength(20);
    expect(policy.measures).toHaveLength(41);
    expect(policy.measures.slice(0, 5).map((m) => m.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    expect(policy.measures.slice(-8).map((m) => m.id)).toEqual(['13', '14', '15', '16', '17', '18', '19', '20']);
  });

  it('finds 39 distinct responsible bodies, keeping 市新闻出版局（市版权局） whole', () => {
    const bodies = new Set(policy.measures.flatMap((m) => m.bodies.map((body) => body.name)));
    expect(bodies.size).toBe(39);
    expect(bodies).toContain('市新闻出版局（市版权局）');
    expect(bodies).not.toContain('市版权局');
    expect([...bodies].some((name) => name.includes('、'))).toBe(false);
  });

  it('reads （一）2 设计服务 field by field', () => {
    const design = measure('1.2');
    expect(design).toMatchObject({ part: 1, group: 1, item: 2, title: '设计服务' });
    expect(design.text.startsWith('支持工程设计企业提升数智化水平')).toBe(true);
    expect(design.text).toContain('高水平建设海河柳林设计集聚区。');
    expect(design.text.endsWith('进一步健全完善设计服务统筹推进机制。')).toBe(true);
    expect(design.bodies.map((body) => body.name)).toEqual([
      '市科技局',
      '市住房城乡建设委',
      '市工业和信息化局',
      '市规划资源局',
      '市商务局',
      '市发展改革委',
      '市投资促进局',
      '有关区人民政府',
    ]);
    expect(design.bodies.every((body) => !body.lead)).toBe(true);
  });

  it('reads （二）2 算力和数据服务, which names 滨海新区 and 武清区', () => {
    const compute = measure('2.2');
    expect(compute).toMatchObject({ group: 2, item: 2, title: '算力和数据服务' });
    expect(compute.text).toContain('支持滨海新区、武清区等集聚算力资源');
    expect(compute.bodies).toEqual([
      { name: '市数据局', lead: false },
      { name: '有关区人民政府', lead: false },
    ]);
  });

  it('reads （十三）, a group without items whose paragraph follows a blank line', () => {
    const fusion = measure('13');
    expect(fusion).toMatchObject({ part: 3, group: 13, item: null, title: '深化业态融合集聚发展' });
    for (const name of [
      '小白楼中央商务区',
      '解放北路金融历史文化区',
      '远洋—旺海航运服务集聚区',
      '金街',
      '滨海新区',
      '“117项目”',
    ]) {
      expect(fusion.text).toContain(name);
    }
    expect(fusion.text.startsWith('深化先进制造业和现代服务业融合发展试点')).toBe(true);
    expect(fusion.bodies.at(-1)).toEqual({ name: '各区人民政府', lead: false });
  });

  it('reads （七） as one measure titled with its group', () => {
    expect(measure('7')).toMatchObject({ part: 2, group: 7, item: null, title: '提升零售和互联网销售服务质量' });
  });

  it('marks the lead body of a 牵头负责 measure', () => {
    expect(measure('2.1').bodies).toEqual([{ name: '市工业和信息化局', lead: true }]);
    expect(measure('4.4').bodies).toEqual([{ name: '市交通运输委', lead: true }]);
  });

  it('keeps （一）4 知识产权 bodies from the 〔〕 form', () => {
    expect(measure('1.4').bodies.map((body) => body.name)).toContain('市新闻出版局（市版权局）');
    expect(measure('1.4').text.endsWith('推行专利技术成果“先使用后付费”。')).toBe(true);
  });

  it('keeps the closing paragraph out of （二十） and drops page artefacts', () => {
    expect(measure('20').text).not.toContain('建立市服务业高质量发展推进机制');
    expect(policy.closing.startsWith('建立市服务业高质量发展推进机制')).toBe(true);
    expect(policy.closing).not.toContain('PAGE');
    expect(policy.frontMatter).toContain('天津市推动服务业扩能提质的若干措施');
  });

  it('never leaves the responsibility parenthesis in a measure text', () => {
    for (const m of policy.measures) expect(m.text, m.id).not.toMatch(/负责[）〕]$/u);
  });
});

describe('parsePolicy on other documents in the same conventions', () => {
  const small = [
    '某市若干措施',
    '一、第一部分',
    '（一）第一组',
    '1．甲项。做甲。（市甲局牵头负责）',
    '2．乙项。做乙，',
    '继续做乙。（市乙局、市丙局按职责分工负责）',
    '二、第二部分',
    '（二）第二组',
    '',
    '做丙。（各区人民政府按职责分工负责）',
  ].join('\n');

  it('parses a small document, including a measure spanning two lines', () => {
    const parsed: ParsedPolicy = parsePolicy(small);
    expect(parsed.measures.map((m) => [m.id, m.title, m.text])).toEqual([
      ['1.1', '甲项', '做甲。'],
      ['1.2', '乙项', '做乙，\n继续做乙。'],
      ['2', '第二组', '做丙。'],
    ]);
  });

  const failsAt = (text: string, line: number, message: RegExp) => {
    let caught: unknown;
    try {
      parsePolicy(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PolicyParseError);
    expect((caught as PolicyParseError).line).toBe(line);
    expect((caught as PolicyParseError).message).toMatch(message);
    expect((caught as PolicyParseError).message).toMatch(new RegExp(`^line ${line}: `, 'u'));
  };

  it('names the line of a skipped group number', () => {
    failsAt(small.replace('（二）第二组', '（三）第二组'), 8, /group （三） found where group 2 was expected/u);
  });

  it('names the line of an out-of-order item', () => {
    failsAt(small.replace('2．乙项', '3．乙项'), 5, /item 3． found where item 2 was expected/u);
  });

  it('names the line of a measure that never closes', () => {
    failsAt(small.replace('（市甲局牵头负责）', ''), 5, /an item starts before the measure begun on line 4 closed/u);
  });

  it('names the line of an item outside any group', () => {
    failsAt(['一、部分', '1．甲。做甲。（市甲局负责）'].join('\n'), 2, /outside any group/u);
  });

  it('names the line of a stray paragraph between measures', () => {
    failsAt(small.replace('2．乙项', '多余的一段。\n2．乙项'), 5, /unnumbered paragraph after measure 1.1/u);
  });

  it('names the line of a responsibility clause without a role', () => {
    failsAt(small.replace('（市甲局牵头负责）', '（市甲局，市乙局负责）'), 4, /does not end with a role/u);
  });

  it('rejects a document with no parts', () => {
    failsAt('只有一段话。', 1, /no part heading/u);
  });
});
