// What a new user expects of the command line, each through the real CLI: the
// input's script kept, YAML every reader loads, --out like other Unix tools,
// warnings a user sees, file discovery, mixed encodings, progress on a terminal,
// and the schema as documentation.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml, parseAllDocuments } from "yaml";
import iconv from "iconv-lite";
import type { Document } from "../../src/schema.js";
import { convertToSimplified } from "../../src/normalize/script.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const seed = (n: string) => join(root, "seeds", n);
const S002 = seed("002_91d20c59aa68ae6d.txt");
const S003 = seed("003_94b99fd02a09614a.txt");
const S004 = seed("004_aefa13907971f65f.txt");
const SEEDS = ["000_cd5b4bd70de94d24.txt", "001_c3ce127ed5ac7737.txt", "002_91d20c59aa68ae6d.txt", "003_94b99fd02a09614a.txt", "004_aefa13907971f65f.txt"].map(seed);

function run(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const docs = (stdout: string) => JSON.parse(stdout) as Document[];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "gkparse-user-"));
});

/** What extraction found, script aside: tasks with their units and deadlines. */
const extracted = (d: Document) =>
  convertToSimplified(
    JSON.stringify(d.tasks.map((t) => [t.id, t.leadUnits, t.responsibleUnits, t.cooperatingUnits, t.deadlines.map((x) => [x.date, x.kind, x.every])])),
  );

describe("--script keep", () => {
  it("extracts from traditional seed 004 what the default extracts, in the input's own script", () => {
    const [keep] = docs(run(["--script", "keep", S004]).stdout);
    const [simp] = docs(run([S004]).stdout);
    expect(keep.tasks).toHaveLength(simp.tasks.length);
    expect(simp.tasks.length).toBeGreaterThan(40);
    expect(extracted(keep)).toBe(extracted(simp));
    expect(keep.title).toBe("攀枝花市2015年政府信息公開工作要點");
    expect(simp.title).toBe("攀枝花市2015年政府信息公开工作要点");
    expect(keep.tasks.flatMap((t) => t.leadUnits)).toContain("市國土資源局");
  });
  it("does the same for seed 003 written in traditional script", () => {
    const trad = join(root, "fixtures", "check", "003_94b99fd02a09614a.traditional.txt");
    const [keep] = docs(run(["--script", "keep", trad]).stdout);
    const [simp] = docs(run([S003]).stdout);
    expect(keep.source.script).toBe("traditional");
    expect(keep.tasks.length).toBe(simp.tasks.length);
    expect(extracted(keep)).toBe(extracted(simp));
    expect(keep.tasks[0].text).not.toBe(simp.tasks[0].text);
  });
});

