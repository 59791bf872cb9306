// The message between the worker pool and a worker thread.

/** What the pool sends a worker, and what the worker must answer (same id). */
export interface Envelope<T> {
  id: number;
  body: T;
}
