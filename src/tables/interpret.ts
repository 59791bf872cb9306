// Interpreting a table (from text or HTML): find its header row, align rows that
// lost cells, fill merged cells within one 序号 group, and recognise group rows
// (一、… across the row) and numbering held in merged leading columns.
import type { TableBlock } from "../blocks.js";
import { headerRoles, roleOfHeader, type ColumnRole } from "../lexicon/headers.js";
import { markerOf } from "../lexicon/markers.js";
import { ROLE_VERBS, alternation } from "../lexicon/roles.js";
import { TIME_CELL_HINT } from "../lexicon/time.js";
import { looksLikeUnit, splitUnits } from "../lexicon/units.js";
import { contentColumns } from "./columns.js";

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

/** A role verb closing a clause of a unit cell (X牵头，Y配合). */
const TRAILING_VERB = new RegExp(`(?:${alternation(ROLE_VERBS.map(([v]) => v))})(?=[，,；;]|$)`, "g");

/** Could this text stand in a column of this role? */
function fits(cell: string, role: ColumnRole): boolean {
  if (!cell || cell === "/") return true;
  switch (role) {
    case "seq":
      return /^\d{1,3}$/.test(cell);
    case "lead":
    case "responsible":
    case "cooperating":
      return cell.length <= 80 && splitUnits(cell.replace(TRAILING_VERB, "")).every(looksLikeUnit);
    case "time":
      return TIME_CELL_HINT.test(cell) || cell.length <= 12;
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
