// The programmatic API: the same pipeline the CLI runs.
//   import { parse, parseFile } from "gkparse";
//   const doc = await parseFile("plan.txt");   // or parse(bytes, { path })
export { parse, type ParseOptions } from "./pipeline.js";
export { readDocument as readFileBytes } from "./io.js";
export {
  DocumentSchema,
  validateDocument,
  documentJsonSchema,
  type Document,
  type Task,
  type Deadline,
  type Warning,
  type Section,
  type Item,
  type Attachment,
  type Meta,
  type Notice,
  type Source,
  type Reference,
  type Table,
  type Unit,
} from "./schema.js";
export { canonicalUnit, type CanonicalUnit, type CanonicalOptions } from "./assign/canonical.js";
export { GkparseError, type ErrorCode } from "./errors.js";
export { WARNINGS, type WarningCode, type Severity } from "./warnings.js";
export { format, type OutputFormat } from "./emit/index.js";

import { parse, type ParseOptions } from "./pipeline.js";
import { readDocument } from "./io.js";
import type { Document } from "./schema.js";

export interface ParseFileOptions extends ParseOptions {
  /** refuse files larger than this many bytes (default 50 MB) */
  maxBytes?: number;
}

/** Read and parse one file. Rejects with GkparseError (code and reason) when it cannot. */
export async function parseFile(path: string, opts: ParseFileOptions = {}): Promise<Document> {
  const bytes = await readDocument(path, opts.maxBytes);
  return parse(bytes, { path, ...opts });
}
