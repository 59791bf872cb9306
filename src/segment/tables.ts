// Tables: recognising flattened tables in text, and interpreting any table
// (from text or HTML) by its header words. Layouts of flattened text tables:
//   tab   — one cell per line with a leading tab; a line without the tab continues
//           the cell, a blank line ends the row, an empty cell is a merged cell;
//   lines — one cell per line without tabs; the header row gives the column count
//           and the 序号 column anchors the rows;
//   spaced — one row per line, cells separated by runs of spaces;
//   pipe  — one row per line, cells between | separators.
// Columns are recognised by their header words, never by position.
import type { LineBlock, TableBlock, TableRow } from "../blocks.js";
import { markerOf } from "./markers.js";
import { looksLikeUnit, splitUnits } from "../extract/units.js";
import { displayWidth } from "./unwrap.js";

export type ColumnRole =
  | "seq"
  | "task"
  | "content"
  | "lead"
  | "responsible"
  | "cooperating"
  | "time"
  | "note"
  | "person"
  | "other";

/** Header words → column role. */
export const HEADER_WORDS: Array<[RegExp, ColumnRole]> = [
  [/^(?:序号|编号|序|项次)$/, "seq"],
  [/^(?:牵头单位|牵头部门|牵头科室|牵头处室|牵头责任单位|牵头)$/, "lead"],
  [/^(?:责任单位|责任部门|责任科室|责任处室|责任主体|主责单位|主责部门|落实单位|承办单位|实施单位|实施主体|主体单位|责任单位\(部门\)|责任单位（部门）)$/, "responsible"],
  [/^(?:配合单位|配合部门|配合科室|协办单位|协办部门|协同单位|协作单位|参与单位|参与部门|配合)$/, "cooperating"],
  [/^(?:完成时限|时限|时间进度|时限要求|时限及要求|完成时间|进度安排|时间安排|完成期限|时间节点|进度要求|办结时限|时间要求|完成时间节点|完成时限要求|进度)$/, "time"],
  [/^(?:工作任务|公开任务|重点任务|任务名称|工作事项|重点工作|工作项目|任务|主要任务|工作目标|重点工作任务|项目|工作重点|任务分工|类别)$/, "task"],
  [/^(?:公开内容|具体措施|具体要求|主要内容|工作内容|工作措施|任务内容|具体内容|工作要求|目标要求|主要措施|具体任务|内容|工作举措|重点工作内容|任务要求|具体工作|工作安排)$/, "content"],
  [/^(?:备注|说明)$/, "note"],
  [/^(?:责任领导|分管领导|责任人|联系人|牵头领导|分管市领导|分管县领导|分管区领导|联络员)$/, "person"],
];

/** Header words not in the list above, by the words they contain (任务事项, 牵头责任单位). */
const HEADER_PARTS: Array<[RegExp, ColumnRole]> = [
  [/领导|责任人|联系人|联络员/, "person"],
  [/牵头/, "lead"],
  [/配合|协办|协同|参与/, "cooperating"],
  [/责任|承办|落实|主责/, "responsible"],
  [/时限|时间|期限|进度|节点/, "time"],
  [/备注|说明/, "note"],
  [/任务|事项|工作|项目/, "task"],
  [/内容|措施|要求|举措/, "content"],
];

export function roleOfHeader(cell: string): ColumnRole | null {
  const c = cell.replace(/\s+/g, "");
  for (const [re, role] of HEADER_WORDS) if (re.test(c)) return role;
  // a short cell only: a sentence that mentions 任务 is not a header
  if (c.length >= 2 && c.length <= 8 && !/[，。；：、]/.test(c)) for (const [re, role] of HEADER_PARTS) if (re.test(c)) return role;
  return null;
}

/** A header row: mostly header words, naming what is done and who or when. */
export function headerRoles(cells: string[]): ColumnRole[] | null {
  if (cells.length < 2) return null;
  const roles = cells.map((c) => roleOfHeader(c));
  const known = roles.filter((r) => r !== null).length;
  if (known < Math.max(2, Math.ceil(cells.length * 0.6))) return null;
  const what = roles.some((r) => r === "task" || r === "content");
  const whoWhen = roles.some((r) => r === "lead" || r === "responsible" || r === "cooperating" || r === "time");
  if (!what || !whoWhen) return null;
  return roles.map((r) => r ?? "other");
}

const blank = (s: string) => s.trim() === "";
const isTabLine = (s: string) => /^\t/.test(s);

