// The command line. Exit status: 0 all good; 1 some files could not be read or
// decoded (the others are still emitted); 2 usage error; 3 internal error (an
// output that breaks the schema, or a crash: a bug); 4 warnings with --strict.
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Command, CommanderError, Option } from "commander";
import { EXIT, SMALL_RUN, UsageError, describe, formatOfPath, parseSize, positiveInt } from "./options.js";
import { unitsCommand, type UnitsOptions } from "./units-command.js";

export { EXIT, formatOfPath, parseSize };
import type { OutputFormat } from "../emit/index.js";
import type { CsvField } from "../emit/csv.js";

const require = createRequire(import.meta.url);
const VERSION: string = (require("../../package.json") as { version: string }).version;



interface RunOptions {
  format?: OutputFormat;
  out?: string;
  encoding?: string;
  script: "simplified" | "keep";
  maxBytes: number;
  ext?: string;
  quiet?: boolean;
  verbose?: boolean;
  /** true: every code of severity warning; a string: the codes named */
  strict?: boolean | string;
  debug?: boolean;
  fields?: string;
  long?: boolean;
  bom: boolean;
  /** undefined: the number of CPUs, and one process for a small run */
  jobs?: number;
  shard?: string;
  shardCount?: number;
}

const EXAMPLES = `
Examples:
  gkparse seeds/*.txt --out plans.json        parse files into one JSON array
  gkparse corpus/ -o plans.ndjson             a directory, recursively; the format from the extension
  gkparse "scraped/**/*.html" -f yaml         a quoted glob, expanded by gkparse
  gkparse corpus/ -o tasks.csv --long         one CSV row per task, unit and role
  curl -s URL | gkparse -                     standard input
  gkparse page.txt --encoding big5            force the encoding
  gkparse schema                              print the JSON Schema of the output
  gkparse warnings                            the warning codes, their severity and meaning
  gkparse check fixtures/check                compare outputs with the expected files beside the inputs

  jq '.[].tasks[] | select(.leadUnits[] == "县司法局")' plans.json

Exit status: 0 ok; 1 some files failed (the others are still emitted);
2 usage error; 3 internal error (please report); 4 warnings with --strict.`;

/** Codes reported on standard error even without --verbose: a file that may have lost text, or is no plan. */
const ALWAYS_REPORTED = new Set(["decode-replaced", "not-a-plan", "mojibake"]);

