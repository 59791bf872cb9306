// What the commands share: exit statuses, usage errors, and the readers of option values.
import { InvalidArgumentError } from "commander";
import type { OutputFormat } from "../emit/index.js";

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3, strict: 4 } as const;

/** Without --jobs, runs of fewer inputs than this are parsed in the main thread. */
export const SMALL_RUN = 32;

export class UsageError extends Error {
  override name = "UsageError";
}

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} takes a positive whole number, not "${v}"`);
    return n;
  };
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kib: 1024, kb: 1000, m: 1024 ** 2, mib: 1024 ** 2, mb: 1e6, g: 1024 ** 3, gib: 1024 ** 3, gb: 1e9 };

/** 500k, 1MiB, 50MB, 2G, 1000 → bytes (K, KiB = 1024; KB = 1000; the same for M and G). */
export function parseSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0)
    throw new InvalidArgumentError(`--max-bytes takes a size such as 500k, 1MiB, 50MB or 1000000, not "${v}"`);
  return Math.floor(Number(m[1]) * unit);
}

/** The output format an --out file's extension names, or null. */
export function formatOfPath(path: string): OutputFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase();
  const byExt: Record<string, OutputFormat> = {
    json: "json",
    ndjson: "ndjson",
    jsonl: "ndjson",
    yaml: "yaml",
    yml: "yaml",
    csv: "csv",
    ics: "ics",
    md: "md",
    markdown: "md",
    sqlite: "sqlite",
    sqlite3: "sqlite",
    db: "sqlite",
  };
  return ext ? (byExt[ext] ?? null) : null;
}

export function describe(err: unknown, debug: boolean): { message: string; internal: boolean } {
  const e = err as Error & { code?: string };
  if (e?.name === "GkparseError") return { message: e.message, internal: e.code === "schema" };
  const message = `internal error: ${e?.message ?? String(err)}${debug ? `\n${e?.stack ?? ""}` : " (a bug; --debug shows the stack)"}`;
  return { message, internal: true };
}