/** Which column holds the task content, and which its title. */
export function contentColumns(roles: ColumnRole[]): { content: number; title: number } {
  let content = -1;
  for (let i = roles.length - 1; i >= 0; i--) if (roles[i] === "content") { content = i; break; }
  if (content < 0) content = roles.indexOf("task");
  if (content < 0) content = roles.findIndex((r) => r !== "seq");
  let title = content;
  for (let i = content - 1; i >= 0; i--) {
    if (roles[i] === "task" || roles[i] === "content") { title = i; break; }
  }
  return { content, title };
}

// ---------------------------------------------------------------------------
// Recognising tables in text lines.

export interface TextTable {
  /** index of the first and one past the last line of the table */
  start: number;
  end: number;
  block: TableBlock;
  layout: "tab" | "lines" | "spaced" | "pipe";
}

/** More tab lines than this in a row are not a header. */
const MAX_TAB_HEADER = 40;

function tabTable(lines: LineBlock[], i: number): TextTable | null {
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

/** A short numbered line standing for a group of rows: 一、政策发布解读. */
function isGroupLine(t: string): boolean {
  const m = markerOf(t);
  return m !== null && (m.kind === "section" || m.kind === "cnParen") && t.length <= 40 && !/[。；]/.test(t);
}

function linesTable(lines: LineBlock[], i: number): TextTable | null {
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
    if (timeCol >= col && TIMEISH.test(c)) { out[timeCol] = c; col = timeCol + 1; continue; }
    while (col < n && out[col] !== "") col++;
    if (col < n) out[col++] = c;
  }
  return out;
}

const TIMEISH = /(?:\d{4}年|\d+月|月底|年底|年内|季度|半年|每[周月年季]|长期|持续|常态|及时|立即|全年)/;

function splitSpaced(t: string, sep: RegExp): string[] {
  return t.trim().split(sep).map((c) => c.trim()).filter(Boolean);
}

/** Tab-separated rows (copied from a spreadsheet) keep their empty cells. */
function splitTabs(t: string): string[] {
  // Trailing tabs are empty cells: only spaces and line ends are trimmed (by a loop, not a regex).
  let end = t.length;
  while (end > 0 && (t[end - 1] === " " || t[end - 1] === "\r" || t[end - 1] === "\n" || t[end - 1] === "\u3000")) end--;
  return t.slice(0, end).split("\t").map((c) => c.trim());
}

function spacedTable(lines: LineBlock[], i: number): TextTable | null {
  const head = lines[i].text.trim();
  const tabbed = /\S\t+\S/.test(head);
  const sep = tabbed ? /\t+/ : /\S\s{2,}\S/.test(head) ? /\s{2,}|\t/ : /\s+/;
  const header = tabbed ? splitTabs(head) : splitSpaced(head, sep);
  // Tab-separated cells are exact when a row has as many fields as the header
  // (empty fields are merged cells); a row with fewer lost its leading cells.
  const split = (t: string) => {
    if (!tabbed) return splitSpaced(t, sep);
    const cells = splitTabs(t);
    if (cells.length === header.length) return cells;
    while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  };
  if (header.length < 2 || !headerRoles(header)) return null;
  if (!tabbed && /\S {2,}\S/.test(head)) {
    const aligned = alignedTable(lines, i);
    if (aligned) return aligned;
  }
  const rows: TableRow[] = [{ no: lines[i].no, cells: header }];
  let end = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].text;
    if (blank(t)) {
      let k = j + 1;
      while (k < lines.length && blank(lines[k].text)) k++;
      if (k < lines.length && split(lines[k].text).length >= 2 && !/^\s/.test(lines[k].text)) {
        j = k - 1; // the blank lines up to k would each find the same k
        continue;
      }
      break;
    }
    const cells = split(t);
    const prev = rows[rows.length - 1];
    if (/^[ \u3000]/.test(t) && rows.length > 1 && prev.cells.length < header.length && cells.length > 1 && prev.cells.length + cells.length - 1 <= header.length) {
      // The row above broke inside its last cell: this line finishes that cell and brings the rest of the row.
      prev.cells[prev.cells.length - 1] += cells[0];
      prev.cells.push(...cells.slice(1));
      end = j + 1;
      continue;
    }
    if (cells.filter(Boolean).length === 1 && /^[ \u3000]/.test(t) && rows.length > 1) {
      // A continuation line: the task cell of the row above runs on.
      const { content } = contentColumns(headerRoles(header)!);
      const col = Math.min(content, prev.cells.length - 1);
      prev.cells[col] += cells.filter(Boolean)[0];
      end = j + 1;
      continue;
    }
    if (cells.length === 1 && !markerOf(cells[0])) break;
    rows.push({ no: lines[j].no, cells });
    end = j + 1;
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "spaced" };
}

