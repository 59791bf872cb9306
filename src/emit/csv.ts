// CSV: one row per task, for spreadsheets. RFC 4180: records end in CRLF, a
// field holding a comma, a double quote, CR or LF is enclosed in double quotes
// and its double quotes are doubled; every other field is written as it is.
// UTF-8 with a BOM so that Excel shows the Chinese text. Lists of units are
// joined with 、 (the list separator of the documents themselves), deadlines
// with "; ". Columns are chosen with --fields (see the CLI).
import type { Document, Task } from "../schema.js";
import type { Writer } from "./writer.js";

/** Every column --fields accepts, in the default order; `text` is optional. */
export const CSV_FIELDS = [
  "file",
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

/** The columns written without --fields: all but the (long) task text. */
export const DEFAULT_CSV_FIELDS: readonly CsvField[] = CSV_FIELDS.filter((f) => f !== "text");

/** One field, quoted when RFC 4180 requires it. */
export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function value(d: Document, t: Task, f: CsvField): string {
  switch (f) {
    case "file":
      return d.source.path;
    case "id":
      return t.id;
    case "section":
      return t.section ?? "";
    case "title":
      return t.title ?? "";
    case "leadUnits":
      return t.leadUnits.join("、");
    case "responsibleUnits":
      return t.responsibleUnits.join("、");
    case "cooperatingUnits":
      return t.cooperatingUnits.join("、");
    case "firstDeadline":
      return t.deadlines.find((x) => x.date)?.date ?? "";
    case "deadlines":
      return t.deadlines.map((x) => x.date ?? (x.kind === "recurring" ? `every ${x.every}` : x.kind)).join("; ");
    case "line":
      return String(t.line);
    case "text":
      return t.text;
  }
}

export function csvWriter(fields: readonly CsvField[] = DEFAULT_CSV_FIELDS): Writer {
  return {
    head: () => "\ufeff" + fields.map(csvCell).join(",") + "\r\n",
    doc: (d) => d.tasks.map((t) => fields.map((f) => csvCell(value(d, t, f))).join(",") + "\r\n").join(""),
    tail: () => "",
  };
}
