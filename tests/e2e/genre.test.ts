// Documents written for these tests in the genre's own wording, in layouts the
// seeds do not have; expected values written by hand (tests/genre/*.expected.json).
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/index.js";

const dir = join(import.meta.dirname, "..", "genre");
const docs = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort();

interface Expected {
  title: string | null;
  region: string | null;
  year: number | null;
  notice: null | { docNumber: string | null; issuer: string | null; date: string | null; addressees: string[] };
  cc: string[];
  tasks: Array<[string, string[], string[], string[], string[]]>;
}

describe.each(docs)("%s", (file) => {
  const e = JSON.parse(readFileSync(join(dir, file.replace(/\.[^.]+$/, ".expected.json")), "utf8")) as Expected;
  const d = parse(readFileSync(join(dir, file)), { path: file });
  it("title, region, year, cc", () => {
    expect([d.title, d.region, d.year, d.cc]).toEqual([e.title, e.region, e.year, e.cc]);
  });
  it("notice", () => {
    if (e.notice === null) expect(d.notice).toBeNull();
    else expect(d.notice).toMatchObject(e.notice);
  });
  it("tasks: ids, units and deadlines", () => {
    const got = d.tasks.map((t) => [
      t.id,
      t.leadUnits,
      t.responsibleUnits,
      t.cooperatingUnits,
      t.deadlines.map((x) => x.date ?? (x.kind === "recurring" ? `every:${x.every}` : x.kind)),
    ]);
    expect(got).toEqual(e.tasks);
  });
});
