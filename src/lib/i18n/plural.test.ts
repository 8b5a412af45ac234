import { describe, expect, it } from 'vitest';
import { t } from './tool-messages';

describe('counts in English', () => {
  it('says “1 zone · 2 measures”, not “1 zones”', () => {
    expect(t('en', 'sectorCounts', { zones: 1, measures: 2 })).toBe('1 zone · 2 measures');
    expect(t('en', 'sectorCounts', { zones: 0, measures: 1 })).toBe('0 zones · 1 measure');
    expect(t('zh', 'sectorCounts', { zones: 1, measures: 2 })).toBe('1 个片区 · 2 项措施');
  });

  it('agrees the verb with the count', () => {
    expect(t('en', 'relationCitywide', { count: 1 })).toBe('1 more measure applies citywide');
    expect(t('en', 'relationCitywide', { count: 32 })).toBe('32 more measures apply citywide');
    expect(t('en', 'coResponsible', { count: 1 })).toBe('1 measure names district governments as co-responsible');
  });

  it('covers the sibling counts', () => {
    expect(t('en', 'visibleSummary', { zones: 1, places: 1, measures: 1 })).toBe(
      'Showing 1 zone, 1 place and 1 measure',
    );
    expect(t('en', 'measuresCount', { count: 1 })).toBe('1 measure');
    expect(t('en', 'thematicClassOne', { from: 1 })).toBe('1 measure');
    expect(t('en', 'pointClassOne', { from: 10 })).toBe('10 points');
  });

  it('leaves a plural placeholder without a value as it is', () => {
    expect(t('en', 'sectorCounts')).toBe('{zones} {zones|zone|zones} · {measures} {measures|measure|measures}');
  });
});
