// lines: one cell per line without tabs or bars, blank lines between cells allowed;
// the rows are delimited as cells.ts says.
import type { LineBlock } from "../../blocks.js";
import { roleOfHeader } from "../../lexicon/headers.js";
import { cellTable, type Tokenizer } from "../cells.js";
import { hasPipes, isTabLine, type TableLayout, type TextTable } from "../layout.js";

/** One token per non-empty line. */
const lineTokens: Tokenizer = (lines, j) => {
  const t = lines[j].text.trim();
  return { tokens: t ? [{ no: lines[j].no, text: t, index: j }] : [], next: j + 1 };
};

function read(lines: LineBlock[], i: number): TextTable | null {
  return cellTable(lines, i, lineTokens, "lines");
}

/** A line of header words, not a tab line or a pipe row. */
export const startsHeaderLines = (lines: LineBlock[], i: number): boolean => {
  const t = lines[i].text;
  return !isTabLine(t) && !hasPipes(t) && roleOfHeader(t.trim()) !== null;
};

export const linesLayout: TableLayout = { name: "lines", starts: startsHeaderLines, read };
