// The command line. Exit status: 0 all good; 1 some files could not be read or
// decoded (the others are still emitted); 2 usage error; 3 internal error (an
// output that breaks the schema, or a crash: a bug); 4 warnings with --strict.
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { OutputFormat } from "../emit/index.js";

const require = createRequire(import.meta.url);
const VERSION: string = (require("../../package.json") as { version: string }).version;

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3, strict: 4 } as const;

/** Without --jobs, runs of fewer inputs than this are parsed in the main thread. */
const SMALL_RUN = 32;

interface RunOptions {
  format: OutputFormat;
  out?: string;
  encoding?: string;
  script: "simplified" | "keep";
  maxBytes: number;
  quiet?: boolean;
  strict?: boolean;
  debug?: boolean;
  fields?: string;
  /** undefined: the number of CPUs, and one process for a small run */
  jobs?: number;
  shard?: string;
}

const EXAMPLES = `
Examples:
  gkparse seeds/*.txt --out plans.json        parse files into one JSON array
  gkparse corpus/ --format ndjson > plans.ndjson
                                              a directory, recursively (.txt .htm .html)
  gkparse "scraped/**/*.html" -f yaml         a quoted glob, expanded by gkparse
  curl -s URL | gkparse -                     standard input
  gkparse page.txt --encoding big5            force the encoding
  gkparse schema                              print the JSON Schema of the output
  gkparse check fixtures/check                compare outputs with the expected files beside the inputs

  jq '.[].tasks[] | select(.leadUnits[] == "县司法局")' plans.json

Exit status: 0 ok; 1 some files failed (the others are still emitted);
2 usage error; 3 internal error (please report); 4 warnings with --strict.`;

