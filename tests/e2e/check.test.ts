// `gkparse check`: the real CLI on the checked fixtures (fixtures/check, see its
// README), and on copies of them edited to differ.
import { describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareDocuments, formatDifference } from "../../src/cli/check.js";
import type { Document } from "../../src/schema.js";

// every test runs the real CLI, some several times: allow for a loaded machine
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const fixtures = join(root, "fixtures", "check");

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of fixtures/check in a fresh temporary directory. */
function copyFixtures(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gkparse-check-")), "fixtures");
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

const SEED2 = "002_91d20c59aa68ae6d";
const readJson = (p: string) => JSON.parse(readFileSync(p, "utf8")) as Document;
const writeJson = (p: string, v: unknown) => writeFileSync(p, JSON.stringify(v, null, 2) + "\n");

describe("gkparse check on fixtures/check", () => {
  it("every fixture matches its expected output (exit 0)", () => {
    const r = run(["check", "fixtures/check"]);
    const inputs = readdirSync(fixtures).filter((f) => /\.(txt|html?)$/.test(f)).length;
    expect(r.stdout).toBe(`check: ${inputs} inputs, ${inputs} match\n`);
    expect(r.code).toBe(0);
  });

  it("every input has its expected file and every expected file its input", () => {
    const files = readdirSync(fixtures);
    const inputs = files.filter((f) => /\.(txt|html?)$/.test(f)).map((f) => f.replace(/\.(txt|html?)$/, ""));
    const expected = files.filter((f) => f.endsWith(".expected.json")).map((f) => f.replace(/\.expected\.json$/, ""));
    expect(expected.sort()).toEqual(inputs.sort());
  });

  it("expected files store paths relative to the directory and are written as --update writes them", () => {
    for (const f of readdirSync(fixtures).filter((f) => f.endsWith(".expected.json"))) {
      const text = readFileSync(join(fixtures, f), "utf8");
      const doc = JSON.parse(text) as Document;
      const stem = f.replace(/\.expected\.json$/, "");
      expect(doc.source.path).toBe(readdirSync(fixtures).find((g) => g.replace(/\.(txt|html?)$/, "") === stem && g !== f));
      expect(text).toBe(JSON.stringify(doc, null, 2) + "\n");
    }
  });

  it("a copy elsewhere checks the same (fixtures are relocatable)", () => {
    const dir = copyFixtures();
    const r = run(["check", dir], tmpdir());
    expect(r.code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("differences are reported readably, exit 1", () => {
  it("an edited task field names the document, the task id, the field, the expected and the actual value", () => {
    const dir = copyFixtures();
    const p = join(dir, `${SEED2}.expected.json`);
    const doc = readJson(p);
    const task = doc.tasks.find((t) => t.id === "三/（八）")!;
    expect(task.leadUnits).toEqual(["县司法局"]);
    task.leadUnits = ["县财政局"];
    writeJson(p, doc);
    const r = run(["check", dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines).toContain(`${SEED2}.txt  task 三/（八）  leadUnits  expected ["县财政局"]  actual ["县司法局"]`);
    const n = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).length;
    expect(lines.at(-2)).toBe(`check: ${n} inputs, ${n - 1} match, 1 differ (1 difference)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it("deep paths for document fields, task deadlines, sections; missing and extra tasks", () => {
    const dir = copyFixtures();
    const p = join(dir, `${SEED2}.expected.json`);
    const doc = readJson(p);
    doc.notice!.date = "2021-07-14";
    doc.sections[2].items[0].title = "改过的标题";
    doc.tasks.find((t) => t.id === "一/（一）")!.deadlines[0].date = "2021-12-30";
    const closing = doc.tasks.find((t) => t.id === "closing/1")!;
    closing.id = "closing/9";
    writeJson(p, doc);
    const r = run(["check", dir]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain(`${SEED2}.txt  notice.date  expected "2021-07-14"  actual "2021-07-13"`);
    expect(out).toContain(`${SEED2}.txt  sections[2].items[0].title  expected "改过的标题"  actual "做好政务信息管理工作"`);
    expect(out).toContain(`${SEED2}.txt  task 一/（一）  deadlines[0].date  expected "2021-12-30"  actual "2021-12-31"`);
    expect(out).toMatch(/task closing\/9  missing \(expected line 53: /);
    expect(out).toMatch(/task closing\/1  extra \(actual line 53: /);
    rmSync(dir, { recursive: true, force: true });
  });

  it("an input without its expected file fails; --update writes it (pretty JSON, newline) and exits 0", () => {
    const dir = copyFixtures();
    const p = join(dir, `${SEED2}.expected.json`);
    const original = readFileSync(p, "utf8");
    rmSync(p);
    const r = run(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${SEED2}.txt  no expected output`);
    const u = run(["check", dir, "--update"]);
    expect(u.code).toBe(0);
    expect(u.stdout).toContain(`wrote ${SEED2}.expected.json`);
    expect(readFileSync(p, "utf8")).toBe(original);
    expect(run(["check", dir]).code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it("an expected file without its input is reported", () => {
    const dir = copyFixtures();
    rmSync(join(dir, `${SEED2}.txt`));
    const r = run(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${SEED2}.expected.json  has no input beside it`);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("usage errors exit 2", () => {
  it("no directory, a missing directory, a file, an unknown option", () => {
    expect(run(["check"]).code).toBe(2);
    const r = run(["check", "no/such/dir"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/dir is not a directory/);
    expect(run(["check", join(fixtures, `${SEED2}.txt`)]).code).toBe(2);
    expect(run(["check", "fixtures/check", "--frobnicate"]).code).toBe(2);
  });
});

describe("compareDocuments", () => {
  const doc = readJson(join(fixtures, `${SEED2}.expected.json`));
  it("ignores source.path only", () => {
    const moved = structuredClone(doc);
    moved.source.path = "elsewhere/x.txt";
    expect(compareDocuments(moved, doc)).toEqual([]);
    moved.source.bytes += 1;
    expect(compareDocuments(moved, doc).map((d) => d.field)).toEqual(["source.bytes"]);
  });
  it("reports a change of task order", () => {
    const swapped = structuredClone(doc);
    [swapped.tasks[0], swapped.tasks[1]] = [swapped.tasks[1], swapped.tasks[0]];
    const diffs = compareDocuments(swapped, doc);
    expect(diffs.map((d) => formatDifference("d.txt", d))).toEqual([
      expect.stringMatching(/^d\.txt {2}tasks \(order of ids\) {2}expected \["一\/（二）","一\/（一）",/),
    ]);
  });
  it("cuts long strings around the first difference", () => {
    const edited = structuredClone(doc);
    const t = edited.tasks.find((x) => x.id === "二/（七）")!;
    t.text = t.text.slice(0, 150) + "X" + t.text.slice(151);
    const line = compareDocuments(edited, doc).map((d) => formatDifference("d.txt", d))[0];
    expect(line).toMatch(/^d\.txt {2}task 二\/（七） {2}text {2}expected …".*X.*"…? \(214 chars, differs at 150\) {2}actual …/);
    expect(line.length).toBeLessThan(400);
  });
});
