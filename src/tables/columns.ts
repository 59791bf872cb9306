// What the columns of a table hold: which hold the task (its content, and its title),
// and whether a cell can stand in a column of a given role.
import { hasUnits, parseAssignment } from "../assign/units.js";
import type { ColumnRole } from "../lexicon/headers.js";
import { ROLE_VERBS, alternation } from "../lexicon/roles.js";
import { TIME_CELL_HINT, TIME_HINT } from "../lexicon/time.js";
import { looksLikeUnit, splitUnits } from "../lexicon/units.js";

/** Which column holds the task content, and which its title. */
export function contentColumns(roles: ColumnRole[]): { content: number; title: number } {
  let content = -1;
  for (let i = roles.length - 1; i >= 0; i--) if (roles[i] === "content") { content = i; break; }
  // without a content column, the last task column holds it (类别 | 事项名称 | 任务目标)
  if (content < 0) content = roles.lastIndexOf("task");
  if (content < 0) content = roles.findIndex((r) => r !== "seq");
  let title = content;
  for (let i = content - 1; i >= 0; i--) {
    if (roles[i] === "task" || roles[i] === "content") { title = i; break; }
  }
  return { content, title };
}

/** A role verb closing a clause of a unit cell (X牵头，Y配合). */
const TRAILING_VERB = new RegExp(`(?:${alternation(ROLE_VERBS.map(([v]) => v))})(?=[，,；;]|$)`, "g");

const clean = (a: ReturnType<typeof parseAssignment>) => a.clean && hasUnits(a.units);

/** A level's name standing for its units in a list (13个街道、镇): a unit cell may hold it. */
const LEVEL_ALONE = /^(?:镇|乡|村|街道|社区)$/;

/** Could this text stand in a column of this role? (An empty cell or / stands anywhere.) */
export function fits(cell: string, role: ColumnRole): boolean {
  if (!cell || cell === "/") return true;
  switch (role) {
    case "seq":
      return /^\d{1,3}$/.test(cell);
    case "lead":
    case "responsible":
    case "cooperating":
      if (cell.length > 80) return false;
      // a list of units, or clauses that assign them (X牵头…工作，Y负责做好…)
      return splitUnits(cell.replace(TRAILING_VERB, "")).every((u) => looksLikeUnit(u) || LEVEL_ALONE.test(u)) || clean(parseAssignment(cell, role));
    case "time":
      return TIME_CELL_HINT.test(cell) || cell.length <= 12;
    default:
      return true;
  }
}

/**
 * Whether a cell shows that it belongs in a column of units or of time limits: it
 * fits there and is no empty cell, and a time cell names a time (not merely short).
 * Used to tell where a row's cells start when the flattening lost their places.
 */
export function holds(cell: string, role: ColumnRole): boolean {
  if (!cell || cell === "/") return false;
  if (role === "time") return cell.length <= 30 && (TIME_HINT.test(cell) || TIME_CELL_HINT.test(cell));
  return (role === "lead" || role === "responsible" || role === "cooperating") && fits(cell, role);
}
