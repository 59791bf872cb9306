// What every kind of task is built with: the context of the document, the ids made
// unique as tasks are added, and a task's deadlines read from a piece of its text.
import type { Deadline, Task } from "../schema.js";
import type { InputFile } from "../file.js";
import type { Units } from "../assign/units.js";
import { extractDeadlines } from "./deadlines/index.js";
import { clean } from "../strings.js";

export interface TaskContext {
  year: number | null;
  file: InputFile;
  /** the last line of a text that ends mid-line (a page cut short), or 0: what it assigns is incomplete */
  cutLine?: number;
  /** the last characters of the cut text: of the pieces on the cut line, only the one ending so is cut */
  cutTail?: string;
}

export type Origin = Task["origin"];

export interface Extracted {
  units: Units;
  deadlines: Deadline[];
  /** the line each unit was named on (by name); a unit missing here was named on the task's first line */
  unitLines?: Map<string, number>;
  /** the text ends inside the part: nothing it assigns is read */
  cut?: boolean;
}

/** The deadlines of a piece of text on `line`, each carrying that line. */
export function deadlinesOf(text: string, mode: "prose" | "time", ctx: TaskContext, line: number): Deadline[] {
  if (!text.trim()) return [];
  return extractDeadlines(text, { year: ctx.year, mode, warn: (code, message) => ctx.file.warn(code, message, line) }).map((d) => ({ ...d, line }));
}

/** Record the line of every unit of `units` not seen before. */
export function noteUnitLines(lines: Map<string, number>, units: Units, line: number): void {
  for (const list of [units.lead, units.responsible, units.cooperating]) for (const u of list) if (!lines.has(u)) lines.set(u, line);
}

export interface Builder {
  tasks: Task[];
  /** per task (same index), the line each unit was named on */
  unitLines: Array<Map<string, number>>;
  ids: Set<string>;
  /** per base id, the suffix to try next: ids only grow, so the search resumes there (linear, not quadratic) */
  next: Map<string, number>;
}

function uniqueId(b: Builder, base: string): string {
  let id = base || "task";
  let k = b.next.get(base) ?? 2;
  for (; b.ids.has(id); k++) id = `${base}~${k}`;
  b.next.set(base, k);
  b.ids.add(id);
  return id;
}

export function push(
  b: Builder,
  path: string[],
  section: string | null,
  title: string | null,
  text: string,
  ex: Extracted,
  origin: Origin,
  line: number,
  suffix = "",
): void {
  const lines = new Map(ex.unitLines ?? []);
  noteUnitLines(lines, ex.units, line);
  b.unitLines.push(lines);
  b.tasks.push({
    id: uniqueId(b, path.join("/") + suffix),
    path: path.length ? path : ["-"],
    section,
    title: title ? clean(title) || null : null,
    text,
    leadUnits: ex.units.lead,
    responsibleUnits: ex.units.responsible,
    cooperatingUnits: ex.units.cooperating,
    deadlines: ex.deadlines,
    origin,
    line,
  });
}

/**
 * Add a row's units and deadlines to the task at `index` (a sub-row that names only who and
 * when under a merged content cell: 2021.8 | 城投集团).
 */
export function extend(b: Builder, index: number, ex: Extracted, line: number): void {
  const t = b.tasks[index];
  const add = (list: string[], more: string[]) => more.forEach((u) => list.includes(u) || list.push(u));
  add(t.leadUnits, ex.units.lead);
  add(t.responsibleUnits, ex.units.responsible);
  add(t.cooperatingUnits, ex.units.cooperating);
  t.deadlines.push(...ex.deadlines);
  noteUnitLines(b.unitLines[index], ex.units, line);
}

export const newBuilder = (): Builder => ({ tasks: [], unitLines: [], ids: new Set(), next: new Map() });
