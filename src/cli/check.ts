// `gkparse check DIR [--update]`: regression checks against expected outputs.
// Every input under DIR (recursively: .txt, .htm, .html) is parsed and compared
// with the Document stored beside it in `<name>.expected.json`; differences are
// printed one per line: document, place (a task id or a path), field, expected,
// actual. `source.path` is stored relative to DIR and not compared, so a fixture
// directory can be moved or copied. Exit 0 when everything matches, 1 on any
// difference (or an input without an expectation, or one that cannot be parsed),
// 2 on usage errors. `--update` (re)writes the expected files and exits 0.
import { opendir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { parse } from "../pipeline.js";
import { readDocument } from "../io.js";
import { extensionTest } from "./inputs.js";

/** Inputs of a check directory (its README.md and expected files are not). */
const CHECK_INPUTS = extensionTest(["txt", "htm", "html", "shtml", "jhtml", "xhtml"]);
import type { Document } from "../schema.js";

export interface CheckOptions {
  update?: boolean;
  /** where lines go; stdout by default */
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export const EXPECTED_SUFFIX = ".expected.json";

/** One difference between the expected and the actual Document. */
export interface Difference {
  /** "" for document fields, `task <id>` for fields of a task */
  where: string;
  /** path of the field inside `where`: `notice.date`, `deadlines[0].date`, `responsibleUnits` */
  field: string;
  expected: unknown;
  actual: unknown;
  /** for a missing or extra task: what it is */
  note?: string;
}

/** Marks a value that one side does not have at all. */
const ABSENT = Symbol("absent");

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || v === ABSENT || typeof v !== "object";

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Walk two JSON values in parallel. Arrays of scalars (unit lists, addressees,
 * keywords, table cells) are compared as one value; arrays of objects item by item;
 * objects key by key.
 */
function diffValue(exp: unknown, act: unknown, path: string, where: string, out: Difference[]): void {
  if (sameJson(exp, act)) return;
  if (isObject(exp) && isObject(act)) {
    const keys = [...Object.keys(exp), ...Object.keys(act).filter((k) => !(k in exp))];
    for (const k of keys)
      diffValue(k in exp ? exp[k] : ABSENT, k in act ? act[k] : ABSENT, path ? `${path}.${k}` : k, where, out);
    return;
  }
  if (Array.isArray(exp) && Array.isArray(act) && !(exp.every(isScalar) && act.every(isScalar))) {
    const n = Math.max(exp.length, act.length);
    for (let i = 0; i < n; i++) diffValue(i < exp.length ? exp[i] : ABSENT, i < act.length ? act[i] : ABSENT, `${path}[${i}]`, where, out);
    return;
  }
  out.push({ where, field: path, expected: exp, actual: act });
}

/** The differences between an expected and an actual Document (source.path ignored). */
export function compareDocuments(expected: unknown, actual: Document): Difference[] {
  const out: Difference[] = [];
  const exp = isObject(expected) ? expected : {};
  const act = actual as unknown as Record<string, unknown>;
  const keys = [...Object.keys(exp), ...Object.keys(act).filter((k) => !(k in exp))];
  for (const k of keys) {
    const e = k in exp ? exp[k] : ABSENT;
    const a = k in act ? act[k] : ABSENT;
    if (k === "source" && isObject(e) && isObject(a)) {
      const { path: _p1, ...es } = e;
      const { path: _p2, ...as } = a;
      diffValue(es, as, "source", "", out);
    } else if (k === "tasks" && Array.isArray(e) && Array.isArray(a)) diffTasks(e, a, out);
    else diffValue(e, a, k, "", out);
  }
  return out;
}

type TaskLike = Record<string, unknown> & { id?: unknown };

function taskSummary(t: TaskLike): string {
  const title = typeof t.title === "string" && t.title ? t.title : typeof t.text === "string" ? t.text : "";
  const short = title.length > 40 ? `${title.slice(0, 40)}…` : title;
  return `line ${String(t.line)}: ${JSON.stringify(short)}`;
}

/** Tasks are matched by id: missing, extra, then field by field, then order. */
function diffTasks(exp: unknown[], act: unknown[], out: Difference[]): void {
  const idOf = (t: unknown, i: number) => (isObject(t) && typeof t.id === "string" ? t.id : `#${i}`);
  const expById = new Map(exp.map((t, i) => [idOf(t, i), t as TaskLike]));
  const actById = new Map(act.map((t, i) => [idOf(t, i), t as TaskLike]));
  for (const [id, t] of expById) {
    const a = actById.get(id);
    if (!a) out.push({ where: `task ${id}`, field: "", expected: ABSENT, actual: ABSENT, note: `missing (expected ${taskSummary(t)})` });
    else diffValue(t, a, "", `task ${id}`, out);
  }
  for (const [id, t] of actById)
    if (!expById.has(id)) out.push({ where: `task ${id}`, field: "", expected: ABSENT, actual: ABSENT, note: `extra (actual ${taskSummary(t)})` });
  const common = (m: Map<string, unknown>, other: Map<string, unknown>) => [...m.keys()].filter((id) => other.has(id));
  const expOrder = common(expById, actById);
  const actOrder = common(actById, expById);
  if (!sameJson(expOrder, actOrder)) out.push({ where: "", field: "tasks (order of ids)", expected: expOrder, actual: actOrder });
}

const MAX = 160;

/** A value as shown in a diff line: JSON, long strings cut around the first difference. */
function show(v: unknown, other: unknown): string {
  if (v === ABSENT) return "(absent)";
  if (typeof v === "string" && typeof other === "string" && v.length > MAX) {
    let i = 0;
    while (i < v.length && i < other.length && v[i] === other[i]) i++;
    const from = Math.max(0, i - 30);
    const piece = v.slice(from, from + MAX - 40);
    return `${from ? "…" : ""}${JSON.stringify(piece)}${from + piece.length < v.length ? "…" : ""} (${v.length} chars, differs at ${i})`;
  }
  const s = JSON.stringify(v);
  return s.length > MAX ? `${s.slice(0, MAX)}…` : s;
}

export function formatDifference(doc: string, d: Difference): string {
  const place = [doc, d.where, d.field].filter(Boolean).join("  ");
  if (d.note) return `${place}  ${d.note}`;
  return `${place}  expected ${show(d.expected, d.actual)}  actual ${show(d.actual, d.expected)}`;
}

/** Files under `dir`, sorted, hidden entries skipped: inputs and expected files. */
async function collect(dir: string, inputs: string[], expected: string[]): Promise<void> {
  const names: Array<{ name: string; dir: boolean }> = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith(".")) continue;
    if (e.isDirectory()) names.push({ name: e.name, dir: true });
    else if (e.name.endsWith(EXPECTED_SUFFIX)) expected.push(join(dir, e.name));
    else if (CHECK_INPUTS.test(e.name)) names.push({ name: e.name, dir: false });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    if (n.dir) await collect(join(dir, n.name), inputs, expected);
    else inputs.push(join(dir, n.name));
  }
}

