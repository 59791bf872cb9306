// What every output format implements: a head, one chunk per document, a tail.
import type { Document } from "../schema.js";

export interface Writer {
  head(): string;
  /** `index` is the document's position in the output (0-based) */
  doc(d: Document, index: number): string;
  tail(count: number): string;
}
