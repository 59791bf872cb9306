// Column roles of a table without a header row (a page that starts inside a
// table): each column's role is what most of its cells fit — a 序号, a numbered
// group, a task text, a list of units, a time limit. Used only when the rows
// agree on their width and a task column and a unit or time column are found.
import type { ColumnRole } from "../lexicon/headers.js";
import { markerOf } from "../lexicon/markers.js";
import { TIME_CELL_HINT } from "../lexicon/time.js";
import { fits } from "./columns.js";

function roleOfColumn(cells: string[]): ColumnRole {
  const filled = cells.filter(Boolean);
  if (!filled.length) return "other";
  const share = (test: (c: string) => boolean) => filled.filter(test).length / filled.length;
  if (share((c) => /^\d{1,3}$/.test(c)) >= 0.8) return "seq";
  if (share((c) => TIME_CELL_HINT.test(c) && c.length <= 30) >= 0.8) return "time";
  if (share((c) => c.length <= 80 && fits(c, "responsible") && c.length >= 2) >= 0.8) return "responsible";
  if (share((c) => markerOf(c) !== null) >= 0.8) return "task";
  if (share((c) => c.length >= 8) >= 0.6) return "content";
  return "other";
}

/** The roles of the columns of rows of the same width, or null when they do not name a task and who or when. */
export function inferRoles(rows: string[][]): ColumnRole[] | null {
  if (rows.length < 2) return null;
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const [n, count] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (n < 3 || count < 2) return null;
  const full = rows.filter((r) => r.length === n);
  const roles = Array.from({ length: n }, (_, c) => roleOfColumn(full.map((r) => r[c])));
  const what = roles.includes("content") || roles.includes("task");
  const whoWhen = roles.includes("responsible") || roles.includes("time");
  return what && whoWhen ? roles : null;
}
