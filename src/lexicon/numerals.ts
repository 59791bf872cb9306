// Chinese numerals as the genre writes them: 一…九十九 in headings, 二〇二一 in
// dates, 元 for the first month. One reader for every stage.

/** Digit characters and their values (两 in 两个月, 元 in 元月, 〇/○ in years). */
export const CN_DIGIT: Readonly<Record<string, number>> = {
  "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "元": 1,
};

/** The numeral characters, for character classes in patterns. */
export const CN_NUMERALS = "〇○零一二三四五六七八九十两";

/** "12", "十二", "三十一", "十", "元" → number; null when it is not a number (一二, 百). */
export function cnNumber(s: string): number | null {
  if (s === "") return null;
  if (/^[0-9]+$/.test(s)) return Number(s);
  const ten = s.indexOf("十");
  if (ten < 0) {
    if (s.length !== 1) return null;
    return CN_DIGIT[s] ?? null;
  }
  const tens = ten === 0 ? 1 : s.length > 0 && ten === 1 ? CN_DIGIT[s[0]] : undefined;
  const unitPart = s.slice(ten + 1);
  const units = unitPart === "" ? 0 : unitPart.length === 1 ? CN_DIGIT[unitPart] : undefined;
  if (tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

/** "二〇二一" → 2021 (digit by digit). */
export function cnDigits(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + (CN_DIGIT[ch] ?? 0);
  return n;
}
