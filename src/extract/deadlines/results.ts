// What the parsers produce, after chrono-node's results: date components keep
// *known* values (written in the text) apart from *implied* ones (taken from
// context), so a missing year is noticed and reported instead of silently guessed.
import type { Deadline } from "../../schema.js";
import { cnDigits } from "../../lexicon/numerals.js";
import { RELATIVE_YEARS } from "../../lexicon/time.js";

export type Kind = Deadline["kind"];
export type Every = NonNullable<Deadline["every"]>;
/** "time": a deadline cell or label value, where ongoing words count; "prose": running text, where they do not */
export type Mode = "prose" | "time";

type Unit = "year" | "month" | "day";
const UNIT_INDEX: Readonly<Record<Unit, number>> = { year: 0, month: 1, day: 2 };

export class DateComponents {
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
export interface DateSpec {
  components: DateComponents;
  /** added to the year once it is known: M月前 with M=1 (-1), 明年 (+1) */
  yearShift: number;
}

export interface Repair {
  original: string;
  /** other valid reading, when the damaged digits allow two */
  alternative: string | null;
}

/** What an extractor recognised in one match. */
export interface Found {
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
export interface Candidate extends Found {
  start: number;
  end: number;
  rule: string;
  /** table position, breaks ties */
  order: number;
}

export const groups = (m: RegExpExecArray): Record<string, string | undefined> => m.groups ?? {};

/** Every Found is made here, with all the fields of a Candidate, so that all have one shape
 *  and the runner can place it without copying. */
export function found(kind: Kind | null, every: Every | null = null): Found {
  const c: Candidate = { kind, every, date: null, repair: null, hasBy: false, relativeYear: false, start: 0, end: 0, rule: "", order: 0 };
  return c;
}

/** A dated phrase: month and day (0 = last day) known, year from the year groups if written. */
export function dated(m: RegExpExecArray, kind: Kind, month: number, day: number, shift = 0): Found {
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
export const byOrOn = (m: RegExpExecArray): Kind =>
  groups(m).before !== undefined || groups(m).pre !== undefined ? "by" : "on";

/** The text being read: as given, and with document numbers and book titles masked (same length). */
export interface ScanContext {
  text: string;
  scan: string;
  mode: Mode;
}
