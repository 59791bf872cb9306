// Deadline extraction (SPEC "Deadline").
//
// Design, after chrono-node's: vocabulary lives in data tables at the top of this
// file; a table of *parsers* (pattern + extractor) is run over the text, each
// producing candidates; a table of *refiners* then judges candidates in context;
// overlapping candidates are resolved (earliest start wins, then the longest, then
// table order); finally the missing years are implied from the sentence or from the
// caller's context. Date components keep *known* values (written in the text) apart
// from *implied* ones (taken from context), so a missing year is noticed and
// reported instead of being silently guessed.
//
// Linear time: every date pattern uses only bounded quantifiers, so a match attempt
// costs O(1); the two masks with an unbounded run ([^《》\n]*) stop at the next 《, so
// each character is read by at most one attempt. Parsers do not even scan the whole
// text: each names anchor characters (月, 季, 每 …) that any of its matches contains,
// and runs only over windows around them. Refiners look at a bounded neighbourhood.
import type { Deadline } from "../schema.js";

export interface DeadlineContext {
  /** year used for phrases that name none (plan year, else notice year); null if unknown */
  year: number | null;
  /** "time": the text is a deadline cell or label value (完成时限：…, a 时限 column), where ongoing words count;
   *  "prose": running task text, where ongoing words do NOT count */
  mode: "prose" | "time";
}
export interface DeadlineNote {
  code: string;
  message: string;
  /** char offset in text */
  offset: number;
}
export interface DeadlineResult {
  deadlines: Deadline[];
  notes: DeadlineNote[];
}

type Kind = Deadline["kind"];
type Every = NonNullable<Deadline["every"]>;
type Mode = DeadlineContext["mode"];

// ---------------------------------------------------------------------------
// Vocabulary tables
// ---------------------------------------------------------------------------

/** Chinese digits as used in dates (二〇二一年十二月三十一日). */
const CN_DIGIT: Readonly<Record<string, number>> = {
  "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "元": 1,
};

/** Frequency words after 每 (每月, 每个季度, 每半年 …). Longest first. */
const FREQUENCY_AFTER_EVERY: ReadonlyArray<readonly [string, Every]> = [
  // 每两个月/每两周: SPEC's every has no multiplier; the nearer frequency never misses one
  ["两个月", "month"], ["两月", "month"], ["两周", "week"],
  ["半年度", "half-year"], ["半年", "half-year"],
  ["星期", "week"], ["周", "week"],
  ["月度", "month"], ["月", "month"],
  ["季度", "quarter"], ["季", "quarter"],
  ["年度", "year"], ["年", "year"],
];
/** Frequency words that stand alone (按月公开, 逐季度更新). */
const FREQUENCY_ADVERBS: ReadonlyArray<readonly [string, Every]> = [
  ["按季度", "quarter"], ["按半年", "half-year"], ["按月", "month"], ["按周", "week"],
  ["逐季度", "quarter"], ["逐月", "month"],
];

/** Time-limit words with no date; they count only in mode "time". Longest first. */
const ONGOING_WORDS: readonly string[] = [
  "长期坚持", "长期执行", "长期有效", "持续推进", "持续开展", "常态化", "全年", "长期",
];
/** Every ongoing match contains the first character of one of the words. */
const ONGOING_ANCHORS = firstChars(ONGOING_WORDS);
/** "立即落实并" + an ongoing word makes one phrase (立即落实并长期坚持). */
const ONGOING_LEADS: readonly string[] = ["立即落实并", "立即执行并", "立即启动并", "立即开展并", "立即整改并"];

/** Words before a date that make it a due date ("到2023年底", "截至9月30日"). */
const BY_PREFIXES: readonly string[] = ["截止到", "截至", "截止", "到", "至"];
/** Words that end in 到 but are verbs, not "by" (达到, 做到 …). */
const NOT_BY_BEFORE_DAO = "达做收得报迟提";
/** 前 and its variants after a date. */
const BEFORE_WORDS: readonly string[] = ["之前", "以前", "前"];
/** Characters after 前 that make it another word (前期, 前置 …). */
const NOT_BEFORE_AFTER_QIAN = "期置沿述";

