// tab: one cell per line with a leading tab; a line without the tab continues the
// cell, a blank line ends the row, an empty cell is a merged cell.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles } from "../../lexicon/headers.js";
import { blank, isTabLine, type TableLayout, type TextTable } from "../layout.js";

/** More tab lines than this in a row are not a header. */
const MAX_TAB_HEADER = 40;

function read(lines: LineBlock[], i: number): TextTable | null {
  // Header: consecutive tab lines up to a blank line.
  let j = i;
  const header: string[] = [];
  while (j < lines.length && isTabLine(lines[j].text)) {
    // No header has this many columns; without the bound, a long run of tab lines
    // would be read again from each of its lines (quadratic).
    if (header.length >= MAX_TAB_HEADER) return null;
    header.push(lines[j++].text.trim());
  }
  if (!headerRoles(header)) return null;
  const rows: TableRow[] = [{ no: lines[i].no, cells: header }];
  let row: TableRow | null = null;
  let end = j;
  for (; j < lines.length; j++) {
    const t = lines[j].text;
    if (isTabLine(t)) {
      if (!row) row = { no: lines[j].no, cells: [] };
      row.cells.push(t.replace(/^\t+/, "").trim());
      end = j + 1;
    } else if (blank(t)) {
      if (row) rows.push(row);
      row = null;
      // The table goes on only if the next non-blank line is a tab line.
      let k = j + 1;
      while (k < lines.length && blank(lines[k].text) && !isTabLine(lines[k].text)) k++;
      if (k >= lines.length || !isTabLine(lines[k].text)) break;
      j = k - 1; // the blank lines up to k would each find the same k
    } else if (row && row.cells.length) {
      row.cells[row.cells.length - 1] += t.trim();
      end = j + 1;
    } else break;
  }
  if (row) rows.push(row);
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "tab" };
}


export const tabLayout: TableLayout = { name: "tab", starts: (lines, i) => isTabLine(lines[i].text), read };
