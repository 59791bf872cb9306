// CSV for spreadsheets and data frames. RFC 4180: records end in CRLF, a field
// holding a comma, a double quote, CR or LF is enclosed in double quotes and its
// double quotes are doubled. UTF-8 with a byte-order mark (so that Excel shows the
// Chinese text) unless asked not to. One row per task; or, in the long form, one
// row per task, unit and role (a task without units keeps one row, with the unit
// and role cells empty), so that a pivot table needs no splitting. Lists of units
// are joined with | (a unit name may hold 、 inside brackets, never |); deadlines
// with "; ".
import type { Deadline, Document, Task } from "../schema.js";
import type { Writer } from "./writer.js";

/** Every column --fields accepts: the document's, then the task's. */
export const CSV_FIELDS = [
  "file",
  "region",
  "year",
  "planTitle",
  "docNumber",
  "issuer",
  "date",
  "id",
  "section",
  "title",
  "leadUnits",
  "responsibleUnits",
  "cooperatingUnits",
  "firstDeadline",
  "deadlines",
  "line",
  "text",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Columns written only when asked for (--fields): the notice's, and the task's whole text. */
const ON_REQUEST: ReadonlySet<CsvField> = new Set<CsvField>(["docNumber", "issuer", "date", "text"]);

/** The columns written without --fields. */
export const DEFAULT_CSV_FIELDS: readonly CsvField[] = CSV_FIELDS.filter((f) => !ON_REQUEST.has(f));

/** The columns of the long form: the unit's own two replace the three lists. */
export const LONG_EXTRA = ["unit", "role"] as const;
const UNIT_LISTS: readonly CsvField[] = ["leadUnits", "responsibleUnits", "cooperatingUnits"];

/** Between the units of one list. */
export const UNIT_SEPARATOR = "|";

export interface CsvOptions {
  fields?: readonly CsvField[];
  /** one row per task, unit and role */
  long?: boolean;
  /** a byte-order mark first (default true) */
  bom?: boolean;
}

/** One field, quoted when RFC 4180 requires it. */
export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A deadline for a person: its date, else the words that set it (每季度, 持续推进). */
const readable = (x: Deadline): string => x.date ?? x.text;

function value(d: Document, t: Task, f: CsvField): string {
  switch (f) {
    case "file":
      return d.source.path;
    case "region":
      return d.region ?? "";
    case "year":
      return d.year === null ? "" : String(d.year);
    case "planTitle":
      return d.title ?? "";
    case "docNumber":
      return d.notice?.docNumber ?? d.meta.docNumber ?? "";
    case "issuer":
      return d.notice?.issuer ?? "";
    case "date":
      return d.notice?.date ?? "";
    case "id":
      return t.id;
    case "section":
      return t.section ?? "";
    case "title":
      return t.title ?? "";
    case "leadUnits":
      return t.leadUnits.join(UNIT_SEPARATOR);
    case "responsibleUnits":
      return t.responsibleUnits.join(UNIT_SEPARATOR);
    case "cooperatingUnits":
      return t.cooperatingUnits.join(UNIT_SEPARATOR);
    case "firstDeadline":
      return t.deadlines.find((x) => x.date)?.date ?? "";
    case "deadlines":
      return t.deadlines.map(readable).join("; ");
    case "line":
      return String(t.line);
    case "text":
      return t.text;
  }
}

const ROLES = [
  ["lead", "leadUnits"],
  ["responsible", "responsibleUnits"],
  ["cooperating", "cooperatingUnits"],
] as const;

export function csvWriter(opts: CsvOptions = {}): Writer {
  const fields = opts.fields ?? DEFAULT_CSV_FIELDS;
  const cols = opts.long ? fields.filter((f) => !UNIT_LISTS.includes(f)) : fields;
  const header = [...cols, ...(opts.long ? LONG_EXTRA : [])];
  const row = (cells: string[]) => cells.map(csvCell).join(",") + "\r\n";
  return {
    head: () => (opts.bom === false ? "" : "\ufeff") + row(header),
    doc: (d) => {
      let out = "";
      for (const t of d.tasks) {
        const base = cols.map((f) => value(d, t, f));
        if (!opts.long) {
          out += row(base);
          continue;
        }
        const units = ROLES.flatMap(([role, key]) => t[key].map((u) => [u, role]));
        if (!units.length) out += row([...base, "", ""]);
        for (const [u, role] of units) out += row([...base, u, role]);
      }
      return out;
    },
    separator: "",
    tail: () => "",
  };
}
