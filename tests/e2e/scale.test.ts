// Speed and scale: --jobs gives the same bytes as one process, --shard splits a
// corpus exactly, NDJSON streams, and the reorder buffer keeps order with a
// bounded number of tasks in flight. No assertion depends on timing.
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { spawn, spawnSync, execFileSync, type ChildProcess } from "node:child_process";
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { orderedMap, WorkerPool } from "../../src/cli/pool.js";
import { fnv1a, inShard, parseShard } from "../../src/cli/inputs.js";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const SEEDS = ["000_cd5b4bd70de94d24.txt", "001_c3ce127ed5ac7737.txt", "002_91d20c59aa68ae6d.txt", "003_94b99fd02a09614a.txt", "004_aefa13907971f65f.txt"];
const seed = (n: string) => join(root, "seeds", n);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "gkparse-scale-"));
});

const children: ChildProcess[] = [];
afterAll(() => {
  // a child still blocked on a FIFO after a failed test
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill();
  rmSync(tmp, { recursive: true, force: true });
});

const tick = () => new Promise<void>((r) => setImmediate(r));

describe("orderedMap (the reorder buffer)", () => {
  it("yields in input order whatever the completion order, with at most `limit` tasks in flight", async () => {
    const n = 200;
    const limit = 6;
    let inFlight = 0;
    let maxInFlight = 0;
    const resolvers = new Map<number, () => void>();
    const fn = (x: number) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<number>((resolve) => resolvers.set(x, () => resolve(x * 10)));
    };
    // finish tasks in a scrambled order, driven from outside
    let seedv = 7;
    const driver = (async () => {
      for (;;) {
        await tick();
        const keys = [...resolvers.keys()];
        if (!keys.length) {
          if (done) return;
          continue;
        }
        seedv = (seedv * 1103515245 + 12345) % 2 ** 31;
        const k = keys[seedv % keys.length];
        resolvers.get(k)!();
        resolvers.delete(k);
      }
    })();
    let done = false;
    const out: number[] = [];
    for await (const v of orderedMap(Array.from({ length: n }, (_, i) => i), fn, limit)) {
      out.push(v);
      inFlight--; // consumed: its slot is free
    }
    done = true;
    await driver;
    expect(out).toEqual(Array.from({ length: n }, (_, i) => i * 10));
    expect(maxInFlight).toBeLessThanOrEqual(limit);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it("streams: the first result comes out before the source is exhausted", async () => {
    let pulled = 0;
    let ended = false;
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield i;
      }
      ended = true;
    }
    const it = orderedMap(source(), async (x) => x, 4);
    const first = await it.next();
    expect(first.value).toBe(0);
    expect(ended).toBe(false);
    expect(pulled).toBeLessThanOrEqual(5);
    await it.return(undefined);
  });

  it("hands over a finished head while the source is still waiting", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* source() {
      yield 1;
      await gate; // a slow directory, a FIFO…
      yield 2;
    }
    const it = orderedMap(source(), async (x) => x, 4);
    expect((await it.next()).value).toBe(1);
    release();
    expect((await it.next()).value).toBe(2);
    expect((await it.next()).done).toBe(true);
  });

  it("a rejected task rethrows at its position, after the results before it", async () => {
    const out: number[] = [];
    const fn = async (x: number) => {
      if (x === 3) throw new Error("boom");
      return x;
    };
    await expect(
      (async () => {
        for await (const v of orderedMap([0, 1, 2, 3, 4, 5], fn, 3)) out.push(v);
      })(),
    ).rejects.toThrow("boom");
    expect(out).toEqual([0, 1, 2]);
  });

  it("stopping early closes the source", async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const v of orderedMap(source(), async (x) => x, 2)) if (v === 5) break;
    expect(closed).toBe(true);
  });

  it("refuses a limit below 1", async () => {
    await expect(orderedMap([1], async (x) => x, 0).next()).rejects.toThrow(RangeError);
  });
});

describe("WorkerPool", () => {
  it("runs tasks on threads; a task that kills its thread is rejected, the tasks it took down run again", async () => {
    const script = join(tmp, "echo-worker.mjs");
    // answers later (so that a thread holds two tasks), dies at once on "die"
    writeFileSync(
      script,
      `import { parentPort } from "node:worker_threads";
       parentPort.on("message", ({ id, body }) => {
         if (body === "die") process.exit(7);
         setTimeout(() => parentPort.postMessage({ id, body: body * 2 }), 5);
       });`,
    );
    const pool = new WorkerPool<number | string, number>(new URL(`file://${script}`), { size: 2 });
    try {
      const inputs = [1, 2, "die", 3, 4, 5, 6, "die", 7];
      const results = await Promise.allSettled(inputs.map((x) => pool.run(x)));
      expect(results.map((r) => (r.status === "fulfilled" ? r.value : "rejected"))).toEqual([2, 4, "rejected", 6, 8, 10, 12, "rejected", 14]);
      expect(pool.threads).toBeLessThanOrEqual(2);
      expect(await pool.run(8)).toBe(16);
    } finally {
      await pool.close();
    }
    await expect(pool.run(1)).rejects.toThrow(/closed/);
  });
});

