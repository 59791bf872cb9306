// Tables flattened one cell per line (lines, cell-bar): a stream of cell tokens
// after a header of header words. Rows are delimited by the 序号 column when the
// rows carry one (1, 2, 3 … from whatever number they start at), else by the
// header's width; a numbered group line (一、…) standing between rows is a row of
// its own. An empty token stands for a merged cell whose place the flattening
// lost: it counts towards the row's width but is not a cell, so the row comes out
// short and is aligned to the header by what fits each column (interpret.ts).
import type { LineBlock, TableRow } from "../blocks.js";
import { HEADER_WORDS, headerRoles, roleOfHeader, type ColumnRole } from "../lexicon/headers.js";
import { contentColumns, holds } from "./columns.js";
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
export const TABLE_END = /^附件\s*\d*\s*[：:]?\s*$|^(?:抄送|备注|注)\s*[：:]/;

const SEQ = /^\d{1,3}$/;

/** The number a row starts with: a 序号 cell (3), or a content cell numbered like an item (3.做好…). */
export function seqOf(t: string): number {
  if (SEQ.test(t)) return Number(t);
  const m = markerOf(t);
  return m && m.kind === "arabic" ? m.value : -1;
}

/** A merged group column's cell: numbered, short, no sentence (1.深化“一网通办”改革). */
const isGroupCell = (t: string): boolean => markerOf(t) !== null && t.length <= 30 && !/[。；，]/.test(t);

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
    // …and a unit name left in the note column after the unit column (文化宣传股 / 文化馆 / 图书馆 | 备注)
    for (let p = 0; p + 1 < out.length && p + 1 < n; p++)
      if (UNIT_COLUMN.has(roles[p]) && roles[p + 1] === "note" && isUnitList(out[p]) && isUnitList(out[p + 1]))
        out = [...out.slice(0, p), `${out[p]}、${out[p + 1]}`, ...out.slice(p + 2), ""];
    if (out.length <= n) return out;
  }
  const { content } = contentColumns(roles);
  const extra = out.length - n;
  return [...out.slice(0, content), out.slice(content, content + extra + 1).join(""), ...out.slice(content + extra + 1)];
}

/**
 * A row whose last columns come again, each time with new text (1 | 加强预期引导 | 要求 |
 * 单位 | 要求 | 单位): sub-rows that share the row's merged leading cells. The first is the
 * row up to its first unit or time cell; each further group is a content cell followed
 * by as many unit or time cells as the header has after its content column. Null when
 * the row has no more cells than the header, or its tail is not such groups.
 */
function subRows(row: Token[], roles: ColumnRole[], width: number): Token[][] | null {
  const own = row.filter((x) => x.text !== "");
  if (own.length <= width) return null;
  let last = -1;
  roles.forEach((r, k) => (r === "task" || r === "content") && (last = k));
  const tail = roles.slice(last + 1);
  if (last < 0 || tail.length < 1 || tail.length > 2 || !tail.every((r) => UNIT_COLUMN.has(r) || r === "time")) return null;
  const g = tail.length + 1;
  const p = own.findIndex((x, k) => k >= 2 && holds(x.text, tail[0]));
  if (p < 0) return null;
  const groups: Token[][] = [own.slice(0, p + tail.length)];
  for (let k = p + tail.length; k < own.length; k += g) {
    const grp = own.slice(k, k + g);
    const whole = grp.length === g && grp[0].text.length >= 6 && !holds(grp[0].text, tail[0]) && grp.slice(1).every((x, d) => holds(x.text, tail[d]));
    // only the last group may be short (the text cut after its content cell)
    if (!whole && !(grp.length < g && k + g >= own.length && grp[0].text.length >= 6 && !holds(grp[0].text, tail[0]))) return null;
    groups.push(grp);
  }
  return groups.length > 1 ? groups : null;
}

/**
 * A row holding more cells than the header and two or more task cells numbered as items
 * (12 | 市水利局 | 56.做好… | 进展 | 90% | 86.深入推进… | 进展): a row per numbered cell, the
 * later ones sharing the first's merged leading cells. Null when the row is not such.
 */
