// lines: one cell per line without tabs; the header row gives the column count and
// the 序号 column anchors the rows (1, 2, 3 …); a numbered group line (一、…)
// between rows is a row of its own.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles, roleOfHeader, type ColumnRole } from "../../lexicon/headers.js";
import { TIME_CELL_HINT } from "../../lexicon/time.js";
import { contentColumns } from "../columns.js";
import { hasPipes, isGroupLine, isTabLine, type TableLayout, type TextTable } from "../layout.js";

function read(lines: LineBlock[], i: number): TextTable | null {
  // Header: consecutive header-word lines (blank lines between them allowed).
  const header: string[] = [];
  const headerNo = lines[i].no;
  let j = i;
  while (j < lines.length) {
    const t = lines[j].text.trim();
    if (!t) { j++; continue; }
    if (!roleOfHeader(t) || header.length >= 12) break;
    header.push(t);
    j++;
  }
  const roles = header.length >= 3 ? headerRoles(header) : null;
  if (!roles) return null;
  const n = header.length;
  const cells: Array<{ no: number; text: string; index: number }> = [];
  // Cells are read on demand, so an attempt that fails reads only the few lines it
  // looked at (reading every line to the end at each header-like line is quadratic).
  let k = j;
  const has = (c: number): boolean => {
    while (cells.length <= c && k < lines.length) {
      const t = lines[k].text.trim();
      if (t && (/^附件\s*\d*\s*[：:]?\s*$/.test(t) || /^(?:抄送|备注|注)\s*[：:]/.test(t))) k = lines.length;
      else {
        if (t) cells.push({ no: lines[k].no, text: t, index: k });
        k++;
      }
    }
    return c < cells.length;
  };
  const rows: TableRow[] = [{ no: headerNo, cells: header }];
  let end = j;
  if (roles[0] === "seq") {
    // Rows start at the next 序号: 1, 2, 3 …
    let expected = 1;
    let c = 0;
    for (;;) {
      if (has(c) && isGroupLine(cells[c].text)) {
        rows.push({ no: cells[c].no, cells: [cells[c].text] });
        end = cells[c].index + 1;
        c++;
        continue;
      }
      if (!(has(c) && cells[c].text === String(expected))) break;
      const start = c;
      c++;
      while (has(c) && cells[c].text !== String(expected + 1) && c - start < n + 4) c++;
      let rowCells = cells.slice(start, c);
      if (cells[c]?.text !== String(expected + 1)) rowCells = rowCells.slice(0, n); // last row: no more than the header
      c = start + rowCells.length;
      rows.push({ no: rowCells[0].no, cells: fitRow(rowCells.map((x) => x.text), roles) });
      end = rowCells[rowCells.length - 1].index + 1;
      expected++;
    }
  } else {
    // Without 序号, rows are runs of n cells; a numbered group line (一、…) between
    // them is a row of its own.
    let c = 0;
    while (has(c)) {
      if (isGroupLine(cells[c].text)) {
        rows.push({ no: cells[c].no, cells: [cells[c].text] });
        end = cells[c].index + 1;
        c++;
        continue;
      }
      if (!has(c + n - 1)) break;
      const chunk = cells.slice(c, c + n);
      if (chunk.slice(1).some((x) => isGroupLine(x.text))) break;
      rows.push({ no: chunk[0].no, cells: chunk.map((x) => x.text) });
      end = chunk[n - 1].index + 1;
      c += n;
    }
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: headerNo, rows }, layout: "lines" };
}

/**
 * Cells of a one-cell-per-line row that has more or fewer lines than the header
 * has columns: extra lines continue the content cell; missing cells are placed
 * by their shape (a time phrase goes to the time column).
 */
function fitRow(cells: string[], roles: ColumnRole[]): string[] {
  const n = roles.length;
  if (cells.length === n) return cells;
  const { content } = contentColumns(roles);
  if (cells.length > n) {
    const extra = cells.length - n;
    return [...cells.slice(0, content), cells.slice(content, content + extra + 1).join(""), ...cells.slice(content + extra + 1)];
  }
  const out = new Array<string>(n).fill("");
  out[0] = cells[0];
  let col = 1;
  for (const c of cells.slice(1)) {
    const timeCol = roles.indexOf("time");
    if (timeCol >= col && TIME_CELL_HINT.test(c)) { out[timeCol] = c; col = timeCol + 1; continue; }
    while (col < n && out[col] !== "") col++;
    if (col < n) out[col++] = c;
  }
  return out;
}


/** A line of header words, not a tab line or a pipe row. */
export const startsHeaderLines = (lines: LineBlock[], i: number): boolean => {
  const t = lines[i].text;
  return !isTabLine(t) && !hasPipes(t) && roleOfHeader(t.trim()) !== null;
};

export const linesLayout: TableLayout = { name: "lines", starts: startsHeaderLines, read };