describe("--shard", () => {
  it("parses i/n and hashes paths deterministically", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/3", "4/3", "1/0", "x", "1/", "/3", "1.5/3", "-1/3", ""]) expect(parseShard(bad)).toBeNull();
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c); // the published FNV-1a test vector
    const paths = Array.from({ length: 300 }, (_, i) => `corpus/d${i % 7}/f${i}.txt`);
    for (const p of paths) expect([1, 2, 3].filter((i) => inShard(p, { index: i, count: 3 }))).toHaveLength(1);
  });

  it("the union of 1/3, 2/3 and 3/3 is exactly the input set, with no overlap", { timeout: 120_000 }, () => {
    const dir = join(tmp, "shard-corpus");
    mkdirSync(join(dir, "sub"), { recursive: true });
    const expected: string[] = [];
    for (let i = 0; i < 24; i++) {
      const p = join(dir, i % 2 ? "sub" : "", `f${String(i).padStart(2, "0")}.txt`);
      copyFileSync(seed(SEEDS[i % SEEDS.length]), p);
      expected.push(p);
    }
    const parts = [1, 2, 3].map((i) => {
      const r = run([dir, "--shard", `${i}/3`, "-f", "ndjson", "--jobs", "2"]);
      expect(r.code).toBe(0);
      return r.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).source.path as string);
    });
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length); // no overlap
    expect([...all].sort()).toEqual([...expected].sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
  });

  it("a malformed --shard is a usage error", { timeout: 60_000 }, () => {
    for (const bad of ["0/2", "3/2", "1-2", "a/b"]) {
      const r = run([seed(SEEDS[0]), "--shard", bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--shard/);
    }
  });
});

describe("--jobs", () => {
  it("--jobs 2 writes the same bytes as --jobs 1, in input order, with a bad file in the middle", { timeout: 180_000 }, () => {
    const bad = join(tmp, "bad.txt");
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const inputs = [seed(SEEDS[0]), seed(SEEDS[1]), bad, join(tmp, "missing.txt"), seed(SEEDS[2]), seed(SEEDS[3]), seed(SEEDS[4]), seed(SEEDS[0])];
    for (const format of ["json", "ndjson", "csv", "yaml"]) {
      const one = run(["-f", format, "--jobs", "1", ...inputs]);
      const two = run(["-f", format, "--jobs", "2", ...inputs]);
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stderr).toMatch(new RegExp(`^gkparse: ${bad}: not a text or HTML document`, "m"));
      expect(two.stderr).toMatch(/missing\.txt: no such file/);
    }
    const docs = JSON.parse(run(["--jobs", "2", ...inputs]).stdout) as Array<{ source: { path: string } }>;
    expect(docs.map((d) => d.source.path)).toEqual(inputs.filter((p) => p !== bad && !p.endsWith("missing.txt")));
  });

  it("more jobs than inputs give valid output; --jobs 0 is a usage error", { timeout: 60_000 }, () => {
    const r = run(["--jobs", "8", seed(SEEDS[2])]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(run(["--jobs", "0", seed(SEEDS[2])]).code).toBe(2);
  });
});

describe("NDJSON streams", () => {
  it.each([["1"], ["2"]])("--jobs %s: the first line is written before the last input can be read", { timeout: 60_000 }, async (jobs) => {
    // the last input is a FIFO: it cannot be read until this test writes it, and
    // it writes it only after the first document has arrived on standard output
    const fifo = join(tmp, `slow-${jobs}.txt`);
    execFileSync("mkfifo", [fifo]);
    const child = spawn(process.execPath, [bin, "-f", "ndjson", "--jobs", jobs, seed(SEEDS[0]), seed(SEEDS[1]), fifo], { cwd: root });
    children.push(child);
    let out = "";
    let fed = false;
    let linesBeforeFeeding = -1;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      out += d;
      if (!fed && out.includes("\n")) {
        fed = true;
        linesBeforeFeeding = out.split("\n").length - 1;
        // opened without blocking this thread: gkparse opens its end when it gets there
        createWriteStream(fifo).end(readFileSync(seed(SEEDS[2])));
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(linesBeforeFeeding).toBeGreaterThanOrEqual(1);
    expect(linesBeforeFeeding).toBeLessThanOrEqual(2);
    const paths = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual([seed(SEEDS[0]), seed(SEEDS[1]), fifo]);
  });
});