/** Runs of text separated by two or more spaces, with the display column where each starts. */
function tokensAt(line: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ at: displayWidth(line.slice(0, m.index)), text: m[0] });
  return out;
}

/**
 * A table laid out in fixed columns (text saved from a PDF): each cell starts under
 * its header word; a line with nothing in the first column continues the row above
 * in every column it has text in. Used only when the rows line up with the header.
 */
function alignedTable(lines: LineBlock[], i: number): TextTable | null {
  const starts = tokensAt(lines[i].text).map((t) => t.at);
  const header = tokensAt(lines[i].text).map((t) => t.text);
  const colOf = (at: number): number => {
    let c = -1;
    for (let k = 0; k < starts.length; k++) if (starts[k] <= at + 1) c = k;
    return c;
  };
  const fitsColumns = (line: string) => {
    const toks = tokensAt(line);
    return toks.length > 0 && toks.every((t) => starts.some((st) => Math.abs(st - t.at) <= 1));
  };
  // The rows must line up: most of the next lines' cells start under a header word.
  const sample = lines.slice(i + 1, i + 9).filter((l) => !blank(l.text));
  if (sample.length < 2 || sample.filter((l) => fitsColumns(l.text)).length < sample.length * 0.8) return null;
  const rows: TableRow[] = [{ no: lines[i].no, cells: header }];
  let end = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].text;
    if (blank(t)) {
      let k = j + 1;
      while (k < lines.length && blank(lines[k].text)) k++;
      if (k < lines.length && fitsColumns(lines[k].text) && tokensAt(lines[k].text).length >= 2) {
        j = k - 1;
        continue;
      }
      break;
    }
    if (!fitsColumns(t)) break;
    const cells = new Array<string>(header.length).fill("");
    for (const tok of tokensAt(t)) {
      const c = colOf(tok.at);
      if (c >= 0) cells[c] += tok.text;
    }
    const prev = rows[rows.length - 1];
    if (!cells[0] && rows.length > 1) {
      cells.forEach((c, k) => (prev.cells[k] += c));
    } else rows.push({ no: lines[j].no, cells: cells.some((c, k) => k > 0 && c) ? cells : [cells[0]] });
    end = j + 1;
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "spaced" };
}

const isPipeLine = (t: string) => /^\s*[|｜]\s*$/.test(t);

/**
 * One cell per line with a line holding only | between cells (SPEC's "between |
 * separators on lines of their own"): a blank line ends a row, except between two |
 * lines, where it is an empty cell.
 */
function pipeLinesTable(lines: LineBlock[], i: number): TextTable | null {
  if (!isPipeLine(lines[i + 1]?.text ?? "")) return null;
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell: string | null = null;
  let rowNo = lines[i].no;
  let afterPipe = false;
  let end = i;
  const closeRow = () => {
    if (cell !== null) cells.push(cell);
    if (cells.length) rows.push({ no: rowNo, cells });
    cells = [];
    cell = null;
  };
  let j = i;
  for (; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (isPipeLine(t)) {
      cells.push(cell ?? "");
      cell = null;
      afterPipe = true;
      end = j + 1;
      continue;
    }
    if (!t) {
      // between two | lines a blank line is an empty cell; otherwise it ends the row
      if (afterPipe && isPipeLine(lines[j + 1]?.text ?? "")) continue;
      if (afterPipe && cell === null) continue;
      closeRow();
      afterPipe = false;
      continue;
    }
    if (!cells.length && cell === null) {
      rowNo = lines[j].no;
      // a row of one line that is not a group heading ends the table
      const next = lines.slice(j + 1).find((l) => !blank(l.text));
      if (rows.length > 1 && !isPipeLine(next?.text ?? "") && !markerOf(t)) break;
    }
    cell = cell === null ? t : cell + t;
    afterPipe = false;
    end = j + 1;
  }
  closeRow();
  if (rows.length < 2 || !headerRoles(rows[0].cells)) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "pipe" };
}

function splitPipe(t: string): string[] {
  const line = t.trim();
  const parts = line.split(/[|｜]/).map((c) => c.trim());
  // Outer pipes only when the row starts with one; otherwise a trailing | ends an empty last cell.
  if (/^[|｜]/.test(line)) {
    parts.shift();
    if (parts.length && parts[parts.length - 1] === "" && /[|｜]$/.test(line)) parts.pop();
  }
  return parts;
}

