// What every output format implements: a head, one chunk per document, a tail.
import type { Document } from "../schema.js";
import type { CorpusTotals } from "./summary.js";

export interface Writer {
  head(): string;
  /**
   * `index` is the document's position in the output (0-based); the chunk at any
   * later position is `separator` + the chunk at position 0
   */
  doc(d: Document, index: number): string;
  /** what goes before every document's chunk but the first's */
  separator: string;
  /**
   * The same text in pieces (their concatenation is exactly `doc(d, index)`), for
   * writing a large document without holding its whole text.
   */
  pieces?(d: Document, index: number): Iterable<string>;
  tail(count: number): string;
  /**
   * Text that goes after the head but depends on the whole corpus (a report's
   * summary): the documents' chunks are held until the end when a writer has one.
   */
  prefix?(totals: CorpusTotals): string;
}
