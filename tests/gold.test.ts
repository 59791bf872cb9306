// The seeds and the development documents against their hand-made gold
// annotations (tests/gold): every field, heading and task must agree.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../src/index.js";
import { compareWithGold, type Gold } from "./helpers/gold.js";

const root = join(import.meta.dirname, "..");

function cases(goldDir: string, docDir: string): Array<[string, string, Gold]> {
  const docs = readdirSync(docDir);
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as Gold;
      const stem = f.replace(/\.json$/, "");
      const doc = docs.find((d) => d.replace(/\.[^.]+$/, "") === stem)!;
      return [stem, join(docDir, doc), gold];
    });
}

describe("seeds agree with their gold annotations", () => {
  it.each(cases(join(root, "tests/gold/seeds"), join(root, "seeds")))("%s", (_stem, path, gold) => {
    const doc = parse(readFileSync(path), { path });
    expect(compareWithGold(doc, gold)).toEqual([]);
  });
});

describe("development documents agree with their gold annotations", () => {
  it.each(cases(join(root, "tests/gold/dev"), join(root, "fixtures/dev")))("%s", (_stem, path, gold) => {
    const doc = parse(readFileSync(path), { path });
    expect(compareWithGold(doc, gold)).toEqual([]);
  });
});

describe("a second development set, written blind (without seeing the parser) after the first", () => {
  it.each(cases(join(root, "tests/gold/blind"), join(root, "fixtures/blind")))("%s", (_stem, path, gold) => {
    const doc = parse(readFileSync(path), { path });
    expect(compareWithGold(doc, gold)).toEqual([]);
  });
});

describe("a blind set of portal pages in eight HTML templates", () => {
  it.each(cases(join(root, "tests/gold/blind2"), join(root, "fixtures/blind2")))("%s", (_stem, path, gold) => {
    const doc = parse(readFileSync(path), { path });
    expect(compareWithGold(doc, gold)).toEqual([]);
  });
});

describe("a third blind set, harder: 函, five levels, inline assignments, shifted tab rows, notes columns", () => {
  it.each(cases(join(root, "tests/gold/blind3"), join(root, "fixtures/blind3")))("%s", (_stem, path, gold) => {
    const doc = parse(readFileSync(path), { path });
    expect(compareWithGold(doc, gold)).toEqual([]);
  });
});
