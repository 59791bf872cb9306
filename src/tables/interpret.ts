// Interpreting a table (from text or HTML): find its header row, align rows that
// lost cells, fill merged cells within one 序号 group, and recognise group rows
// (一、… across the row) and numbering held in merged leading columns.
import type { TableBlock } from "../blocks.js";
import { headerRoles, roleOfHeader, type ColumnRole } from "../lexicon/headers.js";
import { markerOf } from "../lexicon/markers.js";
import { TIME_CELL_HINT } from "../lexicon/time.js";
import { contentColumns, fits } from "./columns.js";

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


/** How well a cell fits a column of this role: positive fits, negative does not. */
function fitScore(cell: string, role: ColumnRole): number {
  switch (role) {
    case "seq":
      return /^\d{1,3}$/.test(cell) ? 2 : -3;
    case "lead":
    case "responsible":
    case "cooperating":
      return fits(cell, role) ? 1 : -3;
    case "time":
      return TIME_CELL_HINT.test(cell) && cell.length <= 40 ? 1 : cell.length <= 12 ? 0 : -3;
    case "person":
      return cell.length <= 12 ? 0 : -2;
    case "task":
    case "content":
      if (/^\d{1,3}$/.test(cell)) return -2;
      return markerOf(cell) || cell.length > 20 ? 1 : 0;
    case "note":
      // a note is short words (已完成, 省级任务): not a value (90%) or a report's paragraph
      return /^[\d.]+%?$/.test(cell) || cell.length > 20 ? -1 : 0;
    default:
      return 0;
  }
}

/**
 * Place the cells of a row with fewer cells than the header, in their order, in
 * the columns they fit best. Merged cells lost in flattening are usually leading
 * ones, so of equally good placements the one furthest right wins.
 */
export function alignShort(cells: string[], roles: ColumnRole[]): string[] {
  const n = roles.length;
  const k = cells.length;
  // best[i][j]: the best score of cells i.. placed in columns j.. (in order)
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  for (let j = 0; j <= n; j++) best[k][j] = 0;
  for (let i = k - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--) best[i][j] = Math.max(best[i][j + 1], fitScore(cells[i], roles[j]) + best[i + 1][j + 1]);
  const out = new Array<string>(n).fill("");
  for (let i = 0, j = 0; i < k; j++) {
    // skip column j when a placement further right is as good
    if (best[i][j + 1] >= fitScore(cells[i], roles[j]) + best[i + 1][j + 1]) continue;
    out[j] = cells[i++];
  }
  return out;
}


/** How well a row's filled cells fit the columns they stand in. */
function fitTotal(cells: string[], roles: ColumnRole[]): number {
  let total = 0;
  cells.forEach((c, i) => {
    if (c) total += fitScore(c, roles[i]);
  });
  return total;
}

/** The header row (one or two rows), its roles, and where the rows after it start. */
function findHeader(table: TableBlock): { header: string[]; roles: ColumnRole[]; first: number } | null {
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
  return roles ? { header, roles, first: headerAt + skip } : null;
}

type Draft = { no: number; own: string[]; shifted: boolean; group?: TableRowInfo["group"]; note?: boolean };

