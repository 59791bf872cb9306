// Tables flattened one cell per line (lines, cell-bar): a stream of cell tokens
// after a header of header words. Rows are delimited by the 序号 column when the
// rows carry one (1, 2, 3 … from whatever number they start at), else by the
// header's width; a numbered group line (一、…) standing between rows is a row of
// its own. An empty token stands for a merged cell whose place the flattening
// lost: it counts towards the row's width but is not a cell, so the row comes out
// short and is aligned to the header by what fits each column (interpret.ts).
import type { LineBlock, TableRow } from "../blocks.js";
import { headerRoles, roleOfHeader, type ColumnRole } from "../lexicon/headers.js";
import { contentColumns } from "./columns.js";
import { isGroupLine, type TextTable } from "./layout.js";
import { markerOf } from "../lexicon/markers.js";
import { looksLikeUnit, splitUnits } from "../lexicon/units.js";

export interface Token {
  no: number;
  /** "" for an empty (merged) cell */
  text: string;
  /** index of the line the token ends on */
  index: number;
}

/** Reads tokens from line j on; returns null at the end of the table. */
export type Tokenizer = (lines: LineBlock[], j: number) => { tokens: Token[]; next: number } | null;

/** What ends a one-cell-per-line table: an attachment label, a 抄送 or 备注 line. */
const TABLE_END = /^附件\s*\d*\s*[：:]?\s*$|^(?:抄送|备注|注)\s*[：:]/;

const SEQ = /^\d{1,3}$/;

/** The number a row starts with: a 序号 cell (3), or a content cell numbered like an item (3.做好…). */
function seqOf(t: string): number {
  if (SEQ.test(t)) return Number(t);
  const m = markerOf(t);
  return m && m.kind === "arabic" ? m.value : -1;
}

const UNIT_COLUMN = new Set<ColumnRole>(["lead", "responsible", "cooperating"]);
const isUnitList = (t: string) => t.length <= 40 && splitUnits(t).every(looksLikeUnit);

/**
 * Extra lines of a row: a unit list broken after a unit (县海洋与渔业局 / 县农业农村局)
 * joins up, in a table with a unit column; the rest continues the content cell.
 */
function mergeExtra(cells: string[], roles: ColumnRole[]): string[] {
  const n = roles.length;
  if (cells.length <= n) return cells;
  let out = cells;
  if (roles.some((r) => UNIT_COLUMN.has(r))) {
    for (let p = 0; p + 1 < out.length && out.length > n; ) {
      if (isUnitList(out[p]) && isUnitList(out[p + 1])) out = [...out.slice(0, p), `${out[p]}、${out[p + 1]}`, ...out.slice(p + 2)];
      else p++;
    }
    if (out.length <= n) return out;
  }
  const { content } = contentColumns(roles);
  const extra = out.length - n;
  return [...out.slice(0, content), out.slice(content, content + extra + 1).join(""), ...out.slice(content + extra + 1)];
}

/**
 * `explicit`: every token is a cell of its own (closed by a bar); otherwise a row with
 * more tokens than the header has columns is one cell broken over lines.
 */
