// pipe-lines: one cell per line with a line holding only | between cells (the contract's
// "between | separators on lines of their own"): a blank line ends a row, except
// between two | lines, where it is an empty cell.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles } from "../../lexicon/headers.js";
import { markerOf } from "../../lexicon/markers.js";
import { blank, isPipeLine, type TableLayout, type TextTable } from "../layout.js";
import { startsHeaderLines } from "./lines.js";


/**
 * One cell per line with a line holding only | between cells (the contract's "between |
 * separators on lines of their own"): a blank line ends a row, except between two |
 * lines, where it is an empty cell.
 */
function read(lines: LineBlock[], i: number): TextTable | null {
  if (!isPipeLine(lines[i + 1]?.text ?? "")) return null;
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell: string | null = null;
  let rowNo = lines[i].no;
  let afterPipe = false;
  let end = i;
  const closeRow = () => {
    if (cell !== null) cells.push(cell);
    if (cells.length) rows.push({ no: rowNo, cells });
    cells = [];
    cell = null;
  };
  let j = i;
  for (; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (isPipeLine(t)) {
      cells.push(cell ?? "");
      cell = null;
      afterPipe = true;
      end = j + 1;
      continue;
    }
    if (!t) {
      // between two | lines a blank line is an empty cell; otherwise it ends the row
      if (afterPipe && isPipeLine(lines[j + 1]?.text ?? "")) continue;
      if (afterPipe && cell === null) continue;
      closeRow();
      afterPipe = false;
      continue;
    }
    if (!cells.length && cell === null) {
      rowNo = lines[j].no;
      // a row of one line that is not a group heading ends the table
      const next = lines.slice(j + 1).find((l) => !blank(l.text));
      if (rows.length > 1 && !isPipeLine(next?.text ?? "") && !markerOf(t)) break;
    }
    cell = cell === null ? t : cell + t;
    afterPipe = false;
    end = j + 1;
  }
  closeRow();
  if (rows.length < 2 || !headerRoles(rows[0].cells)) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "pipe-lines" };
}


export const pipeLinesLayout: TableLayout = { name: "pipe-lines", starts: startsHeaderLines, read };
