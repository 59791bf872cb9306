// spaced: one row per line, cells separated by runs of spaces or by tabs
// (copied from a spreadsheet, where empty fields are merged cells); a row broken
// inside a cell is finished on the next, indented line.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles } from "../../lexicon/headers.js";
import { markerOf } from "../../lexicon/markers.js";
import { contentColumns, holds } from "../columns.js";
import { blank, isGroupLine, type TableLayout, type TextTable } from "../layout.js";

export function splitSpaced(t: string, sep: RegExp): string[] {
  return t.trim().split(sep).map((c) => c.trim()).filter(Boolean);
}

/** Tab-separated rows (copied from a spreadsheet) keep their empty cells. */
function splitTabs(t: string): string[] {
  // Trailing tabs are empty cells: only spaces and line ends are trimmed (by a loop, not a regex).
  let end = t.length;
  while (end > 0 && (t[end - 1] === " " || t[end - 1] === "\r" || t[end - 1] === "\n" || t[end - 1] === "\u3000")) end--;
  return t.slice(0, end).split("\t").map((c) => c.trim());
}

/**
 * A header word spaced out to fill its column (工 作 任 务) is one cell: a run of
 * single Han characters between single spaces joins up.
 */
export function joinSpacedLetters(cells: string[]): string[] {
  const out: string[] = [];
  const single = (c: string) => c.length === 1 && /\p{Script=Han}/u.test(c);
  for (let k = 0; k < cells.length; k++) {
    if (single(cells[k]) && k + 1 < cells.length && single(cells[k + 1])) {
      let word = cells[k];
      while (k + 1 < cells.length && single(cells[k + 1])) word += cells[++k];
      out.push(word);
    } else out.push(cells[k]);
  }
  return out;
}

function read(lines: LineBlock[], i: number): TextTable | null {
  const head = lines[i].text.trim();
  const tabbed = /\S\t+\S/.test(head);
  const sep = tabbed ? /\t+/ : /\S\s{2,}\S/.test(head) ? /\s{2,}|\t/ : /\s+/;
  const header = tabbed ? splitTabs(head) : sep.source === "\\s+" ? joinSpacedLetters(splitSpaced(head, sep)) : splitSpaced(head, sep);
  // Tab-separated cells are exact when a row has as many fields as the header
  // (empty fields are merged cells); a row with fewer lost its leading cells.
  const split = (t: string) => {
    if (!tabbed) return splitSpaced(t, sep);
    const cells = splitTabs(t);
    if (cells.length === header.length) return cells;
    while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  };
  if (header.length < 2 || !headerRoles(header)) return null;
  const rows: TableRow[] = [{ no: lines[i].no, cells: header }];
  let end = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].text;
    if (blank(t)) {
      let k = j + 1;
      while (k < lines.length && blank(lines[k].text)) k++;
      // the table goes on after blank lines with a row, or a numbered group line
      const next = k < lines.length ? lines[k].text : "";
      if (k < lines.length && !/^\s/.test(next) && (split(next).length >= 2 || isGroupLine(next.trim()))) {
        j = k - 1; // the blank lines up to k would each find the same k
        continue;
      }
      break;
    }
    const cells = split(t);
    const prev = rows[rows.length - 1];
    if (/^[ \u3000]/.test(t) && rows.length > 1 && prev.cells.length < header.length && cells.length > 1 && prev.cells.length + cells.length - 1 <= header.length) {
      // The row above broke inside its last cell: this line finishes that cell and brings the rest of the row.
      prev.cells[prev.cells.length - 1] += cells[0];
      prev.cells.push(...cells.slice(1));
      end = j + 1;
      continue;
    }
    if (cells.filter(Boolean).length === 1 && /^[ \u3000]/.test(t) && rows.length > 1) {
      // A continuation line: the task cell of the row above runs on.
      const { content } = contentColumns(headerRoles(header)!);
      const col = Math.min(content, prev.cells.length - 1);
      prev.cells[col] += cells.filter(Boolean)[0];
      end = j + 1;
      continue;
    }
    if (cells.length === 1 && !markerOf(cells[0])) {
      // unit cells of a short row printed one per line below it (区财政局 / 区税务局 / 有关部门，各乡镇。)
      const more = unitLines(lines, j, prev, header.length);
      if (!more) break;
      const lack = header.length - prev.cells.length;
      const merged = more.length - lack;
      if (merged > 0) prev.cells[prev.cells.length - 1] = [prev.cells[prev.cells.length - 1], ...more.slice(0, merged)].join("、");
      prev.cells.push(...more.slice(Math.max(0, merged)));
      end = j + more.length;
      j = end - 1;
      continue;
    }
    rows.push({ no: lines[j].no, cells });
    end = j + 1;
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "spaced" };
}


/**
 * The lines from j on that hold nothing but units, under a row short of cells whose last
 * cell holds units too; null when there are none or the row is not such a row.
 */
function unitLines(lines: LineBlock[], j: number, prev: TableRow, width: number): string[] | null {
  if (prev.cells.length >= width || prev.cells.length < 2 || !holds(prev.cells[prev.cells.length - 1], "responsible")) return null;
  const out: string[] = [];
  for (let k = j; k < lines.length && out.length < width; k++) {
    const t = lines[k].text.trim();
    if (!t || /\s/.test(t) || markerOf(t) || /^\d/.test(t) || !holds(t.replace(/[。；;]$/, ""), "responsible")) break;
    out.push(t);
  }
  return out.length ? out : null;
}

/** A line with spaces inside: cells separated by them. */
export const startsSpaced = (lines: LineBlock[], i: number): boolean => /\s/.test(lines[i].text.trim());

export const spacedLayout: TableLayout = { name: "spaced", starts: startsSpaced, read };
