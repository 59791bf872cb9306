// Where parsing time goes: every file of a directory parsed in one process by the
// pipeline's own stages, each timed (decode, read by format, normalise, segment,
// extract and assemble, validate, serialise as NDJSON), after one untimed pass to
// warm up. Prints {stage: seconds} as JSON.
//   node tests/bench/stages.mjs DIR
import { opendir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { decode } from "../../dist/decode/index.js";
import { InputFile } from "../../dist/file.js";
import { pickReader } from "../../dist/read/index.js";
import { normalize } from "../../dist/normalize/index.js";
import { segment } from "../../dist/segment/index.js";
import { assemble } from "../../dist/extract/document.js";
import { documentProblems } from "../../dist/validate.js";

async function* walk(dir) {
  const entries = [];
  for await (const e of await opendir(dir)) entries.push({ name: e.name, dir: e.isDirectory() });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.dir) yield* walk(join(dir, e.name));
    else yield join(dir, e.name);
  }
}

const files = [];
for await (const p of walk(process.argv[2])) files.push([p, await readFile(p)]);
const STAGES = ["decode", "read", "normalize", "segment", "extract", "validate", "serialize"];
const time = Object.fromEntries(STAGES.map((s) => [s, 0n]));
function pass(timed) {
  for (const [path, bytes] of files) {
    let t = process.hrtime.bigint();
    const step = (stage) => {
      const now = process.hrtime.bigint();
      if (timed) time[stage] += now - t;
      t = now;
    };
    const file = new InputFile(path);
    let d;
    try {
      d = decode(bytes, file);
    } catch {
      continue;
    }
    step("decode");
    const reader = pickReader(d.text, { html: d.html });
    const blocks = reader.read(d.text, file);
    step("read");
    const norm = normalize(blocks, file, {});
    step("normalize");
    const seg = segment(norm.blocks, file);
    step("segment");
    const source = { path, bytes: bytes.length, sha256: "0".repeat(64), encoding: d.encoding, format: reader.name, script: norm.script };
    const doc = assemble(seg, source, file);
    step("extract");
    documentProblems(doc);
    step("validate");
    JSON.stringify(doc);
    step("serialize");
  }
}
pass(false);
pass(true);
process.stdout.write(JSON.stringify(Object.fromEntries(STAGES.map((s) => [s, Number(time[s]) / 1e9]))) + "\n");