function itemRows(row: Token[], width: number): Token[][] | null {
  const own = row.filter((x) => x.text !== "");
  if (own.length <= width) return null;
  const starts = own.map((x, k) => (x.text.length > 8 && markerOf(x.text)?.kind === "arabic" ? k : -1)).filter((k) => k > 0);
  if (starts.length < 2) return null;
  const groups: Token[][] = [own.slice(0, starts[1])];
  for (let g = 1; g < starts.length; g++) groups.push(own.slice(starts[g], starts[g + 1] ?? own.length));
  return groups;
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
    // a header word a narrow column broke over two lines (责任 / 领导, 责任 / 科室)
    if (!HEADER_WORDS.has(t) && has(c + 1) && HEADER_WORDS.has(t + tokens[c + 1].text)) {
      header.push(t + tokens[c + 1].text);
      width++;
      c++;
      continue;
    }
    // a bracketed kind on a line of its own finishes the header word above it (责任股室 / （单位）)
    if (header.length && /^[（(](?:单位|部门|处室|科室|股室)[）)]$/.test(t)) {
      header[header.length - 1] += t;
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
  // The header again further down (a page break repeats it): its tokens are skipped.
  const headTokens = tokens.slice(0, c).map((x) => x.text).filter(Boolean);
  const headerAgain = (d: number): number => {
    let k = 0;
    for (let e = d; k < headTokens.length; e++) {
      if (!has(e)) return 0;
      if (tokens[e].text === "") continue;
      if (tokens[e].text !== headTokens[k]) return 0;
      k++;
      if (k === headTokens.length) return e + 1 - d;
    }
    return 0;
  };
  const headerNo = lines[i].no;
  const rows: TableRow[] = [{ no: headerNo, cells: header }];
  let end = tokens[c - 1]?.index + 1 || i + 1;
  const push = (row: Token[]) => {
    const own = row.filter((x) => x.text !== "");
    // a row with nothing but its 序号 (the text cut after it) is no row
    if (!own.length || (own.length === 1 && SEQ.test(own[0].text))) return;
    // cells closed one by one (explicit), as many as the header has: an empty cell keeps its place,
    // unless a unit or time column then holds what it cannot (the row lost a merged leading
    // cell and the flattening put it at the end: 2.制定… | 市级各专委会 | 2月10日前 | | |)
    const fitting = (x: Token, k: number) => !x.text || !(UNIT_COLUMN.has(roles[k]) || roles[k] === "time") || holds(x.text, roles[k]);
    const inPlace = explicit && row.length === header.length && row.every(fitting);
    const cells = inPlace ? row.map((x) => x.text) : own.map((x) => x.text);
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
  // (a group line's own empty cells, `一、… | ||`, are no row's)
  while (has(first) && (isGroupLine(tokens[first].text) || (first > c && tokens[first].text === ""))) first++;
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
      const again = headerAgain(c);
      if (again) {
        c += again;
        continue;
      }
      if (isGroupLine(tokens[c].text)) {
        group(tokens[c++]);
        seq = -1; // numbering may start again under the next group
        continue;
      }
      if (tokens[c].text === "") {
        c++;
        continue;
      }
      // after merged group columns, rows are numbered by their 序号 cells only (1.全面推行… is a group cell)
      const n0 = leadsSeq ? (SEQ.test(tokens[c].text) ? Number(tokens[c].text) : -1) : seqOf(tokens[c].text);
      if (n0 < 0 && leadsSeq && seq < 0 && pre.length < seqAt) {
        pre.push(tokens[c++]);
        continue;
      }
      // an unnumbered group row standing alone before a row's 序号 (经济社会发展主要预期目标（15项） / 1 / …)
      if (n0 < 0 && !leadsSeq && roles[0] === "seq" && tokens[c].text.length <= 40 && has(c + 1) && SEQ.test(tokens[c + 1].text) && Number(tokens[c + 1].text) > seq) {
        group(tokens[c++]);
        continue;
      }
      if (n0 <= seq) break;
      seq = n0;
      // rows numbered in their content cells (1.做好…) are followed by such a cell, not by a bare number (a value: 100)
      const bare = SEQ.test(tokens[c].text);
      const start = c++;
      // the next row: the next 序号 when it comes within reach (a value such as 42 is no row),
      // else a greater one (rows may have been left out: 3, 68, 69 …)
      // (a numbered group cell right after a bare 序号 is the row's own name cell: 1 / （一）围绕… / 内容 …)
      const groupAt = (d: number) => isGroupLine(tokens[d].text) && !(bare && d === start + 1);
      let follows = false;
      for (let d = c; has(d) && d - start < width + 4 && !groupAt(d); d++) if (seqOf(tokens[d].text) === seq + 1 && SEQ.test(tokens[d].text) === bare) follows = true;
      const isNext = (x: Token) => (follows ? seqOf(x.text) === seq + 1 : seqOf(x.text) > seq) && SEQ.test(x.text) === bare;
      while (has(c) && !isNext(tokens[c]) && !groupAt(c) && !(tokens[c].text === headTokens[0] && headerAgain(c)) && c - start < width + 4) c++;
      let row = tokens.slice(start, c);
      const split = explicit ? null : (itemRows([...pre, ...row], width) ?? subRows([...pre, ...row], roles, width));
      if (split) {
        for (const r of split) push(r);
        pre = [];
        continue;
      }
      // the last row (nothing of the table after it): no more than the header's width
      if (!has(c) || !(isNext(tokens[c]) || isGroupLine(tokens[c].text))) row = row.slice(0, width);
      c = start + row.length;
      // after merged group columns, numbered group cells right before the next 序号 are that row's (2.推进… / 6 / …)
      let carry = 0;
      if (leadsSeq && has(c) && isNext(tokens[c])) while (carry < seqAt && row.length - carry > 2 && isGroupCell(row[row.length - 1 - carry].text)) carry++;
      push([...pre, ...row.slice(0, row.length - carry)]);
      pre = row.slice(row.length - carry);
    }
  } else {
    // Without 序号, rows are runs of as many tokens as the header is wide.
    while (has(c)) {
      if (isGroupLine(tokens[c].text)) {
        // a numbered cell that heads its row ((三)做好财政信息公开。 | 措施 | … up to the next
        // numbered cell, as many cells as the header names after its first): a group, then the row
        const rest: Token[] = [];
        let d = c + 1;
        for (; has(d) && !isGroupLine(tokens[d].text) && rest.length < header.length; d++) if (tokens[d].text !== "") rest.push(tokens[d]);
        const closedRow = !has(d) || isGroupLine(tokens[d].text);
        group(tokens[c]);
        if (closedRow && header.length >= 3 && rest.length === header.length - 1) {
          push(rest);
          c = d;
        } else c++;
        while (has(c) && tokens[c].text === "") c++; // the group line's own empty cells
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