/** Verbs after a bare month that make it a due month (2021年6月完成). */
const COMPLETION_VERBS: readonly string[] = [
  "完成", "建成", "上线", "完工", "办结", "启用", "投入使用", "开通", "报送", "提交", "结束",
];
/** Relative years (今年底, 明年上半年): shift from the context year. */
const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今: 0, 本: 0, 当: 0, 同: 0, 明: 1, 次: 1, 翌: 1 };
/** Characters that, right before 年底/年内, make it a duration or another year (一年内, 上年底). */
const NOT_BEFORE_BARE_YEAR = "0-9〇○零一二三四五六七八九十两半几多数每上去前往历近后次";
/**
 * After 上半年 / 三季度: words that make the period a modifier of a noun (上半年任务落实情况,
 * 一季度数据), not a time limit.
 */
const NOT_A_PERIOD_NOUN = "(?!的|任务|工作|落实|情况|数据|总结|报告|进展|执行|运行|经济|财政|指标)";

/** Ten-day periods of a month: day of month, 0 = last day. */
const XUN_DAY: Readonly<Record<string, number>> = { 上旬: 10, 中旬: 20, 下旬: 0 };
const HALF_MONTH: Readonly<Record<string, number>> = { 上: 6, 下: 12 };

/** Words before a date that make it a start, not a deadline (从2021年起, 自…起). */
const START_BEFORE: readonly string[] = ["自从", "从", "自"];
/** Words after a date that make it a start or a past event. */
const START_AFTER: readonly string[] = ["起", "开始", "以来", "至今", "以后", "之后", "印发"];
/** Words that begin like a START_AFTER word but are verbs of the task (9月1日起草). */
const NOT_START_AFTER: readonly string[] = ["起草", "起诉", "起步"];
/** 后 after a date means "after" unless it starts one of these words. */
const HOU_WORDS_OK: readonly string[] = ["后续"];
/** After an ongoing word these make it a description (长期不更新), not a time limit. */
const NOT_AFTER_ONGOING = "不未";
/** After 年内 these make another word (年内部, 年内容). */
const NOT_AFTER_NIAN_NEI = "部容涵外";
/** Range markers: the date before one is a start ("9月1日至12月31日"). */
const RANGE_MARKERS = "至到~～—-";
/** Characters that can begin a date after a range marker. */
const DATE_START_CHARS = "0123456789〇○零一二三四五六七八九十元今本明次翌年上下第";

/** Words that introduce a clause describing someone else's schedule (根据省政府每季度开展的…). */
const SCHEDULE_OF_OTHERS: readonly string[] = ["根据", "按照", "依据", "参照"];
/** Prepositions: after 每X, they start the task's own predicate, so a later 的 is not a modifier. */
const PREDICATE_PREPOSITIONS = "将对向把在于给为从由";

/** Phrases that are not deadlines; they occupy their span so no date rule reads into them. */
const NOT_DEADLINE_WORDS: readonly string[] = ["不定期", "定期", "及时", "按时", "按期", "第一时间", "年初", "年中"];
/** Units of a duration (3个工作日内, 24小时内, 半年内). */
const DURATION_UNITS: readonly string[] = ["工作日", "小时", "日", "天", "周", "星期", "月", "年", "季度"];
/** A not-deadline word starts with one of these; a duration contains 内. */
const NOT_DEADLINE_ANCHORS = firstChars(NOT_DEADLINE_WORDS) + "内";

/** Sentence ends (year inheritance stops here) and clause ends. */
const SENTENCE_END = "。；;!?！？\n\r";
const CLAUSE_END = SENTENCE_END + "，,：:";
/** What may follow a bare month in a time cell (end of value). */
const VALUE_END = CLAUSE_END + "、 \t\u3000";

/** Replaces masked characters (document numbers, book titles). Matches no pattern. */
const MASK = "\uFFFC";

// ---------------------------------------------------------------------------
// Pattern fragments
// ---------------------------------------------------------------------------

function firstChars(words: readonly string[]): string {
  return [...new Set(words.map((w) => w[0]))].join("");
}
const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

