// The corpus outputs through the real CLI, each checked against the JSON output of
// the same seeds: gkparse units, --format ics (read with ical.js), --format sqlite
// (with the README's SQL recipes) and --format md.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import type { Document, Task } from "../../src/schema.js";
import type { UnitRow } from "../../src/cli/units.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const SEEDS = ["000_cd5b4bd70de94d24.txt", "001_c3ce127ed5ac7737.txt", "002_91d20c59aa68ae6d.txt", "003_94b99fd02a09614a.txt", "004_aefa13907971f65f.txt"].map(
  (s) => `seeds/${s}`,
);
const Database = createRequire(import.meta.url)("better-sqlite3") as typeof import("better-sqlite3");

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
let docs: Document[];
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "gkparse-corpus-"));
  docs = JSON.parse(run(SEEDS).stdout);
});
const own = (d: Document) => d.tasks.filter((t) => !t.sameAs);
const ROLES = [
  ["lead", "leadUnits"],
  ["responsible", "responsibleUnits"],
  ["cooperating", "cooperatingUnits"],
] as const;

describe("gkparse units", () => {
  const matrix = () => JSON.parse(run(["units", ...SEEDS, "-f", "json", "--today", "2021-09-01"]).stdout) as UnitRow[];

  it("counts what the JSON says, by qualified name, a restated task once", () => {
    const expected = new Map<string, { lead: Set<string>; responsible: Set<string>; cooperating: Set<string>; docs: Set<string> }>();
    for (const d of docs) {
      const byName = new Map(d.units.map((u) => [u.name, u]));
      for (const t of own(d))
        for (const [role, field] of ROLES)
          for (const n of t[field]) {
            const u = byName.get(n)!;
            const key = u.qualified ?? u.canonical;
            if (!expected.has(key)) expected.set(key, { lead: new Set(), responsible: new Set(), cooperating: new Set(), docs: new Set() });
            expected.get(key)![role].add(`${d.source.path}#${t.id}`);
            expected.get(key)!.docs.add(d.source.path);
          }
    }
    const rows = matrix();
    expect(rows.map((r) => r.unit).sort()).toEqual([...expected.keys()].sort());
    for (const r of rows) {
      const e = expected.get(r.unit)!;
      expect([r.documents, r.lead, r.responsible, r.cooperating]).toEqual([e.docs.size, e.lead.size, e.responsible.size, e.cooperating.size]);
    }
  });
  it("shows no unit twice under two spellings on the seeds", () => {
    const rows = matrix();
    expect(rows.find((r) => r.unit === "友谊县人民政府办公室")?.names.sort()).toEqual(["县政府办", "县政府办公室"]);
    expect(rows.find((r) => r.unit === "友谊县卫生健康局")?.names.sort()).toEqual(["卫健局", "卫生健康局"]);
    expect(rows.find((r) => r.unit === "攀枝花市人力资源和社会保障局")?.names.sort()).toEqual(["人力资源社会保障局", "市人力资源社会保障局"]);
    // the same canonical name in one region is one row
    const keys = rows.map((r) => r.unit);
    expect(new Set(keys).size).toBe(keys.length);
    // one city's 市政府办 is not another's
    expect(rows.filter((r) => r.unit.endsWith("市人民政府办公室")).map((r) => r.unit).sort()).toEqual(["永济市人民政府办公室", "贵溪市人民政府办公室"]);
  });
  it("gives the next dated deadline from --today", () => {
    const r = matrix().find((x) => x.unit === "友谊县司法局")!;
    expect(r.next).toBe("2021-11-30");
    const later = JSON.parse(run(["units", ...SEEDS, "-f", "json", "--today", "2022-01-01"]).stdout) as UnitRow[];
    expect(later.find((x) => x.unit === "友谊县司法局")!.next).toBeNull();
  });
  it("prints an aligned table: the number columns end at the same display column on every row", () => {
    const lines = run(["units", ...SEEDS, "--today", "2021-09-01"]).stdout.trimEnd().split("\n");
    const wide = (ch: string) => (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1);
    /** Display column where the k-th field (split on runs of two or more spaces) ends. */
    const endOf = (line: string, k: number) => {
      let w = 0;
      let field = 0;
      let inField = false;
      for (let i = 0; i < line.length; i++) {
        const gap = line[i] === " " && (line[i + 1] === " " || line[i - 1] === " ");
        if (!gap && !inField) inField = true;
        if (gap && inField) {
          if (++field === k) return w;
          inField = false;
        }
        w += wide(line[i]);
      }
      return field + 1 === k ? w : -1;
    };
    expect(lines.length).toBeGreaterThan(50);
    expect(lines[1]).toMatch(/^-+ {2}-+/);
    for (const k of [2, 3, 4, 5]) {
      const end = endOf(lines[0], k);
      for (const l of lines.slice(2)) expect(endOf(l, k)).toBe(end);
    }
  });
  it("--unit lists one unit's tasks across the corpus; --role narrows them; csv and json", () => {
    const r = run(["units", ...SEEDS, "--unit", "市财政局", "--role", "lead", "-f", "json"]);
    const rows = JSON.parse(r.stdout) as Array<{ unit: string; role: string; file: string; id: string }>;
    const expected = docs.flatMap((d) =>
      own(d)
        .filter((t) => t.leadUnits.some((n) => d.units.find((u) => u.name === n)!.canonical === "市财政局"))
        .map((t) => `${d.source.path}#${t.id}`),
    );
    expect(rows.map((x) => `${x.file}#${x.id}`)).toEqual(expected);
    expect(new Set(rows.map((x) => x.unit))).toEqual(new Set(["贵溪市财政局", "攀枝花市财政局"]));
    const csv = run(["units", ...SEEDS, "--unit", "友谊县财政局", "-f", "csv"]).stdout;
    expect(csv.startsWith("\ufeffunit,role,file,id,title,deadlines,line\r\n")).toBe(true);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
    const none = run(["units", ...SEEDS, "--unit", "县气象局"]);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/no task names 县气象局/);
  });
  it("--role without --unit is a usage error", () => {
    expect(run(["units", ...SEEDS, "--role", "lead"]).code).toBe(2);
  });
});

