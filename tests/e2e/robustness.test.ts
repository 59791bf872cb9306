// Robustness: inputs that are not work plans, adversarial inputs that could make a
// regular expression backtrack or a loop go quadratic, and an --out file that
// survives a run killed half-way.
//
// Timing assertions are relative: each adversarial input is timed against a
// baseline measured in the same run — the seeds' ordinary text repeated to the same
// byte size — and must stay under 20 × baseline + 2 s. A quadratic step turns a
// few hundred milliseconds into minutes, so the bound is generous for a loaded CI
// machine and still catches it (the test then fails on the bound or its timeout).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "../../src/pipeline.js";
import { validateDocument, type Document } from "../../src/schema.js";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const SEEDS = readdirSync(join(root, "seeds")).filter((f) => f.endsWith(".txt")).sort();
const seedText = SEEDS.map((f) => readFileSync(join(root, "seeds", f), "utf8")).join("\n");

// ---------------------------------------------------------------------------
// 1. Documents that are not work plans.
//
// Decision (the contract defines tasks as numbered items, rows of task tables, and closing
// paragraphs after a plan's sections): a text with no numbered structure and no
// task table has no tasks at all — not even where a paragraph happens to name a
// unit with 牵头 or a deadline such as 2021年12月底前完成. A deadline or unit
// belongs to a task, and there is no task to give it to. Such a document comes out
// as a valid Document with empty sections and tasks and a `not-a-plan` warning;
// it is not an error (the file is readable text).

const NOT_PLANS: Record<string, string> = {
  "a 新闻 article about a meeting (with a unit that 牵头 and a deadline in its prose)": [
    "首页 > 新闻中心 > 政务要闻",
    "我县召开2021年政务公开工作推进会",
    "发布时间：2021-06-18 10:32  来源：县政府办公室",
    "分享到：",
    "　　6月17日下午，我县召开2021年政务公开工作推进会，县委常委、常务副县长王明出席会议并讲话。县政府办公室、县发改局、县财政局等30余家单位分管负责同志参加会议。",
    "　　会议指出，政务公开是建设法治政府的重要内容。会议要求，县政府办公室牵头，各乡镇和县直各部门抓好落实，2021年12月底前完成政府信息公开专栏的规范化建设；每季度开展一次检查，长期坚持。",
    "【打印本页】【关闭窗口】",
    "版权所有：某县人民政府  京ICP备12345678号",
  ].join("\n"),
  "an English press release": [
    "Press Release",
    "State Council Information Office",
    "Beijing, March 5, 2021",
    "The government today published its annual work plan on open government affairs. Officials said the plan would be implemented by the end of December 2021.",
    '"Transparency is essential," a spokesperson told reporters. Local governments are expected to report progress every quarter.',
    "For more information, contact the press office at press@example.gov.cn.",
  ].join("\n"),
  "a list of links (a portal's column page)": [
    "政务公开",
    "通知公告",
    "关于印发2021年政务公开工作要点的通知    2021-07-13",
    "关于2020年政府信息公开工作年度报告的公告    2021-01-28",
    "关于开展政务公开标准化规范化工作的通知    2020-11-02",
    "县人民政府关于调整部分领导分工的通知    2020-09-15",
    "共4条  首页  上一页  下一页  尾页",
  ].join("\n"),
  "a page of navigation only": [
    "首页 > 政务公开 > 政府信息公开目录",
    "网站首页 | 政务公开 | 政务服务 | 互动交流 | 走进某县",
    "分享到：",
    "【打印本页】【关闭窗口】",
    "上一篇：关于印发某县2021年政务公开工作要点的通知",
    "下一篇：某县2020年政府信息公开工作年度报告",
    "相关链接：中国政府网  省政府网",
    "主办单位：某县人民政府办公室  技术支持：某某公司",
    "京ICP备12345678号  京公网安备11010502000001号",
  ].join("\n"),
};

describe("documents that are not work plans", () => {
  it.each(Object.entries(NOT_PLANS))("%s: a valid Document with empty structure and a not-a-plan warning", (_name, text) => {
    for (const input of [text, Buffer.from(text, "utf8")]) {
      const doc = parse(input, { path: "page.txt" });
      expect(validateDocument(doc)).toEqual([]);
      expect(doc.sections).toEqual([]);
      expect(doc.tasks).toEqual([]); // so no units and no deadlines invented either
      expect(doc.attachments).toEqual([]);
      expect(doc.title).toBeNull();
      expect(doc.warnings.map((w) => w.code)).toContain("not-a-plan");
      expect(doc.warnings.find((w) => w.code === "not-a-plan")!.line).toBe(0);
    }
  });
});

