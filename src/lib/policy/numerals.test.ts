import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from './numerals';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
  ])('reads %s as %i and writes it back', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
    expect(toChineseNumeral(value)).toBe(text);
  });

  it.each(['', '零', '十十', '一二', '二十三四', 'a', '百'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('refuses to write numbers outside 1–99', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(100)).toThrow(RangeError);
  });
});
