// What both floors do around their work: walk a directory as gkparse does (sorted,
// hidden entries skipped) and write to standard output respecting back-pressure.
import { opendir } from "node:fs/promises";
import { join } from "node:path";

/** The files under `dir`, sorted by name at each level; `accept` filters file names. */
export async function* walk(dir, accept = () => true) {
  const entries = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith(".")) continue;
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if (accept(e.name)) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walk(p, accept);
    else yield p;
  }
}

/** Write to standard output, waiting for it to drain when its buffer is full. */
export const write = (s) =>
  new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once("drain", resolve);
  });
