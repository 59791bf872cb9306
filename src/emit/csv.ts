// CSV: one row per task, for spreadsheets. UTF-8 with a BOM so that Excel shows
// the Chinese text. (Fields are chosen with --fields; see the CLI.)
import type { Document, Task } from "../schema.js";
import type { Writer } from "./index.js";

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
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

function cell(v: string): string {
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
  }
}

export function csvWriter(fields: readonly CsvField[] = CSV_FIELDS): Writer {
  return {
    head: () => "\ufeff" + fields.join(",") + "\r\n",
    doc: (d) => d.tasks.map((t) => fields.map((f) => cell(value(d, t, f))).join(",") + "\r\n").join(""),
    tail: () => "",
  };
}
