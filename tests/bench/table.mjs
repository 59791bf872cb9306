// The benchmark's results (the object `npm run bench -- --json` prints) as
// Markdown tables: `node tests/bench/table.mjs results.json` re-renders a saved run.
import { readFileSync } from "node:fs";

const f = (x, d = 1) => (x === null || x === undefined ? "" : x.toFixed(d));

export function formatTable(results) {
  const m = results.machine;
  const lines = [];
  lines.push(`${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, Node ${m.node}, ${m.platform}, ${m.date}; load average at start ${m.loadAverageAtStart.join(" ")}`);
  lines.push(`corpus: ${results.files} files, ${(results.corpusBytes / 1e6).toFixed(1)} MB (MB = 10^6 bytes); CPU s = user + system time of the process`);
  lines.push("");
  lines.push("| run | what | docs | seconds | CPU s | docs/s | MB/s | peak RSS MB |");
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results.rows)
    lines.push(`| ${r.name} | ${r.what} | ${r.docs || ""} | ${f(r.seconds, 3)} | ${f(r.cpuSeconds, 2)} | ${f(r.docsPerSecond)} | ${f(r.mbPerSecond, 2)} | ${f(r.peakRssMB)} |`);
  lines.push("");
  lines.push("| ratio | value | target | met |");
  lines.push("|---|---:|---|---|");
  for (const [k, v] of Object.entries(results.ratios))
    lines.push(`| ${k} | ${f(v.value, 2)} | ${v.target} | ${v.met === null ? "n/a" : v.met ? "yes" : "NO"} |`);
  if (results.stages) {
    const total = Object.values(results.stages).reduce((a, b) => a + b, 0);
    lines.push("");
    lines.push("| stage | share of parsing time |");
    lines.push("|---|---:|");
    for (const [k, v] of Object.entries(results.stages)) lines.push(`| ${k} | ${((100 * v) / total).toFixed(1)}% |`);
  }
  return lines.join("\n") + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(formatTable(JSON.parse(readFileSync(process.argv[2], "utf8"))));
}
