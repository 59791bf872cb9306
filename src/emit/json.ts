// JSON (an array of Documents, indented by two) and NDJSON (one Document per line).
// A large Document is also given in pieces whose concatenation is exactly its
// chunk, so a document of many megabytes is written without ever holding its
// whole text: the pieces are its top-level fields and, for a field holding an
// array, the array's elements one by one.
import type { Document } from "../schema.js";
import type { Writer } from "./writer.js";

/** Documents whose input is at least this large are serialised in pieces. */
const PIECES_FROM_BYTES = 1 << 20;

/**
 * `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep: wrapped in
 * that many arrays, then the wrapping sliced off (a slice, not a copy; no pass
 * over the text to indent it).
 */
function indented(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const [head, tail] = wrapping(depth);
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(head.length, text.length - tail.length);
}

const wrappings: [string, string][] = [];
/** the text JSON.stringify puts before and after a value wrapped in `depth` arrays */
function wrapping(depth: number): [string, string] {
  let w = wrappings[depth];
  if (!w) {
    let head = "";
    let tail = "";
    for (let i = 0; i < depth; i++) {
      head += `${"  ".repeat(i)}[\n`;
      tail = `\n${"  ".repeat(i)}]${tail}`;
    }
    w = wrappings[depth] = [head + "  ".repeat(depth), tail];
  }
  return w;
}

/**
 * The pieces of `doc` as JSON.stringify writes it `depth` levels deep, indented
 * by two (`pretty`) or not at all. Fields whose value is undefined are left out,
 * as JSON.stringify leaves them out.
 */
function* objectPieces(doc: object, depth: number, pretty: boolean): Generator<string> {
  const pad = pretty ? `\n${"  ".repeat(depth + 1)}` : "";
  const close = pretty ? `\n${"  ".repeat(depth)}` : "";
  const colon = pretty ? ": " : ":";
  const one = (v: unknown, d: number) => (pretty ? indented(v, d) : JSON.stringify(v));
  let first = true;
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    const lead = `${first ? "{" : ","}${pad}${JSON.stringify(key)}${colon}`;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      yield lead + one(value, depth + 1);
      continue;
    }
    yield `${lead}[`;
    const itemPad = pretty ? `\n${"  ".repeat(depth + 2)}` : "";
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // an element JSON.stringify cannot write is written as null
      const text = item === undefined || typeof item === "function" || typeof item === "symbol" ? "null" : one(item, depth + 2);
      yield `${i ? "," : ""}${itemPad}${text}`;
    }
    yield `${pretty ? `\n${"  ".repeat(depth + 1)}` : ""}]`;
  }
  yield first ? "{}" : `${close}}`;
}

/** the document as an element of the array, indented as JSON.stringify indents it
 * there: the array's text without its brackets (a slice, not a second copy) */
const jsonDoc = (d: Document, i: number) => `${i ? "," : ""}${JSON.stringify([d], null, 2).slice(1, -2)}`;
const ndjsonDoc = (d: Document) => `${JSON.stringify(d)}\n`;

export const jsonWriter: Writer = {
  head: () => "[",
  doc: jsonDoc,
  separator: ",",
  *pieces(d, i) {
    if (d.source.bytes < PIECES_FROM_BYTES) {
      yield jsonDoc(d, i);
      return;
    }
    yield `${i ? "," : ""}\n  `;
    yield* objectPieces(d, 1, true);
  },
  tail: (n) => (n ? "\n]\n" : "]\n"),
};

export const ndjsonWriter: Writer = {
  head: () => "",
  doc: ndjsonDoc,
  separator: "",
  *pieces(d) {
    if (d.source.bytes < PIECES_FROM_BYTES) {
      yield ndjsonDoc(d);
      return;
    }
    yield* objectPieces(d, 0, false);
    yield "\n";
  },
  tail: () => "",
};

/** For tests: the pieces of any object, whatever its size. */
export function pieces(value: Document, pretty: boolean, depth = pretty ? 1 : 0): string[] {
  return [...objectPieces(value, depth, pretty)];
}