const SP = "\\s{0,2}";
const CN_NUMERALS = "〇○零一二三四五六七八九十两";
const NO_NUMBER_BEFORE = `(?<![0-9${CN_NUMERALS}])`;
const MONTH_NUM = "(?:[0-9]{1,2}|元|十[一二]?|[一二三四五六七八九])";
const DAY_NUM = "(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
const MONTH = `(?<m>${MONTH_NUM})`;
const DAY = `(?<d>${DAY_NUM})`;
const BEFORE = `(?<before>${alt(BEFORE_WORDS)})(?![${NOT_BEFORE_AFTER_QIAN}])`;
const PREFIX = `(?:(?<pre>${alt(BY_PREFIXES).replace(/(^|\|)到(?=\||$)/, `$1(?<![${NOT_BY_BEFORE_DAO}])到`)})${SP})?`;
/** An explicit year (2021年, 二〇二一年) or a damaged one glued to its month (20183月). */
const YEAR =
  `(?:(?<y>[12][0-9]{3})${SP}年|(?<ycn>[〇○零一二三四五六七八九]{4})${SP}年` +
  `|(?<ydmg>(?:19|20)[0-9]{2})(?=[0-9]{1,2}${SP}月))`;
const YEAR_ANY = `(?:${YEAR}|(?<yrel>[今本当同明次翌])年)`;
/** Start of every absolute date: not inside a number, optional 到/截至, optional year. */
const HEAD = `${NO_NUMBER_BEFORE}${PREFIX}(?:${YEAR_ANY}${SP})?`;

// ---------------------------------------------------------------------------
// Date components: known vs implied (after chrono-node's ParsingComponents)
// ---------------------------------------------------------------------------

type Unit = "year" | "month" | "day";
const UNIT_INDEX: Readonly<Record<Unit, number>> = { year: 0, month: 1, day: 2 };

class DateComponents {
  // two small tuples rather than maps: there may be very many of these
  private readonly known: [number | null, number | null, number | null] = [null, null, null];
  private readonly implied: [number | null, number | null, number | null] = [null, null, null];
  assign(unit: Unit, value: number): this {
    this.known[UNIT_INDEX[unit]] = value;
    this.implied[UNIT_INDEX[unit]] = null;
    return this;
  }
  imply(unit: Unit, value: number): this {
    if (!this.isCertain(unit)) this.implied[UNIT_INDEX[unit]] = value;
    return this;
  }
  get(unit: Unit): number | null {
    const i = UNIT_INDEX[unit];
    return this.known[i] ?? this.implied[i];
  }
  isCertain(unit: Unit): boolean {
    return this.known[UNIT_INDEX[unit]] !== null;
  }
}

/** A date to be: month, day (0 = last day of the month), year known or implied later. */
interface DateSpec {
  components: DateComponents;
  /** added to the year once it is known: M月前 with M=1 (-1), 明年 (+1) */
  yearShift: number;
}

interface Repair {
  original: string;
  /** other valid reading, when the damaged digits allow two */
  alternative: string | null;
}

/** What an extractor recognised in one match. */
interface Found {
  /** null: recognised but not a deadline; it still occupies its span */
  kind: Kind | null;
  every: Every | null;
  date: DateSpec | null;
  repair: Repair | null;
  /** written with 到/截至/至 before it: a due date whatever follows */
  hasBy: boolean;
  /** year written as 今年/明年: relative to the context year, not to the sentence */
  relativeYear: boolean;
}

/** A found phrase with its place (fixed shape: many of these may exist). */
interface Candidate extends Found {
  start: number;
  end: number;
  rule: string;
  /** table position, breaks ties */
  order: number;
}

interface ScanContext {
  /** the input text */
  text: string;
  /** the text with document numbers and book titles masked (same length) */
  scan: string;
  mode: Mode;
}

