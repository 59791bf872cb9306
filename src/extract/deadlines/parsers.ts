// The deadline parsers, as in chrono-node: each a pattern over the masked text and
// an extractor of what one match means. A parser names anchor characters that
// every one of its matches contains; the scanner runs it only near them.
// Linear time: every date pattern uses only bounded quantifiers, so a match attempt
// costs O(1); the two masks with an unbounded run ([^《》\n]*) stop at the next 《,
// so each character is read by at most one attempt.
import { damagedReadings, iso } from "../../lexicon/dates.js";
import { cnNumber } from "../../lexicon/numerals.js";
import {
  COMPLETION_VERBS,
  DURATION_UNITS,
  FREQUENCY_ADVERBS,
  FREQUENCY_AFTER_EVERY,
  HALF_MONTH,
  NOT_AFTER_NIAN_NEI,
  NOT_AFTER_NIAN_ZHONG,
  NOT_AFTER_ONGOING,
  NOT_BEFORE_BARE_YEAR,
  NOT_BY_BEFORE_DAO,
  NOT_DEADLINE_WORDS,
  ONGOING_LEADS,
  ONGOING_WORDS,
  TARGET_VERBS,
  TARGET_ADVERBS,
  XUN_DAY,
  YEAR_END_NOUNS,
} from "../../lexicon/time.js";
import {
  BEFORE,
  CN_NUMERALS,
  DAY,
  HEAD,
  MONTH,
  MONTH_NUM,
  DAY_NUM,
  NOT_A_PERIOD_NOUN,
  NOT_DEADLINE_ANCHORS,
  NO_NUMBER_BEFORE,
  ONGOING_ANCHORS,
  PREFIX,
  SP,
  VALUE_END,
  YEAR,
  YEAR_ANY,
  alt,
} from "./patterns.js";
import { BEFORE_WORDS } from "../../lexicon/time.js";
import { DateComponents, byOrOn, dated, found, groups, type Found, type Mode, type ScanContext } from "./results.js";

export interface ParserRule {
  name: string;
  /** characters one of which every match contains: the text is scanned only near them */
  anchors: string;
  /** global regular expression run over the masked text */
  pattern: RegExp;
  /** modes the rule runs in; both when absent */
  modes?: readonly Mode[];
  /** start: offset of the match in the text */
  extract(m: RegExpExecArray, sc: ScanContext, start: number): Found | null;
}

/** A target verb in the rest of a sentence (at most 60 characters on). */
const TARGET_IN_SENTENCE = new RegExp(`^[^。；;\n]*?(?:${TARGET_VERBS.join("|")})`);
/** What a year stating a target follows: the start of a sentence, or 力争/争取. */
const TARGET_OPENS = new RegExp(`(?:^|[。；;\n]|${TARGET_ADVERBS.join("|")})$`);