/** The rows after the header: group rows, notes, and every other row aligned to the header. */
function draftRows(body: TableBlock["rows"], header: string[], roles: ColumnRole[]): Draft[] {
  const n = header.length;
  const { content } = contentColumns(roles);
  const drafts: Draft[] = [];
  for (const raw of body) {
    let cells = raw.cells.map((c) => c.trim());
    if (cells.join("") === "") continue;
    if (cells.length === n && cells.every((c, i) => c.replace(/\s+/g, "") === header[i])) continue; // repeated header
    // Group rows: one text across the row (colspan), or a numbered heading alone.
    const nonEmpty = cells.filter(Boolean);
    const m = markerOf(nonEmpty[0]);
    // A note across the row (备注：…) is not a group: it stays a row, its text in the content cell.
    if (nonEmpty.length > 0 && nonEmpty.every((c) => c === nonEmpty[0]) && /^(?:备注|注|说明)\s*[：:]/.test(nonEmpty[0])) {
      const cellsOfNote = new Array<string>(n).fill("");
      cellsOfNote[content] = nonEmpty[0];
      drafts.push({ no: raw.no, own: cellsOfNote, shifted: false, note: true });
      continue;
    }
    const across = n > 1 && nonEmpty.length === n && nonEmpty.every((c) => c === nonEmpty[0]);
    const alone = nonEmpty.length === 1 && m !== null && (m.kind === "section" || m.kind === "cnParen");
    if (across || alone) {
      const kind = !m || m.kind === "section" ? "section" : "sub";
      drafts.push({ no: raw.no, own: cells, shifted: false, group: { kind, number: m ? m.number : "", title: m ? m.rest.trim() : nonEmpty[0] } });
      continue;
    }
    // A row wider than the header whose extra leading cells are numbered group cells
    // (一、… | （一）… | 1 | …, a merged group column kept on its first row): the groups,
    // then the row.
    if (cells.length > n) {
      const lead = cells.slice(0, cells.length - n);
      const marks = lead.map((c) => markerOf(c));
      if (marks.every((x) => x && (x.kind === "section" || x.kind === "cnParen"))) {
        lead.forEach((c, k) => {
          const own = [c, ...new Array<string>(n - 1).fill("")];
          drafts.push({ no: raw.no, own, shifted: false, group: { kind: marks[k]!.kind === "section" ? "section" : "sub", number: marks[k]!.number, title: marks[k]!.rest.trim() } });
        });
        cells = cells.slice(lead.length);
      }
    }
    let shifted = false;
    // a row as wide as the header only through empty cells at its end (| 2.… | 县农业农村局 |
    // 2025年11月底前 | ||, the cells a lost merged cell left to pad the row): its filled
    // cells go where they fit, when that fits them better than where they stand
    if (cells.length === n && n > 2 && cells[n - 1] === "") {
      let k = n;
      while (k > 0 && cells[k - 1] === "") k--;
      if (k >= 2) {
        const aligned = alignShort(cells.slice(0, k), roles);
        if (fitTotal(aligned, roles) > fitTotal(cells, roles)) {
          cells = aligned;
          shifted = true;
        }
      }
    }
    if (cells.length > n) {
      const extra = cells.length - n;
      cells = [cells.slice(0, extra + 1).join(" "), ...cells.slice(extra + 1)];
    } else if (cells.length < n) {
      // a row of one cell numbered like the cells of a column above it (4.… under 1.… 2.…
      // 3.…, the last row of a page cut short) stands in that column; otherwise cells go
      // where they fit
      const c = cells.length === 1 ? numberedColumn(drafts, markerOf(cells[0])?.kind) : -1;
      if (c >= 0) {
        cells = [...new Array<string>(c).fill(""), cells[0], ...new Array<string>(n - c - 1).fill("")];
        shifted = c > 0;
      } else {
        cells = alignShort(cells, roles);
        shifted = true;
      }
    }
    drafts.push({ no: raw.no, own: cells, shifted });
  }
  return drafts;
}

/** The column whose cells in the rows so far are most often numbered with `kind` (two at least), or -1. */
function numberedColumn(drafts: Draft[], kind: string | undefined): number {
  if (!kind) return -1;
  const counts: number[] = [];
  for (const d of drafts) {
    if (d.group || d.note) continue;
    d.own.forEach((cell, k) => {
      if (cell && markerOf(cell)?.kind === kind) counts[k] = (counts[k] ?? 0) + 1;
    });
  }
  let best = -1;
  counts.forEach((n, k) => {
    if (n >= 2 && (best < 0 || n > counts[best])) best = k;
  });
  return best;
}

const meanLength = (cells: string[]) => {
  const filled = cells.filter(Boolean);
  return filled.length ? filled.reduce((a, c) => a + c.length, 0) / filled.length : 0;
};

