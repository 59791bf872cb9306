// The plain floor: what a tool that knows nothing of the genre must still do for
// each file. It walks the directory (sorted), reads each file, decodes it the plain
// way (a BOM; else UTF-8 if valid; else GB18030 if valid; else Big5), converts
// text read as Big5 to simplified with OpenCC, and writes one JSON line per file to
// standard output (back-pressure respected). No scoring, no script count.
//   node tests/bench/plain-floor.mjs DIR > /dev/null
import { readFile } from "node:fs/promises";
import { walk, write } from "./io.mjs";
import { createRequire } from "node:module";

const OpenCC = createRequire(import.meta.url)("opencc-js/t2cn");
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", text: new TextDecoder("utf-16be").decode(bytes) };
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return { encoding, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
    } catch {
      // the next
    }
  }
  return { encoding: "big5", text: new TextDecoder("big5").decode(bytes) };
}

for (const arg of process.argv.slice(2)) {
  for await (const path of walk(arg)) {
    const d = decode(await readFile(path));
    const text = d.encoding === "big5" ? toSimplified(d.text) : d.text;
    await write(JSON.stringify({ path, encoding: d.encoding, text }) + "\n");
  }
}
