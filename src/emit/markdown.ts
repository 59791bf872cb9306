// A report a person reads: per document its title, the notice line, a table of
// tasks (id, title, units by role, deadlines, line), its warnings with their lines
// and a one-line summary; over several documents, a summary of the corpus first.
import type { Document, Task } from "../schema.js";
import type { CorpusTotals } from "./summary.js";
import { summarize } from "./summary.js";
import type { Writer } from "./writer.js";

/** A table cell: one line, pipes escaped. */
const cell = (s: string) => s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim();
const plural = (n: number, w: string, ws = `${w}s`) => `${n} ${n === 1 ? w : ws}`;

function deadlineCell(t: Task): string {
  return t.deadlines.map((x) => x.date ?? x.text).join("; ");
}

function report(d: Document): string {
  const lines: string[] = [];
  lines.push(`## ${cell(d.title ?? d.notice?.title ?? d.source.path)}`, "");
  lines.push(`\`${d.source.path}\`${d.region ? ` · ${d.region}` : ""}${d.year ? ` · ${d.year}` : ""}`, "");
  if (d.notice) {
    const n = d.notice;
    const bits = [n.title, n.docNumber, n.issuer, n.date].filter(Boolean).join(" · ");
    if (bits) lines.push(`Notice: ${cell(bits)}`, "");
  }
  if (d.tasks.length) {
    lines.push("| id | title | lead | responsible | cooperating | deadline | line |", "|---|---|---|---|---|---|---:|");
    for (const t of d.tasks) {
      const id = t.sameAs ? `${t.id} (= ${t.sameAs})` : t.id;
      lines.push(
        `| ${cell(id)} | ${cell(t.title ?? t.text.slice(0, 40))} | ${cell(t.leadUnits.join("、"))} | ${cell(t.responsibleUnits.join("、"))} | ${cell(t.cooperatingUnits.join("、"))} | ${cell(deadlineCell(t))} | ${t.line} |`,
      );
    }
    lines.push("");
  }
  if (d.warnings.length) {
    lines.push("Warnings:", "");
    for (const w of d.warnings) lines.push(`- line ${w.line}: ${w.code}: ${cell(w.message)}`);
    lines.push("");
  }
  const s = summarize(d);
  lines.push(
    `*${plural(s.tasks, "task")}, ${plural(s.units.length, "unit")}, ${s.noUnit} without a unit, ${s.noDeadline} without a deadline, ${plural(d.warnings.length, "warning")}.*`,
    "",
  );
  return lines.join("\n") + "\n";
}

export function markdownWriter(): Writer {
  return {
    head: () => "# gkparse report\n\n",
    doc: (d) => report(d),
    separator: "",
    tail: (n) => (n ? "" : "No documents.\n"),
    prefix: (t: CorpusTotals) =>
      t.documents > 1
        ? `${plural(t.documents, "document")}, ${plural(t.tasks, "task")}, ${plural(t.units, "unit")}; ${t.noUnit} tasks without a unit, ${t.noDeadline} without a deadline.\n\n`
        : "",
  };
}
