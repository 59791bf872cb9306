// The whole pipeline, bytes → Document: decode → read (by format) → normalise →
// segment → extract → validate. Pure: the caller reads files; the CLI and the
// programmatic API both go through `parse`.
import { createHash } from "node:crypto";
import { decode, looksLikeHtml } from "./decode/index.js";
import { GkparseError } from "./errors.js";
import { InputFile } from "./file.js";
import { pickReader, type Format } from "./read/index.js";
import { normalize } from "./normalize/index.js";
import { segment } from "./segment/index.js";
import { assemble } from "./extract/document.js";
import type { Document, Encoding } from "./schema.js";
import { documentProblems } from "./validate.js";

export interface ParseOptions {
  /** the path reported in source.path */
  path?: string;
  /** force an encoding label (gbk, big5, utf-16le …) instead of detecting it */
  encoding?: string;
  /** "simplified" (default): convert traditional text; "keep": leave the script alone */
  script?: "simplified" | "keep";
  /** "auto" (default) recognises the format by content; or a reader's name */
  format?: "auto" | Format;
}

/**
 * Parse one document. `input` is the file's bytes (the encoding is detected) or
 * an already decoded string. Throws GkparseError when the input cannot be read
 * as a document (binary, empty, undecodable) or when the result breaks the schema.
 */
export function parse(input: Uint8Array | string, opts: ParseOptions = {}): Document {
  const file = new InputFile(opts.path ?? "-");
  const { seg, source, restore } = prepare(input, file, opts);
  const assembled = assemble(seg, source, file);
  // --script keep: extraction ran on the simplified text; its values go back to the input's script
  const doc = restore ? { ...restoreStrings(assembled, restore), source, schemaVersion: assembled.schemaVersion } : assembled;
  const problems = documentProblems(doc);
  if (problems.length) throw new GkparseError("schema", `output violates the schema (a bug): ${problems.slice(0, 3).join("; ")}`);
  return doc;
}

/**
 * Decode, read, normalise and segment. Only the segmented document and its source
 * leave this function: the decoded text and the blocks before normalisation are
 * garbage once it returns (a large input is not held through extraction).
 */
function prepare(input: Uint8Array | string, file: InputFile, opts: ParseOptions) {
  let text: string;
  let encoding: Encoding;
  let html: boolean;
  let bytes: Uint8Array;
  if (typeof input === "string") {
    if (!input.trim()) throw new GkparseError("empty-file", "empty document");
    bytes = Buffer.from(input, "utf8");
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    encoding = "utf-8";
    html = looksLikeHtml(text.slice(0, 4096));
  } else {
    bytes = input;
    ({ text, encoding, html } = decode(input, file, { encoding: opts.encoding }));
  }
  const reader = pickReader(text, { html }, opts.format);
  const norm = normalize(reader.read(text, file), file, { script: opts.script });
  const source: Document["source"] = {
    path: file.path,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    encoding,
    format: reader.name,
    script: norm.script,
  };
  return { seg: segment(norm.blocks, file), source, restore: norm.restore };
}

/** Every string of a value, mapped by `f` (keys untouched). */
function restoreStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === "string") return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => restoreStrings(v, f)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = restoreStrings(v, f);
    return out as T;
  }
  return value;
}