class UsageError extends Error {}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} takes a positive whole number, not "${v}"`);
    return n;
  };
}

function describe(err: unknown, debug: boolean): { message: string; internal: boolean } {
  const e = err as Error & { code?: string };
  if (e?.name === "GkparseError") return { message: e.message, internal: e.code === "schema" };
  const message = `internal error: ${e?.message ?? String(err)}${debug ? `\n${e?.stack ?? ""}` : " (a bug; --debug shows the stack)"}`;
  return { message, internal: true };
}

async function run(args: string[], opts: RunOptions): Promise<number> {
  const [{ expandInputs, parseShard, shardInputs }, { parseAll }, { writerFor }, { fileSink, stdoutSink, installSignalCleanup }, { Progress }, { encodingFromLabel }] =
    await Promise.all([
      import("./inputs.js"),
      import("./pool.js"),
      import("../emit/index.js"),
      import("./output.js"),
      import("./progress.js"),
      import("../decode/index.js"),
    ]);
  if (opts.encoding && !encodingFromLabel(opts.encoding)) {
    process.stderr.write(`gkparse: error: unsupported encoding "${opts.encoding}" (use utf-8, gb18030, gbk, big5, utf-16le or utf-16be)\n`);
    return EXIT.usage;
  }
  const shard = opts.shard === undefined ? null : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) {
    process.stderr.write(`gkparse: error: --shard takes i/n with 1 <= i <= n (e.g. 2/4), not "${opts.shard}"\n(run gkparse --help for usage)\n`);
    return EXIT.usage;
  }
  let writer = await writerFor(opts.format);
  let fields: string[] | undefined;
  if (opts.format === "csv" && opts.fields) {
    const { csvWriter, CSV_FIELDS } = await import("../emit/csv.js");
    fields = opts.fields.split(",").map((f) => f.trim());
    const bad = fields.filter((f) => !(CSV_FIELDS as readonly string[]).includes(f));
    if (bad.length) {
      process.stderr.write(`gkparse: error: unknown CSV field(s) ${bad.join(", ")} (fields: ${CSV_FIELDS.join(", ")})\n`);
      return EXIT.usage;
    }
    writer = csvWriter(fields as typeof CSV_FIELDS[number][]);
  }
  installSignalCleanup();
  const sink = opts.out ? fileSink(opts.out) : stdoutSink();
  const progress = new Progress(!opts.quiet && process.stderr.isTTY === true);
  let failed = 0;
  let internal = 0;
  let warned = 0;
  let count = 0;
  const report = (path: string, message: string) => {
    progress.clear();
    process.stderr.write(`gkparse: ${path}: ${message}\n`);
  };
  try {
    await sink.write(writer.head());
    // parsed in worker threads (--jobs), results in input order as soon as they are ready;
    // without --jobs, a small run stays in this process (starting threads would cost more)
    const jobOptions = {
      format: opts.format,
      fields,
      encoding: opts.encoding,
      script: opts.script,
      maxBytes: opts.maxBytes,
      jobs: opts.jobs ?? availableParallelism(),
      smallRun: opts.jobs === undefined ? SMALL_RUN : 0,
    };
    for await (const out of parseAll(shardInputs(expandInputs(args), shard), jobOptions, writer)) {
      if (!out.ok) {
        const d = describe(out.error, opts.debug === true);
        report(out.path, d.message);
        if (d.internal) internal++;
        else failed++;
        progress.tick(false);
        continue;
      }
      if (out.warnings.length) {
        warned++;
        if (opts.strict) for (const w of out.warnings) report(`${out.path}:${w.line}`, `warning ${w.code}: ${w.message}`);
      }
      await sink.write(out.chunk(count++));
      progress.tick(true);
    }
    await sink.write(writer.tail(count));
    await sink.commit();
  } catch (err) {
    await sink.abort();
    progress.clear();
    const d = describe(err, opts.debug === true);
    process.stderr.write(`gkparse: ${opts.out ?? "output"}: ${d.message}\n`);
    return EXIT.internal;
  }
  progress.finish();
  if (internal) return EXIT.internal;
  if (failed) return EXIT.failed;
  if (opts.strict && warned) return EXIT.strict;
  return EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name("gkparse")
    .description(
      "Turn Chinese government work-plan notices (政务公开工作要点, 实施方案, 任务分解表) into structured data:\n" +
        "notice, sections, tasks with lead/responsible/cooperating units and deadlines.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .argument("[files...]", "text or HTML files, directories, glob patterns, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "ndjson", "yaml", "csv"]).default("json"))
    .option("-o, --out <file>", "write to FILE (atomically: a temporary file renamed when complete) instead of standard output")
    .option("--encoding <label>", "force the input encoding: utf-8, gb18030 (gbk, gb2312), big5, utf-16le, utf-16be")
    .addOption(new Option("--script <script>", "simplified: convert traditional text; keep: leave the script as it is").choices(["simplified", "keep"]).default("simplified"))
    .option("--fields <list>", "CSV columns, comma-separated (default file,id,section,title,leadUnits,responsibleUnits,cooperatingUnits,firstDeadline,deadlines,line; also text)")
    .option("--max-bytes <n>", "skip files larger than N bytes", positiveInt("--max-bytes"), 50 * 1024 * 1024)
    .option("-j, --jobs <n>", `parse with N worker threads (1: in this process; default: the number of CPUs, ${availableParallelism()} here)`, positiveInt("--jobs"))
    .option("--shard <i/n>", "keep only share i of n of the inputs (by a hash of the path), to split a corpus across machines")
    .option("-q, --quiet", "no progress indicator")
    .option("--strict", "exit with status 4 when any document has warnings (repairs or guesses)")
    .option("--debug", "print stack traces of internal errors")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run gkparse --help for usage)")
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(`gkparse: ${s.replace(/^error: /, "error: ")}`) })
    .action(async (files: string[], opts: RunOptions) => {
      if (!files.length) {
        if (process.stdin.isTTY) throw new UsageError("no input files (give files, directories, globs, or - for standard input)");
        files = ["-"];
      }
      process.exitCode = await run(files, opts);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the output (generated from the zod schema)")
    .action(async () => {
      const { documentJsonSchema } = await import("../schema.js");
      process.stdout.write(JSON.stringify(documentJsonSchema(), null, 2) + "\n");
      process.exitCode = EXIT.ok;
    });

  program
    .command("warnings")
    .description("list the codes of Document.warnings: severity (info: a confident repair or dropped furniture; warning: a guess or possible loss) and meaning")
    .option("--json", "as a JSON object")
    .action(async (opts: { json?: boolean }) => {
      const { WARNINGS } = await import("../warnings.js");
      if (opts.json) process.stdout.write(JSON.stringify(WARNINGS, null, 2) + "\n");
      else {
        const width = Math.max(...Object.keys(WARNINGS).map((c) => c.length));
        for (const [code, d] of Object.entries(WARNINGS)) process.stdout.write(`${code.padEnd(width)}  ${d.severity.padEnd(7)}  ${d.meaning}\n`);
      }
      process.exitCode = EXIT.ok;
    });

  program
    .command("check")
    .description("parse every input under DIR and compare it with its <name>.expected.json (exit 0 all match, 1 differences)")
    .argument("<dir>", "directory of inputs (.txt .htm .html) with <name>.expected.json beside each")
    .option("--update", "write the expected files from the current output instead of comparing")
    .action(async (dir: string, opts: { update?: boolean }) => {
      const { check } = await import("./check.js");
      process.exitCode = await check(dir, { update: opts.update === true });
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UsageError || (err as Error)?.name === "UsageError") {
      process.stderr.write(`gkparse: error: ${(err as Error).message}\n(run gkparse --help for usage)\n`);
      return EXIT.usage;
    }
    throw err;
  }
  return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
}