describe("--format ics", () => {
  const ics = () => {
    const file = join(tmp, "deadlines.ics");
    const r = run([...SEEDS, "-o", file]);
    expect(r.code).toBe(0);
    return { text: readFileSync(file, "utf8"), stderr: r.stderr };
  };
  it("reads with ical.js: one event per dated deadline and per recurring one of a known year", () => {
    const { text, stderr } = ics();
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const dated = docs.flatMap((d) => own(d).flatMap((t) => t.deadlines.filter((x) => x.date && (x.kind === "by" || x.kind === "on")).map((x) => ({ d, t, x }))));
    const recurring = docs.flatMap((d) => own(d).flatMap((t) => t.deadlines.filter((x) => x.kind === "recurring").map((x) => ({ d, t, x }))));
    expect(events.length).toBe(dated.length + recurring.length);
    const single = events.filter((e) => !e.isRecurring());
    expect(single.map((e) => e.startDate.toString()).sort()).toEqual(dated.map(({ x }) => x.date!).sort());
    // every event names its task and unit; UIDs are unique
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const first = dated[0];
    const e = events.find((x) => x.uid === `${first.d.source.sha256}-${first.t.id}-${first.t.deadlines.indexOf(first.x)}@gkparse`)!;
    expect(e.summary).toBe(first.t.title);
    expect(e.description).toContain(`line ${first.x.line}`);
    // ongoing deadlines are counted on stderr
    const ongoing = docs.reduce((n, d) => n + own(d).reduce((m, t) => m + t.deadlines.filter((x) => x.kind === "ongoing").length, 0), 0);
    expect(stderr).toContain(`${ongoing} ongoing deadline`);
  });
  it("repeats a recurring deadline within the plan's year", () => {
    const { text } = ics();
    const cal = new ICAL.Component(ICAL.parse(text));
    const quarterly = cal
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.isRecurring() && String(e.component.getFirstPropertyValue("rrule")).includes("INTERVAL=3"));
    expect(quarterly.length).toBeGreaterThan(0);
    const it = quarterly[0].iterator();
    const dates: string[] = [];
    for (let next = it.next(); next && dates.length < 10; next = it.next()) dates.push(next.toString());
    const year = dates[0].slice(0, 4);
    expect(dates).toEqual([`${year}-03-31`, `${year}-06-30`, `${year}-09-30`, `${year}-12-31`]);
  });
  it("is the same bytes on a second run (stable UIDs)", () => {
    expect(ics().text).toBe(ics().text);
  });
});

