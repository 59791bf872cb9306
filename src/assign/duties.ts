// Duties divided among units, each clause or paragraph led by its unit and 负责
// (X负责…；Y负责…, 市发展改革委：负责…, 区委农办要…，负责…): each such unit is responsible.
// A clause of this kind alone is the subject of a sentence, not an assignment.
import { emptyUnits, hasUnits, mergeUnits, parseAssignment, type Units } from "./units.js";
import { looksLikeUnit } from "../lexicon/units.js";
import type { Anchor } from "./anchors.js";

/**
 * X负责 and what X does: the units before 负责 (not 负责人), one or a few joined by 、 (市规划局、市建设局负责,
 * 市农业局、市林业局等负责, …分别负责); a bracket in a name may hold a 、 (各县（市、区）政府). A name holds
 * no 、 outside brackets, so each list splits one way only.
 */
const NAME = "(?:[^，,。；;：:、\\s（(]|[（(][^（）()，,。；;]{1,12}[）)]){2,24}?";
const DUTY = `(${NAME}(?:、${NAME}){0,6})(?:等|分别)?负责(?!人|同志)(?=[^，,。；;\\s])`;
/** …opening a sentence or a clause after ； */
const DUTY_CLAUSE = new RegExp(`(^|[。；;\\n])\\s*${DUTY}`, "g");
/** …a unit and a colon opening a paragraph before its duties (市住房城乡建设局：负责指导…) */
const UNIT_COLON_DUTY = /^\s*([^，,。；;：:、\s（(]{2,20})[：:]\s*(?=负责)/;
/** …a unit and a run of spaces opening a paragraph of its duties, a two-column table flattened (法规处  负责…；参与…) */
const UNIT_SPACED_DUTY = /^\s*([^，,。；;：:、\s（(]{2,12})[ \u3000]{2,}(?=[\u4e00-\u9fff][^。；;]{9})/;
function unitSpacedDuty(text: string): RegExpExecArray | null {
  const m = UNIT_SPACED_DUTY.exec(text);
  return m && looksLikeUnit(m[1]) ? m : null;
}
/** …opening a text */
const OPENING_DUTY = new RegExp(`^\\s*${DUTY}`);
/** …a unit, what it is, then its duty (市政府办公室为全市政府信息公开工作的主管部门，负责推进…) */
const WEI_DUTY = new RegExp(`(^|[。；;\\n])\\s*(${NAME})为[^，,。；;]{2,30}[，,]负责(?!人|同志)(?=[^，,。；;\\s])`, "g");
/** The unit a text opens with, in either duty form (X负责…, X为…部门，负责…), or null. */
export function openingUnitDuty(text: string): Units | null {
  const plain = openingDuty(text);
  if (plain) return plain;
  WEI_DUTY.lastIndex = 0;
  const m = WEI_DUTY.exec(text);
  return m && m.index === 0 && !m[1] ? weiUnits(m) : null;
}

/** The units of an X为…，负责… clause: X, leading when what it is says so (办公室为…的牵头部门). */
function weiUnits(m: RegExpExecArray): Units | null {
  const a = parseAssignment(`${m[2]}${/为[^，,]*牵头/.test(m[0]) ? "牵头" : "负责"}`, null);
  return a.clean && hasUnits(a.units) ? a.units : null;
}

/** …after a comma, in a paragraph that opens with one (X负责…，Y负责…) */
const COMMA_DUTY = new RegExp(`[，,]\\s*${DUTY}`, "g");

/** The unit a text opens with as the one who does it (党政办负责会议场地准备), or null. */
export function openingDuty(text: string): Units | null {
  const m = OPENING_DUTY.exec(text);
  return m ? unitsBefore(m[1]) : null;
}

/** The units of a name list before 负责, or null when they are none. */
function unitsBefore(names: string): Units | null {
  const a = parseAssignment(`${names}负责`, null);
  return a.clean && hasUnits(a.units) ? a.units : null;
}

/** Every clause `re` finds in `text`, its units (by `unitsOf`) merged into `into`; how many gave some. */
function addClauses(re: RegExp, text: string, unitsOf: (m: RegExpExecArray) => Units | null, into: Units): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const found = unitsOf(m);
    if (!found) continue;
    mergeUnits(into, found);
    n++;
  }
  return n;
}

/**
 * Units of a paragraph that divides duties among several units, each clause led by
 * its unit (X负责…；Y负责…): each is responsible. One such clause alone is the subject
 * of a sentence, not an assignment, unless a colon sets the unit off (X：负责…).
 * Returns at most one anchor.
 */
export function dutyClauses(text: string): Anchor[] {
  // a paragraph opening with its unit and a colon (市发展改革委：负责拟订…): that unit's duties
  const colon = UNIT_COLON_DUTY.exec(text) ?? unitSpacedDuty(text);
  const own = colon ? unitsBefore(colon[1]) : null;
  if (own) return [{ start: text.length, end: text.length, units: own, times: [], kind: "parens" }];
  const units = emptyUnits();
  let count = addClauses(DUTY_CLAUSE, text, (m) => unitsBefore(m[2]), units) + addClauses(WEI_DUTY, text, weiUnits, units);
  // parallel clauses joined by commas count when the paragraph opens with a duty clause
  if (count >= 1 && OPENING_DUTY.test(text)) count += addClauses(COMMA_DUTY, text, (m) => unitsBefore(m[1]), units);
  // One anchor for the whole paragraph, empty, at its end: the clauses assign the
  // paragraph as one task, and their words stay in its text.
  return count >= 2 ? [{ start: text.length, end: text.length, units, times: [], kind: "parens" }] : [];
}

/** …a unit (or a few) set off by a stop or a colon before its duties, one after another (县环保局。负责…。县农委。负责…) */
const UNIT_HEADED = new RegExp(`(^|[。；;：:\\n])\\s*(${NAME}(?:、${NAME}){0,6})[。：:]\\s*(?=负责)`, "g");

/**
 * A list of units and their duties flattened into one paragraph, each unit set off by a
 * stop or a colon before 负责 (各成员单位职责如下：县环保局。负责…。县交通局、公路局。负责…):
 * an anchor after each unit's duties, where the next unit starts, so that each is a task
 * of its own. At least two such units; none otherwise.
 */
export function unitHeadedDuties(text: string): Anchor[] {
  const found: Array<{ at: number; units: Units }> = [];
  UNIT_HEADED.lastIndex = 0;
  for (let m = UNIT_HEADED.exec(text); m; m = UNIT_HEADED.exec(text)) {
    const names = m[2].split("、");
    if (!names.every((n) => looksLikeUnit(n))) continue;
    const units = unitsBefore(m[2]);
    if (units) found.push({ at: m.index + m[1].length, units });
  }
  if (found.length < 2) return [];
  return found.map((f, k) => {
    const end = k + 1 < found.length ? found[k + 1].at : text.length;
    return { start: end, end, units: f.units, times: [], kind: "parens" as const };
  });
}

/** …a unit and 要 opening a paragraph, its duty in a later clause (区委农办要结合…，负责指导…) */
const MUST_THEN_DUTY = /^\s*([^，,。；;：:、\s（(]{2,20}?)要[^。；;]{0,40}?[，,]负责(?!人|同志)/;

/** The unit of a paragraph that opens with it and 要, and says what it does after 负责 (区委农办要结合…，负责指导…). */
export function dutyAfterMust(text: string): Units | null {
  const m = MUST_THEN_DUTY.exec(text);
  return m ? unitsBefore(m[1]) : null;
}
