// What a document adds to the figures of a corpus: tasks (restated ones counted
// once), units, tasks without a unit or a deadline, and the deadlines a calendar
// cannot show. Computed where the document is parsed, so that the figures reach
// the main thread without the document.
import type { Document } from "../schema.js";

export interface DocSummary {
  /** tasks, a row that restates a body task (sameAs) not counted */
  tasks: number;
  /** distinct units, by qualified (else canonical) name */
  units: string[];
  noUnit: number;
  noDeadline: number;
  /** ongoing deadlines: no date, no calendar event */
  ongoing: number;
  /** by/on deadlines whose year is unknown */
  undated: number;
}

export function summarize(d: Document): DocSummary {
  const tasks = d.tasks.filter((t) => !t.sameAs);
  const units = new Set(d.units.map((u) => u.qualified ?? u.canonical));
  return {
    tasks: tasks.length,
    units: [...units],
    noUnit: tasks.filter((t) => !t.leadUnits.length && !t.responsibleUnits.length && !t.cooperatingUnits.length).length,
    noDeadline: tasks.filter((t) => !t.deadlines.length).length,
    ongoing: tasks.reduce((n, t) => n + t.deadlines.filter((x) => x.kind === "ongoing").length, 0),
    undated: tasks.reduce((n, t) => n + t.deadlines.filter((x) => (x.kind === "by" || x.kind === "on") && !x.date).length, 0),
  };
}

export interface CorpusTotals {
  documents: number;
  tasks: number;
  units: number;
  noUnit: number;
  noDeadline: number;
  ongoing: number;
  undated: number;
}

/** Adds document summaries up (units counted once across documents). */
export class Totals {
  private readonly units = new Set<string>();
  readonly value: CorpusTotals = { documents: 0, tasks: 0, units: 0, noUnit: 0, noDeadline: 0, ongoing: 0, undated: 0 };
  add(s: DocSummary): void {
    const v = this.value;
    v.documents++;
    v.tasks += s.tasks;
    for (const u of s.units) this.units.add(u);
    v.units = this.units.size;
    v.noUnit += s.noUnit;
    v.noDeadline += s.noDeadline;
    v.ongoing += s.ongoing;
    v.undated += s.undated;
  }
}