describe("--format sqlite", () => {
  let db: import("better-sqlite3").Database;
  beforeAll(() => {
    const file = join(tmp, "plans.sqlite");
    const r = run([...SEEDS, "-o", file]);
    expect(r.code).toBe(0);
    db = new Database(file, { readonly: true });
  });
  it("holds every document, task, unit, deadline and warning of the JSON output", () => {
    const count = (table: string) => (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    expect(count("documents")).toBe(docs.length);
    expect(count("tasks")).toBe(docs.reduce((n, d) => n + d.tasks.length, 0));
    expect(count("task_units")).toBe(docs.reduce((n, d) => n + d.tasks.reduce((m, t) => m + t.leadUnits.length + t.responsibleUnits.length + t.cooperatingUnits.length, 0), 0));
    expect(count("deadlines")).toBe(docs.reduce((n, d) => n + d.tasks.reduce((m, t) => m + t.deadlines.length, 0), 0));
    expect(count("warnings")).toBe(docs.reduce((n, d) => n + d.warnings.length, 0));
    const t = db.prepare("select t.title, t.line, t.same_as from tasks t join documents d on d.id = t.document_id where d.path = ? and t.task_id = ?").get(SEEDS[4], "附件/一/（三）/2.");
    const json = docs[4].tasks.find((x) => x.id === "附件/一/（三）/2.")!;
    expect(t).toEqual({ title: json.title, line: json.line, same_as: "一/（三）-2" });
  });
  it("runs the README's recipes with the results the JSON gives", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const sql = /```sql\n([\s\S]*?)```/.exec(readme)![1];
    const statements = sql
      .split(";")
      .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
      .filter(Boolean);
    expect(statements).toHaveLength(4);
    const [byLead, quarter, word, byRegion] = statements.map((s) => db.prepare(s).all() as Array<Record<string, unknown>>);
    // units by lead count
    const leads = new Map<string, Set<string>>();
    for (const d of docs)
      for (const t of own(d))
        for (const n of t.leadUnits) {
          const u = d.units.find((x) => x.name === n)!;
          const key = u.qualified ?? u.canonical;
          if (!leads.has(key)) leads.set(key, new Set());
          leads.get(key)!.add(`${d.source.path}#${t.id}`);
        }
    const top = [...leads].map(([unit, s]) => ({ unit, tasks: s.size })).sort((a, b) => b.tasks - a.tasks || (a.unit < b.unit ? -1 : 1)).slice(0, 10);
    expect(byLead).toEqual(top);
    // deadlines in the third quarter of 2021
    const q3 = docs
      .flatMap((d) => own(d).flatMap((t) => t.deadlines.filter((x) => x.date && x.date >= "2021-07-01" && x.date <= "2021-09-30").map((x) => ({ date: x.date, title: t.title, path: d.source.path, task_id: t.id }))))
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    expect(quarter.map((r) => r.date)).toEqual(q3.map((r) => r.date));
    expect(new Set(quarter.map((r) => `${r.path}#${r.task_id}`))).toEqual(new Set(q3.map((r) => `${r.path}#${r.task_id}`)));
    // tasks that mention a word: the tasks whose title or text holds it
    const mentioning = docs.flatMap((d) => d.tasks.filter((t: Task) => `${t.title ?? ""} ${t.text}`.includes("解读")).map((t) => `${d.source.path}#${t.id}`));
    expect(word.map((r) => `${r.path}#${r.task_id}`)).toEqual(mentioning);
    expect(mentioning.length).toBeGreaterThan(5);
    // documents by region and year
    const regions = new Map<string, number>();
    for (const d of docs) regions.set(`${d.region}\u0000${d.year}`, (regions.get(`${d.region}\u0000${d.year}`) ?? 0) + 1);
    expect(byRegion.map((r) => [`${r.region}\u0000${r.year}`, r.documents])).toEqual([...regions].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });
  it("matches longer words as a phrase of their two-character pieces", () => {
    const phrase = db.prepare(`select count(*) n from tasks_fts where tasks_fts match '"政务 务公 公开"'`).get() as { n: number };
    const like = db.prepare("select count(*) n from tasks where (coalesce(title, '') || ' ' || text) like '%政务公开%'").get() as { n: number };
    expect(phrase.n).toBe(like.n);
    expect(like.n).toBeGreaterThan(0);
  });
  it("needs a file", () => {
    const r = run([SEEDS[0], "-f", "sqlite"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/give -o FILE/);
  });
});

describe("--format md", () => {
  it("opens with the corpus's figures, then each document's tasks, warnings and summary", () => {
    const file = join(tmp, "report.md");
    expect(run([...SEEDS, "-o", file]).code).toBe(0);
    const md = readFileSync(file, "utf8");
    const tasks = docs.reduce((n, d) => n + own(d).length, 0);
    expect(md).toMatch(new RegExp(`^# gkparse report\\n\\n5 documents, ${tasks} tasks, \\d+ units; \\d+ tasks without a unit, \\d+ without a deadline\\.`));
    for (const d of docs) expect(md).toContain(`## ${d.title}`);
    const rows = md.split("\n").filter((l) => /^\| [^-]/.test(l) && !l.startsWith("| id |"));
    expect(rows).toHaveLength(docs.reduce((n, d) => n + d.tasks.length, 0));
    const d4 = docs[4];
    expect(md).toContain(`- line ${d4.warnings[0].line}: ${d4.warnings[0].code}: `);
    expect(md).toContain(`| 附件/一/（三）/2. (= 一/（三）-2) |`);
  });
  it("a single document has no corpus line", () => {
    const r = run([SEEDS[2], "-f", "md"]);
    expect(r.stdout).toMatch(/^# gkparse report\n\n## 友谊县2021年政务公开工作实施方案/);
  });
});

describe("shards", () => {
  it("--shard auto takes the index from a Kubernetes Indexed Job or GNU parallel's slot, the count from --shard-count or the environment", () => {
    const paths = (r: { stdout: string }) => r.stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l).source.path as string);
    const k8s = [0, 1, 2].map((i) => paths(run(["seeds", "--shard", "auto", "--shard-count", "3", "-f", "ndjson"], { JOB_COMPLETION_INDEX: String(i) })));
    const gnu = [1, 2, 3].map((i) => paths(run(["seeds", "--shard", "auto", "-f", "ndjson"], { PARALLEL_JOBSLOT: String(i), GKPARSE_SHARD_COUNT: "3" })));
    const explicit = [1, 2, 3].map((i) => paths(run(["seeds", "--shard", `${i}/3`, "-f", "ndjson"])));
    expect(k8s).toEqual(explicit);
    expect(gnu).toEqual(explicit);
    expect(explicit.flat().sort()).toEqual(docs.map((d) => d.source.path.replace(/^seeds\//, "seeds/")).sort());
  });
  it("--shard auto without an index or a count is a usage error that says what is missing", () => {
    const noCount = run(["seeds", "--shard", "auto"], { JOB_COMPLETION_INDEX: "0" });
    expect(noCount.code).toBe(2);
    expect(noCount.stderr).toMatch(/--shard-count N or GKPARSE_SHARD_COUNT/);
    const noIndex = run(["seeds", "--shard", "auto", "--shard-count", "2"], { JOB_COMPLETION_INDEX: "", PARALLEL_JOBSLOT: "" });
    expect(noIndex.code).toBe(2);
  });
  it("gkparse merge joins the shards' databases into the database of the whole run", () => {
    const parts = [1, 2, 3].map((i) => {
      const f = join(tmp, `part-${i}.sqlite`);
      expect(run([...SEEDS, "--shard", `${i}/3`, "-o", f]).code).toBe(0);
      return f;
    });
    const merged = join(tmp, "merged.sqlite");
    expect(run(["merge", ...parts, "-o", merged]).code).toBe(0);
    const whole = join(tmp, "whole.sqlite");
    expect(run([...SEEDS, "-o", whole]).code).toBe(0);
    const content = (file: string) => {
      const db = new Database(file, { readonly: true });
      const rows = db
        .prepare(
          "select d.path, t.task_id, t.text, u.unit, u.role, (select group_concat(x.date) from deadlines x where x.task_id = t.id) as dates from tasks t join documents d on d.id = t.document_id left join task_units u on u.task_id = t.id order by d.path, t.task_id, u.role, u.unit",
        )
        .all();
      const fts = (db.prepare("select count(*) n from tasks_fts where tasks_fts match '解读'").get() as { n: number }).n;
      db.close();
      return { rows, fts };
    };
    expect(content(merged)).toEqual(content(whole));
  });
});
