// Running the parsers: document numbers and book titles are masked first (JioNLP's
// lesson: 2021 in 京政办发〔2021〕12号 is no date); each parser runs only over
// windows around its anchor characters; overlapping candidates are resolved
// (earliest start wins, then the longest, then table order).
import { MASK } from "./patterns.js";
import { MASKS, PARSERS, YEAR_MENTION, type ParserRule } from "./parsers.js";
import { cnDigits } from "../../lexicon/numerals.js";
import { groups, type Candidate, type Mode, type ScanContext } from "./results.js";

/** Document numbers and book titles become MASK characters (same length, so offsets hold). */
export function maskText(text: string): string {
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
export function planFor(mode: Mode): ScanPlan {
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

export interface YearMention {
  offset: number;
  year: number;
}

export function runParsers(sc: ScanContext): { candidates: Candidate[]; mentions: YearMention[] } {
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
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
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
