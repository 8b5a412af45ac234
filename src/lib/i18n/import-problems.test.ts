import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../analysis/types';
import { problemText } from './import-problems';

const problems: ImportProblem[] = [
  { code: 'too-large', bytes: 300 * 1024 * 1024, limit: 256 * 1024 * 1024 },
  { code: 'empty' },
  { code: 'not-json', detail: 'Unexpected token o' },
  { code: 'not-geojson', type: 'array' },
  { code: 'csv-syntax', row: 7, detail: 'Quoted field unterminated' },
  { code: 'no-coordinate-columns', columns: ['name', 'x坐标'] },
  { code: 'unknown-column', column: 'lon' },
  { code: 'bad-number', row: 12, column: 'lat', value: 'abc' },
  { code: 'out-of-range', row: 3, column: 'lng', value: '200' },
  { code: 'out-of-range', feature: 4, value: '200, 39' },
  { code: 'missing-geometry', feature: 0 },
  { code: 'unsupported-geometry', feature: 2, type: 'Polygon' },
  { code: 'bad-coordinates', feature: 5 },
  { code: 'too-many-points', limit: 1_000_000, row: 1_000_002 },
  { code: 'crashed', detail: 'out of memory' },
];

describe('problemText', () => {
  it.each(problems)('words $code in both languages', (problem) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = problemText(lang, problem);
      expect(text).not.toMatch(/\{\w+\}/u);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('names the line, the column and the value', () => {
    expect(problemText('en', { code: 'bad-number', row: 12, column: 'lat', value: 'abc' })).toBe(
      'Line 12: lat “abc” is not a number.',
    );
    expect(problemText('zh', { code: 'bad-number', row: 12, column: 'lat', value: 'abc' })).toBe(
      '第 12 行：lat 的值“abc”不是数字。',
    );
  });

  it('numbers features from 1 for people', () => {
    expect(problemText('en', { code: 'unsupported-geometry', feature: 2, type: 'Polygon' })).toContain('Feature 3');
  });

  it('cuts very long values short', () => {
    const text = problemText('en', { code: 'bad-number', row: 2, column: 'lat', value: 'x'.repeat(10_000) });
    expect(text.length).toBeLessThan(120);
  });
});