export const PARSERS: readonly ParserRule[] = [
  {
    // 每月10日前, 每年1月31日前, 每季度末, 每半年, 每周 …
    name: "recurring",
    anchors: "每",
    pattern: new RegExp(
      `每(?:一|个)?(?<unit>${alt(FREQUENCY_AFTER_EVERY.map(([w]) => w))})` +
        `(?:${MONTH_NUM}${SP}月(?:${SP}${DAY_NUM}${SP}[日号]|底|末|初|上旬|中旬|下旬)?` +
        `|${DAY_NUM}${SP}[日号]|第?[一二三四1-4]季度(?:末|底)?|[上下]半年|年底|年末|季末|底|末|初|上旬|中旬|下旬)?(?:${alt(BEFORE_WORDS)})?`,
      "gu",
    ),
    extract(m) {
      const every = FREQUENCY_AFTER_EVERY.find(([w]) => w === groups(m).unit)?.[1];
      return every ? found("recurring", every) : null;
    },
  },
  {
    // 按月, 按季度, 逐月 …
    name: "recurring-adverb",
    anchors: "按逐",
    pattern: new RegExp(`(?<w>${alt(FREQUENCY_ADVERBS.map(([w]) => w))})(?![度份节])`, "gu"),
    extract(m) {
      const every = FREQUENCY_ADVERBS.find(([w]) => w === groups(m).w)?.[1];
      return every ? found("recurring", every) : null;
    },
  },
  {
    // 长期坚持, 立即落实并长期坚持, 常态化, 全年 — only where the text is a time limit
    name: "ongoing",
    anchors: ONGOING_ANCHORS,
    modes: ["time"],
    pattern: new RegExp(`(?:${alt(ONGOING_LEADS)})?(?:${alt(ONGOING_WORDS)})(?![${NOT_AFTER_ONGOING}])`, "gu"),
    extract: () => found("ongoing"),
  },
  {
    // 6月1日至30日, 6月1至30日: a window within a month is due by its last day
    name: "month-day-window",
    anchors: "月",
    pattern: new RegExp(`${HEAD}${MONTH}${SP}月${SP}${DAY}${SP}[日号]?${SP}(?:至|到|—|-|~|～)${SP}(?<d2>${DAY_NUM})${SP}[日号]`, "gu"),
    extract(m) {
      const month = cnNumber(groups(m).m ?? "");
      const day = cnNumber(groups(m).d2 ?? "");
      if (month === null || day === null || day === 0) return null;
      return dated(m, "by", month, day);
    },
  },
  {
    // 2021年9月15日前, 9月1日, 二〇二二年四月八日
    name: "month-day",
    anchors: "月",
    pattern: new RegExp(`${HEAD}${MONTH}${SP}月${SP}${DAY}${SP}[日号](?:${BEFORE})?`, "gu"),
    extract(m) {
      const month = cnNumber(groups(m).m ?? "");
      const day = cnNumber(groups(m).d ?? "");
      if (month === null || day === null || day === 0) return null;
      return dated(m, byOrOn(m), month, day);
    },
  },
  {
    // 2021年12月底前, 12月末, 20183月底前
    name: "month-end",
    anchors: "月",
    pattern: new RegExp(`${HEAD}${MONTH}${SP}月份?${SP}(?:底|末)(?:${BEFORE})?`, "gu"),
    extract(m) {
      const month = cnNumber(groups(m).m ?? "");
      return month === null ? null : dated(m, "by", month, 0);
    },
  },
  {
    // 本月底前, 本月底以前: by the end of the month the text was written in (not known here)
    name: "this-month-end",
    anchors: "月",
    pattern: new RegExp(`本月(?:底|末)(?:${BEFORE})?`, "gu"),
    extract: () => found("by"),
  },
  {
    // 10月中旬前, 3月上旬, 7月初 (as 上旬)
    name: "month-xun",
    anchors: "月",
    pattern: new RegExp(`${HEAD}${MONTH}${SP}月份?${SP}(?<xun>${alt(Object.keys(XUN_DAY))})末?(?:${BEFORE})?`, "gu"),
    extract(m) {
      const month = cnNumber(groups(m).m ?? "");
      const day = XUN_DAY[groups(m).xun ?? ""];
      return month === null || day === undefined ? null : dated(m, "by", month, day);
    },
  },
  {
    // 2023年5月前 → end of April; 1月前 → 31 December of the year before
    name: "month-before",
    anchors: "月",
    pattern: new RegExp(`${HEAD}${MONTH}${SP}月份?${SP}${BEFORE}`, "gu"),
    extract(m) {
      const month = cnNumber(groups(m).m ?? "");
      if (month === null || month < 1 || month > 12) return null;
      return month === 1 ? dated(m, "by", 12, 0, -1) : dated(m, "by", month - 1, 0);
    },
  },
  {
    // 2021年6月完成; 到2021年6月; a bare month as a whole time cell
    name: "month-bare",
    anchors: "月",
    pattern: new RegExp(`${HEAD}${MONTH}${SP}月份?`, "gu"),
    extract(m, sc, start) {
      const month = cnNumber(groups(m).m ?? "");
      if (month === null) return null;
      const end = start + m[0].length;
      const accepted =
        groups(m).pre !== undefined ||
        COMPLETION_VERBS.some((v) => sc.scan.startsWith(v, end)) ||
        (sc.mode === "time" && (end >= sc.scan.length || VALUE_END.includes(sc.scan[end])));
      return accepted ? dated(m, "by", month, 0) : null;
    },
  },
  {
    // 2021年底前, 年底前, 年内, 今年底, 到2023年底, 2023年度内, 本年度内 (not 一年内, 半年内, 上年底)
    name: "year-end",
    anchors: "年",
    pattern: new RegExp(
      `${NO_NUMBER_BEFORE}${PREFIX}(?:${YEAR_ANY}${SP}年?|(?<![${NOT_BEFORE_BARE_YEAR}])年)(?:底|末|度内|内(?![${NOT_AFTER_NIAN_NEI}]))(?:${BEFORE}|(?!${YEAR_END_NOUNS}))`,
      "gu",
    ),
    extract: (m) => dated(m, "by", 12, 0),
  },
  {
    // 年中 / 2023年年中 → 06-30 (not 年中期, 年中央)
    name: "mid-year",
    anchors: "中",
    pattern: new RegExp(`${NO_NUMBER_BEFORE}${PREFIX}(?:${YEAR_ANY}${SP}年年|(?<![${NOT_BEFORE_BARE_YEAR}])年)中(?![${NOT_AFTER_NIAN_ZHONG}])(?:${BEFORE})?`, "gu"),
    extract: (m) => dated(m, "by", 6, 0),
  },
  {
    // 上半年 → 06-30, 2021年下半年 → 12-31
    name: "half-year",
    anchors: "半",
    pattern: new RegExp(`${HEAD}(?<![每])(?<half>上|下)半年(?:末|底)?(?:${BEFORE})?${NOT_A_PERIOD_NOUN}`, "gu"),
    extract(m) {
      const month = HALF_MONTH[groups(m).half ?? ""];
      return month === undefined ? null : dated(m, "by", month, 0);
    },
  },
  {
    // 第三季度, 三季度前, 3季度, 一季度末 — a quarter counts to its end
    // 第四季度（11月份）: the month the bracket names, within its quarter
    name: "quarter-month",
    anchors: "季",
    pattern: new RegExp(`${HEAD}(?<![上下每])第?${SP}(?<q>[1-4]|[一二三四])${SP}季度${SP}[（(]${SP}(?<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])${SP}月份?${SP}[）)]`, "gu"),
    extract(m) {
      const q = cnNumber(groups(m).q ?? "");
      const month = cnNumber(groups(m).m ?? "");
      if (q === null || month === null || month < q * 3 - 2 || month > q * 3) return null;
      return dated(m, "by", month, 0);
    },
  },
  {
    name: "quarter",
    anchors: "季",
    pattern: new RegExp(
      `${HEAD}(?<![上下每])第?${SP}(?<q>[1-4]|[一二三四])${SP}季(?:度|(?=末))(?:末|底)?(?:${BEFORE})?${NOT_A_PERIOD_NOUN}`,
      "gu",
    ),
    extract(m) {
      const q = cnNumber(groups(m).q ?? "");
      return q === null ? null : dated(m, "by", q * 3, 0);
    },
  },
  {
    // 到2020年，… / 截至2023年: a target year is due at its end (not 到2023年6月, 到2023年底: other rules)
    name: "target-year",
    anchors: "年",
    pattern: new RegExp(
      `${NO_NUMBER_BEFORE}(?<![${NOT_BY_BEFORE_DAO}])(?<pre>到|截至|截止到)${SP}(?<y>[12][0-9]{3})${SP}年(?![0-9〇○零一二三四五六七八九十两底末内中度初上下第前后份])`,
      "gu",
    ),
    extract: (m) => dated(m, "by", 12, 0),
  },
  {
    // 2018年，全区完成…项目28项 / 2018年全区PM2.5浓度下降到52… / …，力争2025年…下降10%: a year
    // that opens a sentence (or follows 力争) stating a target is due at its end (not 2021年是…,
    // 2021年内部…, 2021年9月…)
    name: "year-target-head",
    anchors: "年",
    pattern: new RegExp(
      `(?<y>[12][0-9]{3})年(?![0-9〇○零一二三四五六七八九十两底末内中度初上下第前后份是以起来])(?![，,]是)[，,]?`,
      "gu",
    ),
    // (the target verb is looked for in the sentence here: it may stand further than a scan window reaches)
    extract: (m, sc, start) =>
      TARGET_OPENS.test(sc.scan.slice(Math.max(0, start - 2), start)) && TARGET_IN_SENTENCE.test(sc.scan.slice(start + m[0].length, start + m[0].length + 60)) ? dated(m, "by", 12, 0) : null,
  },
  {
    // damaged: 2016年6底前 (月 lost between the month and 底)
    name: "month-end-damaged",
    anchors: "底",
    pattern: new RegExp(`${NO_NUMBER_BEFORE}${PREFIX}${YEAR}${SP}(?<m>[0-9]{1,2})${SP}底(?:${BEFORE})?`, "gu"),
    extract(m) {
      const month = Number(groups(m).m);
      if (month < 1 || month > 12) return null;
      const f = dated(m, "by", month, 0);
      f.repair = { original: m[0], alternative: null };
      return f;
    },
  },
  {
    // damaged: 20171110日前, 20211015日前, 2021115日 (年 and 月 lost)
    name: "damaged-ymd",
    anchors: "日",
    pattern: new RegExp(
      // 日 only: digits before 号 are far more often a document number (2021115号)
      `(?<![0-9])${PREFIX}(?<dy>(?:19|20)[0-9]{2})(?<dmd>[0-9]{2,4})${SP}日(?:${BEFORE})?`,
      "gu",
    ),
    extract(m) {
      const g = groups(m);
      const year = Number(g.dy);
      const readings = damagedReadings(year, g.dmd ?? "");
      if (readings.length === 0) return null;
      const [month, day] = readings[0];
      const f = found(byOrOn(m));
      f.date = { components: new DateComponents().assign("year", year).assign("month", month).assign("day", day), yearShift: 0 };
      f.repair = { original: m[0], alternative: readings.length > 1 ? iso(year, readings[1][0], readings[1][1]) : null };
      f.hasBy = g.pre !== undefined;
      return f;
    },
  },
  {
    // damaged: 1030日前 (月 lost; the year from the context): only before 前, where the
    // digits read as one month and day
    name: "damaged-md",
    anchors: "日",
    pattern: new RegExp(`(?<![0-9年月.．/\\-])${PREFIX}(?<mdd>[0-9]{3,4})${SP}日${BEFORE}`, "gu"),
    extract(m) {
      const readings = damagedReadings(2000, groups(m).mdd ?? "");
      if (readings.length !== 1) return null;
      const [month, day] = readings[0];
      const f = dated(m, "by", month, day);
      f.repair = { original: m[0], alternative: null };
      return f;
    },
  },
  {
    // 2021-11-30, 2021.3.9, 2021/3/9 (with 前 → by)
    // 2021.8 in a time cell: the month, due at its end (in prose such a number is no date)
    name: "numeric-month",
    anchors: ".",
    modes: ["time"],
    pattern: new RegExp(`(?<![0-9./\\-])${PREFIX}(?<y>(?:19|20)[0-9]{2})\\.(?<m>1[0-2]|0?[1-9])(?![0-9.])(?:${BEFORE})?`, "gu"),
    extract(m) {
      const month = Number(groups(m).m);
      return dated(m, "by", month, 0);
    },
  },
  {
    name: "numeric-date",
    anchors: "-./",
    pattern: new RegExp(
      `(?<![0-9./\\-])${PREFIX}(?<ny>(?:19|20)[0-9]{2})(?<sep>[-./])(?<nm>[0-9]{1,2})\\k<sep>(?<nd>[0-9]{1,2})(?![0-9])(?:${BEFORE})?`,
      "gu",
    ),
    extract(m) {
      const g = groups(m);
      const f = found(byOrOn(m));
      f.date = {
        components: new DateComponents().assign("year", Number(g.ny)).assign("month", Number(g.nm)).assign("day", Number(g.nd)),
        yearShift: 0,
      };
      f.hasBy = g.pre !== undefined;
      return f;
    },
  },
  {
    // not deadlines: 及时, 定期, 不定期, 年初, durations (30日内, 3个工作日内, 半年内, 24小时内)
    name: "not-deadline",
    anchors: NOT_DEADLINE_ANCHORS,
    pattern: new RegExp(
      `${alt(NOT_DEADLINE_WORDS)}` +
        `|(?<![0-9${CN_NUMERALS}])(?:[0-9]{1,3}|[一二两三四五六七八九十半几多数]{1,3})${SP}个?${SP}` +
        `(?:${alt(DURATION_UNITS)})(?:之内|以内|内)`,
      "gu",
    ),
    extract: () => found(null),
  },
];

/** Year mentions that a later year-less phrase in the same sentence inherits. */
export const YEAR_MENTION: ParserRule = {
  name: "year-mention",
  anchors: "年",
  pattern: /(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s{0,2}年|(?<![〇○零一二三四五六七八九])(?<ycn>[〇○零一二三四五六七八九]{4})\s{0,2}年/gu,
  extract: () => null,
};

/** Spans masked before scanning: nothing inside them is a date. */
export const MASKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: "book-title", pattern: /《[^《》\n]*》/gu },
  { name: "doc-number", pattern: /〔[^〔〕\n]{0,12}〕(?:\s?第?\s?[0-9]{1,6}\s?号)?/gu },
  { name: "doc-number-damaged", pattern: /〔[0-9]{4,10}\s?号/gu },
  { name: "doc-number-open-lost", pattern: /(?<![0-9])[12][0-9]{3}〕(?:\s?第?\s?[0-9]{1,6}\s?号)?/gu },
  { name: "doc-number-paren", pattern: /[（(][12][0-9]{3}[）)]\s?第?\s?[0-9]{1,6}\s?号/gu },
];
