// Time vocabulary: the labels and column headers of time limits, the words that
// mark a clause or cell as a time limit, and the deadline parsers' word tables
// (after chrono-node's constants). Parsers in extract/deadlines/ build their
// patterns from these lists; nothing else spells a time word.
import type { Every } from "./types.js";

export type TimeUse = "label" | "header";
const row = (word: string, ...as: TimeUse[]) => ({ word, as });

/** Words naming a time limit, as a label (完成时限：…) or as a table column. */
export const TIME_WORDS: ReadonlyArray<{ word: string; as: readonly TimeUse[] }> = [
  row("完成时限", "label", "header"),
  row("完成时间", "label", "header"),
  row("时间要求", "label", "header"),
  row("时限要求", "label", "header"),
  row("时限", "label", "header"),
  row("完成期限", "label", "header"),
  row("时间节点", "label", "header"),
  row("进度安排", "label", "header"),
  row("时间安排", "label", "header"),
  row("办结时限", "label", "header"),
  row("时间进度", "header"),
  row("时限及要求", "header"),
  row("进度要求", "header"),
  row("完成时间节点", "header"),
  row("完成时限要求", "header"),
  row("进度", "header"),
  row("拟发布月", "header"),
  row("月份", "header"),
];

/** Labels whose values are time limits. */
export const TIME_LABELS: readonly string[] = TIME_WORDS.filter((w) => w.as.includes("label")).map((w) => w.word);
/** Column headers of time limits. */
export const TIME_HEADERS: readonly string[] = TIME_WORDS.filter((w) => w.as.includes("header")).map((w) => w.word);

/**
 * What makes a short clause or cell a time limit rather than a list of units:
 * （X负责，2022年6月底前完成）, a 完成时限 cell that lost its place in a shifted row.
 */
export const TIME_HINT =
  /(?:\d{4}年|\d{1,2}月|[〇零○一二三四五六七八九]{4}年|[一二三四五六七八九十]{1,2}月|月底|年底|年内|年末|年中|季度|上半年|下半年|每[周月季年半]|长期坚持|持续推进|常态化)/;
/** The same, for table cells, where a bare 半年, 长期, 及时 or 立即 also stands for a time. */
export const TIME_CELL_HINT = /(?:\d{4}年|\d+月|月底|年底|年内|季度|半年|每[周月年季]|长期|持续|常态|及时|立即|全年)/;

// ---------------------------------------------------------------------------
// Deadline vocabulary (the parsers' tables)

/** Frequency words after 每 (每月, 每个季度, 每半年 …). */
export const FREQUENCY_AFTER_EVERY: ReadonlyArray<readonly [string, Every]> = [
  // 每两个月/每两周: the contract's every has no multiplier; the nearer frequency never misses one
  ["两个月", "month"], ["两月", "month"], ["两周", "week"],
  ["半年度", "half-year"], ["半年", "half-year"],
  ["星期", "week"], ["周", "week"],
  ["月度", "month"], ["月", "month"],
  ["季度", "quarter"], ["季", "quarter"],
  ["年度", "year"], ["年", "year"],
];
/** Frequency words that stand alone (按月公开, 逐季度更新). */
export const FREQUENCY_ADVERBS: ReadonlyArray<readonly [string, Every]> = [
  ["按季度", "quarter"], ["按半年", "half-year"], ["按月度", "month"], ["按月", "month"], ["按周", "week"],
  ["按年度", "year"], ["按年", "year"],
  ["逐季度", "quarter"], ["逐月", "month"],
];

/** Time-limit words with no date; they count only where the text is a time limit. */
export const ONGOING_WORDS: readonly string[] = [
  "长期坚持", "长期执行", "长期有效", "持续推进", "持续开展", "持续实施", "持续落实", "常态化", "常态工作", "全年", "长期",
];
/** "立即落实并" + an ongoing word makes one phrase (立即落实并长期坚持). */
export const ONGOING_LEADS: readonly string[] = ["立即落实并", "立即执行并", "立即启动并", "立即开展并", "立即整改并"];
/** After an ongoing word these make it a description (长期不更新), not a time limit. */
export const NOT_AFTER_ONGOING = "不未";

