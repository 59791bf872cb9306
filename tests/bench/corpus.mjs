// Builds the benchmark inputs: a mixed corpus of many small files — the five seeds
// in the encodings and scripts gkparse meets in the wild (UTF-8, GB18030, UTF-16LE,
// Big5 in traditional script) and the project's other documents as they are stored
// (the development set, HTML portal pages in GBK and UTF-8, the blind sets, the
// regression fixtures, the real-page look-alikes) — and two large documents (about
// 100 KB and 100 times that) made by concatenating seed texts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js/cn2t";

const FILES_PER_DIR = 500;

/** The seeds, decoded (they are UTF-8), in name order. */
export function readSeeds(seedDir) {
  return readdirSync(seedDir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((name) => ({ name: name.replace(/\.txt$/, ""), text: readFileSync(join(seedDir, name), "utf8") }));
}

/** Every seed in four forms: UTF-8 as published, GB18030, UTF-16LE (no BOM), and traditional script in Big5. */
export function variants(seeds) {
  const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
  const out = [];
  for (const s of seeds) {
    out.push({ name: `${s.name}-utf8`, bytes: Buffer.from(s.text, "utf8") });
    out.push({ name: `${s.name}-gb18030`, bytes: iconv.encode(s.text, "gb18030") });
    out.push({ name: `${s.name}-utf16le`, bytes: iconv.encode(s.text, "utf-16le") });
    out.push({ name: `${s.name}-big5-trad`, bytes: iconv.encode(toTraditional(s.text), "big5") });
  }
  return out;
}

/** The project's other documents, as stored (their own encodings, text and HTML). */
export function storedDocuments(root) {
  const dirs = ["fixtures/dev", "fixtures/html/gbk", "fixtures/html/utf8", "fixtures/blind", "fixtures/blind2", "fixtures/blind3", "fixtures/blind5", "fixtures/check", "fixtures/realworld"];
  const out = [];
  for (const d of dirs)
    for (const name of readdirSync(join(root, d)).sort())
      if (/\.(?:txt|html?)$/.test(name)) out.push({ name: `${d.split("/").pop()}-${name.replace(/\.[^.]+$/, "")}`, ext: name.slice(name.lastIndexOf(".")), bytes: readFileSync(join(root, d, name)) });
  return out;
}

/**
 * `count` files under `dir`, cycling through the seed variants and the stored
 * documents, FILES_PER_DIR to a sub-directory (so that the directory walk is
 * exercised too). Returns the number of files and their total size in bytes.
 */
export function buildCorpus(dir, seeds, count, root) {
  const vs = [...variants(seeds).map((v) => ({ ...v, ext: ".txt" })), ...(root ? storedDocuments(root) : [])];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${String(Math.floor(i / FILES_PER_DIR)).padStart(3, "0")}`);
    if (i % FILES_PER_DIR === 0) mkdirSync(sub, { recursive: true });
    const v = vs[i % vs.length];
    writeFileSync(join(sub, `f${String(i).padStart(6, "0")}-${v.name}${v.ext}`), v.bytes);
    bytes += v.bytes.length;
  }
  return { files: count, bytes };
}

/**
 * A document of about `target` bytes (UTF-8): whole seed texts concatenated in
 * turn, separated by a blank line, until the size is reached.
 */
export function concatenated(seeds, target) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const t = seeds[i % seeds.length].text.replace(/\s+$/, "") + "\n\n";
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join("");
}

/** The small and the large document: the large one is the small one 100 times, so the byte ratio is exactly 100. */
export function buildLargeDocs(dir, seeds) {
  const small = concatenated(seeds, 100 * 1000);
  const large = small.repeat(100);
  const smallPath = join(dir, "doc-100k.txt");
  const largePath = join(dir, "doc-10m.txt");
  writeFileSync(smallPath, small);
  writeFileSync(largePath, large);
  return {
    small: { path: smallPath, bytes: Buffer.byteLength(small) },
    large: { path: largePath, bytes: Buffer.byteLength(large) },
  };
}
