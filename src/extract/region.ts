// The issuing jurisdiction and the plan's year, from titles.
import { NOT_AFTER_REGION as BAD_NEXT, NOT_A_REGION_START, PLACEHOLDER_PLACE, NOT_IN_A_PLACE, NOT_A_SECOND_LEVEL, REGION_SUFFIXES as SUFFIXES, SINGLE_SUFFIX as SINGLE } from "../lexicon/regions.js";

/** One level of a region name at `s`: 2–8 characters ending in a suffix; its length or 0. */
function level(s: string): number {
  for (let p = 1; p < Math.min(s.length, 8); p++) {
    for (const suf of SUFFIXES) {
      if (!s.startsWith(suf, p)) continue;
      let end = p + suf.length;
      // 青州市, 贵州省: a single-character suffix followed by another belongs to the name.
      while (suf.length === 1 && SINGLE.test(s.slice(end)) && !BAD_NEXT.test(s.slice(end + 1)) && end - p < 2) end++;
      if (BAD_NEXT.test(s.slice(end))) return 0;
      return end;
    }
  }
  return 0;
}

/** The jurisdiction a title starts with (after an optional year): 友谊县, 广州市天河区. */
export function regionOf(title: string | null | undefined): string | null {
  if (!title) return null;
  const t = title.replace(/\s+/g, "").replace(/^\d{4}年度?/, "");
  if (NOT_A_REGION_START.test(t) || PLACEHOLDER_PLACE.test(t)) return null;
  const first = level(t);
  if (!first || NOT_IN_A_PLACE.test(t.slice(0, first))) return null;
  const second = /^[\u4e00-\u9fff]/.test(t.slice(first)) ? level(t.slice(first)) : 0;
  // A second level only when it is a full name (天河区), not the start of a word.
  const two = second >= 3 && !NOT_A_SECOND_LEVEL.test(t.slice(first)) && !NOT_IN_A_PLACE.test(t.slice(first, first + second)) ? first + second : first;
  // level words alone (市县民生实事, 省市县) name no place, nor does a placeholder (县（市、区）)
  return /^[省市县区乡镇州旗]+$|[（(]/.test(t.slice(0, two)) ? null : t.slice(0, two);
}

/** The year a title names: 2021年… → 2021. */
/**
 * The calendar year of a school term a title names (2020-2021学年第二学期 → 2021; 第一学期 → 2020):
 * the year its dates fall in, for dates written without one. Null for any other title.
 */
export function termYear(title: string | null | undefined): number | null {
  const m = title ? /((?:19|20)\d{2})\s*[—–\-~～至]\s*((?:19|20)\d{2})\s*学年\s*(?:度\s*)?第\s*([一二12])\s*学期/.exec(title) : null;
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return /[二2]/.test(m[3]) ? Number(m[2]) : Number(m[1]);
}

export function yearOf(title: string | null | undefined): number | null {
  // a period (2021—2025年) names no one year
  if (title && /(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]\s*(?:19|20)\d{2}\s*年/.test(title)) return null;
  const m = title ? /((?:19|20)\d{2})\s*年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}
