// gkparse benchmark: `npm run bench [-- --files N --jobs N --runs N --json --keep]`.
// Runs against the built dist/ and bin/gkparse.js (npm run build first).
//
//   a0 plain floor: read + plain decode (BOM, UTF-8, GB18030, else Big5) + OpenCC for Big5 + JSON (plain-floor.mjs)
//   a  project floor: read + gkparse's own decode + script count and conversion + JSON (floor.mjs)
//   b  gkparse --jobs 1 on the corpus directory, NDJSON
//   c  gkparse --jobs N (N = cores) on the same directory, NDJSON
//   s  gkparse --jobs N -o plans.sqlite on the same directory (the database output)
//   d  cold start: gkparse --version against node -e 0 (medians); a small run: gkparse on
//      two documents (a traditional text and an HTML page) against node -e 0
//   st the stages' share of parsing time (stages.mjs), on the corpus's first directory
//   p  parallel capacity: N simultaneous copies of a pure computation against one
//      (c/b cannot exceed it: a VM may show N CPUs and deliver less)
//   e  one ~10 MB document against one ~100 KB document (the large one is the small one 100 times):
//      whole runs of gkparse, and parse() alone in one process (bench/parse-time.mjs); e3 the
//      10 MB document as a user would run it with -f json, for its peak RSS
//
// Every timed run is a child process with standard output sent to /dev/null; the
// peak RSS is the child's maximum resident set size from /usr/bin/time -f %M.
// Progress goes to standard error; the table (or --json) to standard output.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, closeSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus, buildLargeDocs, readSeeds } from "./corpus.mjs";
import { formatTable } from "./table.mjs";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const floor = join(root, "tests", "bench", "floor.mjs");
const plainFloor = join(root, "tests", "bench", "plain-floor.mjs");

const { values: opt } = parseArgs({
  options: {
    files: { type: "string", default: "20000" },
    jobs: { type: "string", default: String(availableParallelism()) },
    runs: { type: "string", default: "25" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (opt.help) {
  process.stdout.write(
    "npm run bench -- [--files N (20000)] [--jobs N (cores)] [--runs N (25, cold start)] [--json] [--keep (leave the corpus)]\n",
  );
  process.exit(0);
}
const FILES = Number(opt.files);
const JOBS = Number(opt.jobs);
const RUNS = Number(opt.runs);
for (const [k, v] of [["--files", FILES], ["--jobs", JOBS], ["--runs", RUNS]])
  if (!Number.isInteger(v) || v <= 0) {
    process.stderr.write(`bench: ${k} takes a positive whole number\n`);
    process.exit(2);
  }
if (!existsSync(join(root, "dist", "cli", "main.js"))) {
  process.stderr.write("bench: dist/ is missing: run npm run build first\n");
  process.exit(2);
}

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const TIME = "/usr/bin/time";
const haveTime = existsSync(TIME);
if (!haveTime) log(`${TIME} not found: peak RSS will not be reported`);

/** Run `node ...args` once; returns wall seconds, CPU seconds (user + system) and peak RSS in MB (or null). */
function measure(args, label) {
  const devnull = openSync("/dev/null", "w");
  const cmd = haveTime ? TIME : process.execPath;
  const argv = haveTime ? ["-f", "GKBENCH %M %U %S", process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: root, stdio: ["ignore", devnull, "pipe"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(devnull);
  const m = /GKBENCH (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  if (r.status !== 0) {
    const err = (r.stderr ?? "").replace(/GKBENCH .*\n?/, "").split("\n").slice(0, 5).join("\n");
    throw new Error(`${label}: exit status ${r.status}\n${err}`);
  }
  return { seconds, cpuSeconds: m ? Number(m[2]) + Number(m[3]) : null, rssMB: m ? Number(m[1]) / 1024 : null };
}

/** Wall seconds for `copies` simultaneous runs of bench/burn.mjs. */
async function burn(copies) {
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from(
      { length: copies },
      () =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [join(root, "tests", "bench", "burn.mjs"), "2e8"], { stdio: "ignore" });
          child.on("error", reject);
          child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`burn.mjs: exit status ${code}`))));
        }),
    ),
  );
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function row(name, what, docs, bytes, m) {
  return {
    name,
    what,
    docs,
    bytes,
    seconds: m.seconds,
    cpuSeconds: m.cpuSeconds,
    docsPerSecond: docs / m.seconds,
    mbPerSecond: bytes / 1e6 / m.seconds,
    peakRssMB: m.rssMB,
  };
}

