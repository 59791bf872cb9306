// The real CLI, run as a user runs it (bin/gkparse.js on the built dist/).
import { describe, expect, it, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const seed = (n: string) => join(root, "seeds", n);
const SEEDS = ["000_cd5b4bd70de94d24.txt", "001_c3ce127ed5ac7737.txt", "002_91d20c59aa68ae6d.txt", "003_94b99fd02a09614a.txt", "004_aefa13907971f65f.txt"];

function run(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "gkparse-cli-"));
});

describe("conventions", () => {
  it("--version prints the package version", () => {
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });
  it("--help shows options and examples", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--format/);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit status/);
  });
  it("a usage error exits 2 with a message on stderr", () => {
    expect(run(["--no-such-option", seed(SEEDS[0])]).code).toBe(2);
    const r = run(["--format", "xml", seed(SEEDS[0])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
    expect(run(["--encoding", "latin9", seed(SEEDS[0])]).code).toBe(2);
    expect(run(["--max-bytes", "0", seed(SEEDS[0])]).code).toBe(2);
  });
  it("schema prints the JSON Schema of a Document", () => {
    const r = run(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["schemaVersion", "source", "tasks", "warnings"]));
  });
});

describe("outputs", () => {
  it("json: an array in input order, byte-for-byte deterministic", () => {
    const a = run(SEEDS.map(seed));
    const b = run(SEEDS.map(seed));
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const docs = JSON.parse(a.stdout);
    expect(docs.map((d: { source: { path: string } }) => d.source.path)).toEqual(SEEDS.map(seed));
  });
  it("ndjson: one Document per line", () => {
    const r = run(["-f", "ndjson", ...SEEDS.map(seed)]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[2]).title).toBe("友谊县2021年政务公开工作实施方案");
  });
  it("yaml: the same data as json", () => {
    const y = parseYaml(run(["-f", "yaml", seed(SEEDS[2])]).stdout);
    const j = JSON.parse(run([seed(SEEDS[2])]).stdout);
    expect(y).toEqual(j);
  });
  it("--out writes the file (and no temporary file is left)", () => {
    const out = join(tmp, "plans.json");
    const r = run([...SEEDS.map(seed), "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveLength(5);
    expect(spawnSync("ls", ["-A", tmp], { encoding: "utf8" }).stdout.split("\n").filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  it("standard input with -", () => {
    const r = run(["-"], { input: readFileSync(seed(SEEDS[0])) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].source.path).toBe("-");
  });
  it("directories are walked and quoted globs expanded, in sorted order", () => {
    const dir = join(tmp, "corpus");
    mkdirSync(join(dir, "sub"), { recursive: true });
    copyFileSync(seed(SEEDS[1]), join(dir, "b.txt"));
    copyFileSync(seed(SEEDS[0]), join(dir, "sub", "a.htm.txt"));
    writeFileSync(join(dir, "notes.docx"), "not a document");
    const r = run([dir]);
    expect(JSON.parse(r.stdout).map((d: { source: { path: string } }) => d.source.path)).toEqual([join(dir, "b.txt"), join(dir, "sub", "a.htm.txt")]);
    const g = run(["seeds/00[12]*.txt"]);
    expect(JSON.parse(g.stdout).map((d: { source: { path: string } }) => d.source.path)).toEqual(["seeds/" + SEEDS[1], "seeds/" + SEEDS[2]]);
  });
});

describe("bad input never stops the batch", () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ["a missing file", () => join(tmp, "missing.txt"), /no such file/],
    ["an empty file", () => (writeFileSync(join(tmp, "empty.txt"), ""), join(tmp, "empty.txt")), /empty file/],
    ["a PNG image", () => (writeFileSync(join(tmp, "img.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), join(tmp, "img.txt")), /not a text or HTML document/],
    ["a PDF", () => (writeFileSync(join(tmp, "doc.html"), "%PDF-1.4\n..."), join(tmp, "doc.html")), /not a text or HTML document/],
    ["a zip", () => (writeFileSync(join(tmp, "a.txt"), Buffer.from("PK\x03\x04\x14\x00", "latin1")), join(tmp, "a.txt")), /not a text or HTML document/],
    ["an executable", () => (copyFileSync("/bin/true", join(tmp, "true.txt")), join(tmp, "true.txt")), /not a text or HTML document/],
    [
      "bytes valid in no supported encoding",
      () => (writeFileSync(join(tmp, "junk.txt"), Buffer.from(Array.from({ length: 401 }, (_, i) => 0x80 + ((i * 53) % 127)))), join(tmp, "junk.txt")),
      /valid in no supported encoding/,
    ],
    ["a directory with no documents", () => (mkdirSync(join(tmp, "emptydir"), { recursive: true }), join(tmp, "emptydir")), /holds no documents \(\.txt \.htm \.html/],
  ];
  it.each(cases)("%s: reported with its path and reason, exit 1, others still emitted", (_name, make, reason) => {
    const bad = make();
    const r = run([seed(SEEDS[0]), bad, seed(SEEDS[1])]);
    expect(r.code).toBe(1);
    const line = r.stderr.split("\n").find((l) => l.includes(bad))!;
    expect(line).toMatch(reason);
    expect(line.startsWith(`gkparse: ${bad}: `)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });
  it("permission denied", () => {
    const p = join(tmp, "secret.txt");
    copyFileSync(seed(SEEDS[0]), p);
    chmodSync(p, 0o000);
    const r = run([p, seed(SEEDS[1])]);
    if (process.getuid?.() === 0) {
      // root reads anything: the file is simply parsed
      expect(r.code).toBe(0);
    } else {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/permission denied/);
    }
    chmodSync(p, 0o644);
  });
  it("a file over --max-bytes", () => {
    const r = run(["--max-bytes", "1000", seed(SEEDS[0]), seed(SEEDS[1])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/over the limit of 1000/);
    expect(JSON.parse(r.stdout)).toHaveLength(0);
  });
  it("--strict turns warnings into exit status 4", () => {
    // seed 001 has metadata labels cut by scraping, read by guess: warnings
    const r = run(["--strict", seed(SEEDS[1])]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/inferred-meta-label: /);
    expect(existsSync(bin)).toBe(true);
  });
});