interface ParserRule {
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

// ---------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------

const groups = (m: RegExpExecArray): Record<string, string | undefined> => m.groups ?? {};

/** Every Found is made here, with all the fields of a Candidate, so that all have one shape
 *  and the runner can place it without copying. */
function found(kind: Kind | null, every: Every | null = null): Found {
  const c: Candidate = { kind, every, date: null, repair: null, hasBy: false, relativeYear: false, start: 0, end: 0, rule: "", order: 0 };
  return c;
}

/** A dated phrase: month and day (0 = last day) known, year from the year groups if written. */
function dated(m: RegExpExecArray, kind: Kind, month: number, day: number, shift = 0): Found {
  const g = groups(m);
  const components = new DateComponents().assign("month", month).assign("day", day);
  const f = found(kind);
  let yearShift = shift;
  if (g.y !== undefined) components.assign("year", Number(g.y));
  else if (g.ycn !== undefined) components.assign("year", cnDigits(g.ycn));
  else if (g.ydmg !== undefined) {
    components.assign("year", Number(g.ydmg));
    f.repair = { original: m[0], alternative: null };
  } else if (g.yrel !== undefined) {
    yearShift += RELATIVE_YEARS[g.yrel] ?? 0;
    f.relativeYear = true;
  }
  f.date = { components, yearShift };
  f.hasBy = g.pre !== undefined;
  return f;
}

/** 前 or 到/截至 make a due date; otherwise a fixed date. */
const byOrOn = (m: RegExpExecArray): Kind =>
  groups(m).before !== undefined || groups(m).pre !== undefined ? "by" : "on";

const PARSERS: readonly ParserRule[] = [
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
    // 10月中旬前, 3月上旬
    name: "month-xun",
    anchors: "月",
    pattern: new RegExp(`${HEAD}${MONTH}${SP}月份?${SP}(?<xun>上旬|中旬|下旬)末?(?:${BEFORE})?`, "gu"),
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
      `${NO_NUMBER_BEFORE}${PREFIX}(?:${YEAR_ANY}${SP}年?|(?<![${NOT_BEFORE_BARE_YEAR}])年)(?:底|末|度内|内(?![${NOT_AFTER_NIAN_NEI}]))(?:${BEFORE})?`,
      "gu",
    ),
    extract: (m) => dated(m, "by", 12, 0),
  },
  {
    // 年中 / 2023年年中 → 06-30 (not 年中期, 年中央)
    name: "mid-year",
    anchors: "中",
    pattern: new RegExp(`${NO_NUMBER_BEFORE}${PREFIX}(?:${YEAR_ANY}${SP}年年|(?<![${NOT_BEFORE_BARE_YEAR}])年)中(?![期央心午国间层旬])(?:${BEFORE})?`, "gu"),
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
    // 2021-11-30, 2021.3.9, 2021/3/9 (with 前 → by)
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
const YEAR_MENTION: ParserRule = {
  name: "year-mention",
  anchors: "年",
  pattern: /(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s{0,2}年|(?<![〇○零一二三四五六七八九])(?<ycn>[〇○零一二三四五六七八九]{4})\s{0,2}年/gu,
  extract: () => null,
};

/** Spans masked before scanning: nothing inside them is a date. */
const MASKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: "book-title", pattern: /《[^《》\n]*》/gu },
  { name: "doc-number", pattern: /〔[^〔〕\n]{0,12}〕(?:\s?第?\s?[0-9]{1,6}\s?号)?/gu },
  { name: "doc-number-damaged", pattern: /〔[0-9]{4,10}\s?号/gu },
  { name: "doc-number-open-lost", pattern: /(?<![0-9])[12][0-9]{3}〕(?:\s?第?\s?[0-9]{1,6}\s?号)?/gu },
  { name: "doc-number-paren", pattern: /[（(][12][0-9]{3}[）)]\s?第?\s?[0-9]{1,6}\s?号/gu },
];

// ---------------------------------------------------------------------------
// Refiners: judge candidates in context (they may turn one into a non-deadline)
// ---------------------------------------------------------------------------

interface Refiner {
  name: string;
  refine(c: Candidate, sc: ScanContext): void;
}

const isDated = (c: Candidate): boolean => c.kind === "by" || c.kind === "on";

/** A range marker (optionally between single spaces) and then the start of a date at pos. */
function rangeContinues(s: string, pos: number): boolean {
  let i = pos;
  if (s[i] === " ") i++;
  if (i >= s.length || !RANGE_MARKERS.includes(s[i])) return false;
  i++;
  if (s[i] === " ") i++;
  return i < s.length && DATE_START_CHARS.includes(s[i]);
}

