import { describe, expect, it } from 'vitest';
import { measuresByPart } from './measure-outline';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();

describe('measuresByPart', () => {
  it('groups all 41 measures into 3 parts and 20 groups in document order', () => {
    const parts = measuresByPart(atlas.measures);
    expect(parts.map((part) => part.title.zh)).toEqual([
      '支持生产性服务业专业化升级',
      '促进生活性服务业品质化发展',
      '优化服务业发展环境',
    ]);
    const groups = parts.flatMap((part) => part.groups);
    expect(groups.map((group) => group.number)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(groups[0].label.zh).toBe('（一）完善科技服务体系');
    expect(groups[0].measures.map((measure) => measure.id)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(groups.reduce((sum, group) => sum + group.measures.length, 0)).toBe(41);
  });

  it('keeps only the groups that have measures left after filtering', () => {
    const parts = measuresByPart(atlas.measures.filter((measure) => measure.sector === 'finance'));
    expect(parts).toHaveLength(1);
    expect(parts[0].groups.map((group) => group.label.en)).toEqual(['3 · Consolidate strengths in financial services']);
  });
});
