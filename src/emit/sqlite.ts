// SQLite: the corpus as an embedded database (better-sqlite3). Tables documents,
// tasks, task_units, deadlines and warnings, with keys and indexes, and a full-text
// index over task text. Documents arrive one at a time and are written in
// transactions of a few hundred, so a corpus is never held in memory. The file is
// written under a temporary name and renamed into place by commit().
import { createRequire } from "node:module";
import { renameSync, rmSync } from "node:fs";
import type { Document } from "../schema.js";
import { WARNINGS } from "../warnings.js";

type Database = import("better-sqlite3").Database;
type Statement = import("better-sqlite3").Statement;

const SCHEMA = `
create table documents (
  id integer primary key, path text not null, sha256 text not null, title text, region text, year integer,
  notice_title text, doc_number text, issuer text, date text, encoding text, format text, script text
);
create table tasks (
  id integer primary key, document_id integer not null references documents(id), task_id text not null,
  path text not null, section text, title text, text text not null, origin text not null, line integer not null,
  same_as text, unique (document_id, task_id)
);
create table task_units (
  task_id integer not null references tasks(id), unit text not null, canonical text not null, qualified text,
  collective integer not null, role text not null check (role in ('lead', 'responsible', 'cooperating')), line integer
);
create table deadlines (
  task_id integer not null references tasks(id), ord integer not null, text text not null, date text,
  kind text not null, every text, line integer not null, primary key (task_id, ord)
);
create table warnings (
  document_id integer not null references documents(id), code text not null, severity text not null,
  message text not null, line integer not null
);
-- every two-character sequence of the task text is a token: match '公开' finds 公开 anywhere
create virtual table tasks_fts using fts5 (grams, content = '', tokenize = 'unicode61');
`;

const INDEXES = `
create index tasks_document on tasks (document_id);
create index task_units_task on task_units (task_id);
create index task_units_qualified on task_units (qualified, role);
create index task_units_canonical on task_units (canonical, role);
create index deadlines_date on deadlines (date);
create index documents_region_year on documents (region, year);
create index warnings_code on warnings (code);
`;