const REFINERS: readonly Refiner[] = [
  {
    // 从2021年9月1日起, 自…起, 2021年1月1日以来, …印发: a start or past event, not a deadline
    name: "start-or-event",
    refine(c, sc) {
      if (!isDated(c) || c.hasBy) return;
      const s = sc.scan;
      if (START_BEFORE.some((w) => c.start >= w.length && s.startsWith(w, c.start - w.length))) c.kind = null;
      else if (s[c.end - 1] === "前") return; // 9月底前开始…: "start before", still a due date
      else if (START_AFTER.some((w) => s.startsWith(w, c.end)) && !NOT_START_AFTER.some((w) => s.startsWith(w, c.end))) c.kind = null;
      else if (s.startsWith("后", c.end) && !HOU_WORDS_OK.some((w) => s.startsWith(w, c.end))) c.kind = null;
    },
  },
  {
    // 9月1日至12月31日: the first date opens a range
    name: "range-start",
    refine(c, sc) {
      if (!isDated(c)) return;
      if (rangeContinues(sc.scan, c.end)) c.kind = null;
    },
  },
  {
    // 根据省政府每季度开展的…清单: a frequency that describes something else's schedule
    name: "frequency-of-others",
    refine(c, sc) {
      if (c.kind !== "recurring") return;
      const de = modifierDe(sc.scan, c.end, 40);
      if (de < 0) return;
      if (de >= 1 && de <= 4) c.kind = null; // 每季度开展的…
      else if (SCHEDULE_OF_OTHERS.some((w) => clauseBefore(sc.scan, c.start, 40).includes(w))) c.kind = null;
    },
  },
];

/** Character classes as bit flags, looked up by UTF-16 code (one table, built once). */
const CH_SENTENCE_END = 1;
const CH_CLAUSE_END = 2;
const CH_PREPOSITION = 4;
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number): void => {
    for (const ch of chars) table[ch.charCodeAt(0)] |= flag;
  };
  mark(SENTENCE_END, CH_SENTENCE_END);
  mark(CLAUSE_END, CH_CLAUSE_END);
  mark(PREDICATE_PREPOSITIONS, CH_PREPOSITION);
  return table;
})();
const hasClass = (s: string, i: number, flag: number): boolean => (CHAR_CLASS[s.charCodeAt(i)] & flag) !== 0;

/** Text from the start of the clause (at most max characters) up to pos. */
function clauseBefore(s: string, pos: number, max: number): string {
  let i = pos;
  while (i > 0 && pos - i < max && !hasClass(s, i - 1, CH_CLAUSE_END)) i--;
  return s.slice(i, pos);
}
/** Offset (from pos) of a 的 in the clause after pos that makes the words before it a
 *  modifier, or -1. A preposition first means the frequency heads the task's own predicate
 *  (每月底前将本单位的…), so a later 的 does not count. */
