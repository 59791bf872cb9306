// Where the output goes: standard output (streamed, respecting back-pressure) or
// --out FILE, written to a temporary file beside it and renamed into place only
// when the run completes, so an interrupted run leaves the previous file intact.
import { createWriteStream, unlinkSync, type WriteStream } from "node:fs";
import { rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface Sink {
  write(chunk: string): Promise<void>;
  /** finish: rename the temporary file into place */
  commit(): Promise<void>;
  /** give up: remove the temporary file */
  abort(): Promise<void>;
}

/** Chunks are gathered up to this many characters before one write. */
const BUFFER = 64 * 1024;

/**
 * A sink that gathers small chunks into larger writes: a write goes out when 64 KB
 * are gathered, or when no chunk has come for a moment (so output keeps streaming
 * when documents come slowly); flush() writes what is gathered.
 */
function buffered(write: (chunk: string) => Promise<void>): { write(chunk: string): Promise<void>; flush(): Promise<void> } {
  let parts: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | null = null;
  let pending: Promise<void> = Promise.resolve();
  const flush = () => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!size) return pending;
    const chunk = parts.join("");
    parts = [];
    size = 0;
    pending = pending.then(() => write(chunk));
    return pending;
  };
  return {
    write(chunk) {
      if (!chunk) return Promise.resolve();
      // a large chunk goes out as it is, in slices (no joined copy, no whole-string conversion at once)
      if (chunk.length >= BUFFER) {
        const before = flush();
        for (let at = 0; at < chunk.length; at += SLICE) {
          const piece = chunk.slice(at, at + SLICE);
          pending = pending.then(() => write(piece));
        }
        return before.then(() => pending);
      }
      parts.push(chunk);
      size += chunk.length;
      if (size >= BUFFER) return flush();
      timer ??= setTimeout(() => void flush().catch(() => undefined), 20);
      return Promise.resolve();
    },
    flush,
  };
}

/** A large chunk is written in slices of this many characters. */
const SLICE = 1 << 20;

export function stdoutSink(): Sink {
  const out = buffered(writeStdout());
  return { write: out.write, commit: out.flush, abort: () => Promise.resolve() };
}

/** One write to standard output, respecting back-pressure; a reader gone away (EPIPE) ends writing quietly. */
function writeStdout(): (chunk: string) => Promise<void> {
  let broken = false;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") broken = true;
    else throw err;
  });
  return (chunk) => {
      if (broken || !chunk) return Promise.resolve();
      return new Promise((resolve) => {
        if (process.stdout.write(chunk)) return resolve();
        // a reader that goes away while the pipe is full never drains it: stop
        // waiting on close too (otherwise a run with worker threads would hang)
        if (process.stdout.destroyed) return resolve();
        const done = () => {
          process.stdout.off("drain", done);
          process.stdout.off("close", done);
          resolve();
        };
        process.stdout.on("drain", done);
        process.stdout.on("close", done);
      });
  };
}

let liveTemp: string | null = null;

/** Remove the temporary output when the process is interrupted. */
export function installSignalCleanup(): void {
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(sig, () => {
      if (liveTemp) {
        try {
          unlinkSync(liveTemp);
        } catch {
          /* already gone */
        }
      }
      process.exit(128 + (sig === "SIGINT" ? 2 : sig === "SIGTERM" ? 15 : 1));
    });
  }
}

export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  liveTemp = tmp;
  const stream: WriteStream = createWriteStream(tmp);
  let failed: Error | null = null;
  stream.on("error", (e) => (failed = e));
  const closed = () =>
    new Promise<void>((resolve, reject) => {
      if (failed) return reject(failed);
      stream.end(() => (failed ? reject(failed) : resolve()));
    });
  const out = buffered((chunk) => {
    if (failed) return Promise.reject(failed);
    return new Promise((resolve, reject) => {
      if (stream.write(chunk)) resolve();
      else stream.once("drain", () => (failed ? reject(failed) : resolve()));
    });
  });
  return {
    write: out.write,
    async commit() {
      await out.flush();
      await closed();
      await rename(tmp, path);
      liveTemp = null;
    },
    async abort() {
      stream.destroy();
      await unlink(tmp).catch(() => undefined);
      liveTemp = null;
    },
  };
}

/**
 * Why --out cannot be written, checked before any parsing (null when it can): its
 * directory must exist, and the path must not be a directory itself.
 */
export async function checkOut(path: string): Promise<string | null> {
  const dir = dirname(path);
  const kind = async (p: string) => {
    try {
      return (await stat(p)).isDirectory() ? "dir" : "file";
    } catch {
      return null;
    }
  };
  if ((await kind(path)) === "dir") return "is a directory (give a file name)";
  const d = await kind(dir);
  if (d === null) return `directory ${dir} does not exist`;
  if (d !== "dir") return `${dir} is not a directory`;
  return null;
}

/** The database output: NDJSON chunks of Documents written into a new SQLite file at `path`. */
export async function sqliteSink(path: string): Promise<Sink> {
  const { sqliteOutput } = await import("../emit/sqlite.js");
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  liveTemp = tmp;
  const db = sqliteOutput(path, tmp);
  return {
    async write(chunk) {
      for (const line of chunk.split("\n")) if (line) db.add(JSON.parse(line));
    },
    async commit() {
      db.commit();
      liveTemp = null;
    },
    async abort() {
      db.abort();
      liveTemp = null;
    },
  };
}