/** The text as the full-text index holds it: its two-character sequences of Han characters, and its words of letters and digits. */
export function grams(text: string): string {
  const out: string[] = [];
  for (const run of text.match(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) out.push(run.toLowerCase());
    else if (run.length === 1) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out.join(" ");
}

export interface SqliteOutput {
  add(d: Document): void;
  commit(): void;
  abort(): void;
}

/** Documents into a new database at `path` (replaced when committed). */
export function sqliteOutput(path: string, tmp: string): SqliteOutput {
  const require = createRequire(import.meta.url);
  const Sqlite = require("better-sqlite3") as typeof import("better-sqlite3");
  rmSync(tmp, { force: true });
  const db: Database = new Sqlite(tmp);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.exec(SCHEMA);
  const q = (sql: string): Statement => db.prepare(sql);
  const insDoc = q(
    "insert into documents (path, sha256, title, region, year, notice_title, doc_number, issuer, date, encoding, format, script) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insTask = q("insert into tasks (document_id, task_id, path, section, title, text, origin, line, same_as) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const insUnit = q("insert into task_units (task_id, unit, canonical, qualified, collective, role, line) values (?, ?, ?, ?, ?, ?, ?)");
  const insDeadline = q("insert into deadlines (task_id, ord, text, date, kind, every, line) values (?, ?, ?, ?, ?, ?, ?)");
  const insWarning = q("insert into warnings (document_id, code, severity, message, line) values (?, ?, ?, ?, ?)");
  const insFts = q("insert into tasks_fts (rowid, grams) values (?, ?)");
  const addOne = (d: Document) => {
    const n = d.notice;
    const docId = Number(
      insDoc.run(d.source.path, d.source.sha256, d.title, d.region, d.year, n?.title ?? null, n?.docNumber ?? d.meta.docNumber ?? null, n?.issuer ?? null, n?.date ?? null, d.source.encoding, d.source.format, d.source.script)
        .lastInsertRowid,
    );
    const units = new Map(d.units.map((u) => [u.name, u]));
    const where = new Map<string, number>();
    for (const u of d.units) for (const m of u.mentions) where.set(`${m.task}\u0000${u.name}\u0000${m.role}`, m.line);
    for (const t of d.tasks) {
      const taskId = Number(insTask.run(docId, t.id, t.path.join("/"), t.section, t.title, t.text, t.origin, t.line, t.sameAs ?? null).lastInsertRowid);
      for (const [role, list] of [["lead", t.leadUnits], ["responsible", t.responsibleUnits], ["cooperating", t.cooperatingUnits]] as const)
        for (const name of list) {
          const u = units.get(name);
          insUnit.run(taskId, name, u?.canonical ?? name, u?.qualified ?? null, u?.collective ? 1 : 0, role, where.get(`${t.id}\u0000${name}\u0000${role}`) ?? t.line);
        }
      t.deadlines.forEach((x, k) => insDeadline.run(taskId, k, x.text, x.date, x.kind, x.every ?? null, x.line));
      insFts.run(taskId, grams(`${t.title ?? ""} ${t.text}`));
    }
    for (const w of d.warnings) insWarning.run(docId, w.code, WARNINGS[w.code as keyof typeof WARNINGS]?.severity ?? "warning", w.message, w.line);
  };
  // a few hundred documents per transaction: fast, and nothing held in memory
  let batch: Document[] = [];
  const flush = db.transaction((docs: Document[]) => docs.forEach(addOne));
  return {
    add(d) {
      batch.push(d);
      if (batch.length >= 200) {
        flush(batch);
        batch = [];
      }
    },
    commit() {
      flush(batch);
      batch = [];
      db.exec(INDEXES);
      db.exec("insert into tasks_fts (tasks_fts) values ('optimize')");
      db.close();
      renameSync(tmp, path);
    },
    abort() {
      try {
        db.close();
      } finally {
        rmSync(tmp, { force: true });
      }
    },
  };
}

/**
 * Merge databases written by sqliteOutput into one at `path` (through `tmp`): ids are
 * renumbered so that the parts do not collide, and the full-text index is built
 * again from the tasks' text (the parts' indexes hold no text to copy).
 */
export function mergeDatabases(parts: readonly string[], path: string, tmp: string): { documents: number; tasks: number } {
  const require = createRequire(import.meta.url);
  const Sqlite = require("better-sqlite3") as typeof import("better-sqlite3");
  rmSync(tmp, { force: true });
  const db: Database = new Sqlite(tmp);
  try {
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.exec(SCHEMA);
    const insFts = db.prepare("insert into tasks_fts (rowid, grams) values (?, ?)");
    const max = (table: string) => (db.prepare(`select coalesce(max(id), 0) as n from ${table}`).get() as { n: number }).n;
    parts.forEach((part) => {
      db.prepare("attach database ? as part").run(part);
      db.transaction(() => {
        const d = max("documents");
        const t = max("tasks");
        db.exec(`insert into documents select id + ${d}, path, sha256, title, region, year, notice_title, doc_number, issuer, date, encoding, format, script from part.documents order by id`);
        db.exec(`insert into tasks select id + ${t}, document_id + ${d}, task_id, path, section, title, text, origin, line, same_as from part.tasks order by id`);
        db.exec(`insert into task_units select task_id + ${t}, unit, canonical, qualified, collective, role, line from part.task_units`);
        db.exec(`insert into deadlines select task_id + ${t}, ord, text, date, kind, every, line from part.deadlines`);
        db.exec(`insert into warnings select document_id + ${d}, code, severity, message, line from part.warnings`);
        // in slices: no statement may run while another one is still reading
        const slice = db.prepare("select id, title, text from part.tasks where id > ? order by id limit 2000");
        for (let last = 0; ; ) {
          const rows = slice.all(last) as Array<{ id: number; title: string | null; text: string }>;
          if (!rows.length) break;
          for (const row of rows) insFts.run(row.id + t, grams(`${row.title ?? ""} ${row.text}`));
          last = rows[rows.length - 1].id;
        }
      })();
      db.exec("detach database part");
    });
    db.exec(INDEXES);
    db.exec("insert into tasks_fts (tasks_fts) values ('optimize')");
    const totals = { documents: max("documents"), tasks: max("tasks") };
    db.close();
    renameSync(tmp, path);
    return totals;
  } catch (err) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw err;
  }
}
