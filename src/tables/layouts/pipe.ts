// pipe: one row per line, cells between | separators (outer pipes optional); a
// Markdown rule line (|---|---|) is skipped; a numbered group line between rows is
// a row of its own.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles, roleOfHeader } from "../../lexicon/headers.js";
import { hasPipes, isGroupLine, isTabLine, type TableLayout, type TextTable } from "../layout.js";
import { inferRoles } from "../infer.js";

function splitPipe(t: string): string[] {
  const line = t.trim();
  const parts = line.split(/[|｜]/).map((c) => c.trim());
  // Outer pipes only when the row starts with one; otherwise a trailing | ends an empty last cell.
  if (/^[|｜]/.test(line)) {
    parts.shift();
    if (parts.length && parts[parts.length - 1] === "" && /[|｜]$/.test(line)) parts.pop();
  }
  return parts;
}

/** Without its empty cells at the end. */
function trimEnd(cells: string[]): string[] {
  let n = cells.length;
  while (n > 1 && cells[n - 1] === "") n--;
  return n === cells.length ? cells : cells.slice(0, n);
}

function read(lines: LineBlock[], i: number): TextTable | null {
  let header = splitPipe(lines[i].text);
  // a header row broken over two lines (工作任务 | 具体要求 / | 责任单位 |)
  let first = i + 1;
  const more = lines[i + 1]?.text.trim() ?? "";
  if (!/[|｜]$/.test(lines[i].text.trim()) && /^[|｜]/.test(more)) {
    const cells = splitPipe(more).filter(Boolean);
    if (cells.length && cells.every((c) => roleOfHeader(c, 12) !== null)) {
      header = [...header.filter(Boolean), ...cells, ...(/[|｜]$/.test(more) ? [""] : [])];
      first = i + 2;
    }
  }
  // A header that ends with empty cells (时限要求 | ||) pads its rows at the end, as
  // Markdown converters do for rows that lost merged cells: trailing empties are padding.
  const padded = header.length > 2 && header[header.length - 1] === "";
  if (padded) header = trimEnd(header);
  if (header.length < 2) return null;
  if (!headerRoles(header)) return headerless(lines, i);
  const rows: TableRow[] = [{ no: lines[i].no, cells: header }];
  let end = first;
  for (let j = first; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (/^[|｜:\-—\s]+$/.test(t) && /-/.test(t)) { end = j + 1; continue; }
    if (!t) continue;
    if (!/[|｜]/.test(t)) {
      if (!isGroupLine(t)) break;
      rows.push({ no: lines[j].no, cells: [t] });
      end = j + 1;
      continue;
    }
    rows.push({ no: lines[j].no, cells: padded ? trimEnd(splitPipe(t)) : splitPipe(t) });
    end = j + 1;
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "pipe" };
}


/**
 * Rows between pipes with no header row (a page that starts inside a table): the
 * column roles are read from the cells; the rows must agree on their width.
 */
function headerless(lines: LineBlock[], i: number): TextTable | null {
  const rows: TableRow[] = [];
  let end = i;
  for (let j = i; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (!t) continue;
    if (!hasPipes(t)) break;
    const cells = splitPipe(t);
    rows.push({ no: lines[j].no, cells: /[|｜]$/.test(t) ? trimEnd(cells) : cells });
    end = j + 1;
  }
  const roles = inferRoles(rows.map((r) => r.cells));
  if (!roles) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows, roles }, layout: "pipe" };
}

export const pipeLayout: TableLayout = {
  name: "pipe",
  // two bars, or one between two words of a header row that goes on below (工作任务 | 具体要求 / | 责任单位 |)
  starts: (lines, i) =>
    !isTabLine(lines[i].text) && (hasPipes(lines[i].text) || (/\S\s*[|｜]\s*\S/.test(lines[i].text) && /^\s*[|｜]/.test(lines[i + 1]?.text ?? ""))),
  read,
};
