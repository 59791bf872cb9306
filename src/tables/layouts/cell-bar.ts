// cell-bar: one cell per line, each closed by a bar (`工作任务 |`); a cell may run
// over lines and be closed by a bar on a line of its own; lines of bars alone
// (`||`, `||||`) are empty cells, which such flattening emits for merged cells at
// the end of their row. Rows are delimited as cells.ts says.
import type { LineBlock } from "../../blocks.js";
import { roleOfHeader } from "../../lexicon/headers.js";
import { cellTable, type Token, type Tokenizer } from "../cells.js";
import type { TableLayout, TextTable } from "../layout.js";

const BARS_ONLY = /^[|｜]+$/;
const isBar = (ch: string) => ch === "|" || ch === "｜";

/** A trimmed line closed by bars: its text and how many bars close it (by a loop: a lazy pattern was quadratic on long runs of spaces). */
function closed(t: string): { text: string; bars: number } | null {
  // the bars may stand apart (责任单位 | ||: the cell and two empty ones)
  let end = t.length;
  let bars = 0;
  while (end > 0 && (isBar(t[end - 1]) || t[end - 1] === " ")) if (isBar(t[--end])) bars++;
  if (!bars) return null;
  return { text: t.slice(0, end), bars };
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
  return cellTable(lines, i, barTokens, "cell-bar", true);
}

export const cellBarLayout: TableLayout = {
  name: "cell-bar",
  starts: (lines, i) => {
    const m = closed(lines[i].text.trim());
    return !!m && m.text.length <= 20 && !/[|｜]/.test(m.text) && roleOfHeader(m.text) !== null;
  },
  read,
};
