// pipe-lines: one cell per line with a line holding only | between cells (the contract's
// "between | separators on lines of their own"): a blank line ends a row, except
// between two | lines, where it is an empty cell.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles, roleOfHeader } from "../../lexicon/headers.js";
import { markerOf } from "../../lexicon/markers.js";
import { blank, isPipeLine, type TableLayout, type TextTable } from "../layout.js";
import { startsHeaderLines } from "./lines.js";


/**
 * One cell per line with a line holding only | between cells (the contract's "between |
 * separators on lines of their own"): a blank line ends a row, except between two |
 * lines, where it is an empty cell.
 */
/** A line of bars only: how many (||| closes three cells, the last two of them empty). */
const barsOnly = (t: string): number => (/^[|｜]+$/.test(t) ? t.length : 0);

function read(lines: LineBlock[], i: number): TextTable | null {
  if (!isPipeLine(lines[i + 1]?.text ?? "")) return null;
  const rows: TableRow[] = [];
  let cells: string[] = [];
  /** the line of each cell of the row being read */
  let cellNos: number[] = [];
  const rowNos: number[][] = [];
  let cell: string | null = null;
  let cellNo = lines[i].no;
  let rowNo = lines[i].no;
  let afterPipe = false;
  let end = i;
  const push = (c: string) => {
    cells.push(c);
    cellNos.push(cellNo);
  };
  const closeRow = () => {
    if (cell !== null) push(cell);
    if (cells.length) {
      rows.push({ no: rowNo, cells });
      rowNos.push(cellNos);
    }
    cells = [];
    cellNos = [];
    cell = null;
  };
  let j = i;
  for (; j < lines.length; j++) {
    const t = lines[j].text.trim();
    const bars = barsOnly(t);
    if (bars) {
      push(cell ?? "");
      for (let k = 1; k < bars; k++) push("");
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
    if (cell === null) cellNo = lines[j].no;
    cell = cell === null ? t : cell + t;
    afterPipe = false;
    end = j + 1;
  }
  closeRow();
  const out = rows.length === 1 ? byHeaderWidth(rows[0].cells, rowNos[0]) : rows;
  if (!out || out.length < 2 || !headerRoles(out[0].cells)) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows: out }, layout: "pipe-lines" };
}

/**
 * Cells that no blank line parts into rows (every cell, and every row, closed by a bar
 * line): rows of the header's width, the header being its leading header words.
 */
function byHeaderWidth(cells: string[], nos: number[]): TableRow[] | null {
  let width = 0;
  while (width < cells.length && roleOfHeader(cells[width]) !== null) width++;
  if (width < 2 || cells.length <= width) return null;
  const rows: TableRow[] = [];
  for (let k = 0; k < cells.length; k += width) rows.push({ no: nos[k], cells: cells.slice(k, k + width) });
  return rows;
}


export const pipeLinesLayout: TableLayout = { name: "pipe-lines", starts: startsHeaderLines, read };
