// Tables: telling layout tables from data tables, and expanding a data table
// into its full grid.
//
// A layout table only places things on the page (d02 holds the whole page in
// one); its cells are unwrapped and read as ordinary content. A data table
// becomes a TableBlock whose every row has one string per grid column: a
// colspan cell repeats its text in each column it spans, a rowspan cell in each
// row it spans, so a merged 牵头单位 cell fills all of its rows.

import type { Page } from "./page.js";
import { wordParts } from "./page.js";

export interface OwnRow {
  tr: number;
  cells: number[];
}

/** The rows of table t (through thead/tbody/tfoot) and their cells; nested tables excluded. */
export function ownRows(page: Page, t: number): OwnRow[] {
  const rows: OwnRow[] = [];
  const addRow = (tr: number) => {
    if (page.gone[tr]) return;
    const cells = page.childEls(tr).filter((c) => {
      const name = page.tag(c);
      return (name === "td" || name === "th") && !page.gone[c];
    });
    rows.push({ tr, cells });
  };
  for (const c of page.childEls(t)) {
    const name = page.tag(c);
    if (name === "tr") addRow(c);
    else if (name === "thead" || name === "tbody" || name === "tfoot")
      for (const r of page.childEls(c)) if (page.tag(r) === "tr") addRow(r);
  }
  return rows;
}

function spanAttr(v: string | undefined, dflt: number, max: number): number {
  if (v === undefined) return dflt;
  const n = Number.parseInt(v.trim(), 10);
  if (!Number.isFinite(n) || n < 0) return dflt;
  return Math.min(n, max);
}

export function colspanOf(page: Page, cell: number): number {
  return Math.max(1, spanAttr(page.els[cell].attribs?.colspan, 1, 1000));
}

/** rowspan="0" means "to the end of the table", reported as 0. */
export function rowspanOf(page: Page, cell: number): number {
  return spanAttr(page.els[cell].attribs?.rowspan, 1, 65534);
}

export type TableKind = "data" | "layout";

/**
 * Layout when: class/role says so; a cell holds another table or a heading; at
 * most one cell has text; there is only one column; or a table of a few rows has
 * a cell full of paragraphs (an article placed in a cell).
 */
export function classifyTable(page: Page, t: number, rows: OwnRow[]): TableKind {
  const el = page.els[t];
  const role = (el.attribs?.role ?? "").toLowerCase();
  if (role === "presentation" || role === "none") return "layout";
  if (wordParts(el).some((p) => p === "layout" || p.startsWith("layout"))) return "layout";
  let maxCols = 0;
  let filled = 0;
  let crowded = false;
  for (const r of rows) {
    let cols = 0;
    for (const c of r.cells) {
      cols += colspanOf(page, c);
      if (page.tables[c] > 0 || page.headings[c] > 0) return "layout";
      if (page.visible[c] > 0) filled++;
      if (page.blocks[c] >= 4 && page.visible[c] >= 200) crowded = true;
    }
    maxCols = Math.max(maxCols, cols);
  }
  if (filled <= 1 || maxCols <= 1) return "layout";
  if (crowded && rows.length <= 4) return "layout";
  return "data";
}

export interface Grid {
  rows: Array<{ tr: number; cells: string[] }>;
  /** spans were too large to expand in full */
  capped: boolean;
}

/** Upper bound on grid slots filled for one table, against colspan="1000" bombs. */
const SLOT_BUDGET = 250_000;

/**
 * Expand rows of cells (already turned into text) into the full grid. Spans are
 * clipped to the table; when the grid would grow past the budget, spans are
 * ignored from there on, and rows are padded only while that stays cheap.
 */
export function expandGrid(
  rows: OwnRow[],
  textOf: (cell: number) => string,
  spans: (cell: number) => { col: number; row: number },
): Grid {
  const grid: Array<Array<string | undefined>> = rows.map(() => []);
  let slots = 0;
  let capped = false;
  for (let r = 0; r < rows.length; r++) {
    let col = 0;
    for (const cell of rows[r].cells) {
      const line = grid[r];
      while (line[col] !== undefined) col++;
      const text = textOf(cell);
      let { col: cs, row: rs } = spans(cell);
      if (rs === 0 || r + rs > rows.length) rs = rows.length - r;
      if (slots + cs * rs > SLOT_BUDGET || capped) {
        if (cs * rs > 1) capped = true;
        cs = 1;
        rs = 1;
      }
      for (let dr = 0; dr < rs; dr++) {
        const target = grid[r + dr];
        for (let dc = 0; dc < cs; dc++) if (target[col + dc] === undefined) target[col + dc] = text;
      }
      slots += cs * rs;
      col += cs;
    }
  }
  let width = 0;
  for (const line of grid) width = Math.max(width, line.length);
  const pad = grid.length * width <= 4 * SLOT_BUDGET;
  const out: Grid["rows"] = [];
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    const len = pad ? width : line.length;
    const cells: string[] = new Array(len);
    for (let k = 0; k < len; k++) cells[k] = line[k] ?? "";
    out.push({ tr: rows[r].tr, cells });
  }
  return { rows: out, capped };
}
