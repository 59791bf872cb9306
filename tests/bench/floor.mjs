// The floor: what any tool must do for each file and nothing more. It walks the
// directory like gkparse (sorted), reads each file, decodes it with gkparse's own
// decoder, converts traditional text to simplified as gkparse does, and writes
// one JSON line per file to standard output (back-pressure respected).
//   node tests/bench/floor.mjs DIR > /dev/null
import { readFile } from "node:fs/promises";
import { walk, write } from "./io.mjs";
import { decode } from "../../dist/decode/index.js";
import { convertToSimplified, countScript, detectScript } from "../../dist/normalize/script.js";

for (const arg of process.argv.slice(2)) {
  for await (const path of walk(arg, (name) => /\.(?:txt|html?)$/i.test(name))) {
    const bytes = await readFile(path);
    const d = decode(bytes);
    const count = countScript(d.text);
    const text = count.traditional > 0 ? convertToSimplified(d.text) : d.text;
    await write(JSON.stringify({ path, encoding: d.encoding, script: detectScript(count), text }) + "\n");
  }
}
