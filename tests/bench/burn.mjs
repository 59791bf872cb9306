// A fixed amount of pure computation (no memory traffic, no I/O): the bench runs
// one copy, then N copies at once, to measure how much parallel CPU the machine
// really gives (a VM can show N CPUs and deliver fewer).
//   node tests/bench/burn.mjs [ITERATIONS]
let x = 0;
const n = Number(process.argv[2] ?? 2e8);
for (let i = 0; i < n; i++) x = (x * 31 + i) % 1000003;
process.stdout.write(`${x}\n`);
