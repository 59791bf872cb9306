// Deadline extraction (docs/output.md, "Deadline"), after chrono-node: parsers propose
// candidates (parsers.ts), refiners judge them in context (refiners.ts), overlaps
// are resolved (scan.ts); then the missing years are implied from the sentence or
// from the caller's context, and what was repaired or guessed is reported.
import type { Deadline as Placed } from "../../schema.js";

/** A deadline as the text states it; the caller adds the line it stands on. */
export type Deadline = Omit<Placed, "line">;
import type { WarningCode } from "../../warnings.js";
import { daysInMonth, isValidDate, iso } from "../../lexicon/dates.js";
import { REFINERS, CH_SENTENCE_END, hasClass } from "./refiners.js";
import { maskText, resolveOverlaps, runParsers, type YearMention } from "./scan.js";
import type { Mode, ScanContext } from "./results.js";

export interface DeadlineContext {
  /** year used for phrases that name none (plan year, else notice year); null if unknown */
  year: number | null;
  /** "time": the text is a deadline cell or label value (完成时限：…, a 时限 column), where ongoing words count;
   *  "prose": running task text, where ongoing words do NOT count */
  mode: Mode;
  /** reports a repair or a guess; offset is the phrase's place in the text */
  warn?: (code: WarningCode, message: string, offset: number) => void;
}

/** A time cell that is nothing but a year (2024, 2024年, 2024年度): due by its end. */
const BARE_YEAR_CELL = /^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$/;

export function extractDeadlines(text: string, ctx: DeadlineContext): Deadline[] {
  const warn = ctx.warn ?? (() => {});
  const bare = ctx.mode === "time" ? BARE_YEAR_CELL.exec(text) : null;
  if (bare) return [{ text: text.trim(), date: `${bare[1]}-12-31`, kind: "by" }];
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
  // where the last yearly frequency stands (每年3月10日前…，3月31日前…: it governs the sentence)
  let yearlyAt = -1;
  for (const c of resolved) {
    if (c.kind === null) continue;
    const phrase = text.slice(c.start, c.end).trim();
    if (c.kind === "recurring" || c.kind === "ongoing") {
      deadlines.push(c.every ? { text: phrase, date: null, kind: c.kind, every: c.every } : { text: phrase, date: null, kind: c.kind });
      if (c.every === "year") yearlyAt = c.start;
      continue;
    }
    // a month and day after it in the same sentence, with no year of its own, recur with it
    if (yearlyAt >= 0 && c.date && !c.date.components.isCertain("year") && c.date.components.get("month") !== null && !hasSentenceEnd(sc.scan, yearlyAt, c.start)) {
      deadlines.push({ text: phrase, date: null, kind: "recurring", every: "year" });
      continue;
    }
    const spec = c.date;
    // (a limit whose date the text does not give at all, 本月底前: by, date unknown)
    if (!spec) {
      if (c.kind === "by") deadlines.push({ text: phrase, date: null, kind: "by" });
      continue;
    }
    const comps = spec.components;
    if (!comps.isCertain("year")) {
      // a year carries over a ； (2022年8月底前…；12月底前…), not over a 。 or a line end
      for (; scanPos < c.start; scanPos++) if (hasClass(sc.scan, scanPos, CH_SENTENCE_END) && !"；;".includes(sc.scan[scanPos])) sentenceStart = scanPos + 1;
      while (mi < mentions.length && mentions[mi].offset < c.start) lastMention = mentions[mi++];
      const sentenceYear = !c.relativeYear && lastMention && lastMention.offset >= sentenceStart ? lastMention.year : null;
      // a year of the same sentence, else the context's; with no context, the last year the text named
      const implied = sentenceYear ?? ctx.year ?? (!c.relativeYear && lastMention ? lastMention.year : null);
      if (implied !== null) comps.imply("year", implied);
    }
    const baseYear = comps.get("year");
    if (baseYear === null) {
      warn("year-unknown", `no year for "${phrase}"; date left null`, c.start);
      deadlines.push({ text: phrase, date: null, kind: c.kind });
      continue;
    }
    const year = baseYear + spec.yearShift;
    const month = comps.get("month") ?? 0;
    const rawDay = comps.get("day") ?? 0;
    const day = rawDay === 0 && month >= 1 && month <= 12 ? daysInMonth(year, month) : rawDay;
    if (!isValidDate(year, month, day)) {
      warn("invalid-date", `"${phrase}" is not a calendar date; ignored`, c.start);
      continue;
    }
    const date = iso(year, month, day);
    if (c.repair) {
      warn("repaired-date", `damaged date "${c.repair.original}" read as ${date}`, c.start);
      if (c.repair.alternative) {
        warn("ambiguous-date", `"${c.repair.original}" could also be ${c.repair.alternative}; took ${date}`, c.start);
      }
    }
    deadlines.push({ text: phrase, date, kind: c.kind });
  }
  return deadlines;
}

/** Whether a sentence ends (。！？ or a line end) between two offsets of the scanned text. */
function hasSentenceEnd(scan: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (hasClass(scan, i, CH_SENTENCE_END) && !"；;".includes(scan[i])) return true;
  return false;
}
