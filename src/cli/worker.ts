// One parse task, run in a worker thread (--jobs N) or in the main thread
// (--jobs 1): read the file, parse it, and serialise the Document for the output
// format. In a worker thread the module answers every message (a Task) with one
// Reply; errors travel as their name, code and message.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Document } from "../schema.js";
import type { Warning as Message } from "../schema.js";
import type { OutputFormat, Writer } from "../emit/index.js";
import type { CsvOptions } from "../emit/csv.js";
import { summarize, type DocSummary } from "../emit/summary.js";
import type { Envelope } from "./envelope.js";

export interface JobOptions {
  format: OutputFormat;
  /** CSV columns (already checked), long form, byte-order mark */
  csv?: CsvOptions;
  encoding?: string;
  script: "simplified" | "keep";
  maxBytes: number;
}

/** A file to read, or bytes already read (standard input). */
export interface Task {
  path: string;
  bytes?: Uint8Array;
}

export interface ErrorInfo {
  name: string;
  code?: string;
  message: string;
  stack?: string;
}

export type Reply =
  /** the output chunk at position 0; at any later position it is `prefix + chunk` */
  | { ok: true; warnings: Message[]; summary: DocSummary; chunk: string; prefix: string }
  | { ok: false; error: ErrorInfo };

export async function makeWriter(opts: JobOptions): Promise<Writer> {
  const { writerFor } = await import("../emit/index.js");
  return writerFor(opts.format, opts.csv);
}

/** read (unless the bytes are given) and parse */
export async function makeParser(opts: JobOptions): Promise<(task: Task) => Promise<Document>> {
  const [{ parse }, { readDocument }] = await Promise.all([import("../pipeline.js"), import("../io.js")]);
  return async (task) => {
    const bytes = task.bytes ?? (await readDocument(task.path, opts.maxBytes));
    return parse(bytes, { path: task.path, encoding: opts.encoding, script: opts.script });
  };
}

export function errorInfo(err: unknown): ErrorInfo {
  const e = err as (Error & { code?: unknown }) | null | undefined;
  return {
    name: typeof e?.name === "string" ? e.name : "Error",
    code: typeof e?.code === "string" ? e.code : undefined,
    message: typeof e?.message === "string" ? e.message : String(err),
    stack: typeof e?.stack === "string" ? e.stack : undefined,
  };
}

/**
 * Serialises Documents in a worker, where the output position is not known yet:
 * the chunk at position 0, and the writer's separator that goes before it at any
 * later position.
 */
export function chunker(writer: Writer): (doc: Document) => Reply {
  return (doc) => ({ ok: true, warnings: doc.warnings, summary: summarize(doc), chunk: writer.doc(doc, 0), prefix: writer.separator });
}

function serve(opts: JobOptions): void {
  const port = parentPort!;
  // listen at once; the tasks that come while the parser loads wait for it
  const ready = Promise.all([makeParser(opts), makeWriter(opts)]).then(([parse, writer]) => ({ parse, serialise: chunker(writer) }));
  port.on("message", async ({ id, body: task }: Envelope<Task>) => {
    let reply: Reply;
    try {
      const { parse, serialise } = await ready;
      reply = serialise(await parse(task));
    } catch (err) {
      reply = { ok: false, error: errorInfo(err) };
    }
    port.postMessage({ id, body: reply } satisfies Envelope<Reply>);
  });
}

const data = workerData as { gkparse?: JobOptions } | null;
if (!isMainThread && parentPort && data?.gkparse) serve(data.gkparse);
