const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a Chinese numeral from 一 to 九十九 as used in official document numbering
 * (一、 / （十三） / （二十）). Returns null for anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  const tenAt = text.indexOf('十');
  if (tenAt === -1) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  if (text.indexOf('十', tenAt + 1) !== -1) return null;
  const before = text.slice(0, tenAt);
  const after = text.slice(tenAt + 1);
  if (before.length > 1 || after.length > 1) return null;
  const tens = before === '' ? 1 : (DIGITS[before] ?? null);
  const ones = after === '' ? 0 : (DIGITS[after] ?? null);
  if (tens === null || ones === null) return null;
  return tens * 10 + ones;
}

/** Writes 1–99 as a Chinese numeral (inverse of parseChineseNumeral). */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    throw new RangeError(`toChineseNumeral: ${value} is outside 1–99`);
  }
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return names[ones];
  return `${tens === 1 ? '' : names[tens]}十${names[ones]}`;
}
