// pipe-lines: one cell per line with a line holding only | between cells (the contract's
// "between | separators on lines of their own"): a blank line ends a row, except
// between two | lines, where it is an empty cell.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles, roleOfHeader } from "../../lexicon/headers.js";
import { markerOf } from "../../lexicon/markers.js";
import { blank, isGroupLine, isPipeLine, type TableLayout, type TextTable } from "../layout.js";
import { holds } from "../columns.js";
import { looksLikeUnit } from "../../lexicon/units.js";
import type { ColumnRole } from "../../lexicon/headers.js";
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
  // Rows closed by a second bar line (… | 责任单位 | | / 1.… | X | |): when the header row is
  // closed so, every bar line right after another closes a row rather than adding an empty cell.
  let prevBar = false;
  let closer: boolean | null = null;
  let j = i;
  for (; j < lines.length; j++) {
    const t = lines[j].text.trim();
    const bars = barsOnly(t);
    if (bars === 1 && prevBar && cell === null) {
      closer ??= rows.length === 0 && cells.length >= 2 && cells.every((c) => roleOfHeader(c) !== null);
      if (closer) {
        closeRow();
        end = j + 1;
        continue;
      }
    }
    prevBar = bars > 0 || (prevBar && !t);
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
    cell = cell === null ? t : joinLines(cell, t);
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
  // Rows closed by a second bar line (… | 时间进度 | | 1 | …): an empty cell after every
  // row, the header's too. They close rows and are no cells.
  const stride = width + 1;
  let tries = 0;
  let hits = 0;
  for (let k = width; k < cells.length && tries < 8; k += stride, tries++) if (cells[k] === "") hits++;
  if (tries >= 3 && hits >= tries - 1) {
    const keep = (k: number) => k < width || (k - width) % stride !== 0 || cells[k] !== "";
    nos = nos.filter((_, k) => keep(k));
    cells = cells.filter((_, k) => keep(k));
  }
  const roles = headerRoles(cells.slice(0, width));
  const rows: TableRow[] = [{ no: nos[0], cells: cells.slice(0, width) }];
  for (let k = width; k < cells.length; ) {
    // A numbered group cell followed by content (not by its own empty cells) stands alone,
    // and an empty cell where a row starts is a bar line that closes the row before, when
    // the rows read after it fit the header better (一、强化… / 严格定点协议管理 / …; | / | / 1 / …).
    const group = isGroupLine(cells[k]) && !!cells[k + 1];
    // (a group cell before a 序号 in a table whose first column is 序号 stands alone, whatever the fit)
    const beforeSeq = group && roles?.[0] === "seq" && /^\d{1,3}$/.test(cells[k + 1]);
    if (roles && (group || cells[k] === "") && (beforeSeq || fitScore(cells, k + 1, width, roles) > fitScore(cells, k, width, roles))) {
      if (group) rows.push({ no: nos[k], cells: [cells[k]] });
      k++;
      continue;
    }
    rows.push({ no: nos[k], cells: withoutLostCells(cells.slice(k, k + width)) });
    k += width;
  }
  return rows;
}


/**
 * A row that ends in two or more empty cells (…| ★区财政局 | |||): the flattening put the
 * places of merged cells at its end, so its cells are no longer in their columns. Without
 * them the row is short, and its cells are placed by what fits each column (interpret.ts).
 */
function withoutLostCells(row: string[]): string[] {
  let n = row.length;
  while (n > 0 && row[n - 1] === "") n--;
  return row.length - n >= 2 && n > 0 ? row.slice(0, n) : row;
}

/** A cell's next line: a unit name under a unit name is the next of a list (市医保局 / 市卫生健康委), else the text goes on. */
function joinLines(cell: string, line: string): string {
  // (only the cell's last 40 characters are looked at: a cell may run over very many lines)
  const tail = cell.slice(-41);
  const cut = tail.lastIndexOf("、");
  const last = cut >= 0 ? tail.slice(cut + 1) : cell.length <= 40 ? cell : "";
  const unitAfterUnit = line.length <= 20 && last !== "" && looksLikeUnit(last) && looksLikeUnit(line.replace(/等$/, "")) && !/[，。；：,;:]$/.test(last);
  return unitAfterUnit ? `${cell}、${line}` : cell + line;
}

/** How many of the (at most five) rows read from `from` have unit and time cells that fit their columns. */
function fitScore(cells: string[], from: number, width: number, roles: ColumnRole[]): number {
  let score = 0;
  for (let r = 0; r < 5 && from + r * width + width <= cells.length; r++) {
    roles.forEach((role, c) => {
      if ((role === "time" || role === "lead" || role === "responsible" || role === "cooperating") && holds(cells[from + r * width + c], role)) score++;
    });
  }
  return score;
}

export const pipeLinesLayout: TableLayout = { name: "pipe-lines", starts: startsHeaderLines, read };