const loadAtStart = loadavg().map((x) => Number(x.toFixed(2)));
if (loadAtStart[0] > 0.5) log(`load average is ${loadAtStart.join(" ")}: other processes will disturb the timings`);
const dir = mkdtempSync(join(tmpdir(), "gkparse-bench-"));
let results;
try {
  const seeds = readSeeds(join(root, "seeds"));
  log(`building ${FILES} files in ${dir}`);
  const corpusDir = join(dir, "corpus");
  const corpus = buildCorpus(corpusDir, seeds, FILES, root);
  const large = buildLargeDocs(dir, seeds);

  // warm the page cache and the compile cache once, untimed
  measure([floor, corpusDir], "warm-up");

  log(`p: parallel capacity (1 and ${JOBS} simultaneous copies of a pure computation)`);
  const burn1 = await burn(1);
  const burnN = await burn(JOBS);
  const capacity = (JOBS * burn1) / burnN;

  log("a0: plain floor");
  const a0 = row("a0", "plain floor: read, plain decode, OpenCC for Big5, JSON", corpus.files, corpus.bytes, measure([plainFloor, corpusDir], "plain floor"));
  log("a: project floor");
  const a = row("a", "project floor: read, gkparse's decode, script count and conversion, JSON", corpus.files, corpus.bytes, measure([floor, corpusDir], "floor"));
  log("b: gkparse --jobs 1");
  const b = row("b", "gkparse --jobs 1 -f ndjson", corpus.files, corpus.bytes, measure([bin, corpusDir, "-f", "ndjson", "-q", "--jobs", "1"], "jobs 1"));
  log(`c: gkparse --jobs ${JOBS}`);
  const c = row("c", `gkparse --jobs ${JOBS} -f ndjson`, corpus.files, corpus.bytes, measure([bin, corpusDir, "-f", "ndjson", "-q", "--jobs", String(JOBS)], `jobs ${JOBS}`));

  log(`s: gkparse --jobs ${JOBS} -f sqlite`);
  const dbPath = join(dir, "plans.sqlite");
  const sq = row("s", `gkparse --jobs ${JOBS} -o plans.sqlite`, corpus.files, corpus.bytes, measure([bin, corpusDir, "-o", dbPath, "-q", "--jobs", String(JOBS)], "sqlite"));
  const dbBytes = statSync(dbPath).size;

  log(`d: cold start, ${RUNS} runs each`);
  const tv = [];
  const tn = [];
  const rv = [];
  for (let i = 0; i < 2; i++) measure([bin, "--version"], "warm-up");
  for (let i = 0; i < RUNS; i++) {
    const v = measure([bin, "--version"], "gkparse --version");
    tv.push(v.seconds);
    if (v.rssMB !== null) rv.push(v.rssMB);
    tn.push(measure(["-e", "0"], "node -e 0").seconds);
  }
  const dVersion = { name: "d", what: "gkparse --version (median)", docs: 0, bytes: 0, seconds: median(tv), cpuSeconds: null, docsPerSecond: null, mbPerSecond: null, peakRssMB: rv.length ? median(rv) : null };
  const dNode = { name: "d0", what: "node -e 0 (median)", docs: 0, bytes: 0, seconds: median(tn), cpuSeconds: null, docsPerSecond: null, mbPerSecond: null, peakRssMB: null };
  // a small run: a traditional text and an HTML page
  const small = [join(root, "fixtures", "check", "003_94b99fd02a09614a.traditional.txt"), join(root, "fixtures", "html", "gbk", "002_91d20c59aa68ae6d.html")];
  for (let i = 0; i < 2; i++) measure([bin, ...small, "-q", "-f", "ndjson"], "warm-up");
  const ts = [];
  for (let i = 0; i < Math.min(RUNS, 11); i++) ts.push(measure([bin, ...small, "-q", "-f", "ndjson"], "small run").seconds);
  const dSmall = { name: "d1", what: "gkparse on two documents (traditional text, HTML), median", docs: 2, bytes: 0, seconds: median(ts), cpuSeconds: null, docsPerSecond: null, mbPerSecond: null, peakRssMB: null };

  log("st: the stages' share of parsing time");
  const st = spawnSync(process.execPath, [join(root, "tests", "bench", "stages.mjs"), join(corpusDir, "d000")], { cwd: root, encoding: "utf8" });
  if (st.status !== 0) throw new Error(`stages: exit status ${st.status}\n${st.stderr}`);
  const stages = JSON.parse(st.stdout);

  log("e: 100 KB document (median of 3), 10 MB document");
  const smallRuns = [0, 1, 2].map(() => measure([bin, large.small.path, "-f", "ndjson", "-q", "--jobs", "1"], "100 KB document"));
  const smallM = {
    seconds: median(smallRuns.map((r) => r.seconds)),
    cpuSeconds: median(smallRuns.map((r) => r.cpuSeconds ?? 0)) || null,
    rssMB: median(smallRuns.map((r) => r.rssMB ?? 0)) || null,
  };
  const eSmall = row("e1", "one 100 KB document", 1, large.small.bytes, smallM);
  const eLarge = row("e2", "one 10 MB document", 1, large.large.bytes, measure([bin, large.large.path, "-f", "ndjson", "-q", "--jobs", "1"], "10 MB document"));
  const eJson = row("e3", "one 10 MB document, -f json (default --jobs)", 1, large.large.bytes, measure([bin, large.large.path, "-f", "json", "-q"], "10 MB document, JSON"));

  log("e: parse() alone on both documents, in one process");
  const parseTime = (path, runs) => {
    const r = spawnSync(process.execPath, [join(root, "tests", "bench", "parse-time.mjs"), path, String(runs)], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`parse-time: exit status ${r.status}\n${r.stderr}`);
    return JSON.parse(r.stdout).seconds;
  };
  const pSmall = parseTime(large.small.path, 5);
  const pLarge = parseTime(large.large.path, 1);

  const timeRatio = eLarge.seconds / eSmall.seconds;
  const ratios = {
    "b/a0 (against the plain floor)": { value: a0.seconds / b.seconds, target: ">= 0.30", met: a0.seconds / b.seconds >= 0.3 },
    "b/a (against the project floor)": { value: a.seconds / b.seconds, target: "(information)", met: null },
    "c/b": { value: b.seconds / c.seconds, target: ">= 1.5", met: b.seconds / c.seconds >= 1.5 },
    [`p: parallel capacity (${JOBS} copies of pure computation, speed-up over 1)`]: { value: capacity, target: "(information: the ceiling of c/b)", met: null },
    "cold start": { value: dVersion.seconds / dNode.seconds, target: "<= 3", met: dVersion.seconds / dNode.seconds <= 3 },
    "small run (d1 / d0)": { value: dSmall.seconds / dNode.seconds, target: "(information)", met: null },
    "peak RSS (b, c)": {
      value: Math.max(b.peakRssMB ?? 0, c.peakRssMB ?? 0),
      target: "< 300 MB",
      met: b.peakRssMB === null ? null : Math.max(b.peakRssMB, c.peakRssMB) < 300,
    },
    "s/c: SQLite against NDJSON (time)": { value: sq.seconds / c.seconds, target: "(information)", met: null },
    "peak RSS (s)": { value: sq.peakRssMB ?? 0, target: "< 300 MB", met: sq.peakRssMB === null ? null : sq.peakRssMB < 300 },
    "database size (MB)": { value: dbBytes / 1e6, target: "(information)", met: null },
    "peak RSS (e3: 10 MB document, -f json)": { value: eJson.peakRssMB ?? 0, target: "< 250 MB", met: eJson.peakRssMB === null ? null : eJson.peakRssMB < 250 },
    "e (10 MB / 100 KB time)": { value: timeRatio, target: "<= 120", met: timeRatio <= 120 },
    "e per byte": { value: timeRatio / (large.large.bytes / large.small.bytes), target: "<= 1.2", met: timeRatio / (large.large.bytes / large.small.bytes) <= 1.2 },
  };
  // by CPU time rather than wall time: less sensitive to other load on the machine
  if (a.cpuSeconds && b.cpuSeconds && c.cpuSeconds) {
    ratios["b/a by CPU time"] = { value: a.cpuSeconds / b.cpuSeconds, target: "(information)", met: null };
    ratios["CPU of b / CPU of c (work lost to threads)"] = { value: b.cpuSeconds / c.cpuSeconds, target: "(information)", met: null };
  }
  ratios["e, parse() alone (no start-up)"] = { value: pLarge / pSmall, target: "(information; 100 = linear)", met: null };
  if (eSmall.cpuSeconds && eLarge.cpuSeconds)
    ratios["e by CPU time"] = { value: eLarge.cpuSeconds / eSmall.cpuSeconds, target: "(information)", met: null };
  results = {
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      date: new Date().toISOString().slice(0, 10),
      loadAverageAtStart: loadAtStart,
    },
    files: FILES,
    jobs: JOBS,
    corpusBytes: corpus.bytes,
    rows: [a0, a, b, c, sq, dVersion, dNode, dSmall, eSmall, eLarge, eJson],
    stages,
    parseOnly: { smallSeconds: pSmall, largeSeconds: pLarge },
    parallelCapacity: { copies: JOBS, oneSeconds: burn1, allSeconds: burnN, speedup: capacity },
    ratios,
  };
} finally {
  if (opt.keep) log(`corpus kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

process.stdout.write(opt.json ? JSON.stringify(results, null, 2) + "\n" : formatTable(results));