/** Words before a date that make it a due date ("到2023年底", "截至9月30日"). */
export const BY_PREFIXES: readonly string[] = ["截止到", "截至", "截止", "到", "至"];
/** Characters before 到 that make it a verb, not "by" (达到, 做到 …). */
export const NOT_BY_BEFORE_DAO = "达做收得报迟提";
/** 前 and its variants after a date. */
export const BEFORE_WORDS: readonly string[] = ["之前", "以前", "前"];
/** Characters after 前 that make it another word (前期, 前置 …). */
export const NOT_BEFORE_AFTER_QIAN = "期置沿述";

/** Verbs after a bare month that make it a due month (2021年6月完成). */
export const COMPLETION_VERBS: readonly string[] = [
  "完成", "建成", "上线", "完工", "办结", "启用", "投入使用", "开通", "报送", "提交", "结束",
];
/** Relative years (今年底, 明年上半年): shift from the context year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今: 0, 本: 0, 当: 0, 同: 0, 明: 1, 次: 1, 翌: 1 };
/** Characters that, right before 年底/年内, make it a duration or another year (一年内, 上年底). */
export const NOT_BEFORE_BARE_YEAR = "0-9〇○零一二三四五六七八九十两半几多数每上去前往历近后次";
/** After 年内 these make another word (年内部, 年内容). */
export const NOT_AFTER_NIAN_NEI = "部容涵外";
/** After 年中 these make another word (年中期, 年中央). */
export const NOT_AFTER_NIAN_ZHONG = "期央心午国间层旬";
/**
 * After 上半年 / 三季度: words that make the period a modifier of a noun (上半年任务落实情况,
 * 一季度数据), not a time limit.
 */
export const PERIOD_AS_MODIFIER: readonly string[] = [
  "的", "任务", "工作", "落实", "情况", "数据", "总结", "报告", "进展", "执行", "运行", "经济", "财政", "指标",
  // periods listed together name what is reported (上半年、全年工作进展)
  "、全年", "、下半年", "、年度", "和全年", "和下半年", "及全年",
];

/** Ten-day periods of a month: day of month, 0 = last day; 月初 (early in the month) is read as 上旬. */
export const XUN_DAY: Readonly<Record<string, number>> = { 上旬: 10, 中旬: 20, 下旬: 0, 初: 10 };
/** Halves of the year: the month they end with. */
export const HALF_MONTH: Readonly<Record<string, number>> = { 上: 6, 下: 12 };

/** Words before a date that make it a start, not a deadline (从2021年起, 自…起). */
export const START_BEFORE: readonly string[] = ["自从", "从", "自"];
/** Words after a date that make it a start or a past event. */
export const START_AFTER: readonly string[] = ["起", "开始", "以来", "至今", "以后", "之后", "印发"];
/** Verbs of a target, after a year that opens a sentence (2018年全区PM2.5浓度下降到52): the year is its time limit. */
export const TARGET_VERBS: readonly string[] = ["完成", "达到", "下降", "上升", "提高", "实现", "保持", "控制在", "削减", "建成", "淘汰", "新增", "增长", "确保"];
/** Words before a year that make what follows its target (力争2025年全县…下降10%). */
export const TARGET_ADVERBS: readonly string[] = ["力争", "争取"];
/** Words before a date that make it a past event (已经2013年2月25日市政府常务会议研究通过). */
export const PAST_BEFORE = /(?:^|[已业])经$|已于$/;
/**
 * Labels of when or where an event takes place (活动时间：…, 整治时间：6月23日-7月1日): their
 * dates are the event's, not a time limit. 完成时间 and the other TIME_WORDS are time limits.
 */
