// The units of a document, once per spelling, with their canonical and qualified
// names and every task that names them; and the rows of an attachment's task table
// that restate a task of the body (the same numbering, the same words), linked by
// sameAs so that a count over units counts the pair once.
import type { InputFile } from "../file.js";
import type { Task, Unit } from "../schema.js";
import { canonicalUnit } from "../assign/canonical.js";

/** canonicalUnit of a name in a region, remembered: a corpus names the same units over and over. */
const memo = new Map<string, ReturnType<typeof canonicalUnit>>();
function canonicalIn(name: string, region: string | null): ReturnType<typeof canonicalUnit> {
  const key = `${region ?? ""}\u0000${name}`;
  let c = memo.get(key);
  if (!c) {
    if (memo.size >= 20000) memo.clear();
    memo.set(key, (c = canonicalUnit(name, { region })));
  }
  return c;
}

const ROLES = [
  ["lead", "leadUnits"],
  ["responsible", "responsibleUnits"],
  ["cooperating", "cooperatingUnits"],
] as const;

/** Every unit the tasks name, in order of first mention. */
export function unitIndex(tasks: Task[], unitLines: Array<Map<string, number>>, region: string | null): Unit[] {
  const byName = new Map<string, Unit>();
  tasks.forEach((t, k) => {
    for (const [role, key] of ROLES)
      for (const name of t[key]) {
        let u = byName.get(name);
        if (!u) {
          const c = canonicalIn(name, region);
          u = { name, canonical: c.canonical, qualified: c.qualified, collective: c.collective, mentions: [] };
          byName.set(name, u);
        }
        u.mentions.push({ task: t.id, role, line: unitLines[k]?.get(name) ?? t.line });
      }
  });
  return [...byName.values()];
}

/** Character pairs of a text (its Han and alphanumeric characters only). */
function pairs(text: string): Set<string> {
  const s = text.replace(/[^\p{L}\p{N}]/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Share of the pairs of `a` found in `b`. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const p of a) if (b.has(p)) n++;
  return n / a.size;
}

/**
 * Link each attachment task that restates a body task: among the body tasks under
 * the same numbering (附件/一/（三）/2. → 一/（三）, 一/（三）-2 …), the one whose text
 * holds most of the attachment task's title, if it holds at least half of it. Where
 * the two name other units, a warning says which.
 */
export function linkRestated(tasks: Task[], region: string | null, file: InputFile): void {
  if (!tasks.some((t) => t.origin === "attachment")) return;
  const body = tasks.filter((t) => t.origin === "body" && !/^(?:notice|preamble|closing)$/.test(t.path[0]));
  if (!body.length) return;
  const byPath = new Map<string, Task[]>();
  for (const t of body) {
    const key = t.path.join("/");
    const list = byPath.get(key);
    if (list) list.push(t);
    else byPath.set(key, [t]);
  }
  // the pairs of a body task, computed when it is first a candidate
  const text = new Map<Task, Set<string>>();
  const pairsOf = (t: Task) => {
    let p = text.get(t);
    if (!p) text.set(t, (p = pairs(`${t.title ?? ""}${t.text}`)));
    return p;
  };
  for (const t of tasks) {
    if (t.origin !== "attachment" || t.path.length < 2) continue;
    const own = t.path.slice(1);
    let candidates: Task[] = [];
    for (let depth = own.length; depth >= 1 && !candidates.length; depth--) candidates = byPath.get(own.slice(0, depth).join("/")) ?? [];
    const mine = pairs(t.title ?? t.text);
    let best: Task | null = null;
    let score = 0.5;
    for (const c of candidates) {
      const s = overlap(mine, pairsOf(c));
      if (s >= score) [best, score] = [c, s + 1e-9];
    }
    if (!best) continue;
    t.sameAs = best.id;
    const differs = differences(t, best, region);
    if (differs.length)
      file.warn("restated-units-differ", `task ${t.id} restates ${best.id} with other units: ${differs.join("; ")}`, t.line);
  }
}

/**
 * How a restating row contradicts the body task (by canonical name): other lead units
 * where both name a lead, or units of the body task that the row leaves out. A row
 * that names more units than the body (a 分工表 elaborates) is no contradiction.
 */
function differences(row: Task, body: Task, region: string | null): string[] {
  const key = (n: string) => canonicalIn(n, region).canonical;
  const out: string[] = [];
  const leadsRow = new Set(row.leadUnits.map(key));
  const leadsBody = new Set(body.leadUnits.map(key));
  if (leadsRow.size && leadsBody.size && (leadsRow.size !== leadsBody.size || [...leadsRow].some((u) => !leadsBody.has(u))))
    out.push(`lead ${row.leadUnits.join("、")} in the attachment, ${body.leadUnits.join("、")} in the body`);
  const inRow = new Set([...row.leadUnits, ...row.responsibleUnits, ...row.cooperatingUnits].map(key));
  // a vague group (其他有关部门) left out is no contradiction
  const left = [...body.leadUnits, ...body.responsibleUnits, ...body.cooperatingUnits].filter((n) => !inRow.has(key(n)) && !canonicalIn(n, null).collective);
  if (left.length) out.push(`the attachment leaves out ${left.join("、")}`);
  return out;
}