/** `plan.txt` → `plan.expected.json` beside it. */
export function expectedPathFor(input: string): string {
  return join(dirname(input), basename(input).replace(CHECK_INPUTS, "") + EXPECTED_SUFFIX);
}

const posix = (p: string) => p.split(sep).join("/");

export const documentJson = (doc: Document): string => JSON.stringify(doc, null, 2) + "\n";

export async function check(dir: string, opts: CheckOptions = {}): Promise<number> {
  const out = opts.out ?? ((l: string) => process.stdout.write(l + "\n"));
  const err = opts.err ?? ((l: string) => process.stderr.write(l + "\n"));
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error("not a directory");
  } catch {
    err(`gkparse: error: check: ${dir} is not a directory (usage: gkparse check DIR [--update])`);
    return 2;
  }
  const inputs: string[] = [];
  const expectedFiles: string[] = [];
  await collect(dir, inputs, expectedFiles);
  if (!inputs.length) {
    err(`gkparse: check: ${dir} holds no .txt, .htm or .html inputs`);
    return 1;
  }

  let differing = 0;
  let differences = 0;
  let written = 0;
  let failed = 0;
  const claimed = new Map<string, string>();
  for (const input of inputs) {
    const rel = posix(relative(dir, input));
    const expPath = expectedPathFor(input);
    const expRel = posix(relative(dir, expPath));
    const other = claimed.get(expPath);
    if (other) {
      out(`${rel}  shares ${expRel} with ${other}: rename one of them`);
      failed++;
      continue;
    }
    claimed.set(expPath, rel);

    let doc: Document;
    try {
      doc = parse(await readDocument(input), { path: rel });
    } catch (e) {
      out(`${rel}  cannot be parsed: ${(e as Error).message}`);
      failed++;
      continue;
    }

    let stored: string | null = null;
    try {
      stored = await readFile(expPath, "utf8");
    } catch {
      stored = null;
    }
    if (opts.update) {
      const json = documentJson(doc);
      if (json !== stored) {
        await writeFile(expPath, json);
        out(`${stored === null ? "wrote" : "updated"} ${expRel}`);
        written++;
      }
      continue;
    }
    if (stored === null) {
      out(`${rel}  no expected output (${expRel} is missing; run gkparse check ${dir} --update to create it)`);
      failed++;
      continue;
    }
    let expected: unknown;
    try {
      expected = JSON.parse(stored);
    } catch (e) {
      out(`${rel}  ${expRel} is not valid JSON: ${(e as Error).message}`);
      failed++;
      continue;
    }
    const diffs = compareDocuments(expected, doc);
    if (diffs.length) {
      differing++;
      differences += diffs.length;
      for (const d of diffs) out(formatDifference(rel, d));
    }
  }

  const orphans = expectedFiles.filter((f) => !claimed.has(f)).map((f) => posix(relative(dir, f)));
  for (const o of orphans) out(`${o}  has no input beside it (remove it, or add the input)`);

  const n = inputs.length;
  if (opts.update) {
    out(`check --update: ${n} input${n === 1 ? "" : "s"}, ${written} expected file${written === 1 ? "" : "s"} written${failed ? `, ${failed} failed` : ""}`);
    return failed ? 1 : 0;
  }
  const ok = n - differing - failed;
  out(
    `check: ${n} input${n === 1 ? "" : "s"}, ${ok} match` +
      (differing ? `, ${differing} differ (${differences} difference${differences === 1 ? "" : "s"})` : "") +
      (failed ? `, ${failed} without a usable expectation or output` : "") +
      (orphans.length ? `, ${orphans.length} expected file${orphans.length === 1 ? "" : "s"} without input` : ""),
  );
  return differing || failed || orphans.length ? 1 : 0;
}
