// Refiners: judge candidates in context; a refiner may turn one into a
// non-deadline (a start date, the first date of a range, someone else's schedule).
// Each looks at a bounded neighbourhood of the candidate.
import {
  DATE_START_CHARS,
  DUE_AFTER_TIME_OF_DAY,
  EVENT_TIME_LABELS,
  HOU_WORDS_OK,
  NOT_START_AFTER,
  PAST_BEFORE,
  PREDICATE_PREPOSITIONS,
  QUALIFYING_VERBS,
  RATE_AMOUNT,
  RATE_SUBJECT,
  REPORT_TOPIC,
  RANGE_MARKERS,
  SCHEDULE_OF_OTHERS,
  START_AFTER,
  TIME_OF_DAY,
  START_BEFORE,
  VALIDITY_BEFORE,
  VALIDITY_VERBS,
  YEAR_END_EVENTS,
} from "../../lexicon/time.js";
import { CLAUSE_END, SENTENCE_END } from "./patterns.js";
import type { Candidate, ScanContext } from "./results.js";

export interface Refiner {
  name: string;
  refine(c: Candidate, sc: ScanContext): void;
}

/** The value of an event-time label runs up to the candidate (整治时间：2021年6月23日-2021年7月1日). */
const EVENT_LABEL_VALUE = new RegExp(`(?:${EVENT_TIME_LABELS.join("|")})\\s*[：:][^，,。；;：:\\n]*$`);

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

export const REFINERS: readonly Refiner[] = [
  {
    // 实施期限至2021年12月31日, 有效期至…: a policy's validity, not a deadline
    name: "validity",
    refine(c, sc) {
      if (!(c.kind === "by" || c.kind === "on")) return;
      const before = clauseBefore(sc.scan, c.start, 12);
      const runsTo = c.hasBy && VALIDITY_VERBS.some((w) => before.endsWith(w));
      if (runsTo || VALIDITY_BEFORE.some((w) => before.includes(w))) c.kind = null;
    },
  },
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
    // 已经2013年2月25日市政府常务会议研究通过: a past event
    name: "past-event",
    refine(c, sc) {
      if (isDated(c) && !c.hasBy && PAST_BEFORE.test(clauseBefore(sc.scan, c.start, 12))) c.kind = null;
    },
  },
  {
    // 活动时间：2023年6月9日, 时间：2021年11月30日上午9:00: when an event takes place, not a time limit
    name: "event-moment",
    refine(c, sc) {
      if (!isDated(c)) return;
      const s = sc.scan;
      // (a range's end too: 公示时间：6月1日至6月10日)
      if (EVENT_LABEL_VALUE.test(s.slice(Math.max(0, c.start - 40), c.start))) c.kind = null;
      else if (!c.hasBy && s[c.end - 1] !== "前") {
        const after = s.slice(c.end, c.end + 40);
        const tod = TIME_OF_DAY.exec(after);
        // 2023年6月30日下午5点前: due that day
        if (tod) c.kind = DUE_AFTER_TIME_OF_DAY.test(after.slice(tod[0].length)) ? "by" : null;
      }
    },
  },
  {
    // 截至4月10日，有8项已提前完成: the date a report stands at, not a limit
    name: "as-of",
    refine(c, sc) {
      if (!isDated(c)) return;
      const s = sc.scan;
      // (the phrase may hold its 截至, or follow it)
      const opening = /^(?:截至|截止)/.test(s.slice(c.start, c.start + 2)) || /(?:截至|截止到|截止)\s*$/.test(s.slice(Math.max(0, c.start - 4), c.start));
      if (opening && /^[^。；;\n]{0,20}已/.test(s.slice(c.end, c.end + 24))) c.kind = null;
    },
  },
  {
    // 每月25日（本次报送于6月26日）前: a date in brackets before 前 is due by then
    name: "bracketed-before",
    refine(c, sc) {
      if (c.kind === "on" && /^\s*[)）]\s*之?前/.test(sc.scan.slice(c.end, c.end + 5))) c.kind = "by";
    },
  },
  {
    // 8月9日—8月20日: a range's end is due by then, as after 至
    name: "range-end",
    refine(c, sc) {
      if (c.kind === "on" && /[日号]\s*[—–\-~～]{1,2}\s*$/.test(sc.scan.slice(Math.max(0, c.start - 4), c.start))) c.kind = "by";
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
    // 明确了年内完成和持续推进的12项任务: the time describes the tasks named after 的;
    // 纳入年底绩效考核: a year-end event, not a limit
    name: "qualifier",
    refine(c, sc) {
      if (!isDated(c) || c.hasBy) return;
      const s = sc.scan;
      const after = s.slice(c.end, c.end + 12);
      if (QUALIFYING_VERBS.test(after)) c.kind = null;
      else if (/[底末终中]$/.test(s.slice(c.start, c.end)) && YEAR_END_EVENTS.some((w) => after.startsWith(w))) c.kind = null;
    },
  },
  {
    // 2024年一季度全县经济运行情况: the period a topic covers (a report's subject), not a limit
    name: "topic-period",
    refine(c, sc) {
      if (!isDated(c) || c.hasBy) return;
      const s = sc.scan;
      let e = c.end;
      while (e < s.length && e - c.end < 30 && !hasClass(s, e, CH_CLAUSE_END)) e++;
      const rest = s.slice(c.end, e);
      if (REPORT_TOPIC.test(rest)) c.kind = null;
    },
  },
  {
    // 每人每月574元, 每月补助200元: a rate, not how often something is due
    name: "rate",
    refine(c, sc) {
      if (c.kind !== "recurring") return;
      const s = sc.scan;
      const before = s.slice(Math.max(0, c.start - 3), c.start);
      if (RATE_SUBJECT.test(before) || RATE_AMOUNT.test(s.slice(c.end, c.end + 12))) c.kind = null;
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
export const CH_SENTENCE_END = 1;
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
export const hasClass = (s: string, i: number, flag: number): boolean => (CHAR_CLASS[s.charCodeAt(i)] & flag) !== 0;

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