// ---------------------------------------------------------------------------
// 2. Adversarial inputs: time proportional to size.

/** Ordinary text of the genre: the seeds, repeated and cut to `bytes` bytes (on a character boundary). */
function ordinaryText(bytes: number): Buffer {
  const one = Buffer.from(seedText + "\n", "utf8");
  const whole = Buffer.concat(new Array(Math.ceil(bytes / one.length)).fill(one)).subarray(0, bytes);
  return Buffer.from(whole.toString("utf8").replace(/\uFFFD+$/, ""), "utf8");
}

function timed(bytes: Uint8Array): { ms: number; doc: Document } {
  const t = performance.now();
  const doc = parse(bytes, { path: "adversarial.txt" });
  return { ms: performance.now() - t, doc };
}

/** Baselines are measured in this run, once per size class (sizes rounded up to a power of 1.25: at most 25% more text). */
const baselines = new Map<number, number>();
function baseline(bytes: number): number {
  const size = Math.ceil(1.25 ** Math.ceil(Math.log(bytes) / Math.log(1.25)));
  let ms = baselines.get(size);
  if (ms === undefined) {
    ms = timed(ordinaryText(size)).ms;
    baselines.set(size, ms);
  }
  return ms;
}

const report: Array<{ name: string; bytes: number; baseline: number; adversarial: number }> = [];

beforeAll(() => {
  // load what a first parse loads (OpenCC, code tables), so that it is timed in neither
  parse(ordinaryText(20_000));
  parse("政務公開工作要點\n一、加強公開\n（一）做好公開。（縣政府辦負責）");
});

afterAll(() => {
  if (!report.length) return;
  const rows = report.map(
    (r) => `${r.name.padEnd(58)} ${String(r.bytes).padStart(9)} B  baseline ${r.baseline.toFixed(0).padStart(5)} ms  adversarial ${r.adversarial.toFixed(0).padStart(5)} ms`,
  );
  console.log(`adversarial inputs (bound: 20 × baseline + 2000 ms)\n${rows.join("\n")}`);
});

const N = 100_000;
/** A plan with one item, so that what follows reaches the extraction of units and deadlines. */
const ITEM = "2021年某县政务公开工作要点\n一、加强公开\n（一）做好公开。";
const TOKENS = ["（", "、", "一、", "〔", "【牵头单位：", "\t", "|", "1.", "2021年", "每"];

