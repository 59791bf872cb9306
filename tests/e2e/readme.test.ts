// README.md stays true: its output example agrees with the real output, its option
// table lists every option of `gkparse --help`, and every jq recipe runs (with the
// real jq, when it is installed) on the seeds' output and gives sensible results.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeadlineSchema, DocumentSchema, MetaSchema, SourceSchema, TaskSchema, type Document } from "../../src/schema.js";
import { WARNINGS } from "../../src/warnings.js";

// every test runs the real CLI, some several times: allow for a loaded machine
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const readme = readFileSync(join(root, "README.md"), "utf8");

function gkparse(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The fenced blocks of one language, in order. */
function blocks(lang: string): string[] {
  const re = new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```$", "gm");
  return [...readme.matchAll(re)].map((m) => m[1]);
}

/**
 * Does the README's example agree with the actual value? A string ending in … stands
 * for any string that starts the same; a list ending in "…" for any list that starts
 * with the items before it; an object with a "..." key for any object holding the
 * other keys. Everything else must be equal. Returns the paths that disagree.
 */
function disagreements(example: unknown, actual: unknown, path = ""): string[] {
  if (typeof example === "string" && example.endsWith("…"))
    return typeof actual === "string" && actual.startsWith(example.slice(0, -1)) ? [] : [path];
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [path];
    const open = example.at(-1) === "…";
    const items = open ? example.slice(0, -1) : example;
    if (open ? actual.length < items.length : actual.length !== items.length) return [`${path} (length)`];
    return items.flatMap((x, i) => disagreements(x, actual[i], `${path}[${i}]`));
  }
  if (example && typeof example === "object") {
    if (!actual || typeof actual !== "object" || Array.isArray(actual)) return [path];
    const ex = example as Record<string, unknown>;
    const ac = actual as Record<string, unknown>;
    const open = "..." in ex || "…" in ex;
    const keys = Object.keys(ex).filter((k) => k !== "..." && k !== "…");
    const out = keys.flatMap((k) => (k in ac ? disagreements(ex[k], ac[k], `${path}.${k}`) : [`${path}.${k} (absent)`]));
    if (!open) for (const k of Object.keys(ac)) if (!(k in ex)) out.push(`${path}.${k} (not in the example)`);
    return out;
  }
  return Object.is(example, actual) ? [] : [path];
}

describe("README: output example", () => {
  it("the Document example agrees with the output for seed 002", () => {
    const example = JSON.parse(blocks("json")[0]);
    const [doc] = JSON.parse(gkparse([example.source.path]).stdout) as Document[];
    expect(disagreements(example, doc)).toEqual([]);
  });

  it("the warning quoted from seed 001 is real", () => {
    const m = readme.match(/seed 001: `(\{"code": "repaired-docnumber"[^`]*\})`/);
    expect(m).not.toBeNull();
    const warning = JSON.parse(m![1].replace(/\n/g, " "));
    const [doc] = JSON.parse(gkparse(["seeds/001_c3ce127ed5ac7737.txt"]).stdout) as Document[];
    expect(doc.warnings).toContainEqual(warning);
  });
});

describe("README: options", () => {
  it("the option table lists every long option of gkparse --help, and check's", () => {
    const help = gkparse(["--help"]).stdout + gkparse(["check", "--help"]).stdout;
    const options = [...new Set(help.match(/--[a-z][a-z-]+/g))];
    expect(options.length).toBeGreaterThan(10);
    const documented = readme
      .split("\n")
      .filter((l) => l.startsWith("| `-") || l.startsWith("gkparse "))
      .join("\n");
    const missing = options.filter((o) => !documented.includes(o) && !readme.includes(`${o}\``) && !readme.includes(`${o} `));
    expect(missing).toEqual([]);
  });
});

describe("README and docs/output.md: warnings and the contract", () => {
  const contract = readFileSync(join(root, "docs", "output.md"), "utf8");
  it("the README's warning table is the catalogue, code by code, with severity and meaning", () => {
    for (const [code, def] of Object.entries(WARNINGS)) expect(readme).toContain(`| \`${code}\` | ${def.severity} | ${def.meaning} |`);
  });
  it("the README points to the contract, and neither points outside the repository", () => {
    expect(readme).toContain("(docs/output.md)");
    for (const text of [readme, contract]) expect(text).not.toMatch(/\.\.\/shared|SPEC\.md/);
  });
  it("the contract names every field of a Document, a Task and a Deadline, and every source.format", () => {
    const fields = [...Object.keys(DocumentSchema.shape), ...Object.keys(TaskSchema.shape), ...Object.keys(DeadlineSchema.shape), ...Object.keys(MetaSchema.shape)];
    expect(fields.filter((f) => !contract.includes(`\`${f}\``))).toEqual([]);
    expect(SourceSchema.shape.format.options.filter((f) => !contract.includes(`\`${f}\``))).toEqual([]);
  });
});

