// Time of parse() alone on one file, in this process (module loading and start-up
// excluded): the median of --runs runs after one untimed warm-up run. Prints JSON.
//   node tests/bench/parse-time.mjs FILE [RUNS]
import { readFileSync } from "node:fs";
import { parse } from "../../dist/pipeline.js";

const [file, runsArg = "3"] = process.argv.slice(2);
const bytes = readFileSync(file);
parse(bytes, { path: file });
const times = [];
for (let i = 0; i < Number(runsArg); i++) {
  const t0 = process.hrtime.bigint();
  parse(bytes, { path: file });
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ file, bytes: bytes.length, seconds: times[Math.floor(times.length / 2)] }) + "\n");
