// `--format csv` through the real CLI: one row per task, UTF-8 with a BOM, RFC 4180
// quoting, --fields (with the optional text column). The output is read back with
// a strict RFC 4180 reader and compared with the JSON output of the same inputs.
import { describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document, Task } from "../../src/schema.js";

// every test runs the real CLI, some several times: allow for a loaded machine
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "gkparse.js");
const SEEDS = ["000_cd5b4bd70de94d24.txt", "001_c3ce127ed5ac7737.txt", "002_91d20c59aa68ae6d.txt", "003_94b99fd02a09614a.txt", "004_aefa13907971f65f.txt"].map(
  (s) => `seeds/${s}`,
);
const DEFAULT = "file,region,year,planTitle,id,section,title,leadUnits,responsibleUnits,cooperatingUnits,firstDeadline,deadlines,line";

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A strict RFC 4180 reader: records end in CRLF; a quoted field may hold commas,
 * CR, LF and doubled quotes and must be followed by a comma, CRLF or the end; an
 * unquoted field may hold no quote, CR or LF. Throws on anything else.
 */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error("unterminated quoted field");
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += s[i++];
      }
    } else {
      while (i < s.length && s[i] !== "," && s[i] !== "\r") {
        if (s[i] === '"' || s[i] === "\n") throw new Error(`bare ${JSON.stringify(s[i])} in an unquoted field at ${i}`);
        field += s[i++];
      }
    }
    row.push(field);
    if (s[i] === ",") {
      i++;
      continue;
    }
    if (s.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === s.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(s.slice(i, i + 10))}`);
  }
}

/** What a CSV column should hold for a task, from the JSON output. */
function expectedCell(d: Document, t: Task, f: string): string {
  switch (f) {
    case "file":
      return d.source.path;
    case "region":
      return d.region ?? "";
    case "year":
      return d.year === null ? "" : String(d.year);
    case "planTitle":
      return d.title ?? "";
    case "docNumber":
      return d.notice?.docNumber ?? d.meta.docNumber ?? "";
    case "issuer":
      return d.notice?.issuer ?? "";
    case "date":
      return d.notice?.date ?? "";
    case "section":
    case "title":
      return t[f] ?? "";
    case "leadUnits":
    case "responsibleUnits":
    case "cooperatingUnits":
      return t[f].join("|");
    case "firstDeadline":
      return t.deadlines.find((x) => x.date)?.date ?? "";
    case "deadlines":
      return t.deadlines.map((x) => x.date ?? x.text).join("; ");
    case "line":
      return String(t.line);
    default:
      return String(t[f as "id" | "text"]);
  }
}

describe("--format csv", () => {
  const json = JSON.parse(run(SEEDS).stdout) as Document[];
  const tasks = json.flatMap((d) => d.tasks.map((t) => ({ d, t })));

  it("UTF-8 with a BOM, the default header, CRLF records, one row per task", () => {
    const r = run(["-f", "csv", ...SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\ufeff" + DEFAULT + "\r\n")).toBe(true);
    const rows = readCsv(r.stdout.slice(1));
    expect(rows).toHaveLength(1 + tasks.length);
    expect(rows.every((row) => row.length === 13)).toBe(true);
  });

  it("every cell reads back as the JSON value (default columns)", () => {
    const rows = readCsv(run(["-f", "csv", ...SEEDS]).stdout.slice(1));
    const header = rows[0];
    rows.slice(1).forEach((row, k) => {
      const { d, t } = tasks[k];
      expect(row).toEqual(header.map((f) => expectedCell(d, t, f)));
    });
    // spot checks against the documents themselves
    const col = (name: string) => header.indexOf(name);
    const byId = (file: string, id: string) => rows.find((r) => r[col("file")] === file && r[col("id")] === id)!;
    const cells = (row: string[], names: string[]) => names.map((n) => row[col(n)]);
    const UNITS = ["leadUnits", "responsibleUnits", "cooperatingUnits", "firstDeadline", "deadlines", "line"];
    expect(cells(byId(SEEDS[2], "三/（八）"), UNITS)).toEqual(["县司法局", "县政府直属各单位|各乡（镇）政府", "", "2021-11-30", "2021-11-30", "29"]);
    expect(cells(byId(SEEDS[3], "6~4"), UNITS.slice(0, 5))).toEqual(["市政府办公室", "", "各镇（街道）|经开区管委会|市直各有关单位", "2021-12-15", "2021-12-15"]);
    // a recurring deadline reads as the document wrote it
    expect(byId(SEEDS[3], "6")[col("deadlines")]).toBe("每季度; 2021-11-30");
    expect(byId(SEEDS[3], "6")[col("firstDeadline")]).toBe("2021-11-30");
    // the document's columns, and the section of a table plan whose group column is merged (seed 003)
    expect(cells(byId(SEEDS[2], "三/（八）"), ["region", "year", "planTitle"])).toEqual(["友谊县", "2021", "友谊县2021年政务公开工作实施方案"]);
    expect(byId(SEEDS[3], "1")[col("section")]).toBe("扩大公开范围打造阳光政府");
    // no unit name holds the separator
    for (const { t } of tasks) for (const u of [...t.leadUnits, ...t.responsibleUnits, ...t.cooperatingUnits]) expect(u).not.toContain("|");
  });

  it("--fields chooses and orders columns; text is an optional column, quoted per RFC 4180", () => {
    const r = run(["-f", "csv", "--fields", "id,text,leadUnits", ...SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\ufeffid,text,leadUnits\r\n")).toBe(true);
    const rows = readCsv(r.stdout.slice(1));
    rows.slice(1).forEach((row, k) => expect(row).toEqual([tasks[k].t.id, tasks[k].t.text, tasks[k].t.leadUnits.join("|")]));
    // a text with ASCII double quotes (seed 000, 二/（一）: "一张蓝图绘到底") is quoted, its quotes doubled
    expect(r.stdout).toContain(`"积极做好主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划及解读等，做好历史规划（计划）的归集整理和主动公开工作，充分展示""一张蓝图绘到底""的接续奋斗历程。`);
    // a text of two paragraphs (seed 001, 三/（四）) keeps its line break inside quotes
    const t = tasks.find((x) => x.t.id === "三/（四）" && x.d.source.path === SEEDS[1])!.t;
    expect(t.text).toContain("\n");
    expect(r.stdout).toContain(`三/（四）,"${t.text}",\r\n`);
  });

  it("a file name with a comma and quotes is quoted", () => {
    const dir = mkdtempSync(join(tmpdir(), "gkparse-csv-"));
    const odd = join(dir, 'plan, "final".txt');
    copyFileSync(join(root, SEEDS[2]), odd);
    const r = run(["-f", "csv", "--fields", "file,id", odd]);
    const rows = readCsv(r.stdout.slice(1));
    expect(rows[1]).toEqual([odd, "一/（一）"]);
    expect(r.stdout).toContain(`"${odd.replace(/"/g, '""')}",一/（一）\r\n`);
  });

  it("no documents: the header only", () => {
    // standard input is empty here: the CLI reports it (exit 1) and writes no rows
    const r = run(["-f", "csv", "-"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("\ufeff" + DEFAULT + "\r\n");
  });

  it("an unknown field is a usage error that lists the fields", () => {
    const r = run(["-f", "csv", "--fields", "id,owner", SEEDS[0]]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown CSV field\(s\) owner/);
    expect(r.stderr).toMatch(/line, text/);
  });

  it("--fields takes the document's columns too", () => {
    const rows = readCsv(run(["-f", "csv", "--fields", "docNumber,issuer,date,id", SEEDS[2]]).stdout.slice(1));
    expect(rows[1]).toEqual(["友政办发〔2021〕16号", "友谊县人民政府办公室", "2021-07-13", "一/（一）"]);
  });

  it("--long: one row per task, unit and role; a task without units keeps one row", () => {
    const r = run(["-f", "csv", "--long", "--fields", "file,id,leadUnits,firstDeadline", ...SEEDS]);
    const rows = readCsv(r.stdout.slice(1));
    expect(rows[0]).toEqual(["file", "id", "firstDeadline", "unit", "role"]);
    const expected = tasks.flatMap(({ d, t }) => {
      const units = [
        ...t.leadUnits.map((u) => [u, "lead"]),
        ...t.responsibleUnits.map((u) => [u, "responsible"]),
        ...t.cooperatingUnits.map((u) => [u, "cooperating"]),
      ];
      const first = t.deadlines.find((x) => x.date)?.date ?? "";
      return (units.length ? units : [["", ""]]).map(([u, role]) => [d.source.path, t.id, first, u, role]);
    });
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.slice(1).filter((x) => x[3] === "县司法局" && x[4] === "lead").length).toBeGreaterThan(0);
  });

  it("--no-bom leaves out the byte-order mark", () => {
    const r = run(["-f", "csv", "--no-bom", SEEDS[0]]);
    expect(r.stdout.startsWith(DEFAULT + "\r\n")).toBe(true);
  });
});