const jq = spawnSync("jq", ["--version"], { encoding: "utf8" });
const hasJq = jq.status === 0;
if (!hasJq) console.warn("readme.test.ts: jq is not installed here, so the README's jq recipes are not run (install jq to run them)");

describe("README: jq recipes", () => {
  const recipes = blocks("sh")
    .flatMap((b) => b.split("\n"))
    .filter((l) => l.startsWith("jq "));
  let dir = "";
  let docs: Document[] = [];
  const tasks = () => docs.flatMap((d) => d.tasks.map((t) => ({ d, t })));
  const recipe = (words: string) => recipes.find((r) => r.includes(words))!;
  const sh = (command: string) => {
    const r = spawnSync("sh", ["-c", command], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gkparse-readme-"));
    const seeds = ["000_cd5b4bd70de94d24", "001_c3ce127ed5ac7737", "002_91d20c59aa68ae6d", "003_94b99fd02a09614a", "004_aefa13907971f65f"];
    const r = gkparse(["-q", ...seeds.map((s) => join(root, "seeds", `${s}.txt`)), "--out", join(dir, "plans.json")]);
    expect(r.code).toBe(0);
    docs = JSON.parse(readFileSync(join(dir, "plans.json"), "utf8"));
  });

  it("there are recipes for one unit's tasks, deadlines before a date, counts per lead unit, documents with warnings", () => {
    expect(recipes.length).toBeGreaterThanOrEqual(4);
    for (const words of ['select(.leadUnits[] == "县司法局")', '.date < "2021-10-01"', "group_by(.)", "select(.warnings | length > 0)"])
      expect(recipe(words), words).toBeTruthy();
  });

  it.skipIf(!hasJq)("every recipe runs and prints something", () => {
    for (const r of recipes) {
      const out = sh(r);
      expect(out.stderr, r).toBe("");
      expect(out.code, r).toBe(0);
      expect(out.stdout.trim().length, r).toBeGreaterThan(0);
    }
  });

  it.skipIf(!hasJq)("the tasks of 县司法局 are exactly the tasks it leads", () => {
    const out = sh(`${recipe('select(.leadUnits[] == "县司法局")')} | jq -c -s 'map(.id)'`);
    const ids = JSON.parse(out.stdout) as string[];
    const want = tasks().filter(({ t }) => t.leadUnits.includes("县司法局"));
    expect(want.length).toBeGreaterThan(0);
    expect(ids).toEqual(want.map(({ t }) => t.id));
    const any = JSON.parse(sh(`${recipe('index("县司法局")')} | jq -c -s 'map(.id)'`).stdout) as string[];
    expect(any).toEqual(
      tasks()
        .filter(({ t }) => [...t.leadUnits, ...t.responsibleUnits, ...t.cooperatingUnits].includes("县司法局"))
        .map(({ t }) => t.id),
    );
  });

  it.skipIf(!hasJq)("tasks due before 2021-10-01: every row has such a date, and none is left out", () => {
    const rows = sh(recipe('.date < "2021-10-01"'))
      .stdout.trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    const want = tasks().filter(({ t }) => t.deadlines.some((d) => d.date !== null && d.date < "2021-10-01"));
    expect(rows.map((r) => `${r[0]}|${r[1]}`)).toEqual(want.map(({ d, t }) => `${d.source.path}|${t.id}`));
    for (const r of rows) expect(r[3].split(" ").some((date) => date < "2021-10-01")).toBe(true);
  });

  it.skipIf(!hasJq)("task counts per lead unit agree with the JSON, most first", () => {
    const rows = sh(recipe("group_by(.)"))
      .stdout.trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    const counts = new Map<string, number>();
    for (const { t } of tasks()) for (const u of t.leadUnits) counts.set(u, (counts.get(u) ?? 0) + 1);
    expect(new Map(rows.map(([n, u]) => [u, Number(n)]))).toEqual(counts);
    const ns = rows.map(([n]) => Number(n));
    expect(ns).toEqual([...ns].sort((a, b) => b - a));
    expect(rows.find(([, u]) => u === "县司法局")?.[0]).toBe("3");
  });

  it.skipIf(!hasJq)("documents with warnings: path, count and kinds", () => {
    const rows = sh(recipe("select(.warnings | length > 0)"))
      .stdout.trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    const want = docs.filter((d) => d.warnings.length);
    expect(want.length).toBeGreaterThan(0);
    expect(rows).toEqual(want.map((d) => [d.source.path, String(d.warnings.length), [...new Set(d.warnings.map((w) => w.code))].sort().join(",")]));
  });
});