function modifierDe(s: string, pos: number, max: number): number {
  for (let i = pos; i < s.length && i - pos < max; i++) {
    if (hasClass(s, i, CH_CLAUSE_END | CH_PREPOSITION)) return -1;
    if (s.charCodeAt(i) === 0x7684 /* 的 */) return i - pos;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Numbers and calendar
// ---------------------------------------------------------------------------

/** "12", "十二", "三十一", "十", "元" → number; null if not a number. */
function cnNumber(s: string): number | null {
  if (s === "") return null;
  if (/^[0-9]+$/.test(s)) return Number(s);
  const ten = s.indexOf("十");
  if (ten < 0) {
    if (s.length !== 1) return null;
    return CN_DIGIT[s] ?? null;
  }
  const tensPart = s.slice(0, ten);
  const unitPart = s.slice(ten + 1);
  const tens = tensPart === "" ? 1 : CN_DIGIT[tensPart];
  const units = unitPart === "" ? 0 : CN_DIGIT[unitPart];
  if (tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

/** "二〇二一" → 2021 (digit by digit). */
function cnDigits(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + (CN_DIGIT[ch] ?? 0);
  return n;
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1000 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
  );
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** Valid (month, day) readings of digits that lost 月 and 日, best first
 *  (two-digit month first: 115 → 11-5 before 1-15). */
function damagedReadings(year: number, digits: string): Array<[number, number]> {
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

// ---------------------------------------------------------------------------
// Pipeline
// ---------------------------------------------------------------------------

/** Document numbers and book titles become MASK characters (same length, so offsets hold). */
function maskText(text: string): string {
  let s = text;
  for (const { pattern } of MASKS) {
    pattern.lastIndex = 0;
    s = s.replace(pattern, (m) => MASK.repeat(m.length));
  }
  return s;
}

/** Every match lies within REACH characters of one of its anchors. */
const REACH = 24;
/** Characters kept before a window so that lookbehinds see their context. */
const CONTEXT = 2;

interface ScanPlan {
  rules: readonly ParserRule[];
  /** UTF-16 code → index into ruleLists + 1 (0: not an anchor); a table is faster than a regex class */
  anchorOf: Uint8Array;
  /** for each anchor character, the indexes of the rules it anchors */
  ruleLists: ReadonlyArray<readonly number[]>;
}

const PLANS = new Map<Mode, ScanPlan>();

/** The rules that run in a mode (the year-mention scanner last) and their anchors. */
function planFor(mode: Mode): ScanPlan {
  const cached = PLANS.get(mode);
  if (cached) return cached;
  const rules = [...PARSERS.filter((r) => !r.modes || r.modes.includes(mode)), YEAR_MENTION];
  const byChar = new Map<string, number[]>();
  rules.forEach((r, i) => {
    for (const ch of r.anchors) {
      const list = byChar.get(ch) ?? [];
      if (!list.includes(i)) list.push(i);
      byChar.set(ch, list);
    }
  });
  const anchorOf = new Uint8Array(0x10000);
  const ruleLists: number[][] = [];
  for (const [ch, list] of byChar) {
    ruleLists.push(list);
    anchorOf[ch.charCodeAt(0)] = ruleLists.length;
  }
  const plan: ScanPlan = { rules, anchorOf, ruleLists };
  PLANS.set(mode, plan);
  return plan;
}

/**
 * Runs every rule of the plan, but only over windows around the rule's anchor characters
 * (merged when they overlap), so text without anchors costs one character-class scan.
 * Each window is scanned once by a global regular expression: linear in the text.
 */
function scanAnchored(scan: string, plan: ScanPlan, onMatch: (rule: number, m: RegExpExecArray, start: number) => void): void {
  const n = plan.rules.length;
  const winStart = new Array<number>(n).fill(-1);
  const winEnd = new Array<number>(n).fill(-1);
  const flush = (i: number): void => {
    if (winEnd[i] < 0) return;
    const ws = winStart[i];
    const cs = Math.max(0, ws - CONTEXT);
    const window = scan.slice(cs, winEnd[i]);
    const re = plan.rules[i].pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      const start = cs + m.index;
      if (m[0].length === 0 || start < ws) {
        re.lastIndex = m.index + 1; // started in the context margin: look again one further
        continue;
      }
      onMatch(i, m, start);
    }
    winEnd[i] = -1;
  };
  const { anchorOf, ruleLists } = plan;
  for (let p = 0; p < scan.length; p++) {
    const list = anchorOf[scan.charCodeAt(p)];
    if (list === 0) continue;
    for (const i of ruleLists[list - 1]) {
      if (winEnd[i] >= 0 && p - REACH <= winEnd[i]) {
        winEnd[i] = Math.min(scan.length, p + REACH + 1);
      } else {
        flush(i);
        winStart[i] = Math.max(0, p - REACH);
        winEnd[i] = Math.min(scan.length, p + REACH + 1);
      }
    }
  }
  for (let i = 0; i < n; i++) flush(i);
}

interface YearMention {
  offset: number;
  year: number;
}

function runParsers(sc: ScanContext): { candidates: Candidate[]; mentions: YearMention[] } {
  const plan = planFor(sc.mode);
  const candidates: Candidate[] = [];
  const mentions: YearMention[] = [];
  scanAnchored(sc.scan, plan, (i, m, start) => {
    const rule = plan.rules[i];
    if (rule === YEAR_MENTION) {
      const g = groups(m);
      mentions.push({ offset: start, year: g.y !== undefined ? Number(g.y) : cnDigits(g.ycn ?? "") });
      return;
    }
    const f = rule.extract(m, sc, start);
    if (!f) return;
    const c = f as Candidate; // made by found(): it has every Candidate field
    c.start = start;
    c.end = start + m[0].length;
    c.rule = rule.name;
    c.order = i;
    candidates.push(c);
  });
  // a damaged year (20183月) is a mention too
  for (const c of candidates) {
    const year = c.repair && c.date ? c.date.components.get("year") : null;
    if (year !== null && year !== undefined) mentions.push({ offset: c.start, year });
  }
  mentions.sort((x, y) => x.offset - y.offset);
  return { candidates, mentions };
}

/** Earliest start wins, then the longest, then table order; overlapping losers are dropped. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}

export function extractDeadlines(text: string, ctx: DeadlineContext): DeadlineResult {
  const notes: DeadlineNote[] = [];
  const sc: ScanContext = { text, scan: maskText(text), mode: ctx.mode };

  const { candidates, mentions } = runParsers(sc);
  for (const c of candidates) for (const r of REFINERS) r.refine(c, sc);
  const resolved = resolveOverlaps(candidates);

  const deadlines: Deadline[] = [];
  // one forward sweep: start of the current sentence and last year mention before each candidate
  let scanPos = 0;
  let sentenceStart = 0;
  let mi = 0;
  let lastMention: YearMention | null = null;
  for (const c of resolved) {
    if (c.kind === null) continue;
    const phrase = text.slice(c.start, c.end).trim();
    if (c.kind === "recurring" || c.kind === "ongoing") {
      deadlines.push(c.every ? { text: phrase, date: null, kind: c.kind, every: c.every } : { text: phrase, date: null, kind: c.kind });
      continue;
    }
    const spec = c.date;
    if (!spec) continue;
    const comps = spec.components;
    if (!comps.isCertain("year")) {
      for (; scanPos < c.start; scanPos++) if (hasClass(sc.scan, scanPos, CH_SENTENCE_END)) sentenceStart = scanPos + 1;
      while (mi < mentions.length && mentions[mi].offset < c.start) lastMention = mentions[mi++];
      const sentenceYear = !c.relativeYear && lastMention && lastMention.offset >= sentenceStart ? lastMention.year : null;
      const implied = sentenceYear ?? ctx.year;
      if (implied !== null) comps.imply("year", implied);
    }
    const baseYear = comps.get("year");
    if (baseYear === null) {
      notes.push({ code: "year-unknown", message: `no year for "${phrase}"; date left null`, offset: c.start });
      deadlines.push({ text: phrase, date: null, kind: c.kind });
      continue;
    }
    const year = baseYear + spec.yearShift;
    const month = comps.get("month") ?? 0;
    const rawDay = comps.get("day") ?? 0;
    const day = rawDay === 0 && month >= 1 && month <= 12 ? daysInMonth(year, month) : rawDay;
    if (!isValidDate(year, month, day)) {
      notes.push({ code: "invalid-date", message: `"${phrase}" is not a calendar date; ignored`, offset: c.start });
      continue;
    }
    const date = iso(year, month, day);
    if (c.repair) {
      notes.push({ code: "repaired-date", message: `damaged date "${c.repair.original}" read as ${date}`, offset: c.start });
      if (c.repair.alternative) {
        notes.push({
          code: "ambiguous-date",
          message: `"${c.repair.original}" could also be ${c.repair.alternative}; took ${date}`,
          offset: c.start,
        });
      }
    }
    deadlines.push({ text: phrase, date, kind: c.kind });
  }
  return { deadlines, notes };
}

// ---------------------------------------------------------------------------
// Standalone dates
// ---------------------------------------------------------------------------

const TIME_OF_DAY = "(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?";
const STANDALONE_DATES: readonly RegExp[] = [
  new RegExp(`^(?<y>[0-9]{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?<m>${MONTH_NUM})\\s*月\\s*(?<d>${DAY_NUM})\\s*[日号]${TIME_OF_DAY}$`, "u"),
  new RegExp(`^(?<y>[0-9]{4})(?<sep>[-./])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})${TIME_OF_DAY}$`, "u"),
];

/** A standalone date such as "2021年7月13日", "二〇二二年四月八日", "2017-11-3 10:27:35", "2021.3.9" → "YYYY-MM-DD", else null (must be a real calendar date). */
export function toIsoDate(text: string): string | null {
  const s = text.trim();
  for (const re of STANDALONE_DATES) {
    const m = re.exec(s);
    if (!m) continue;
    const g = groups(m);
    const ys = g.y ?? "";
    const year = /^[0-9]+$/.test(ys) ? Number(ys) : cnDigits(ys);
    const month = cnNumber(g.m ?? "");
    const day = cnNumber(g.d ?? "");
    if (month === null || day === null || !isValidDate(year, month, day)) return null;
    return iso(year, month, day);
  }
  return null;
}
