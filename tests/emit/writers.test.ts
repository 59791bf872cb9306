// The writers' contract: a later position differs only by the separator, and a
// document's pieces (JSON, NDJSON) are exactly its chunk, at every size.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { writerFor, type OutputFormat } from "../../src/emit/index.js";
import { jsonWriter, ndjsonWriter, pieces } from "../../src/emit/json.js";
import type { Document } from "../../src/schema.js";

const seeds = join(import.meta.dirname, "..", "..", "seeds");
const docs: Document[] = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => parse(readFileSync(join(seeds, f)), { path: f }));

describe("every writer", () => {
  for (const fmt of ["json", "ndjson", "yaml", "csv", "ics", "md", "sqlite"] as OutputFormat[])
    it(`${fmt}: the chunk at a later position is the separator and the chunk at position 0`, async () => {
      const w = await writerFor(fmt);
      for (const d of docs) {
        const first = w.doc(d, 0);
        expect(w.doc(d, 1)).toBe(w.separator + first);
        expect(w.doc(d, 7)).toBe(w.separator + first);
      }
    });

  it("the JSON array's separator is the comma", () => {
    expect(jsonWriter.separator).toBe(",");
    expect(JSON.parse(jsonWriter.head() + jsonWriter.doc(docs[0], 0) + jsonWriter.doc(docs[1], 1) + jsonWriter.tail(2))).toHaveLength(2);
  });
});

describe("JSON and NDJSON in pieces", () => {
  it("the pieces of every seed document are exactly its chunk, indented or not", () => {
    for (const d of docs) {
      expect(pieces(d, true).join("")).toBe(JSON.stringify([d], null, 2).slice(4, -2));
      expect(pieces(d, false).join("")).toBe(JSON.stringify(d));
    }
  });

  it("a large document is written in many pieces that make up its chunk at any position", () => {
    const d = docs.find((x) => x.tasks.length > 5)!;
    const large = { ...d, source: { ...d.source, bytes: 5 << 20 } };
    for (const [w, i] of [[jsonWriter, 0], [jsonWriter, 3], [ndjsonWriter, 0], [ndjsonWriter, 2]] as const) {
      const parts = [...w.pieces!(large, i)];
      expect(parts.length).toBeGreaterThan(large.tasks.length);
      expect(parts.join("")).toBe(w.doc(large, i));
    }
  });

  it("a small document is one piece", () => {
    const d = docs[0];
    expect([...jsonWriter.pieces!(d, 1)]).toEqual([jsonWriter.doc(d, 1)]);
    expect([...ndjsonWriter.pieces!(d, 0)]).toEqual([ndjsonWriter.doc(d, 0)]);
  });

  it("leaves out undefined fields and writes undefined elements as null, as JSON.stringify does", () => {
    const odd = { a: 1, b: undefined, c: [], d: {}, e: [1, undefined, { f: [2, 3] }], g: "引号\"与\n换行", h: null } as unknown as Document;
    expect(pieces(odd, true).join("")).toBe(JSON.stringify([odd], null, 2).slice(4, -2));
    expect(pieces(odd, false).join("")).toBe(JSON.stringify(odd));
    const empty = {} as Document;
    expect(pieces(empty, true).join("")).toBe("{}");
    expect(pieces(empty, false).join("")).toBe("{}");
  });
});
