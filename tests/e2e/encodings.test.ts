// Every seed, re-encoded, gives the same Document apart from `source`:
// GB18030, Big5 (where its characters allow), UTF-16LE/BE with and without BOM,
// UTF-8 with BOM. The encoding is detected, never told.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { parse } from "../../src/index.js";
import { decode } from "../../src/decode/index.js";
import { InputFile } from "../../src/file.js";

const seedDir = join(import.meta.dirname, "..", "..", "seeds");
const seeds = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();

const withoutSource = (d: ReturnType<typeof parse>) => ({ ...d, source: undefined });

function variants(text: string): Array<[string, Uint8Array, string]> {
  const out: Array<[string, Uint8Array, string]> = [
    ["gb18030", iconv.encode(text, "gb18030"), "gb18030"],
    ["utf-16le", iconv.encode(text, "utf-16le"), "utf-16le"],
    ["utf-16le with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]), "utf-16le"],
    ["utf-16be", iconv.encode(text, "utf-16be"), "utf-16be"],
    ["utf-16be with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]), "utf-16be"],
    ["utf-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]), "utf-8"],
  ];
  const big5 = iconv.encode(text, "big5");
  if (iconv.decode(big5, "big5") === text) out.push(["big5", big5, "big5"]);
  return out;
}

describe.each(seeds)("%s re-encoded", (seed) => {
  const bytes = readFileSync(join(seedDir, seed));
  const text = bytes.toString("utf8");
  const reference = parse(bytes, { path: seed });
  it("is read as UTF-8 in its original form", () => expect(reference.source.encoding).toBe("utf-8"));
  it.each(variants(text))("%s", (_name, encoded, encoding) => {
    const doc = parse(encoded, { path: seed });
    expect(doc.source.encoding).toBe(encoding);
    expect(withoutSource(doc)).toEqual(withoutSource(reference));
  });
});

describe("Big5 is used where the characters allow", () => {
  // Seed 004 is traditional. Big5 has no NBSP or EM SPACE (spaces in a Big5 page); its
  // bullets • are encoded as A1 45, as Python's big5 codec does, which the WHATWG
  // decoder reads as ‧ (U+2027). The Big5 page must parse like the UTF-8 text, bullets and all.
  const text = readFileSync(join(seedDir, "004_aefa13907971f65f.txt"), "utf8").replace(/[\u00a0\u2003]/g, " ");
  const big5 = iconv.encode(text.replace(/•/g, "\u2027"), "big5");
  it("encodes every character, the bullets as A1 45", () => {
    expect(iconv.decode(big5, "big5")).toBe(text.replace(/•/g, "\u2027"));
    expect(text.match(/•/g)?.length).toBeGreaterThan(0);
    expect(big5.includes(Buffer.from([0xa1, 0x45]))).toBe(true);
  });
  it("parses like the UTF-8 text", () => {
    const doc = parse(big5, { path: "004.txt" });
    expect(doc.source).toMatchObject({ encoding: "big5", script: "traditional" });
    expect(withoutSource(doc)).toEqual(withoutSource(parse(Buffer.from(text, "utf8"), { path: "004.txt" })));
    expect(doc.tasks.length).toBeGreaterThan(40);
    expect(Object.keys(doc.meta).length).toBeGreaterThan(3);
    expect(doc.notice?.issuer).toBeTruthy();
  });
});

describe("decode", () => {
  it("refuses binaries by their magic numbers", () => {
    expect(() => decode(Buffer.from("%PDF-1.7\n%âãÏÓ"), new InputFile())).toThrow(/not a text or HTML document \(PDF/);
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), new InputFile())).toThrow(/PNG/);
    expect(() => decode(Buffer.from("PK\x03\x04rest", "latin1"), new InputFile())).toThrow(/zip/);
  });
  it("refuses an empty file", () => expect(() => decode(new Uint8Array(), new InputFile())).toThrow(/empty/));
  it("refuses bytes valid in no supported encoding", () => {
    const junk = Buffer.from(Array.from({ length: 301 }, (_, i) => (i * 37 + 0x80) % 256).map((b) => (b === 0 ? 1 : b)));
    expect(() => decode(junk, new InputFile())).toThrow(/valid in no supported encoding|not a text/);
  });
  it("follows --encoding", () => {
    const gbk = iconv.encode("关于印发工作要点的通知", "gbk");
    expect(decode(gbk, new InputFile(), { encoding: "gbk" })).toMatchObject({ text: "关于印发工作要点的通知", encoding: "gb18030" });
  });
  it("recognises HTML by content and honours its charset", () => {
    const html = iconv.encode('<html><head><meta charset="gb2312"><title>通知</title></head><body><p>政务公开工作要点</p></body></html>', "gbk");
    expect(decode(html, new InputFile())).toMatchObject({ html: true, encoding: "gb18030" });
  });
  it("detects short GBK and Big5 text", () => {
    expect(decode(iconv.encode("各乡镇人民政府：现将工作要点印发给你们。", "gbk"), new InputFile()).encoding).toBe("gb18030");
    expect(decode(iconv.encode("各鄉鎮人民政府：現將工作要點印發給你們。", "big5"), new InputFile()).encoding).toBe("big5");
  });
});
