// How the genre writes calendar dates: 2021年7月13日, 二〇二二年四月八日, 2021-07-13,
// 2021.3.9, with or without a time of day. The fragments are shared by the date
// lines of the notice head and the 印发 line, by the metadata reader and by the
// deadline parsers; the calendar helpers check that a date exists.
import { cnDigits, cnNumber } from "./numerals.js";

/** A month number: 1–12 in digits, 元, 十一, 一 … */
export const MONTH_NUM = "(?:[0-9]{1,2}|元|十[一二]?|[一二三四五六七八九])";
/** A day number: 1–31 in digits or Chinese numerals. */
export const DAY_NUM = "(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

/** A written date with 年月日, in digits or Chinese numerals, spaces allowed between parts. */
export const CN_DATE =
  "(?:\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,4}\\s*日";

/** A line that is only a date (the 成文日期 of a signature), spaces removed. */
export const DATE_LINE = new RegExp(`^${CN_DATE}$`);

const TIME_OF_DAY = "(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?";
const STANDALONE_DATES: readonly RegExp[] = [
  new RegExp(`^(?<y>[0-9]{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?<m>${MONTH_NUM})\\s*月\\s*(?<d>${DAY_NUM})\\s*[日号]${TIME_OF_DAY}$`, "u"),
  new RegExp(`^(?<y>[0-9]{4})(?<sep>[-./])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})${TIME_OF_DAY}$`, "u"),
];

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1000 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
  );
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
/** YYYY-MM-DD */
export const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** A standalone date such as "2021年7月13日", "二〇二二年四月八日", "2017-11-3 10:27:35", "2021.3.9" → "YYYY-MM-DD", else null (must be a real calendar date). */
export function toIsoDate(text: string): string | null {
  const s = text.trim();
  for (const re of STANDALONE_DATES) {
    const m = re.exec(s);
    if (!m?.groups) continue;
    const ys = m.groups.y ?? "";
    const year = /^[0-9]+$/.test(ys) ? Number(ys) : cnDigits(ys);
    const month = cnNumber(m.groups.m ?? "");
    const day = cnNumber(m.groups.d ?? "");
    if (month === null || day === null || !isValidDate(year, month, day)) return null;
    return iso(year, month, day);
  }
  return null;
}

/** The date of a line that is nothing but a date (spaces inside allowed), or null. */
export function dateLine(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  return DATE_LINE.test(t) ? toIsoDate(t) : null;
}

/** Valid (month, day) readings of digits that lost 月 and 日, best first
 *  (two-digit month first: 115 → 11-5 before 1-15). */
export function damagedReadings(year: number, digits: string): Array<[number, number]> {
  const splits: Array<[string, string]> = [];
  if (digits.length === 2) splits.push([digits.slice(0, 1), digits.slice(1)]);
  if (digits.length === 3) splits.push([digits.slice(0, 2), digits.slice(2)], [digits.slice(0, 1), digits.slice(1)]);
  if (digits.length === 4) splits.push([digits.slice(0, 2), digits.slice(2)]);
  const out: Array<[number, number]> = [];
  for (const [ms, ds] of splits) {
    if (ms.startsWith("0") && ms.length > 1 && ds.length === 1) continue;
    const month = Number(ms);
    const day = Number(ds);
    if (isValidDate(year, month, day)) out.push([month, day]);
  }
  return out;
}


/**
 * A signature date whose 年, 月 and 日 were lost in scraping (202177 → 2021-07-07),
 * with the other reading when the digits allow two; null when the line is not one.
 */
export function damagedDateLine(text: string): { date: string; alternative: string | null } | null {
  const t = text.replace(/\s+/g, "");
  // 2020年9月17: the 日 lost
  const noDay = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})$/.exec(t);
  if (noDay) {
    const [y, mo, d] = [Number(noDay[1]), Number(noDay[2]), Number(noDay[3])];
    return isValidDate(y, mo, d) ? { date: iso(y, mo, d), alternative: null } : null;
  }
  // 2018年210: the 月 and 日 lost, the 年 kept
  const m = /^((?:19|20)\d{2})年?(\d{2,4})日?$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const readings = damagedReadings(year, m[2]);
  if (!readings.length) return null;
  const [[month, day], other] = readings;
  return { date: iso(year, month, day), alternative: other ? iso(year, other[0], other[1]) : null };
}
