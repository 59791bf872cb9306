// Pattern fragments of the deadline parsers, built from the time vocabulary
// (lexicon/time.ts) and the date fragments (lexicon/dates.ts).
import { DAY_NUM, MONTH_NUM } from "../../lexicon/dates.js";
import { CN_NUMERALS } from "../../lexicon/numerals.js";
import {
  BEFORE_WORDS,
  BY_PREFIXES,
  NOT_BEFORE_AFTER_QIAN,
  NOT_BY_BEFORE_DAO,
  NOT_DEADLINE_WORDS,
  ONGOING_WORDS,
  PERIOD_AS_MODIFIER,
} from "../../lexicon/time.js";
import { alternation } from "../../lexicon/roles.js";

/** Sentence ends (year inheritance stops here) and clause ends. */
export const SENTENCE_END = "。；;!?！？\n\r";
export const CLAUSE_END = SENTENCE_END + "，,：:";
/** What may follow a bare month in a time cell (end of value). */
export const VALUE_END = CLAUSE_END + "、 \t\u3000";

/** Replaces masked characters (document numbers, book titles). Matches no pattern. */
export const MASK = "\uFFFC";

export function firstChars(words: readonly string[]): string {
  return [...new Set(words.map((w) => w[0]))].join("");
}
/** Alternation of words, longest first. */
export const alt = alternation;

export const SP = "\\s{0,2}";
export const NO_NUMBER_BEFORE = `(?<![0-9${CN_NUMERALS}])`;
export { MONTH_NUM, DAY_NUM, CN_NUMERALS };
export const MONTH = `(?<m>${MONTH_NUM})`;
export const DAY = `(?<d>${DAY_NUM})`;
export const BEFORE = `(?<before>${alt(BEFORE_WORDS)})(?![${NOT_BEFORE_AFTER_QIAN}])`;
export const PREFIX = `(?:(?<pre>${alt(BY_PREFIXES).replace(/(^|\|)到(?=\||$)/, `$1(?<![${NOT_BY_BEFORE_DAO}])到`)})${SP})?`;
/** An explicit year (2021年, 二〇二一年) or a damaged one glued to its month (20183月). */
export const YEAR =
  `(?:(?<y>[12][0-9]{3})${SP}年|(?<ycn>[〇○零一二三四五六七八九]{4})${SP}年` +
  `|(?<ydmg>(?:19|20)[0-9]{2})(?=[0-9]{1,2}${SP}月))`;
export const YEAR_ANY = `(?:${YEAR}|(?<yrel>[今本当同明次翌])年)`;
/** Start of every absolute date: not inside a number, optional 到/截至, optional year. */
export const HEAD = `${NO_NUMBER_BEFORE}${PREFIX}(?:${YEAR_ANY}${SP})?`;
/** After 上半年 / 三季度: not a modifier of a noun (上半年任务落实情况). */
export const NOT_A_PERIOD_NOUN = `(?!${PERIOD_AS_MODIFIER.join("|")})`;

/** Every ongoing match contains the first character of one of the words. */
export const ONGOING_ANCHORS = firstChars(ONGOING_WORDS);
/** A not-deadline word starts with one of these; a duration contains 内. */
export const NOT_DEADLINE_ANCHORS = firstChars(NOT_DEADLINE_WORDS) + "内";
