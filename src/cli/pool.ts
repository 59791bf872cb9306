// Parallel parsing with bounded memory and input-order output.
//
// `orderedMap` pulls items from a (possibly endless) stream, starts at most
// `limit` tasks that have not yet been handed to the consumer, and yields the
// results in input order as soon as each one and all before it are done (a
// reorder buffer of at most `limit` entries). `WorkerPool` runs tasks on worker
// threads, started lazily, with at most two tasks per thread. `parseAll` puts the
// two together for the CLI: inputs → Documents serialised for the output format.
import { Worker } from "node:worker_threads";
import { GkparseError } from "../errors.js";
import type { Warning as Message } from "../schema.js";
import type { Writer } from "../emit/index.js";
import type { Envelope } from "./envelope.js";
import { summarize, type DocSummary } from "../emit/summary.js";
import type { Input } from "./inputs.js";
import type { JobOptions, Reply, Task } from "./worker.js";

interface Slot<R> {
  settled: boolean;
  ok: boolean;
  value?: R;
  error?: unknown;
  promise: Promise<void>;
}

/**
 * Map `fn` over `source` with at most `limit` tasks started and not yet
 * consumed, yielding results in the source's order. A rejected task rethrows
 * at its position; stopping early (break, throw) closes the source.
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R> | R,
  limit: number,
): AsyncGenerator<R> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, not ${limit}`);
  const it: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in source ? (source as AsyncIterable<T>)[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  const window: Slot<R>[] = [];
  let index = 0;
  let exhausted = false;
  let pending: Promise<IteratorResult<T>> | null = null;
  const start = (item: T) => {
    const slot = { settled: false, ok: false } as Slot<R>;
    slot.promise = (async () => fn(item, index++))().then(
      (v) => {
        slot.settled = true;
        slot.ok = true;
        slot.value = v;
      },
      (e: unknown) => {
        slot.settled = true;
        slot.error = e;
      },
    );
    window.push(slot);
  };
  try {
    for (;;) {
      // hand over every finished result at the head of the window
      while (window.length && window[0].settled) {
        const slot = window.shift()!;
        if (!slot.ok) throw slot.error;
        yield slot.value as R;
      }
      if (!exhausted && !pending && window.length < limit) pending = Promise.resolve(it.next());
      if (!pending && !window.length) return;
      // wait for whichever comes first: the next input or the head's result
      const waits: Array<Promise<IteratorResult<T> | null>> = [];
      if (pending) waits.push(pending);
      if (window.length) waits.push(window[0].promise.then(() => null));
      const got = await Promise.race(waits);
      if (got && pending) {
        pending = null;
        if (got.done) exhausted = true;
        else start(got.value);
      }
    }
  } finally {
    if (!exhausted) await it.return?.();
  }
}

export interface PoolOptions {
  /** at most this many threads */
  size: number;
  /** tasks sent to one thread before it answers (default 2: it never waits for the next one) */
  perThread?: number;
  /** passed to every worker as workerData */
  workerData?: unknown;
}


interface Job<Req, Res> {
  id: number;
  /** it was on a thread that died: it runs again, alone on its thread */
  retried: boolean;
  req: Req;
  transfer: ArrayBuffer[];
  resolve: (r: Res) => void;
  reject: (e: unknown) => void;
}

interface Thread<Req, Res> {
  worker: Worker;
  jobs: Map<number, Job<Req, Res>>;
  /** running a retried job: nothing else is sent to it */
  solo: boolean;
}

/**
 * Worker threads running `script`, which answers each Envelope with one Envelope
 * of the same id. Threads are started when there is work for them; each holds at
 * most `perThread` tasks. When a thread dies (out of memory, a crash), its tasks
 * run again, each alone on a thread, so that only the task that kills a thread
 * twice is rejected; dead threads are replaced on demand.
 */