/** A deterministic pseudo-random generator, for random CJK text that is the same in every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}
function randomCjkLine(bytes: number): string {
  const next = lcg(7);
  const chars: string[] = [];
  for (let i = 0; i < bytes / 3; i++) chars.push(String.fromCharCode(0x4e00 + (next() % 0x5200)));
  return chars.join("");
}
function repeatToBytes(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}
const MB5 = 5 * 1024 * 1024;
const html = (body: string) => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>某县政务公开</title></head>\n<body><div class="content">${body}</div></body></html>\n`;

const ADVERSARIAL: Array<[string, () => string]> = [
  // the brief's list: 100,000 repeats of each token, on one line, one per line, and after an item
  ...TOKENS.flatMap((tok): Array<[string, () => string]> => [
    [`${N} × ${JSON.stringify(tok)} on one line`, () => tok.repeat(N)],
    [`${N} × ${JSON.stringify(tok)} one per line`, () => `${tok}\n`.repeat(N)],
    [`${N} × ${JSON.stringify(tok)} in an item`, () => `${ITEM}${tok.repeat(N)}\n`],
  ]),
  [`${N} × "\\t\\n"`, () => "\t\n".repeat(N)],
  ["one 5 MB line of random CJK text", () => randomCjkLine(MB5)],
  ["one 5 MB line of random CJK text in an item", () => `${ITEM}\n${randomCjkLine(MB5)}\n`],
  ["a 5 MB line of （X牵头 in an item", () => `${ITEM}\n${repeatToBytes("（X牵头", MB5)}\n`],
  ["200,000 short lines of prose in an item", () => `${ITEM}\n${"做好政务公开工作。\n".repeat(200_000)}`],
  ["200,000 sections", () => "一、做好公开\n".repeat(200_000)],
  // regressions: each of these was quadratic or overflowed the stack before its fix
  [`${N} items with the same number (unique ids)`, () => `${ITEM}\n${"（一）做好公开。（县政府办负责）\n".repeat(N)}`],
  // (a call with more than about 120,000 spread arguments overflows the stack)
  ["200,000 paragraphs after an assigned part (no spread of large arrays)", () => `一、做好工作（县政府办负责）\n${"做好工作。\n".repeat(200_000)}`],
  ["200,000 closing paragraphs", () => `一、做好\n做好工作。\n${"各单位要落实。\n".repeat(200_000)}`],
  ["200,000 deadlines on one line", () => `一、做好\n${"每月".repeat(200_000)}\n`],
  ["200,000 tab-led lines that are not a table header", () => `${ITEM}\n${"\t甲\n".repeat(200_000)}`],
  ["a tab table with 200,000 blank lines between rows", () => `\t序号\n\t工作任务\n\t责任单位\n\n\t1\n\t做好\n\t县政府办\n${"\n".repeat(200_000)}\t2\n\t做好\n\t县政府办\n`],
  ["a spaced table with 200,000 blank lines between rows", () => `工作任务  责任单位  完成时限\n做好  县政府办  2021年底前\n${"\n".repeat(200_000)}做好  县政府办  2021年底前\n`],
  ["25,000 groups of header-word lines that are not a table", () => "工作任务\n责任单位\n完成时限\n一、做\n".repeat(25_000)],
  ["50,000 pipe rows without 序号 (ids made unique)", () => `工作任务 | 责任单位 | 完成时限\n${"做好 | 县政府办 | 2021年12月底前\n".repeat(50_000)}`],
  ["a 1 MB run of spaces in a metadata line", () => `索引号：1\n甲${" ".repeat(1 << 20)}乙\n${ITEM}x\n`],
  ["a 1 MB run of spaces in a line with 印", () => `${ITEM}x\n印${" ".repeat(1 << 20)}发\n`],
  ["a heading with a run of 100,000 ，", () => `一、做${"，".repeat(N)}好\n`],
  ["a heading with 100,000 、 and spaces", () => `一、做${"、 ".repeat(N)}好\n`],
  ["50,000 label brackets in one paragraph", () => `${ITEM}${"〔牵头单位：县政府办〕".repeat(50_000)}\n`],
  ["50,000 parentheses and labels in one paragraph", () => `${ITEM}${"（县政府办负责）责任单位：县委办。".repeat(50_000)}\n`],
  ["50,000 labels on lines of their own", () => `一、加强公开\n（一）做好公开。（县政府办负责）\n${Array.from({ length: 50_000 }, (_, i) => `牵头单位：单位${i}局`).join("\n")}\n`],
  [`a label value of ${N} ；-separated units closed by ）`, () => `${ITEM}牵头单位：${"甲；".repeat(N)}）\n`],
  ["50,000 document numbers in one paragraph", () => `${ITEM}${"国办发〔2021〕1号，".repeat(50_000)}\n`],
  ["50,000 document numbers in a preamble", () => `某县2021年政务公开工作要点\n${"国办发〔2021〕1号，".repeat(50_000)}\n一、加强公开\n`],
  [`a run of ${N} 。 before an assignment`, () => `${ITEM}做好${"。".repeat(N)}工作（县政府办负责）\n`],
  [`a unit cell with a run of ${N} 。`, () => `工作任务 | 责任单位 | 完成时限\n做好 | 县政府办${"。".repeat(N)}x | 年底前\n`],
  [`a unit cell with ${N} different units`, () => `工作任务 | 责任单位 | 完成时限\n做好 | ${Array.from({ length: N }, (_, i) => `单位${i}局`).join("、")} | 年底前\n`],
  [`a truncated metadata label (号：) before ${N} Han characters`, () => `号：${"政".repeat(N)}\n${ITEM}\n`],
  ["50,000 clauses 由X负责 in one paragraph", () => `${ITEM}${"做好工作，由县政府办负责，".repeat(50_000)}\n`],
  ["50,000 assignment sentences after brackets in one paragraph", () => `${ITEM}${"（县政府办负责）县政府办牵头，县财政局配合。".repeat(50_000)}\n`],
  // HTML pages
  [`${N} nested <div> in an HTML page`, () => html(`${"<div>".repeat(N)}一、做好公开${"</div>".repeat(N)}`)],
  [`a table row of ${N} cells in an HTML page`, () => html(`<table><tr><td>工作任务</td><td>责任单位</td></tr><tr>${"<td>县政府办</td>".repeat(N)}</tr></table>`)],
  ["20,000 rows with rowspan=50 in an HTML page", () => html(`<table><tr><td>工作任务</td><td>责任单位</td></tr>${'<tr><td rowspan="50">做好公开</td><td>县政府办</td></tr>'.repeat(20_000)}</table>`)],
  ["抄送 with 50,000 continuation lines", () => `${ITEM}x\n抄送：县委办、\n${Array.from({ length: 50_000 }, (_, i) => `县委${i}办、`).join("\n")}\n`],
];

describe("adversarial inputs take time proportional to their size", () => {
  it.each(ADVERSARIAL)("%s", (name, make) => {
    const bytes = Buffer.from(make(), "utf8");
    const { ms, doc } = timed(bytes); // parse validates the Document (it throws on a schema violation)
    expect(doc.schemaVersion).toBe("1");
    const base = baseline(bytes.length);
    report.push({ name, bytes: bytes.length, baseline: base, adversarial: ms });
    expect(ms, `${name}: ${ms.toFixed(0)} ms against a baseline of ${base.toFixed(0)} ms`).toBeLessThan(20 * base + 2000);
  }, 180_000);
});

// ---------------------------------------------------------------------------
// 3. --out is atomic: a run killed half-way leaves the previous file as it was.

describe("--out survives a run that is killed", () => {
  let dir: string;
  let corpus: string;
  beforeAll(() => {
    expect(existsSync(join(root, "dist", "cli", "main.js")), "run npm run build first").toBe(true);
    dir = mkdtempSync(join(tmpdir(), "gkparse-atomic-"));
    corpus = join(dir, "corpus");
    mkdirSync(corpus);
    // 300 documents: a run long enough to be caught while it writes
    for (let k = 0; k < 60; k++)
      for (const s of SEEDS) writeFileSync(join(corpus, `${String(k).padStart(2, "0")}_${s}`), readFileSync(join(root, "seeds", s)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Start a run over the corpus with --out FILE; once it has written part of its temporary file, send `signal`. */
  async function interrupt(out: string, signal: NodeJS.Signals, extra: string[] = []) {
    const child = spawn(process.execPath, [bin, corpus, "--out", out, "-q", ...extra], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, sig) => resolve({ code, signal: sig })),
    );
    const tmp = join(dir, `.${out.split("/").pop()}.${child.pid}.tmp`);
    let written = 0;
    let ended = false;
    void exited.then(() => (ended = true));
    // wait until the run has written at least one whole Document to its temporary file
    for (const start = Date.now(); !ended && Date.now() - start < 60_000; ) {
      written = existsSync(tmp) ? statSync(tmp).size : 0;
      if (written > 20_000) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(ended, "the run ended before it could be interrupted").toBe(false);
    child.kill(signal);
    const result = await exited;
    return { ...result, tmp, written, stderr };
  }

  function previous(out: string): Buffer {
    // the previous file: a real earlier output
    const r = spawnSync(process.execPath, [bin, join(root, "seeds", SEEDS[0]), "--out", out, "-q"], { cwd: root });
    expect(r.status).toBe(0);
    return readFileSync(out);
  }

  it("SIGKILL: the previous file is byte-identical", async () => {
    const out = join(dir, "kill.json");
    const before = previous(out);
    const r = await interrupt(out, "SIGKILL");
    expect(r.signal).toBe("SIGKILL");
    expect(r.written).toBeGreaterThan(20_000);
    expect(readFileSync(out).equals(before)).toBe(true);
    // nothing can clean up after SIGKILL: the partial temporary file is left beside it, never renamed
    rmSync(r.tmp, { force: true });
  }, 120_000);

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s: the previous file is byte-identical and the temporary file is removed", async (signal, status) => {
    const out = join(dir, `${signal}.json`);
    const before = previous(out);
    const r = await interrupt(out, signal);
    expect(r.code).toBe(status);
    expect(r.written).toBeGreaterThan(20_000);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(existsSync(r.tmp)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  it("SIGTERM with --jobs 2 (worker threads): the same", async () => {
    const out = join(dir, "jobs.json");
    const before = previous(out);
    const r = await interrupt(out, "SIGTERM", ["--jobs", "2"]);
    expect(r.code).toBe(143);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(existsSync(r.tmp)).toBe(false);
  }, 120_000);
});
