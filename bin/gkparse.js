#!/usr/bin/env node
// The gkparse executable: runs the compiled CLI (npm install / npm ci build it).
import { main } from "../dist/cli/main.js";

// A reader that stops early (gkparse … | head) is not an error: stop quietly.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`gkparse: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 3;
  },
);