export class WorkerPool<Req, Res> {
  private readonly threadsList: Thread<Req, Res>[] = [];
  private readonly queue: Job<Req, Res>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly opts: PoolOptions,
  ) {}

  run(req: Req, transfer: ArrayBuffer[] = []): Promise<Res> {
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise<Res>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, retried: false, req, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Threads running now. */
  get threads(): number {
    return this.threadsList.length;
  }

  private dispatch(): void {
    const perThread = this.opts.perThread ?? 2;
    while (this.queue.length) {
      const job = this.queue[0];
      const room = job.retried ? 1 : perThread;
      // the least busy thread with room; a new thread rather than a busy one while there may be more
      let t: Thread<Req, Res> | undefined;
      for (const c of this.threadsList) if (!c.solo && c.jobs.size < room && (!t || c.jobs.size < t.jobs.size)) t = c;
      if ((!t || t.jobs.size > 0) && this.threadsList.length < this.opts.size) t = this.spawn();
      if (!t) return;
      this.queue.shift();
      t.jobs.set(job.id, job);
      t.solo = job.retried;
      t.worker.postMessage({ id: job.id, body: job.req } satisfies Envelope<Req>, job.transfer);
    }
  }

  private spawn(): Thread<Req, Res> {
    const worker = new Worker(this.script, { workerData: this.opts.workerData });
    const t: Thread<Req, Res> = { worker, jobs: new Map(), solo: false };
    this.threadsList.push(t);
    const fail = (err: unknown) => {
      const i = this.threadsList.indexOf(t);
      if (i < 0) return;
      this.threadsList.splice(i, 1);
      const jobs = [...t.jobs.values()].sort((a, b) => b.id - a.id);
      t.jobs.clear();
      for (const j of jobs) {
        if (j.retried || this.closed) j.reject(err);
        else {
          j.retried = true;
          this.queue.unshift(j);
        }
      }
      void worker.terminate();
      if (!this.closed) this.dispatch();
    };
    worker.on("message", (m: Envelope<Res>) => {
      const job = t.jobs.get(m.id);
      t.jobs.delete(m.id);
      if (!t.jobs.size) t.solo = false;
      job?.resolve(m.body);
      this.dispatch();
    });
    worker.on("error", (err) => fail(err));
    worker.on("exit", (code) => fail(new Error(`worker thread exited unexpectedly (code ${code})`)));
    return t;
  }

  /** Stop every thread (tasks not yet answered are rejected). */
  async close(): Promise<void> {
    this.closed = true;
    const closed = new Error("the worker pool is closed");
    for (const j of this.queue.splice(0)) j.reject(closed);
    const threads = this.threadsList.splice(0);
    for (const t of threads) for (const j of t.jobs.values()) j.reject(closed);
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}

/** One input's result, in input order: the output at a position (as pieces to write in turn), or why it failed. */
export type Outcome =
  | { ok: true; path: string; warnings: Message[]; summary: DocSummary; chunks: (index: number) => Iterable<string> }
  | { ok: false; path: string; error: unknown };

export interface ParseAllOptions extends JobOptions {
  /** 1: parse in this thread; more: that many worker threads */
  jobs: number;
  /** tasks started and not yet consumed (default 4 × jobs) */
  window?: number;
  /**
   * Look at up to this many inputs first: when there are no more, parse them in
   * this thread, since starting threads (each loads the parser) would cost more
   * than it saves. 0 (default): always use `jobs`.
   */
  smallRun?: number;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Parse every input, yielding outcomes in input order as soon as each one and
 * all before it are done. Files are read where they are parsed (the worker);
 * standard input is read here.
 */
export async function* parseAll(inputs: AsyncIterable<Input>, opts: ParseAllOptions, writer: Writer): AsyncGenerator<Outcome> {
  const { jobs: requested, window: _window, smallRun = 0, ...jobOptions } = opts;
  const source = inputs[Symbol.asyncIterator]();
  const head: Input[] = [];
  let ended = false;
  while (head.length < smallRun) {
    const n = await source.next();
    if (n.done) {
      ended = true;
      break;
    }
    head.push(n.value);
  }
  const all = async function* (): AsyncGenerator<Input> {
    yield* head;
    if (!ended) yield* { [Symbol.asyncIterator]: () => source };
  };
  const jobs = ended ? 1 : requested;
  const worker = await import("./worker.js");
  const inProcess = jobs === 1 ? await worker.makeParser(jobOptions) : null;
  const pool = inProcess ? null : new WorkerPool<Task, Reply>(new URL("./worker.js", import.meta.url), { size: jobs, workerData: { gkparse: jobOptions } });

  const one = async (input: Input): Promise<Outcome> => {
    if (input.kind === "error") return { ok: false, path: input.path, error: input.error };
    const task: Task = { path: input.path };
    if (input.kind === "stdin") {
      try {
        task.bytes = await readStdin();
      } catch (err) {
        return { ok: false, path: input.path, error: err };
      }
      if (task.bytes.length > opts.maxBytes)
        return {
          ok: false,
          path: input.path,
          error: new GkparseError("too-large", `input is ${task.bytes.length} bytes, over the limit of ${opts.maxBytes} (--max-bytes)`),
        };
    }
    if (inProcess) {
      try {
        const doc = await inProcess(task);
        return { ok: true, path: input.path, warnings: doc.warnings, summary: summarize(doc), chunks: (i) => (writer.pieces ? writer.pieces(doc, i) : [writer.doc(doc, i)]) };
      } catch (err) {
        return { ok: false, path: input.path, error: err };
      }
    }
    let reply: Reply;
    try {
      reply = await pool!.run(task);
    } catch (err) {
      return { ok: false, path: input.path, error: worker.errorInfo(err) };
    }
    if (!reply.ok) return { ok: false, path: input.path, error: reply.error };
    const { chunk, prefix } = reply;
    return { ok: true, path: input.path, warnings: reply.warnings, summary: reply.summary, chunks: (i) => [i === 0 ? chunk : prefix + chunk] };
  };

  try {
    // in this thread too, several files are read ahead while one is parsed
    yield* orderedMap(all(), one, opts.window ?? (jobs === 1 ? 8 : 4 * jobs));
  } finally {
    await pool?.close();
  }
}
