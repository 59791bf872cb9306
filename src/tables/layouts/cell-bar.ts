// cell-bar: one cell per line, each closed by a bar (`工作任务 |`); a cell may run
// over lines and be closed by a bar on a line of its own; lines of bars alone
// (`||`, `||||`) are empty cells, which such flattening emits for merged cells at
// the end of their row. Rows are delimited as cells.ts says.
import type { LineBlock, TableRow } from "../../blocks.js";
import { roleOfHeader } from "../../lexicon/headers.js";
import { TABLE_END, cellTable, seqOf, type Token, type Tokenizer } from "../cells.js";
import { inferRoles } from "../infer.js";
import { isGroupLine, type TableLayout, type TextTable } from "../layout.js";

const BARS_ONLY = /^[|｜]+$/;
const isBar = (ch: string) => ch === "|" || ch === "｜";

/** A trimmed line closed by bars: its text and how many bars close it (by a loop: a lazy pattern was quadratic on long runs of spaces). */
function closed(t: string): { text: string; bars: number } | null {
  // the bars may stand apart (责任单位 | ||: the cell and two empty ones)
  let end = t.length;
  let bars = 0;
  while (end > 0 && (isBar(t[end - 1]) || t[end - 1] === " ")) if (isBar(t[--end])) bars++;
  if (!bars) return null;
  // (a bar opening the line opens a row: | 1 |)
  return { text: t.slice(0, end).replace(/^[|｜][ \t]*/, ""), bars };
}

/** The tokens of one cell: from line j to the line whose bar closes it. */
const barTokens: Tokenizer = (lines, j) => {
  const tokens: Token[] = [];
  let pending = "";
  let pendingNo = 0;
  for (let k = j; k < lines.length; k++) {
    const t = lines[k].text.trim();
    if (!t) {
      if (pending) return null; // a blank line inside a cell: the table has ended
      continue;
    }
    const empty = (n: number) => {
      for (let e = 0; e < n; e++) tokens.push({ no: lines[k].no, text: "", index: k });
    };
    if (BARS_ONLY.test(t)) {
      if (pending) tokens.push({ no: pendingNo, text: pending, index: k });
      empty(t.length - (pending ? 1 : 0));
      return { tokens, next: k + 1 };
    }
    const m = closed(t);
    if (m && !/[|｜]/.test(m.text)) {
      tokens.push({ no: pendingNo || lines[k].no, text: pending + m.text, index: k });
      empty(m.bars - 1);
      return { tokens, next: k + 1 };
    }
    // a line without a closing bar: the cell goes on; two such lines are prose, unless
    // the first broke off inside a list (水旱灾害防御科、 / 运行管理科 / |)
    if (pending && !/[、，,；;（(]$/.test(pending)) return null;
    if (!pending) pendingNo = lines[k].no;
    pending += t;
  }
  return null;
};

function read(lines: LineBlock[], i: number): TextTable | null {
  return cellTable(lines, i, barTokens, "cell-bar", true) ?? headerless(lines, i);
}

/**
 * Cells closed by bars with no header row (a page that starts inside the table): a
 * row starts at a numbered cell (3.做好… or a bare 序号) and a numbered group cell
 * (一、…) is a row of its own; the column roles are read from the cells, and the
 * rows must agree on their width (inferRoles).
 */
function headerless(lines: LineBlock[], i: number): TextTable | null {
  const rows: TableRow[] = [];
  let row: Token[] = [];
  let end = i;
  const flush = () => {
    const own = row.filter((x) => x.text !== "");
    if (own.length) rows.push({ no: own[0].no, cells: own.map((x) => x.text) });
    row = [];
  };
  for (let k = i; k < lines.length; ) {
    const t = lines[k].text.trim();
    if (t && TABLE_END.test(t)) break;
    const r = barTokens(lines, k);
    if (!r) break;
    for (const x of r.tokens) {
      if (x.text !== "" && isGroupLine(x.text)) {
        flush();
        rows.push({ no: x.no, cells: [x.text] });
        continue;
      }
      if (x.text !== "" && seqOf(x.text) >= 0) flush();
      row.push(x);
    }
    // a row is complete once the next one starts: a row still open at the end may be cut
    end = r.next;
    k = r.next;
  }
  flush();
  const roles = inferRoles(rows.filter((r) => r.cells.length > 1).map((r) => r.cells));
  if (!roles) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows, roles }, layout: "cell-bar" };
}

/** A line closed by bars that a table without a header may start with: a numbered cell. */
const numberedCell = (t: string): boolean => isGroupLine(t) || seqOf(t) >= 0;

export const cellBarLayout: TableLayout = {
  name: "cell-bar",
  starts: (lines, i) => {
    const m = closed(lines[i].text.trim());
    if (!m || /[|｜]/.test(m.text)) return false;
    if (m.text.length <= 20 && roleOfHeader(m.text) !== null) return true;
    // a table without its header: a numbered cell, and the next line closed by a bar too
    return numberedCell(m.text) && !!closed(lines[i + 1]?.text.trim() ?? "");
  },
  read,
};
