// box: a table drawn with box-drawing characters, as text exports of word
// processors print it:
//   ┌──┬────┬──────┐
//   │序号│责任单位│ 任务目标 │
//   ├──┼────┼──────┤
//   │ 1 │ 某区 │1.新建绿地…│
//   │ │ ├──────┤        ← a rule across some columns only: the others span on
//   │ │ │2.新建游园… │
// Cells are found by their index between vertical rules (never by width). Lines
// between two rules are one row, each cell's lines joined. A cell that no rule
// closes spans the rows below it, and every row it spans gets its whole text.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles } from "../../lexicon/headers.js";
import type { TableLayout, TextTable } from "../layout.js";

/** Characters that stand between cells: vertical rules and the crossings that carry one. */
const COLUMN_RULE = /[│┃║├┤┼┠┨╂╟╢╫┝┥┿┣┫╋╠╣╬┌┐└┘┬┴┏┓┗┛┳┻╔╗╚╝╦╩]/;
/** A line of the table starts with one of these (after spaces). */
const BOX_START = /^\s*[│┃║├┠┝┣╠┌┏╔└┗╚]/;
/** A piece between column rules that is a horizontal rule: it closes the cell above it. */
const HORIZONTAL = /^[─━═┄┅┈┉╌╍\-]+$/;

/** The pieces between column rules, without the line's outer rules. */
function pieces(line: string): string[] {
  const parts = line.trim().split(COLUMN_RULE);
  if (parts.length && parts[0].trim() === "") parts.shift();
  if (parts.length && parts[parts.length - 1].trim() === "") parts.pop();
  return parts;
}

/** For a rule line, which cells it closes (true) and which span on (false); null for a row of text. */
function ruleOf(line: string): boolean[] | null {
  const ps = pieces(line);
  if (!ps.length) return []; // ┌┐ alone: closes everything
  let any = false;
  const closed = ps.map((p) => {
    const t = p.trim();
    if (HORIZONTAL.test(t)) return (any = true);
    if (t !== "") return null;
    return false;
  });
  if (closed.includes(null)) return null;
  return any ? (closed as boolean[]) : null;
}

function read(lines: LineBlock[], i: number): TextTable | null {
  const rows: TableRow[] = [];
  /** the current row's text, cell by cell */
  let current: string[] | null = null;
  let currentNo = 0;
  /** for every column, the first row of the cell still open in it */
  const openSince: number[] = [];
  const closeColumn = (c: number, upTo: number) => {
    const from = openSince[c] ?? upTo;
    if (from < upTo) {
      const text = rows.slice(from, upTo).map((r) => r.cells[c] ?? "").join("");
      // (a row short of cells, where the text was cut, stays short)
      for (let k = from; k < upTo; k++) if (c < rows[k].cells.length) rows[k].cells[c] = text;
    }
    openSince[c] = upTo;
  };
  const finishRow = () => {
    if (!current) return;
    const cells = current.map((c) => c.trim());
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = "";
    rows.push({ no: currentNo, cells });
    current = null;
  };
  let end = i;
  for (let j = i; j < lines.length; j++) {
    const text = lines[j].text;
    if (!BOX_START.test(text)) break;
    end = j + 1;
    const rule = ruleOf(text);
    if (rule) {
      finishRow();
      const width = Math.max(rule.length, ...rows.map((r) => r.cells.length));
      // a full rule (or a top or bottom border) closes every cell; a partial one, those it crosses
      const full = rule.length === 0 || rule.every(Boolean);
      for (let c = 0; c < width; c++) if (full || rule[c] !== false) closeColumn(c, rows.length);
      continue;
    }
    const ps = pieces(text);
    if (!current) {
      current = [];
      currentNo = lines[j].no;
    }
    for (let c = 0; c < ps.length; c++) current[c] = (current[c] ?? "") + ps[c].trim();
  }
  // The text ending inside a row (its last line lost the rule that closes it): the row
  // keeps only the cells up to where the text stops, so that it reads as cut.
  const lastLine = lines[end - 1]?.text.trim() ?? "";
  if (current && end === lines.length && !COLUMN_RULE.test(lastLine.slice(-1))) {
    const row: string[] = current;
    row.length = Math.min(row.length, pieces(lastLine).length);
  }
  finishRow();
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let c = 0; c < width; c++) closeColumn(c, rows.length);
  for (const r of rows) for (let c = 0; c < r.cells.length; c++) r.cells[c] ??= "";
  if (rows.length < 2 || !headerRoles(rows[0].cells)) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "box" };
}

export const boxLayout: TableLayout = {
  name: "box",
  starts: (lines, i) => BOX_START.test(lines[i].text) && COLUMN_RULE.test(lines[i].text.trim().slice(1)),
  read,
};