function pipeTable(lines: LineBlock[], i: number): TextTable | null {
  const header = splitPipe(lines[i].text);
  if (header.length < 2 || !headerRoles(header)) return null;
  const rows: TableRow[] = [{ no: lines[i].no, cells: header }];
  let end = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (/^[|｜:\-—\s]+$/.test(t) && /-/.test(t)) { end = j + 1; continue; }
    if (!t) continue;
    if (!/[|｜]/.test(t)) {
      if (!isGroupLine(t)) break;
      rows.push({ no: lines[j].no, cells: [t] });
      end = j + 1;
      continue;
    }
    rows.push({ no: lines[j].no, cells: splitPipe(t) });
    end = j + 1;
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "pipe" };
}

/** Find the flattened tables among text lines. */
export function findTextTables(lines: LineBlock[]): TextTable[] {
  const out: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (blank(t)) continue;
    let found: TextTable | null = null;
    if (isTabLine(t)) found = tabTable(lines, i);
    else if (/[|｜].*[|｜]/.test(t)) found = pipeTable(lines, i);
    else if (roleOfHeader(t.trim())) found = pipeLinesTable(lines, i) ?? linesTable(lines, i);
    if (!found && /\s/.test(t.trim())) found = spacedTable(lines, i);
    if (found) {
      out.push(found);
      i = found.end - 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Interpreting a table: header, group rows, merged cells.

export interface TableRowInfo {
  no: number;
  /** cells aligned to the header, blanks filled from above where merged */
  cells: string[];
  /** cells as given (before inheritance) */
  own: string[];
  /** a group row (一、… across the row): its marker number and title */
  group?: { kind: "section" | "sub"; number: string; title: string };
  /** true when cells had to be shifted to fit the header */
  shifted?: boolean;
}

export interface InterpretedTable {
  no: number;
  header: string[];
  roles: ColumnRole[];
  rows: TableRowInfo[];
  /**
   * Leading columns that hold the plan's numbering as merged cells, one level per
   * column (一、… | （一）… | 1.…, each spanning the rows under it).
   */
  pathCols: number[];
}


/** Fit a row with fewer cells than the header, whose leading merged cells were dropped. */
function alignShort(cells: string[], roles: ColumnRole[]): string[] {
  const n = roles.length;
  const out = new Array<string>(n).fill("");
  // Leading merged cells dropped by scraping: the cells that remain are the last
  // ones, so align them to the right — unless the first one does not fit the column
  // it would land in (a task text in a unit column): then it is the task, and only
  // the others are aligned to the right.
  const start = n - cells.length;
  if (cells.every((c, k) => fits(c, roles[start + k]))) {
    cells.forEach((c, k) => (out[start + k] = c));
    return out;
  }
  const { content } = contentColumns(roles);
  const first = cells[0];
  const taskCol = markerOf(first) && roles[0] !== "seq" ? 0 : content;
  out[taskCol] = first;
  const rest = cells.slice(1);
  for (let k = 0; k < rest.length; k++) out[n - rest.length + k] = rest[k];
  return out;
}

/** Could this text stand in a column of this role? */
function fits(cell: string, role: ColumnRole): boolean {
  if (!cell || cell === "/") return true;
  switch (role) {
    case "seq":
      return /^\d{1,3}$/.test(cell);
    case "lead":
    case "responsible":
    case "cooperating":
      return cell.length <= 80 && splitUnits(cell.replace(/(?:牵头|负责落实|负责|配合|抓好落实|做好配合|参与)(?=[，,；;]|$)/g, "")).every(looksLikeUnit);
    case "time":
      return TIMEISH.test(cell) || cell.length <= 12;
    default:
      return true;
  }
}

/** Interpret a raw table: find its header row, align rows, fill merged cells. */
export function interpretTable(table: TableBlock): InterpretedTable | null {
  const headerAt = table.rows.findIndex((r) => headerRoles(r.cells) !== null);
  if (headerAt < 0 || headerAt > 3) return null;
  let header = table.rows[headerAt].cells.map((c) => c.replace(/\s+/g, ""));
  let skip = 1;
  // A two-row header: 责任单位 spanning 牵头单位 | 配合单位 below it.
  const below = table.rows[headerAt + 1]?.cells.map((c) => c.replace(/\s+/g, ""));
  if (
    below &&
    below.length === header.length &&
    below.some((c, i) => c !== header[i] && roleOfHeader(c)) &&
    below.every((c, i) => !c || c === header[i] || roleOfHeader(c))
  ) {
    const merged = header.map((c, i) => (below[i] && roleOfHeader(below[i]) ? below[i] : c));
    // Only when the merged row is still a header (it must keep a task column).
    if (headerRoles(merged)) {
      header = merged;
      skip = 2;
    }
  }
  const roles = headerRoles(header);
  if (!roles) return null;
  const n = header.length;
  const seqCol = roles.indexOf("seq");
  const { content } = contentColumns(roles);
  const rows: TableRowInfo[] = [];
  let above: string[] = new Array<string>(n).fill("");
  const body = table.rows.slice(headerAt + skip);
  // Numbering held in leading columns (rowspan expanded): most of their cells start with a heading marker.
  const pathCols: number[] = [];
  for (let c = 0; c < content; c++) {
    const cells = body.map((r) => (r.cells.length === n ? r.cells[c]?.trim() ?? "" : "")).filter(Boolean);
    const marked = cells.filter((x) => markerOf(x) !== null).length;
    if (cells.length >= 2 && marked >= cells.length * 0.8 && (roles[c] === "seq" || roles[c] === "task" || roles[c] === "other")) pathCols.push(c);
    else if (pathCols.length) break;
  }
  let prevGroupKey = "";
  for (const raw of body) {
    let cells = raw.cells.map((c) => c.trim());
    if (cells.join("") === "") continue;
    if (cells.length === n && cells.every((c, i) => c.replace(/\s+/g, "") === header[i])) continue; // repeated header
    // Group rows: one text across the row (colspan), or a numbered heading alone.
    const nonEmpty = cells.filter(Boolean);
    const m = markerOf(nonEmpty[0]);
    // A note across the row (备注：…) is not a group: it stays a row, its text in the content cell.
    const note = nonEmpty.length > 0 && nonEmpty.every((c) => c === nonEmpty[0]) && /^(?:备注|注|说明)\s*[：:]/.test(nonEmpty[0]);
    if (note) {
      const { content: c } = contentColumns(roles);
      const cellsOfNote = new Array<string>(n).fill("");
      cellsOfNote[c] = nonEmpty[0];
      rows.push({ no: raw.no, cells: cellsOfNote, own: cellsOfNote });
      continue;
    }
    const across = n > 1 && nonEmpty.length === n && nonEmpty.every((c) => c === nonEmpty[0]);
    const alone = nonEmpty.length === 1 && m !== null && (m.kind === "section" || m.kind === "cnParen");
    if (across || alone) {
      const kind = !m || m.kind === "section" ? "section" : "sub";
      rows.push({
        no: raw.no,
        cells: new Array<string>(n).fill(""),
        own: cells,
        group: { kind, number: m ? m.number : "", title: m ? m.rest.trim() : nonEmpty[0] },
      });
      above = new Array<string>(n).fill("");
      continue;
    }
    let shifted = false;
    if (cells.length > n) {
      const extra = cells.length - n;
      cells = [cells.slice(0, extra + 1).join(" "), ...cells.slice(extra + 1)];
    } else if (cells.length < n) {
      cells = alignShort(cells, roles);
      shifted = true;
    }
    const own = cells;
    // A blank cell inherits the value above, within one 序号 group.
    // A new group starts where the 序号 (or the numbering columns) changes; a value
    // repeated by a rowspan is the same group.
    const groupKey = pathCols.length ? pathCols.map((c) => own[c]).join("\u0000") : seqCol >= 0 ? own[seqCol] : "";
    const newGroup = groupKey.replace(/\u0000/g, "") !== "" && groupKey !== prevGroupKey;
    if (groupKey.replace(/\u0000/g, "") !== "") prevGroupKey = groupKey;
    const filled = own.map((c, i) => (c !== "" || newGroup || i === content ? c : above[i]));
    // A section-numbered first cell with other cells is both a group and a task.
    const lead = pathCols.length ? null : markerOf(own[0] ?? "");
    const group = lead && lead.kind === "section" && own.slice(1).some(Boolean)
      ? { kind: "section" as const, number: lead.number, title: lead.rest.trim() }
      : undefined;
    rows.push({ no: raw.no, cells: filled, own, shifted, group });
    above = filled;
  }
  return { no: table.no, header, roles, rows, pathCols };
}
