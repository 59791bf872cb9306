// The validator every Document passes before it is written (src/validate.ts, compiled
// from the JSON Schema that zod generates) agrees with zod itself: on real Documents,
// and on Documents broken in each of the ways the schema forbids.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../src/index.js";
import { validateDocument } from "../src/schema.js";
import { documentProblems } from "../src/validate.js";

const root = join(import.meta.dirname, "..");
const docs = readdirSync(join(root, "seeds")).map((f) => parse(readFileSync(join(root, "seeds", f)), { path: f }));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Ways to break a Document, each against one rule of the schema. */
const BREAKS: Array<[string, (d: Record<string, any>) => void]> = [
  ["a wrong schemaVersion", (d) => (d.schemaVersion = "2")],
  ["a missing field", (d) => delete d.tasks],
  ["a date that is not YYYY-MM-DD", (d) => (d.tasks.find((t: any) => t.deadlines.length).deadlines[0].date = "2021-7-1")],
  ["a kind outside the enum", (d) => (d.tasks.find((t: any) => t.deadlines.length).deadlines[0].kind = "soon")],
  ["an empty unit", (d) => d.tasks[0].leadUnits.push("")],
  ["a line of 0", (d) => (d.tasks[0].line = 0)],
  ["a fractional line", (d) => (d.tasks[0].line = 1.5)],
  ["a year as a string", (d) => (d.year = "2021")],
  ["a null where a string is required", (d) => (d.tasks[0].text = null)],
  ["a bad sha256", (d) => (d.source.sha256 = "xyz")],
  ["an unknown meta key", (d) => (d.meta.owner = "x")],
  ["an item without a number (recursive items)", (d) => (d.sections.find((s: any) => s.items.length).items[0].number = "")],
  ["a unit mention with a bad role", (d) => (d.units[0].mentions[0].role = "boss")],
  ["a notice that is a string", (d) => (d.notice = "x")],
];

describe("the compiled validator", () => {
  it("passes every seed's Document, as zod does", () => {
    for (const d of docs) {
      expect(validateDocument(d)).toEqual([]);
      expect(documentProblems(d)).toEqual([]);
    }
  });
  it.each(BREAKS)("refuses %s, as zod does", (_name, breakIt) => {
    const d = clone(docs[2]) as Record<string, any>;
    breakIt(d);
    expect(validateDocument(d).length).toBeGreaterThan(0);
    expect(documentProblems(d).length).toBeGreaterThan(0);
  });
  it("names the path of the problem", () => {
    const d = clone(docs[2]) as Record<string, any>;
    d.tasks[3].deadlines = [{ text: "x", date: "bad", kind: "by", line: 1 }];
    expect(documentProblems(d)).toEqual([".tasks[3].deadlines[0].date: matches none of its 2 forms"]);
  });
  it("refuses a field the JSON Schema does not name (zod's parse would drop it)", () => {
    const d = clone(docs[2]) as Record<string, any>;
    d.extra = 1;
    expect(documentProblems(d)).toEqual([".extra: not allowed"]);
  });
});
