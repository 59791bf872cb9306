// The floor: what any tool must do for each file and nothing more. It walks the
// directory like gkparse (sorted), reads each file, decodes it with gkparse's own
// decoder, converts traditional text to simplified as gkparse does, and writes
// one JSON line per file to standard output (back-pressure respected).
//   node tests/bench/floor.mjs DIR > /dev/null
import { opendir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { decode } from "../../dist/decode/index.js";
import { convertToSimplified, countScript, detectScript } from "../../dist/normalize/script.js";

async function* walk(dir) {
  const entries = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith(".")) continue;
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if (/\.(?:txt|html?)$/i.test(e.name)) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walk(p);
    else yield p;
  }
}

const write = (s) =>
  new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once("drain", resolve);
  });

for (const arg of process.argv.slice(2)) {
  for await (const path of walk(arg)) {
    const bytes = await readFile(path);
    const d = decode(bytes);
    const count = countScript(d.text);
    const text = count.traditional > 0 ? convertToSimplified(d.text) : d.text;
    await write(JSON.stringify({ path, encoding: d.encoding, script: detectScript(count), text }) + "\n");
  }
}