/**
 * Roles the cells contradict, corrected; null when none is. A task column whose
 * every cell is a bare number is the rows' 序号 (工作任务 over 1, 2, 3 while the text
 * stands under 具体要求). A content column of short values (年度目标 over 100, ≥30)
 * while another task column holds the text: that column is the content.
 */
function reviseRoles(drafts: Draft[], roles: ColumnRole[]): ColumnRole[] | null {
  const plain = drafts.filter((d) => !d.group && !d.note);
  const out = [...roles];
  let changed = false;
  const { content } = contentColumns(roles);
  if (!roles.includes("seq")) {
    const c = roles.findIndex((r) => r === "task" || r === "content");
    const cells = plain.map((d) => d.own[c]).filter(Boolean);
    if (c >= 0 && c !== content && cells.length >= Math.max(1, plain.length / 2) && cells.every((x) => /^\d{1,3}[.、．]?$/.test(x))) {
      out[c] = "seq";
      changed = true;
    }
  }
  if (plain.length >= 2 && meanLength(plain.map((d) => d.own[content])) < 8) {
    let best = -1;
    let bestLength = 15;
    roles.forEach((r, c) => {
      const m = meanLength(plain.map((d) => d.own[c]));
      if ((r === "task" || r === "content") && c !== content && out[c] !== "seq" && m >= bestLength) [best, bestLength] = [c, m];
    });
    if (best >= 0) {
      out[content] = "other";
      out[best] = "content";
      changed = true;
    }
  }
  return changed ? out : null;
}

const SEQ_CELL = /^\d{1,3}$/;

/** Numbers of items (1. （1） ①), below the groups (一、 （一）). */
const ITEM_KINDS = new Set(["arabic", "arabicParen", "circled"]);

/**
 * A header that lost its leading cells (具体要求 | 责任科室 over rows 一、… | 1 | … | … and
 * 2 | … | …): when most rows are one or two cells wider than the header, and their extra
 * leading cells are a 序号 (after a numbered group cell, on a group's first row), the
 * header gets those columns back (the group's, then the 序号's) and the rows without a
 * group cell get an empty one.
 */
function lostLeadingColumns(header: string[], roles: ColumnRole[], body: TableBlock["rows"]) {
  const n = header.length;
  if (roles.includes("seq") || body.length < 2) return null;
  let seqOnly = 0;
  let withGroup = 0;
  for (const r of body) {
    const extra = r.cells.length - n;
    if (extra === 1 && SEQ_CELL.test(r.cells[0])) seqOnly++;
    else if (extra === 2 && markerOf(r.cells[0])?.kind === "section" && SEQ_CELL.test(r.cells[1])) withGroup++;
  }
  // (a row that fits neither, such as the last one of a page cut short, is read as it is)
  if (seqOnly + withGroup < Math.max(2, body.length * 0.6)) return null;
  const group = withGroup > 0;
  return {
    header: [...(group ? [""] : []), "序号", ...header],
    roles: [...(group ? ["task" as ColumnRole] : []), "seq" as ColumnRole, ...roles],
    body: body.map((r) => {
      if (!group || r.cells.length !== n + 1) return r;
      // a group's first row that lost its last cell (a page cut short) is padded at the end
      if (markerOf(r.cells[0])?.kind === "section" && SEQ_CELL.test(r.cells[1])) return { ...r, cells: [...r.cells, ""] };
      return { ...r, cells: ["", ...r.cells] };
    }),
  };
}