export function cellTable(lines: LineBlock[], i: number, tokenize: Tokenizer, layout: string, explicit = false): TextTable | null {
  // Tokens are read on demand, so an attempt that fails reads only the few lines it
  // looked at (reading every line to the end at each header-like line is quadratic).
  const tokens: Token[] = [];
  let k = i;
  const has = (c: number): boolean => {
    while (tokens.length <= c && k < lines.length) {
      const t = lines[k].text.trim();
      if (t && TABLE_END.test(t)) {
        k = lines.length;
        break;
      }
      const r = tokenize(lines, k);
      if (!r) {
        k = lines.length;
        break;
      }
      tokens.push(...r.tokens);
      k = r.next;
    }
    return c < tokens.length;
  };
  // Header: header words, and the empty cells among them.
  const header: string[] = [];
  let width = 0;
  let c = 0;
  for (; has(c) && header.length < 12; c++) {
    const t = tokens[c].text;
    if (t === "") {
      if (header.length) width++;
      continue;
    }
    // a short word that is no header word belongs to the header when one follows it closely (考核指标 / 考核内容 / 单位 / 年度目标 / 责任部门)
    const between = () => t.length <= 12 && !/[，。；：、]/.test(t) && [1, 2, 3].some((d) => has(c + d) && roleOfHeader(tokens[c + d].text) !== null);
    if (!roleOfHeader(t) && !(header.length >= 1 && between())) break;
    header.push(t);
    width++;
  }
  const roles = header.length >= 3 ? headerRoles(header) : null;
  if (!roles) return null;
  const headerNo = lines[i].no;
  const rows: TableRow[] = [{ no: headerNo, cells: header }];
  let end = tokens[c - 1]?.index + 1 || i + 1;
  const push = (row: Token[]) => {
    const own = row.filter((x) => x.text !== "");
    // a row with nothing but its 序号 (the text cut after it) is no row
    if (!own.length || (own.length === 1 && SEQ.test(own[0].text))) return;
    const cells = own.map((x) => x.text);
    rows.push({ no: own[0].no, cells: explicit ? cells : mergeExtra(cells, roles) });
    end = row[row.length - 1].index + 1;
  };
  const group = (x: Token) => {
    rows.push({ no: x.no, cells: [x.text] });
    end = x.index + 1;
  };
  // Skip empty tokens before the first row.
  while (has(c) && tokens[c].text === "") c++;
  let first = c;
  while (has(first) && isGroupLine(tokens[first].text)) first++;
  // 序号 after merged group columns (考核项目 | 序号 | …): the first row's group cells come before its number
  const seqAt = roles.indexOf("seq");
  const leadsSeq = seqAt > 0 && [0, 1, 2].some((d) => d <= seqAt && has(first + d) && SEQ.test(tokens[first + d].text));
  const bySeq = roles[0] === "seq" || (has(first) && seqOf(tokens[first].text) >= 0) || leadsSeq;
  if (bySeq) {
    // Rows start at the next 序号, counting on from the first.
    let seq = -1;
    let pre: Token[] = [];
    for (;;) {
      if (!has(c)) break;
      if (isGroupLine(tokens[c].text)) {
        group(tokens[c++]);
        seq = -1; // numbering may start again under the next group
        continue;
      }
      if (tokens[c].text === "") {
        c++;
        continue;
      }
      const n0 = seqOf(tokens[c].text);
      if (n0 < 0 && leadsSeq && seq < 0 && pre.length < seqAt) {
        pre.push(tokens[c++]);
        continue;
      }
      if (n0 <= seq) break;
      seq = n0;
      // rows numbered in their content cells (1.做好…) are followed by such a cell, not by a bare number (a value: 100)
      const bare = SEQ.test(tokens[c].text);
      const start = c++;
      // the next row: the next 序号 when it comes within reach (a value such as 42 is no row),
      // else a greater one (rows may have been left out: 3, 68, 69 …)
      let follows = false;
      for (let d = c; has(d) && d - start < width + 4 && !isGroupLine(tokens[d].text); d++) if (seqOf(tokens[d].text) === seq + 1 && SEQ.test(tokens[d].text) === bare) follows = true;
      const isNext = (x: Token) => (follows ? seqOf(x.text) === seq + 1 : seqOf(x.text) > seq) && SEQ.test(x.text) === bare;
      while (has(c) && !isNext(tokens[c]) && !isGroupLine(tokens[c].text) && c - start < width + 4) c++;
      let row = tokens.slice(start, c);
      // the last row (nothing of the table after it): no more than the header's width
      if (!has(c) || !(isNext(tokens[c]) || isGroupLine(tokens[c].text))) row = row.slice(0, width);
      c = start + row.length;
      push([...pre, ...row]);
      pre = [];
    }
  } else {
    // Without 序号, rows are runs of as many tokens as the header is wide.
    while (has(c)) {
      if (isGroupLine(tokens[c].text)) {
        group(tokens[c++]);
        continue;
      }
      if (!has(c + width - 1)) break;
      const chunk = tokens.slice(c, c + width);
      if (chunk.slice(1).some((x) => isGroupLine(x.text))) break;
      push(chunk);
      c += width;
    }
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: headerNo, rows }, layout };
}
