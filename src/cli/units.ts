// gkparse units: the responsibility matrix of a corpus. One row per unit, by its
// qualified name (else its canonical name): the documents that name it, its tasks
// as lead, responsible and cooperating, its next dated deadline and the tasks'
// ids. A row of an attachment that restates a body task (sameAs) counts once.
// --unit NAME lists one unit's tasks across the corpus instead.
import type { Document, Task } from "../schema.js";
import { canonicalUnit } from "../assign/canonical.js";
import { csvCell } from "../emit/csv.js";

export type Role = "lead" | "responsible" | "cooperating";
const ROLES: ReadonlyArray<readonly [Role, "leadUnits" | "responsibleUnits" | "cooperatingUnits"]> = [
  ["lead", "leadUnits"],
  ["responsible", "responsibleUnits"],
  ["cooperating", "cooperatingUnits"],
];

export interface UnitRow {
  unit: string;
  canonical: string;
  collective: boolean;
  /** spellings seen */
  names: string[];
  documents: number;
  lead: number;
  responsible: number;
  cooperating: number;
  /** the first dated deadline on or after today, else null */
  next: string | null;
  /** path#id of each task */
  tasks: string[];
}

export interface UnitTask {
  unit: string;
  role: Role;
  file: string;
  id: string;
  title: string;
  deadlines: string;
  line: number;
}

/** The unit entries of one document, for each task that is not a restatement. */
function* mentions(d: Document): Generator<{ t: Task; role: Role; name: string; key: string; canonical: string; collective: boolean }> {
  const byName = new Map(d.units.map((u) => [u.name, u]));
  for (const t of d.tasks) {
    if (t.sameAs) continue;
    for (const [role, field] of ROLES)
      for (const name of t[field]) {
        const u = byName.get(name);
        const canonical = u?.canonical ?? name;
        yield { t, role, name, key: u?.qualified ?? canonical, canonical, collective: u?.collective ?? false };
      }
  }
}

/** Adds documents up into the matrix, one at a time. */
export class Matrix {
  private readonly rows = new Map<string, UnitRow & { docs: Set<string>; seen: Set<string> }>();
  constructor(private readonly today: string) {}

  add(d: Document): void {
    for (const m of mentions(d)) {
      let r = this.rows.get(m.key);
      if (!r) {
        r = { unit: m.key, canonical: m.canonical, collective: m.collective, names: [], documents: 0, lead: 0, responsible: 0, cooperating: 0, next: null, tasks: [], docs: new Set(), seen: new Set() };
        this.rows.set(m.key, r);
      }
      if (!r.names.includes(m.name)) r.names.push(m.name);
      r.docs.add(d.source.path);
      r.documents = r.docs.size;
      const ref = `${d.source.path}#${m.t.id}`;
      // one task counts once per role, however many spellings name the unit in it
      if (r.seen.has(`${m.role}\u0000${ref}`)) continue;
      r.seen.add(`${m.role}\u0000${ref}`);
      r[m.role]++;
      if (!r.tasks.includes(ref)) r.tasks.push(ref);
      for (const x of m.t.deadlines) if (x.date && x.date >= this.today && (!r.next || x.date < r.next)) r.next = x.date;
    }
  }

  /** Most tasks first (lead, then all roles), then by name. */
  result(): UnitRow[] {
    return [...this.rows.values()]
      .map(({ docs: _d, seen: _s, ...r }) => r)
      .sort((a, b) => b.lead - a.lead || b.lead + b.responsible + b.cooperating - (a.lead + a.responsible + a.cooperating) || (a.unit < b.unit ? -1 : 1));
  }
}

/** Whether a unit answers to NAME: its spelling, its canonical or its qualified name, or the canonical name of NAME. */
export function unitMatcher(name: string): (key: string, canonical: string, spelling: string) => boolean {
  const wanted = canonicalUnit(name).canonical;
  return (key, canonical, spelling) => key === name || spelling === name || canonical === name || canonical === wanted;
}

/** The tasks of the units NAME answers to, across the corpus. */
export class UnitTasks {
  readonly rows: UnitTask[] = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly match: ReturnType<typeof unitMatcher>,
    private readonly role?: Role,
    private readonly year?: number,
  ) {}

  add(d: Document): void {
    for (const m of mentions(d)) {
      if (!this.match(m.key, m.canonical, m.name) || (this.role && m.role !== this.role)) continue;
      if (this.year && d.year !== this.year && !m.t.deadlines.some((x) => x.date?.startsWith(String(this.year)))) continue;
      const id = `${m.key}\u0000${m.role}\u0000${d.source.path}#${m.t.id}`;
      if (this.seen.has(id)) continue;
      this.seen.add(id);
      this.rows.push({
        unit: m.key,
        role: m.role,
        file: d.source.path,
        id: m.t.id,
        title: m.t.title ?? m.t.text.slice(0, 40),
        deadlines: m.t.deadlines.map((x) => x.date ?? x.text).join("; "),
        line: m.t.line,
      });
    }
  }
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** An aligned table; numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^\d*$/.test(r[i])));
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? " ".repeat(widths[i] - width(c)) + c : c + " ".repeat(widths[i] - width(c))))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

export function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",") + "\r\n").join("");
}

export const MATRIX_HEADER = ["unit", "documents", "lead", "responsible", "cooperating", "next", "tasks"];
export const matrixCells = (r: UnitRow, full: boolean): string[] => [
  r.unit,
  String(r.documents),
  String(r.lead),
  String(r.responsible),
  String(r.cooperating),
  r.next ?? "",
  full ? r.tasks.join(" ") : r.tasks.length > 3 ? `${r.tasks.slice(0, 3).join(" ")} …` : r.tasks.join(" "),
];
export const TASK_HEADER = ["unit", "role", "file", "id", "title", "deadlines", "line"];
export const taskCells = (t: UnitTask): string[] => [t.unit, t.role, t.file, t.id, t.title, t.deadlines, String(t.line)];
