// Command-line inputs → a stream of files, in the order given: file paths,
// directories (walked recursively, sorted, for the document extensions), glob patterns
// (expanded by fast-glob, sorted; quoted globs work), and "-" for standard input.
// Files and directories stream: a directory is listed one directory at a time
// (only the names of the directory being read are held, to sort them), so the
// first file is parsed before the walk ends. A glob's matches are collected and
// sorted first. --shard keeps a deterministic share of the stream.
import { opendir, stat } from "node:fs/promises";
import { join } from "node:path";
import { GkparseError } from "../errors.js";
import { ioError } from "../io.js";

export type Input =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: "-" }
  | { kind: "error"; path: string; error: GkparseError };

/** The extensions a directory is walked for (any case), unless --ext names others. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ["txt", "htm", "html", "shtml", "jhtml", "xhtml", "md", "csv"];

/** A test of file names by extension, any case: ["txt", ".html"] → /\.(?:txt|html)$/i. */
export function extensionTest(exts: readonly string[]): RegExp {
  const alt = exts.map((e) => e.trim().replace(/^\./, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).filter(Boolean);
  return new RegExp(`\\.(?:${alt.join("|")})$`, "i");
}

/** Files under a directory, depth first, names sorted, hidden entries skipped. */
async function* walk(dir: string, wanted: RegExp): AsyncGenerator<string> {
  const entries: Array<{ name: string; dir: boolean }> = [];
  const handle = await opendir(dir);
  for await (const e of handle) {
    if (e.name.startsWith(".")) continue;
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if ((e.isFile() || e.isSymbolicLink()) && wanted.test(e.name)) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walk(p, wanted);
    else yield p;
  }
}

export async function* expandInputs(args: string[], exts: readonly string[] = DOCUMENT_EXTENSIONS): AsyncGenerator<Input> {
  const wanted = extensionTest(exts);
  for (const arg of args) {
    if (arg === "-") {
      yield { kind: "stdin", path: "-" };
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      st = await stat(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        yield { kind: "error", path: arg, error: ioError(err) };
        continue;
      }
    }
    if (st?.isDirectory()) {
      let n = 0;
      try {
        for await (const p of walk(arg, wanted)) {
          n++;
          yield { kind: "file", path: p };
        }
      } catch (err) {
        yield { kind: "error", path: arg, error: ioError(err) };
        continue;
      }
      if (!n) yield { kind: "error", path: arg, error: new GkparseError("not-found", `directory holds no documents (${exts.map((e) => "." + e.replace(/^\./, "")).join(" ")}; --ext names others)`) };
      continue;
    }
    if (st) {
      yield { kind: "file", path: arg };
      continue;
    }
    const fg = (await import("fast-glob")).default;
    if (fg.isDynamicPattern(arg)) {
      const matches = (await fg(arg, { onlyFiles: true, dot: false, followSymbolicLinks: true })).sort();
      if (!matches.length) yield { kind: "error", path: arg, error: new GkparseError("not-found", "pattern matches no files") };
      for (const p of matches) yield { kind: "file", path: p };
      continue;
    }
    yield { kind: "error", path: arg, error: new GkparseError("not-found", "no such file or directory") };
  }
}

/** --shard i/n: this run keeps the inputs whose path hashes to i − 1 modulo n. */
export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; null when malformed (not 1 ≤ i ≤ n). */
export function parseShard(s: string): Shard | null {
  const m = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(s);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/**
 * --shard auto: this run's share from its scheduler. The index from a Kubernetes
 * Indexed Job (JOB_COMPLETION_INDEX, 0-based) or from GNU parallel's job slot
 * (PARALLEL_JOBSLOT, the {%} of the command, 1-based); the count from --shard-count,
 * else GKPARSE_SHARD_COUNT. Returns the shard, or why it cannot be told.
 */
export function autoShard(env: NodeJS.ProcessEnv, count?: number): Shard | string {
  const n = count ?? (env.GKPARSE_SHARD_COUNT ? Number(env.GKPARSE_SHARD_COUNT) : NaN);
  if (!Number.isInteger(n) || n < 1) return "--shard auto needs the number of shards: --shard-count N or GKPARSE_SHARD_COUNT";
  let index: number;
  if (env.JOB_COMPLETION_INDEX) index = Number(env.JOB_COMPLETION_INDEX) + 1;
  else if (env.PARALLEL_JOBSLOT) index = Number(env.PARALLEL_JOBSLOT);
  else return "--shard auto finds no shard index: JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) or PARALLEL_JOBSLOT (GNU parallel) is not set";
  if (!Number.isInteger(index) || index < 1 || index > n) return `--shard auto: index ${index} is not between 1 and ${n}`;
  return { index, count: n };
}

/** 32-bit FNV-1a of the UTF-8 bytes of a string: the same on every machine and Node version. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, "utf8")) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Whether a path (as given or as found by the walk or the glob) belongs to the shard. */
export function inShard(path: string, shard: Shard): boolean {
  return fnv1a(path) % shard.count === shard.index - 1;
}

/** The inputs of one shard; errors (a missing path, an empty directory) are sharded by their path too, so they are reported once. */
export async function* shardInputs(inputs: AsyncIterable<Input>, shard: Shard | null): AsyncGenerator<Input> {
  for await (const input of inputs) if (!shard || inShard(input.path, shard)) yield input;
}
