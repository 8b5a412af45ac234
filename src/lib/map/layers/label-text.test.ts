import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../../tests/support/atlas';
import { labelText, ZH_MAX_WIDTH_EMS, ZH_WRAP_AFTER } from './label-text';

describe('labelText', () => {
  it('never breaks inside quotation marks or brackets', () => {
    expect(labelText('“117项目”及周边区域', 'zh')).toBe('“117项目”\n及周边区域');
    expect(labelText('国家会展中心（天津）', 'zh')).toBe('国家会展中心\n（天津）');
  });

  it('breaks long names at a word boundary near the middle and leaves short ones alone', () => {
    expect(labelText('金街国际消费中心城市标志区', 'zh')).toBe('金街国际消费中心\n城市标志区');
    expect(labelText('解放北路金融历史文化区', 'zh')).toBe('解放北路\n金融历史文化区');
    expect(labelText('远洋—旺海航运服务集聚区', 'zh')).toBe('远洋—旺海航运\n服务集聚区');
    expect(labelText('小白楼中央商务区', 'zh')).toBe('小白楼中央商务区');
    expect(labelText('Xiaobailou CBD', 'en')).toBe('Xiaobailou CBD');
  });

  it('keeps an English quotation or bracket on one line', () => {
    expect(labelText('The “117 Project” area (Xiqing)', 'en')).toBe('The “117\u00a0Project” area (Xiqing)');
    expect(labelText('The "117 Project" and surrounding area', 'en')).toBe(
      'The "117\u00a0Project" and surrounding area',
    );
    expect(labelText('National Exhibition Center (Tian jin)', 'en')).toBe('National Exhibition Center (Tian\u00a0jin)');
  });

  it('puts every zone and place name of the atlas on lines MapLibre will not break again', () => {
    const atlas = realAtlas();
    const names = [...atlas.zones, ...atlas.places].map((feature) => feature.properties.name.zh);
    for (const name of names) {
      const lines = labelText(name, 'zh').split('\n');
      expect(lines.join('')).toBe(name);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) {
        expect([...line].length).toBeLessThan(ZH_MAX_WIDTH_EMS);
        // No line opens a quotation or bracket it does not close.
        expect((line.match(/[“（]/gu) ?? []).length).toBe((line.match(/[”）]/gu) ?? []).length);
      }
      if ([...name].length > ZH_WRAP_AFTER) expect(lines).toHaveLength(2);
    }
  });
});