export const EVENT_TIME_LABELS: readonly string[] = [
  "活动时间", "活动日期", "整治时间", "集中整治时间", "开放时间", "开放日期", "会议时间", "会议日期",
  "培训时间", "报名时间", "举办时间", "举办日期", "开展时间", "考试时间", "比赛时间", "公示时间", "公示期",
];
/** A time of day after a date (上午9:00, （周五）下午, 14时, 下班): the moment of an event, unless 前 follows it. */
export const TIME_OF_DAY = /^\s*(?:[（(](?:周|星期)[一二三四五六日天][）)])?\s*(?:上午|下午|中午|晚上|早上|下班|\d{1,2}[:：]\d{2}|\d{1,2}[时点](?!前))/;
/** After a time of day: it is a due time, not an event (下午5点前报送). */
export const DUE_AFTER_TIME_OF_DAY = /^[^，,。；;]{0,8}?(?:前|之前|以前|截止)/;

/** Words that begin like a START_AFTER word but are verbs of the task (9月1日起草). */
export const NOT_START_AFTER: readonly string[] = ["起草", "起诉", "起步"];

/**
 * Verbs between a time and the 的 that makes it describe the tasks it names (年内完成和持续推进的12项任务):
 * the time qualifies other tasks, it is not this text's limit.
 */
export const QUALIFYING_VERBS = /^前?(?:完成|实现|建成|办结|落实|推进|开工|竣工|持续推进)(?:和(?:完成|推进|持续推进|落实))?的/;
/** Before a frequency, a rate's subject (每人每月574元): a rate, not how often something is due. */
export const RATE_SUBJECT = /(?:每人|每户|每名|人均|户均)$/;
/** After a frequency, an amount (每月补助200元). */
export const RATE_AMOUNT = /^(?:补助|补贴|发放|标准)?\s*\d+(?:\.\d+)?\s*(?:元|万元|千元|公斤|吨)/;
/** After a period, the topic of a report it covers, to the clause's end (一季度全县经济运行情况). */
export const REPORT_TOPIC = /^(?:全[县市区省镇]|本[县市区])?[\u4e00-\u9fff]{0,12}(?:运行|发展)情况$/;
/** What a year-end names when it is an event, not a limit (年底绩效考核, 年终总结). */
export const YEAR_END_EVENTS: readonly string[] = ["绩效考核", "考核", "考评", "评估", "总结", "述职", "评议", "检查", "通报", "盘点"];
/** 后 after a date means "after" unless it starts one of these words. */
export const HOU_WORDS_OK: readonly string[] = ["后续"];
/** Range markers: the date before one is a start ("9月1日至12月31日"). */
export const RANGE_MARKERS = "至到~～—-";
/** Characters that can begin a date after a range marker. */
export const DATE_START_CHARS = "0123456789〇○零一二三四五六七八九十元今本明次翌年上下第";

/** Words that introduce a clause describing someone else's schedule (根据省政府每季度开展的…). */
export const SCHEDULE_OF_OTHERS: readonly string[] = ["根据", "按照", "依据", "参照"];
/** Prepositions: after 每X, they start the task's own predicate, so a later 的 is not a modifier. */
export const PREDICATE_PREPOSITIONS = "将对向把在于给为从由";

/** Phrases that are not deadlines; they occupy their span so no date rule reads into them. */
export const NOT_DEADLINE_WORDS: readonly string[] = ["不定期", "定期", "及时", "按时", "按期", "第一时间", "年初", "年中"];
/** Units of a duration (3个工作日内, 24小时内, 半年内). */
export const DURATION_UNITS: readonly string[] = ["工作日", "小时", "日", "天", "周", "星期", "月", "年", "季度"];

/** Words before a date that make it the end of a policy's validity, not a task's deadline (实施期限至2021年12月31日). */
export const VALIDITY_BEFORE: readonly string[] = ["实施期限", "有效期", "执行期限", "施行期限", "执行期", "有效期限", "政策期限"];
/** Verbs before 至/到 a date that make it how long a policy runs (政策实施至2021年4月30日). */
export const VALIDITY_VERBS: readonly string[] = ["实施", "执行", "施行", "延长", "延续", "截止"];
/** After 年底/年末: a noun (年底考核), not a time limit. */
export const YEAR_END_NOUNS = "考核|总结|评估|检查|盘点|述职|评议|结算|决算";