async function run(args: string[], opts: RunOptions, given: (name: string) => boolean): Promise<number> {
  const [{ expandInputs, parseShard, shardInputs, autoShard, DOCUMENT_EXTENSIONS }, { parseAll }, { writerFor }, { stdoutSink, installSignalCleanup, checkOut, fileSink, sqliteSink }, { Progress }, { encodingFromLabel }, { WARNINGS }, { Totals }] =
    await Promise.all([
      import("./inputs.js"),
      import("./pool.js"),
      import("../emit/index.js"),
      import("./output.js"),
      import("./progress.js"),
      import("../decode/index.js"),
      import("../warnings.js"),
      import("../emit/summary.js"),
    ]);
  const usage = (message: string) => {
    process.stderr.write(`gkparse: error: ${message}\n(run gkparse --help for usage)\n`);
    return EXIT.usage;
  };
  if (opts.encoding && !encodingFromLabel(opts.encoding)) return usage(`unsupported encoding "${opts.encoding}" (use utf-8, gb18030, gbk, big5, utf-16le or utf-16be)`);
  if (opts.shardCount !== undefined && opts.shard !== "auto") return usage("--shard-count goes with --shard auto");
  let shard = opts.shard === undefined || opts.shard === "auto" ? null : parseShard(opts.shard);
  if (opts.shard !== undefined && opts.shard !== "auto" && !shard) return usage(`--shard takes i/n with 1 <= i <= n (e.g. 2/4), or auto, not "${opts.shard}"`);
  if (opts.shard === "auto") {
    const auto = autoShard(process.env, opts.shardCount);
    if (typeof auto === "string") return usage(auto);
    shard = auto;
  }
  const toStdout = !opts.out || opts.out === "-";
  const format: OutputFormat = opts.format ?? (toStdout ? null : formatOfPath(opts.out!)) ?? "json";
  // options that would do nothing in this mode are an error, not ignored
  if (format !== "csv") for (const o of ["fields", "long", "bom"]) if (given(o)) return usage(`--${o === "bom" ? "no-bom" : o} applies to CSV output only (this run writes ${format})`);
  let fields: CsvField[] | undefined;
  const { CSV_FIELDS, DEFAULT_CSV_FIELDS } = await import("../emit/csv.js");
  if (opts.fields) {
    fields = opts.fields.split(",").map((f) => f.trim()) as CsvField[];
    const bad = fields.filter((f) => !(CSV_FIELDS as readonly string[]).includes(f));
    if (bad.length) return usage(`unknown CSV field(s) ${bad.join(", ")} (fields: ${CSV_FIELDS.join(", ")})`);
  }
  const csv = { fields: fields ?? DEFAULT_CSV_FIELDS, long: opts.long === true, bom: opts.bom };
  let strictCodes: Set<string> | null = null;
  if (opts.strict !== undefined && opts.strict !== false) {
    const named = typeof opts.strict === "string" ? opts.strict.split(",").map((c) => c.trim()).filter(Boolean) : [];
    const codes = named.length ? named : null;
    const unknown = (codes ?? []).filter((c) => !(c in WARNINGS));
    if (unknown.length) return usage(`--strict: unknown warning code(s) ${unknown.join(", ")} (gkparse warnings lists them)`);
    strictCodes = new Set(codes ?? Object.entries(WARNINGS).filter(([, d]) => d.severity === "warning").map(([c]) => c));
  }
  const exts = opts.ext ? opts.ext.split(",").map((e) => e.trim().replace(/^\./, "")).filter(Boolean) : DOCUMENT_EXTENSIONS;
  if (opts.ext && !exts.length) return usage(`--ext takes a comma-separated list of extensions (e.g. txt,html), not "${opts.ext}"`);
  if (format === "sqlite" && toStdout) return usage("--format sqlite writes a database file: give -o FILE (e.g. -o plans.sqlite)");
  if (!toStdout) {
    const problem = await checkOut(opts.out!);
    if (problem) return usage(`--out ${opts.out}: ${problem}`);
  }
  const writer = await writerFor(format, csv);
  installSignalCleanup();
  const sink = toStdout ? stdoutSink() : format === "sqlite" ? await sqliteSink(opts.out!) : fileSink(opts.out!);
  const totals = new Totals();
  // a writer whose text after the head depends on the corpus (a report's summary) holds the documents' chunks to the end
  const held: string[] | null = writer.prefix ? [] : null;
  const emit = (chunk: string) => (held ? (held.push(chunk), Promise.resolve()) : sink.write(chunk));
  // progress on its own line of a terminal, never drawn into output shown on the same terminal
  const progress = new Progress(!opts.quiet && process.stderr.isTTY === true && !(toStdout && process.stdout.isTTY === true));
  let failed = 0;
  let internal = 0;
  let struck = 0;
  let count = 0;
  let messages = 0;
  const byCode = new Map<string, number>();
  const report = (path: string, message: string) => {
    progress.clear();
    process.stderr.write(`gkparse: ${path}: ${message}\n`);
  };
  let total = 0;
  const counted = async function* <T>(inputs: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const x of inputs) {
      total++;
      yield x;
    }
    progress.setTotal(total);
  };
  try {
    await sink.write(writer.head());
    // parsed in worker threads (--jobs), results in input order as soon as they are ready;
    // without --jobs, a small run stays in this process (starting threads would cost more)
    const jobOptions = {
      format,
      csv,
      encoding: opts.encoding,
      script: opts.script,
      maxBytes: opts.maxBytes,
      jobs: opts.jobs ?? availableParallelism(),
      smallRun: opts.jobs === undefined ? SMALL_RUN : 0,
    };
    for await (const out of parseAll(counted(shardInputs(expandInputs(args, exts), shard)), jobOptions, writer)) {
      if (!out.ok) {
        const d = describe(out.error, opts.debug === true);
        report(out.path, d.message);
        if (d.internal) internal++;
        else failed++;
        progress.tick(false);
        continue;
      }
      let strictHit = false;
      for (const w of out.warnings) {
        messages++;
        const severity = WARNINGS[w.code as keyof typeof WARNINGS]?.severity ?? "warning";
        if (severity === "warning") byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
        const hit = strictCodes?.has(w.code) === true;
        strictHit ||= hit;
        if (opts.verbose || hit || ALWAYS_REPORTED.has(w.code)) report(`${out.path}:${w.line}`, `${w.code}: ${w.message}`);
      }
      if (strictHit) struck++;
      totals.add(out.summary);
      for (const piece of out.chunks(count++)) await emit(piece);
      progress.tick(true);
    }
    if (held && writer.prefix) {
      await sink.write(writer.prefix(totals.value));
      for (const chunk of held) await sink.write(chunk);
    }
    await sink.write(writer.tail(count));
    await sink.commit();
  } catch (err) {
    await sink.abort();
    progress.clear();
    const d = describe(err, opts.debug === true);
    process.stderr.write(`gkparse: ${toStdout ? "output" : opts.out}: ${d.message}\n`);
    return EXIT.internal;
  }
  progress.finish();
  const t = totals.value;
  if (format === "ics" && (t.ongoing || t.undated))
    process.stderr.write(`gkparse: not in the calendar: ${t.ongoing} ongoing deadline${t.ongoing === 1 ? "" : "s"}, ${t.undated} date${t.undated === 1 ? "" : "s"} without a year\n`);
  if ((process.stderr.isTTY === true && !opts.quiet) || opts.verbose) {
    const warnings = [...byCode.values()].reduce((a, b) => a + b, 0);
    const list = [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${n} ${c}`).join(", ");
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
    process.stderr.write(
      `gkparse: ${plural(count, "document")}, ${failed + internal} failed, ${plural(messages, "message")} (${plural(warnings, "warning")}${warnings ? `: ${list}` : ""})\n`,
    );
  }
  if (internal) return EXIT.internal;
  if (failed) return EXIT.failed;
  if (struck) return EXIT.strict;
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
    .addOption(
      new Option("-f, --format <format>", "output format (default: from the --out extension, else json)").choices(["json", "ndjson", "yaml", "csv", "ics", "md", "sqlite"]),
    )
    .option("-o, --out <file>", "write to FILE (atomically: a temporary file renamed when complete); - is standard output")
    .option("--encoding <label>", "force the input encoding: utf-8, gb18030 (gbk, gb2312), big5, utf-16le, utf-16be")
    .addOption(
      new Option("--script <script>", "simplified: output in simplified script; keep: output in the input's own script (extraction is the same)")
        .choices(["simplified", "keep"])
        .default("simplified"),
    )
    .option("--fields <list>", "CSV columns, comma-separated (default file,region,year,planTitle,id,section,title,leadUnits,responsibleUnits,cooperatingUnits,firstDeadline,deadlines,line; also docNumber,issuer,date,text)")
    .option("--long", "CSV: one row per task, unit and role (columns unit, role)")
    .option("--no-bom", "CSV: no byte-order mark")
    .option("--ext <list>", "extensions a directory is walked for (default txt,htm,html,shtml,jhtml,xhtml,md,csv; any case)")
    .option("--max-bytes <size>", "skip files larger than SIZE: bytes, or 500k, 1MiB, 50MB (K = 1024, KB = 1000)", parseSize, 50 * 1024 * 1024)
    .option("-j, --jobs <n>", `parse with N worker threads (1: in this process; default: the number of CPUs, ${availableParallelism()} here)`, positiveInt("--jobs"))
    .option("--shard <i/n>", "keep only share i of n of the inputs (by a hash of the path), to split a corpus across machines; auto: i from a Kubernetes Indexed Job or GNU parallel's job slot")
    .option("--shard-count <n>", "with --shard auto: the number of shards (else GKPARSE_SHARD_COUNT)", positiveInt("--shard-count"))
    .option("-q, --quiet", "no progress indicator and no summary line")
    .option("-v, --verbose", "list every message as path:line: code: message, and the summary line")
    .option("--strict [codes]", "exit with status 4 when a document has warnings of severity warning, or of the codes given (comma-separated)")
    .option("--debug", "print stack traces of internal errors")
    .addHelpText("after", EXAMPLES)
    .helpCommand("help [command]", "show help for gkparse or a command")
    // options after a command (gkparse schema -o FILE) are the command's own
    .enablePositionalOptions()
    .showHelpAfterError("(run gkparse --help for usage)")
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(`gkparse: ${s.replace(/^error: /, "error: ")}`) })
    .action(async (files: string[], opts: RunOptions) => {
      if (!files.length) {
        if (process.stdin.isTTY) throw new UsageError("no input files (give files, directories, globs, or - for standard input)");
        files = ["-"];
      }
      process.exitCode = await run(files, opts, (name) => program.getOptionValueSource(name) === "cli");
    });

  program
    .command("schema")
    .description("print the JSON Schema of a Document (generated from the zod schema)")
    .option("--array", "the schema of the -f json output: an array of Documents")
    .option("-o, --out <file>", "write it to FILE")
    .action(async (opts: { array?: boolean; out?: string }) => {
      const { documentJsonSchema } = await import("../schema.js");
      const text = JSON.stringify(documentJsonSchema({ array: opts.array === true }), null, 2) + "\n";
      if (!opts.out || opts.out === "-") process.stdout.write(text);
      else {
        const { checkOut, fileSink } = await import("./output.js");
        const problem = await checkOut(opts.out);
        if (problem) throw new UsageError(`--out ${opts.out}: ${problem}`);
        const sink = fileSink(opts.out);
        await sink.write(text);
        await sink.commit();
      }
      process.exitCode = EXIT.ok;
    });

  program
    .command("units")
    .description("the responsibility matrix of a corpus: one row per unit (by qualified name) with its documents, its tasks by role, its next deadline and the task ids")
    .argument("<files...>", "files, directories, glob patterns, or - for standard input")
    .addOption(new Option("-f, --format <format>", "table (default), csv or json").choices(["table", "csv", "json"]).default("table"))
    .option("-o, --out <file>", "write to FILE instead of standard output")
    .option("--unit <name>", "list the tasks of one unit instead (its spelling, canonical or qualified name)")
    .addOption(new Option("--role <role>", "with --unit: only this role").choices(["lead", "responsible", "cooperating"]))
    .option("--year <year>", "with --unit: only documents of this year, or tasks with a deadline in it", positiveInt("--year"))
    .option("--today <date>", "the date the next deadline is counted from (default: today), YYYY-MM-DD")
    .option("--all-tasks", "list every task id of a unit (the table shows three)")
    .option("-j, --jobs <n>", "parse with N worker threads", positiveInt("--jobs"))
    .option("--encoding <label>", "force the input encoding")
    .option("--ext <list>", "extensions a directory is walked for")
    .action(async (files: string[], opts: UnitsOptions) => {
      process.exitCode = await unitsCommand(files, opts);
    });

  program
    .command("merge")
    .description("merge databases written with -o FILE.sqlite (one per shard) into one")
    .argument("<parts...>", "the databases to merge, in order")
    .requiredOption("-o, --out <file>", "the merged database")
    .action(async (parts: string[], opts: { out: string }) => {
      const [{ mergeDatabases }, { checkOut }] = await Promise.all([import("../emit/sqlite.js"), import("./output.js")]);
      const problem = await checkOut(opts.out);
      if (problem) throw new UsageError(`--out ${opts.out}: ${problem}`);
      const { existsSync } = await import("node:fs");
      const missing = parts.filter((p) => !existsSync(p));
      if (missing.length) {
        process.stderr.write(`gkparse: ${missing.join(", ")}: no such file\n`);
        process.exitCode = EXIT.failed;
        return;
      }
      const { basename, dirname, join } = await import("node:path");
      const n = mergeDatabases(parts, opts.out, join(dirname(opts.out), `.${basename(opts.out)}.${process.pid}.tmp`));
      process.stderr.write(`gkparse: ${n.documents} documents, ${n.tasks} tasks from ${parts.length} databases\n`);
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
    // --strict alone takes no value (a file after it stays a file); --strict=CODES names codes
    await program.parseAsync(argv.map((a) => (a === "--strict" ? "--strict=" : a)));
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