describe("YAML", () => {
  const out = () => run(["-f", "yaml", ...SEEDS]).stdout;
  it("has no anchors or aliases", () => {
    const text = out();
    const all = parseAllDocuments(text);
    expect(all).toHaveLength(1);
    expect(text).not.toMatch(/(?:^|[:\-] )[&*][A-Za-z0-9_]+\s*$/m);
  });
  it("reads back, in YAML 1.1 too, with every date a string equal to the JSON output", () => {
    const text = out();
    const v11 = parseYaml(text, { version: "1.1" }) as Document[];
    const json = docs(run(SEEDS).stdout);
    expect(v11).toEqual(json);
    for (const d of v11) for (const t of d.tasks) for (const x of t.deadlines) if (x.date !== null) expect(typeof x.date).toBe("string");
  });
  const py = spawnSync("python3", ["-c", "import yaml"], { encoding: "utf8" });
  it.skipIf(py.status !== 0)("loads with PyYAML as the JSON output (skipped without python3 and PyYAML)", () => {
    const file = join(tmp, "seeds.yaml");
    writeFileSync(file, out());
    const r = spawnSync("python3", ["-c", "import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), ensure_ascii=False))", file], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(docs(run(SEEDS).stdout));
  });
  if (py.status !== 0) console.warn("cli-user.test.ts: python3 with PyYAML is not available, so the PyYAML check is skipped");
});

describe("--out", () => {
  it("a missing directory is a usage error naming the user's path, before any parsing", () => {
    const r = run([S002, "-o", join(tmp, "no", "such", "plans.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${join(tmp, "no", "such", "plans.json")}: directory ${join(tmp, "no", "such")} does not exist`);
    expect(r.stderr).not.toMatch(/\.tmp|internal/);
  });
  it("an existing directory is a usage error", () => {
    const r = run([S002, "-o", tmp]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${tmp}: is a directory`);
  });
  it("-o - is standard output", () => {
    const r = run([S002, "-o", "-"]);
    expect(r.code).toBe(0);
    expect(docs(r.stdout)[0].title).toBe("友谊县2021年政务公开工作实施方案");
    expect(existsSync(join(root, "-"))).toBe(false);
  });
  it.each([
    ["plans.ndjson", (s: string) => s.trim().split("\n").map((l) => JSON.parse(l)).length === 2],
    ["plans.jsonl", (s: string) => s.trim().split("\n").map((l) => JSON.parse(l)).length === 2],
    ["plans.yml", (s: string) => (parseYaml(s) as unknown[]).length === 2],
    ["plans.YAML", (s: string) => (parseYaml(s) as unknown[]).length === 2],
    ["plans.csv", (s: string) => s.startsWith("\ufefffile,")],
    ["plans.json", (s: string) => (JSON.parse(s) as unknown[]).length === 2],
  ])("the format follows the extension: %s", (name, ok) => {
    const file = join(tmp, name);
    expect(run([S002, S003, "-o", file]).code).toBe(0);
    expect(ok(readFileSync(file, "utf8"))).toBe(true);
  });
  it("-f wins over the extension", () => {
    const file = join(tmp, "explicit.csv");
    expect(run([S002, "-f", "json", "-o", file]).code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toHaveLength(1);
  });
  it("gkparse schema -o FILE writes the file", () => {
    const file = join(tmp, "schema.json");
    expect(run(["schema", "-o", file]).code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).properties.tasks).toBeTruthy();
  });
  it.each([
    [["--fields", "id"], /--fields applies to CSV output only \(this run writes json\)/],
    [["--long", "-f", "ndjson"], /--long applies to CSV output only \(this run writes ndjson\)/],
    [["--no-bom", "-o", "x.yaml"], /--no-bom applies to CSV output only \(this run writes yaml\)/],
    [["--strict=no-such-code"], /unknown warning code\(s\) no-such-code/],
  ])("an option that would do nothing, or a wrong value, is a usage error: %s", (args, message) => {
    const r = run([...args, S002], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});

describe("warnings a user sees", () => {
  it("--verbose lists every message as path:line: code: message, and ends with a summary line", () => {
    const r = run(["--verbose", S004, S002]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split("\n");
    const [doc4] = docs(r.stdout);
    for (const w of doc4.warnings) expect(lines).toContain(`gkparse: ${S004}:${w.line}: ${w.code}: ${w.message}`);
    const all = docs(r.stdout).flatMap((d) => d.warnings);
    const shifted = all.filter((w) => w.code === "table-shifted-cells").length;
    expect(shifted).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(new RegExp(`^gkparse: 2 documents, 0 failed, ${all.length} messages \\(\\d+ warnings: .*${shifted} table-shifted-cells`));
  });
  it("one document is one document", () => {
    expect(run(["--verbose", "--jobs", "1", S002]).stderr.trim().split("\n").at(-1)).toMatch(/^gkparse: 1 document, 0 failed, \d+ messages? \(/);
  });
  it("a file that is not a plan is reported without --verbose", () => {
    const file = join(tmp, "notes.txt");
    writeFileSync(file, "今天下午三点在三楼会议室开会，请大家准时参加。\n会议内容另行通知。\n");
    const r = run([file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${file}:0: not-a-plan: `));
  });
  it("--strict fails on warnings, not on info messages; --strict=CODES picks the codes", () => {
    // seed 000's messages are all info (dropped furniture); seed 001 has guessed metadata labels
    const S000 = SEEDS[0];
    const info = run(["--strict", S000]);
    expect(info.code).toBe(0);
    expect(docs(info.stdout)[0].warnings.map((w) => w.code)).toContain("boilerplate-dropped");
    expect(run(["--strict", seed("001_c3ce127ed5ac7737.txt")]).code).toBe(4);
    const picked = run(["--strict=boilerplate-dropped", S000]);
    expect(picked.code).toBe(4);
    expect(picked.stderr).toMatch(/boilerplate-dropped: /);
    expect(run(["--strict=year-unknown,not-a-plan", S000]).code).toBe(0);
  });
});

describe("file discovery", () => {
  it("walks a directory for the page and scraper extensions, in any case", () => {
    const dir = join(tmp, "scraped");
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(S002);
    for (const name of ["a.txt", "b.HTM", "c.shtml", "d.jhtml", "e.xhtml", "f.md", "g.csv", "h.Html", "skip.docx", "skip.json"]) writeFileSync(join(dir, name), text);
    const paths = docs(run([dir, "-j", "1"]).stdout).map((d) => d.source.path.slice(dir.length + 1));
    expect(paths).toEqual(["a.txt", "b.HTM", "c.shtml", "d.jhtml", "e.xhtml", "f.md", "g.csv", "h.Html"]);
    const only = docs(run([dir, "--ext", "md,.TXT"]).stdout).map((d) => d.source.path.slice(dir.length + 1));
    expect(only).toEqual(["a.txt", "f.md"]);
  });
  it.each([
    ["1k", 1024],
    ["1KB", 1000],
    ["1KiB", 1024],
  ])("--max-bytes %s is %i bytes", (size, bytes) => {
    const file = join(tmp, `size-${bytes}.txt`);
    writeFileSync(file, "一".repeat(Math.ceil((bytes + 1) / 3)));
    const r = run(["--max-bytes", size, file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`over the limit of ${bytes}\\b`));
  });
  it("--max-bytes takes 50MB and 1MiB, and refuses what it cannot read", () => {
    expect(run(["--max-bytes", "50MB", S002]).code).toBe(0);
    expect(run(["--max-bytes", "1MiB", S002]).code).toBe(0);
    const r = run(["--max-bytes", "lots", S002]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/500k, 1MiB, 50MB/);
  });
  it("gkparse help is help, not a file named help", () => {
    const r = run(["help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: gkparse/);
    expect(run(["help", "check"]).stdout).toMatch(/^Usage: gkparse check/);
  });
});

describe("mixed or damaged encodings", () => {
  it("a UTF-8 file with some GBK lines is decoded, with the replaced bytes counted and the first line named", () => {
    const lines = readFileSync(S002, "utf8").split("\n");
    const bytes = Buffer.concat(lines.map((l, i) => (i >= 10 && i < 13 ? iconv.encode(l + "\n", "gbk") : Buffer.from(l + "\n", "utf8"))));
    const file = join(tmp, "mixed.txt");
    writeFileSync(file, bytes);
    const r = run([file]);
    expect(r.code).toBe(0);
    const [d] = docs(r.stdout);
    expect(d.source.encoding).toBe("utf-8");
    expect(d.tasks.length).toBeGreaterThan(15);
    const w = d.warnings.find((x) => x.code === "decode-replaced")!;
    expect(w.line).toBe(11);
    expect(w.message).toMatch(/^\d+ byte sequences are not valid utf-8/);
    expect(r.stderr).toMatch(new RegExp(`${file}:11: decode-replaced: `));
  });
  it("bytes valid in no encoding are refused with a hint at --encoding", () => {
    const file = join(tmp, "junk.txt");
    writeFileSync(file, Buffer.from(Array.from({ length: 301 }, (_, i) => (i * 37 + 0x80) % 256).map((b) => (b === 0 ? 1 : b))));
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--encoding/);
  });
});

describe("progress on a terminal", () => {
  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  /** Run with standard output and error on a pseudo-terminal (util-linux script). */
  const onTerminal = (args: string[]) => {
    const cmd = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    return spawnSync("script", ["-qec", cmd, "/dev/null"], { cwd: root, encoding: "utf8" }).stdout;
  };
  it.skipIf(!hasScript)("draws the total once known, ends with the summary line, and keeps out of output on the same terminal", () => {
    const out = join(tmp, "progress.json");
    const shown = onTerminal([...SEEDS, "-o", out, "-j", "1"]);
    expect(shown).toMatch(/5\/5 files/);
    expect(shown).toMatch(/gkparse: 5 documents, 0 failed, \d+ messages/);
    const mixed = onTerminal([S002, "-j", "1"]);
    expect(mixed).not.toMatch(/files \(/);
    expect(mixed).toMatch(/gkparse: 1 document, 0 failed/);
  });
});

describe("the schema documents the output", () => {
  it("every field has a description", () => {
    const schema = JSON.parse(run(["schema"]).stdout);
    const missing: string[] = [];
    const walk = (o: unknown, path: string) => {
      if (!o || typeof o !== "object") return;
      const node = o as Record<string, unknown>;
      if (node.properties)
        for (const [k, v] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
          const described = "description" in v || (Array.isArray(v.anyOf) && v.anyOf.some((x: Record<string, unknown>) => "description" in x));
          if (!described) missing.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      for (const [k, v] of Object.entries(node)) if (k !== "properties") walk(v, path);
    };
    walk(schema, "");
    expect(missing).toEqual([]);
    expect(JSON.stringify(schema)).toMatch(/recurring: repeated/);
  });
  it("--array describes the -f json output", () => {
    const schema = JSON.parse(run(["schema", "--array"]).stdout);
    expect(schema.type).toBe("array");
    expect(schema.items.properties.tasks).toBeTruthy();
  });
});
