// Which columns of a table hold the task: its content, and its title.
import type { ColumnRole } from "../lexicon/headers.js";

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