/** Interpret a raw table: find its header row, align rows, fill merged cells. */
export function interpretTable(table: TableBlock): InterpretedTable | null {
  // a table without a header row carries the roles read from its cells
  const found = table.roles ? { header: table.roles.map(() => ""), roles: table.roles, first: 0 } : findHeader(table);
  if (!found) return null;
  const lost = table.roles ? null : lostLeadingColumns(found.header, found.roles, table.rows.slice(found.first));
  const header = lost ? lost.header : found.header;
  let roles = lost ? lost.roles : [...found.roles];
  const n = header.length;
  let seqCol = roles.indexOf("seq");
  let { content } = contentColumns(roles);
  const body = lost ? lost.body : table.rows.slice(found.first);
  // First pass: group rows, notes, and every other row aligned to the header; again
  // when the cells show that the header named the columns wrongly.
  let drafts = draftRows(body, header, roles);
  const revised = reviseRoles(drafts, roles);
  if (revised) {
    roles = revised;
    ({ content } = contentColumns(roles));
    seqCol = roles.indexOf("seq");
    drafts = draftRows(body, header, roles);
  }
  // Numbering held in leading columns (rowspan expanded, or kept on a group's first
  // row only): most of their filled cells start with a heading marker.
  const pathCols: number[] = [];
  const plain = drafts.filter((d) => !d.group && !d.note);
  const titleCol = contentColumns(roles).title;
  for (let c = 0; c < content; c++) {
    const cells = plain.map((d) => d.own[c]).filter(Boolean);
    const marked = cells.filter((x) => markerOf(x) !== null).length;
    const numbering = roles[c] !== "lead" && roles[c] !== "responsible" && roles[c] !== "cooperating" && roles[c] !== "time" && roles[c] !== "person";
    // a title column whose every row has an item number of its own (1.… 2.… 3.…) names the rows,
    // it does not group them (a row cut short by the page's end may lack its own; a table of one
    // row, a task's card, is named by its own); group
    // numbers (一、 （一）) are headings even one per row
    const ownEach =
      c === titleCol && (cells.length >= 2 || plain.length === 1) && cells.length >= plain.length * 0.75 && new Set(cells).size === cells.length &&
      cells.every((x) => ITEM_KINDS.has(markerOf(x)?.kind ?? ""));
    if (cells.length >= 1 && marked >= Math.max(1, cells.length * 0.8) && numbering && !ownEach) pathCols.push(c);
    else if (pathCols.length) break;
  }
  const rows: TableRowInfo[] = [];
  let above: string[] = new Array<string>(n).fill("");
  let prevGroupKey = "";
  for (const d of drafts) {
    if (d.note) {
      rows.push({ no: d.no, cells: d.own, own: d.own });
      continue;
    }
    if (d.group) {
      rows.push({ no: d.no, cells: new Array<string>(n).fill(""), own: d.own, group: d.group });
      above = new Array<string>(n).fill("");
      continue;
    }
    const own = d.own;
    // A blank cell inherits the value above, within one 序号 group.
    // A new group starts where the 序号 (or the numbering columns) changes; a value
    // repeated by a rowspan is the same group.
    const groupKey = pathCols.length ? pathCols.map((c) => own[c]).join("\u0000") : seqCol >= 0 ? own[seqCol] : "";
    const newGroup = groupKey.replace(/\u0000/g, "") !== "" && groupKey !== prevGroupKey;
    if (groupKey.replace(/\u0000/g, "") !== "") prevGroupKey = groupKey;
    // A numbering column keeps the level above it unless a higher level changed in this row.
    const changedAbove = (i: number) => pathCols.some((p) => p < i && own[p] !== "");
    const inherits = (i: number) => (pathCols.includes(i) ? !changedAbove(i) : !newGroup);
    const filled = own.map((c, i) => (c !== "" || i === content || !inherits(i) ? c : above[i]));
    // A section-numbered first cell with other cells is both a group and a task.
    const lead = pathCols.length ? null : markerOf(own[0] ?? "");
    const group = lead && lead.kind === "section" && own.slice(1).some(Boolean)
      ? { kind: "section" as const, number: lead.number, title: lead.rest.trim() }
      : undefined;
    rows.push({ no: d.no, cells: filled, own, shifted: d.shifted, group });
    above = filled;
  }
  return { no: table.no, header, roles, rows, pathCols };
}
