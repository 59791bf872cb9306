// lines: one cell per line without tabs or bars, blank lines between cells allowed;
// the rows are delimited as cells.ts says.
import type { LineBlock } from "../../blocks.js";
import { HEADER_WORDS, roleOfHeader } from "../../lexicon/headers.js";
import { looksLikeUnit } from "../../lexicon/units.js";
import { cellTable, type Tokenizer } from "../cells.js";
import { hasPipes, isTabLine, type TableLayout, type TextTable } from "../layout.js";

/** A piece of a cell that a narrow column wrapped after every two characters. */
const FRAGMENT = /^[\u4e00-\u9fff]{1,2}$/;

/**
 * One token per non-empty line; a unit's name that a narrow column wrapped onto
 * lines of one or two characters (市政 / 府办 / 公厅) is one token.
 */
const lineTokens: Tokenizer = (lines, j) => {
  const t = lines[j].text.trim();
  if (!t) return { tokens: [], next: j + 1 };
  if (FRAGMENT.test(t)) {
    // (blank lines may stand between the pieces, as between the cells)
    let joined = t;
    let pieces = 1;
    let end = j + 1;
    // (not header words a narrow column broke: 责任 / 领导 / 责任 / 科室)
    let headerWord = false;
    let prev = t;
    for (let k = j + 1; k < lines.length; k++) {
      const u = lines[k].text.trim();
      if (!u) continue;
      if (!FRAGMENT.test(u)) break;
      if (HEADER_WORDS.has(prev + u)) headerWord = true;
      prev = u;
      joined += u;
      pieces++;
      end = k + 1;
    }
    if (pieces >= 2 && !headerWord && looksLikeUnit(joined)) return { tokens: [{ no: lines[j].no, text: joined, index: j }], next: end };
  }
  return { tokens: [{ no: lines[j].no, text: t, index: j }], next: j + 1 };
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
