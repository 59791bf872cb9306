// Property tests (fast-check): documents assembled at random from the genre's
// pieces and damage (tests/helpers/genre.ts), as text and as HTML pages, and random bytes. Whatever the input,
// `parse` gives a Document that validates against the schema, whose line numbers
// point into the input and whose task ids are unique — or, for bytes only, a
// GkparseError saying why they are not a document; the same input always gives
// the same Document, and the encoding of the bytes does not change it.
//
// Each property runs 3,000 times on small documents (a few lines) in CI, about ten
// seconds; GKPARSE_PROPERTY_RUNS=100000 npm test searches longer. A failure prints the seed and the shrunk counterexample;
// re-run it with fc.assert(…, { seed, path }).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "../../src/pipeline.js";
import { GkparseError } from "../../src/errors.js";
import { validateDocument, type Document } from "../../src/schema.js";
import { countLines, genreDoc, genreHtml, randomBytes } from "../helpers/genre.js";

/** Runs per property: enough for CI; set GKPARSE_PROPERTY_RUNS for a longer search. */
const RUNS = Number(process.env.GKPARSE_PROPERTY_RUNS ?? 3000);
const TIMEOUT = 120_000;

/** Text documents, and one in ten saved as an HTML page. */
const anyDoc = fc.oneof({ arbitrary: genreDoc, weight: 9 }, { arbitrary: genreHtml, weight: 1 });

/**
 * Counterexamples fast-check found, run every time: a two-row header whose lower
 * row took the place of the task column (interpretTable threw on the null roles).
 */
const FOUND_TWO_ROW_HEADER = {
  text: "友谊县2017年政务公开\n工作要点\n〔完成时限：2021年12月底前\n序号\t\n\t公开任务\n公开内容\n牵\n配合单位\n时限要求\n〔1\n落实\t政策解读工作\n\t落实政策解读工作\n县政府办\n县\n2021年12月底前\n2\n〔做好政府信息主动公开\n做\t好政府信息主动公开\n\t县政府办\n县政府办\n2021年12",
  lines: 21,
};

/** What must hold of every Document parsed from a text of `lines` lines: the list of breaches (empty). */
function breaches(doc: Document, lines: number): string[] {
  const out = validateDocument(doc);
  for (const t of doc.tasks) if (!(t.line >= 1 && t.line <= lines)) out.push(`task ${t.id}: line ${t.line} is not one of the ${lines} input lines`);
  for (const w of doc.warnings)
    if (!(w.line >= 0 && w.line <= lines)) out.push(`warning ${w.code}: line ${w.line} is not one of the ${lines} input lines`);
  const ids = doc.tasks.map((t) => t.id);
  if (new Set(ids).size !== ids.length) out.push(`task ids are not unique: ${ids.join(" ")}`);
  return out;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const utf16leWithBom = (s: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]));
const withoutSource = ({ source: _source, ...rest }: Document) => rest;

describe("properties of parse on documents of the genre", () => {
  it(`never throws; the Document validates, its lines exist in the input, its task ids are unique (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyDoc, ({ text, lines }) => {
        if (!text.trim()) {
          // only blank text is refused, and with the reason
          expect(() => parse(text)).toThrow(expect.objectContaining({ name: "GkparseError", code: "empty-file" }));
          return;
        }
        expect(breaches(parse(text, { path: "p.txt" }), lines)).toEqual([]);
      }),
      { numRuns: RUNS, examples: [[FOUND_TWO_ROW_HEADER]] },
    );
  }, TIMEOUT);

  // Two properties checked on the same inputs (three parses per run instead of four).
  it(`is deterministic (the same bytes twice give deep-equal Documents) and does not depend on the encoding (UTF-8, or UTF-16LE with BOM: the same Document apart from source) (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyDoc, ({ text, lines }) => {
        fc.pre(text.trim() !== "");
        const bytes = utf8(text);
        const a = parse(bytes, { path: "p.txt" });
        expect(parse(bytes, { path: "p.txt" })).toStrictEqual(a);
        const b = parse(utf16leWithBom(text), { path: "p.txt" });
        expect(a.source.encoding).toBe("utf-8");
        expect(b.source.encoding).toBe("utf-16le");
        expect(withoutSource(b)).toStrictEqual(withoutSource(a));
        expect(breaches(b, lines)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe("properties of parse on random bytes", () => {
  it(`gives a valid Document, or a GkparseError empty-file / not-text / undecodable (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        let doc: Document;
        try {
          doc = parse(bytes, { path: "r.bin" });
        } catch (err) {
          expect(err).toBeInstanceOf(GkparseError);
          expect(["empty-file", "not-text", "undecodable"]).toContain((err as GkparseError).code);
          return;
        }
        // lines of the decoded text: decode again the way the Document says it was read
        const enc = doc.source.encoding;
        const text = new TextDecoder(enc).decode(bytes);
        expect(breaches(doc, countLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
