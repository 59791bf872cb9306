// Assignment anchors in running text: where a task says who does it.
//   〔牵头单位：X；责任单位：Y〕 — a label inside any bracket, any colon
//   （X牵头落实） （X、Y分别负责落实） （X牵头，Y配合） — role words in parentheses
//   责任单位：X；完成时间：Y。 — labels inline or on lines of their own
// Each anchor records its span, so a task can be split where an assignment ends.
import {
  PERSON_LABELS,
  TIME_LABELS,
  UNIT_LABELS,
  emptyUnits,
  hasUnits,
  mergeUnits,
  parseAssignment,
  splitOutside,
  splitRoleVerb,
  type Role,
  type Units,
} from "./units.js";

export interface Anchor {
  start: number;
  end: number;
  units: Units;
  /** values of time labels (完成时限：…), to be read as deadline cells */
  times: string[];
  kind: "bracket" | "parens" | "labels";
}

/** A clause that states a time limit rather than who does the work. */
const TIME_CLAUSE = /(?:\d{4}年|\d{1,2}月|年底|年内|年末|季度|上半年|下半年|每[周月季年半]|长期坚持|持续推进|常态化)/;

const OPEN = "〔【［[（(";
const CLOSE = "〕】］]）)";

const labelAlternatives = [...UNIT_LABELS.map(([l]) => l), ...TIME_LABELS, ...PERSON_LABELS].sort((a, b) => b.length - a.length);
const LABEL_RE = new RegExp(`(${labelAlternatives.join("|")})\\s*[：:]`, "g");
const UNIT_LABEL_ROLE = new Map<string, Role>(UNIT_LABELS);

/** Index of the bracket closing the one opened at `i`, or -1 (linear scan, bounded). */
function matchBracket(text: string, i: number, limit: number): number {
  let depth = 0;
  const stop = Math.min(text.length, i + limit);
  for (let k = i; k < stop; k++) {
    const c = text[k];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      depth--;
      if (depth === 0) return k;
    } else if (c === "\n") return -1;
  }
  return -1;
}

/** Parse `label：value；label：value` text (inside a bracket or on its own). */
function parseLabelled(content: string): { units: Units; times: string[]; any: boolean } {
  const units = emptyUnits();
  const times: string[] = [];
  const found: Array<{ label: string; at: number; end: number }> = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(content); m; m = LABEL_RE.exec(content)) found.push({ label: m[1], at: m.index, end: m.index + m[0].length });
  for (let k = 0; k < found.length; k++) {
    const value = content
      .slice(found[k].end, k + 1 < found.length ? found[k + 1].at : content.length)
      .replace(/^[\s]+|[；;。，,\s]+$/g, "");
    const role = UNIT_LABEL_ROLE.get(found[k].label);
    if (role) mergeUnits(units, parseAssignment(value, role).units);
    else if (TIME_LABELS.includes(found[k].label) && value) times.push(value);
  }
  return { units, times, any: found.length > 0 };
}

/** 由X负责 / 由X牵头 standing as a clause: after a start or punctuation, before punctuation or the end. */
const BY_CLAUSE = /(^|[。；;，,\s])由([^，,。；;（）()\s]{2,40}?)(牵头负责|负责落实|牵头落实|具体负责|负责|牵头)(?=[，,。；;]|$)/g;

/** Where inline labels may start: line start or after punctuation/space. */
const LABEL_BOUNDARY = /[。；;，,\s〕】）)]/;

export function findAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  const masked: Array<[number, number]> = [];
  // 1. Brackets (jumping from one opening bracket to the next: a test of every
  // character of every paragraph was a hot spot).
  const OPENER = /[〔【［[（(]/g;
  const nextOpen = (from: number) => {
    OPENER.lastIndex = from;
    return OPENER.exec(text)?.index ?? text.length;
  };
  for (let i = nextOpen(0); i < text.length; i = nextOpen(i + 1)) {
    const j = matchBracket(text, i, 2000);
    if (j < 0) continue;
    const content = text.slice(i + 1, j);
    const startsWithLabel = /^\s*[\u4e00-\u9fff]{2,6}\s*[：:]/.test(content);
    if (startsWithLabel) {
      const p = parseLabelled(content);
      if (p.any && (hasUnits(p.units) || p.times.length)) {
        anchors.push({ start: i, end: j + 1, units: p.units, times: p.times, kind: "bracket" });
        masked.push([i, j + 1]);
        i = j;
        continue;
      }
    }
    // Role clauses, possibly with a time clause: （X负责，2022年6月底前完成）.
    const clauses = splitOutside(content, "，,；;");
    const times = clauses.filter((c) => TIME_CLAUSE.test(c) && !splitRoleVerb(c).role);
    const rest = clauses.filter((c) => !times.includes(c)).join("，");
    const a = rest ? parseAssignment(rest, null) : null;
    if (a && a.clean && hasUnits(a.units)) {
      anchors.push({ start: i, end: j + 1, units: a.units, times: times.map((t) => t.trim()), kind: "parens" });
      masked.push([i, j + 1]);
      i = j;
    }
  }
  // 2. Inline labels and label lines, outside the brackets already read.
  const inMask = (k: number) => masked.some(([a, b]) => k >= a && k < b);
  LABEL_RE.lastIndex = 0;
  const found: Array<{ at: number; end: number }> = [];
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) {
    if (inMask(m.index)) continue;
    if (m.index > 0 && !LABEL_BOUNDARY.test(text[m.index - 1])) continue;
    found.push({ at: m.index, end: m.index + m[0].length });
  }
  let k = 0;
  while (k < found.length) {
    // A run of labels: each value ends at the next label, at 。, at a line end or at a bracket.
    const start = found[k].at;
    let end = start;
    let j = k;
    for (; j < found.length; j++) {
      if (j > k && !/^[\s；;。，,]*$/.test(text.slice(end, found[j].at))) break;
      const stopAt = j + 1 < found.length ? found[j + 1].at : text.length;
      const rest = text.slice(found[j].end, stopAt);
      const cut = rest.search(/[。\n]|[；;](?![^（(]*[）)])/);
      end = found[j].end + (cut < 0 ? rest.length : cut + 1);
      if (cut >= 0 && rest[cut] === "\n") end--;
    }
    const p = parseLabelled(text.slice(start, end));
    if (hasUnits(p.units) || p.times.length || p.any) {
      anchors.push({ start, end, units: p.units, times: p.times, kind: "labels" });
    }
    k = j;
  }
  // 3. 由X负责 as a clause of its own in running text.
  BY_CLAUSE.lastIndex = 0;
  for (let m = BY_CLAUSE.exec(text); m; m = BY_CLAUSE.exec(text)) {
    const at = m.index + m[1].length;
    if (inMask(at)) continue;
    const a = parseAssignment(`${m[2]}${m[3]}`, null);
    if (!a.clean || !hasUnits(a.units)) continue;
    anchors.push({ start: at, end: m.index + m[0].length, units: a.units, times: [], kind: "parens" });
  }
  return anchors.sort((a, b) => a.start - b.start);
}
