// gkparse units: parse the inputs, then print the responsibility matrix or one unit's tasks.
import { availableParallelism } from "node:os";
import { EXIT, SMALL_RUN, describe } from "./options.js";

export interface UnitsOptions {
  format: "table" | "csv" | "json";
  out?: string;
  unit?: string;
  role?: "lead" | "responsible" | "cooperating";
  year?: number;
  today?: string;
  allTasks?: boolean;
  jobs?: number;
  encoding?: string;
  ext?: string;
}

export async function unitsCommand(files: string[], opts: UnitsOptions): Promise<number> {
  const [{ expandInputs, DOCUMENT_EXTENSIONS }, { parseAll }, { writerFor }, units, { checkOut, fileSink, stdoutSink }] = await Promise.all([
    import("./inputs.js"),
    import("./pool.js"),
    import("../emit/index.js"),
    import("./units.js"),
    import("./output.js"),
  ]);
  const usage = (message: string) => {
    process.stderr.write(`gkparse: error: ${message}\n(run gkparse units --help for usage)\n`);
    return EXIT.usage;
  };
  if (opts.today && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) return usage(`--today takes a date YYYY-MM-DD, not "${opts.today}"`);
  if (!opts.unit && (opts.role || opts.year)) return usage("--role and --year go with --unit");
  if (opts.out && opts.out !== "-") {
    const problem = await checkOut(opts.out);
    if (problem) return usage(`--out ${opts.out}: ${problem}`);
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const matrix = new units.Matrix(today);
  const list = opts.unit ? new units.UnitTasks(units.unitMatcher(opts.unit), opts.role, opts.year) : null;
  const exts = opts.ext ? opts.ext.split(",").map((e) => e.trim()).filter(Boolean) : DOCUMENT_EXTENSIONS;
  const ndjson = await writerFor("ndjson");
  const jobOptions = { format: "ndjson" as const, encoding: opts.encoding, script: "simplified" as const, maxBytes: 50 * 1024 * 1024, jobs: opts.jobs ?? availableParallelism(), smallRun: opts.jobs === undefined ? SMALL_RUN : 0 };
  let failed = 0;
  for await (const out of parseAll(expandInputs(files, exts), jobOptions, ndjson)) {
    if (!out.ok) {
      const d = describe(out.error, false);
      process.stderr.write(`gkparse: ${out.path}: ${d.message}\n`);
      failed++;
      continue;
    }
    const doc = JSON.parse([...out.chunks(0)].join("")) as import("../schema.js").Document;
    if (list) list.add(doc);
    else matrix.add(doc);
  }
  let text: string;
  if (list) {
    const rows = list.rows.map(units.taskCells);
    text = opts.format === "json" ? JSON.stringify(list.rows, null, 2) + "\n" : opts.format === "csv" ? "\ufeff" + units.csv(units.TASK_HEADER, rows) : units.table(units.TASK_HEADER, rows);
    if (!list.rows.length) process.stderr.write(`gkparse: no task names ${opts.unit}\n`);
  } else {
    const result = matrix.result();
    const rows = result.map((r) => units.matrixCells(r, opts.allTasks === true || opts.format !== "table"));
    text = opts.format === "json" ? JSON.stringify(result, null, 2) + "\n" : opts.format === "csv" ? "\ufeff" + units.csv(units.MATRIX_HEADER, rows) : units.table(units.MATRIX_HEADER, rows);
  }
  const sink = opts.out && opts.out !== "-" ? fileSink(opts.out) : stdoutSink();
  await sink.write(text);
  await sink.commit();
  return failed ? EXIT.failed : EXIT.ok;
}

