// A spreadsheet saved as CSV (Excel's "CSV UTF-8"): records of comma-separated
// fields, quoted fields holding commas and line breaks (RFC 4180). Records with
// one field (a title, a note) become lines; the rest one table. Each block keeps
// the input line where its record starts. Recognised by content: most lines have
// commas and one record is a header of the genre's column words.
import type { Block } from "../blocks.js";
import type { InputFile } from "../file.js";
import { headerRoles } from "../lexicon/headers.js";
import type { Reader } from "./reader.js";

interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 records; a quote left open runs to the end of the text. */
export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      out.push({ line: start, fields });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += c;
  }
  if (field !== "" || fields.length) {
    fields.push(field);
    out.push({ line: start, fields });
  }
  return out;
}

/** Does this text look like a CSV export of a task table? */
export function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/, 200).filter((l) => l.trim());
  if (lines.length < 3) return false;
  const commaLines = lines.filter((l) => (l.match(/,/g) ?? []).length >= 2).length;
  if (commaLines < lines.length * 0.5) return false;
  return parseCsv(lines.slice(0, 10).join("\n")).some((r) => headerRoles(r.fields.map((f) => f.trim()).filter(Boolean)) !== null);
}

export function csvToBlocks(text: string): Block[] {
  const records = parseCsv(text.replace(/^\ufeff/, ""));
  const blocks: Block[] = [];
  let table: Extract<Block, { kind: "table" }> | null = null;
  for (const r of records) {
    const fields = r.fields.map((f) => f.replace(/\r?\n/g, "").trim());
    const filled = fields.filter(Boolean);
    if (!filled.length) continue;
    const isHeader = headerRoles(filled) !== null;
    if (filled.length === 1 && !table) {
      blocks.push({ kind: "line", no: r.line, text: filled[0] });
      continue;
    }
    if (isHeader || table) {
      if (!table) {
        table = { kind: "table", no: r.line, rows: [] };
        blocks.push(table);
      }
      // A record naming a group (一、…) or a note keeps its one cell.
      table.rows.push({ no: r.line, cells: filled.length === 1 ? [filled[0]] : fields.slice(0, Math.max(fields.length, 1)) });
      continue;
    }
    blocks.push({ kind: "line", no: r.line, text: filled.join(" ") });
  }
  // Trailing one-cell records after the table that are not groups are notes: lines.
  return blocks;
}

export const csvReader: Reader = {
  name: "csv",
  detect: (text) => looksLikeCsv(text),
  read: (text: string, _file: InputFile) => csvToBlocks(text),
};
