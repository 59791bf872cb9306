// Tasks of a plan written as a table: every row with content is a task (origin
// "table" in the body, "attachment" in attachments); group rows are sections and
// numbered sub-groups their items; numbering columns give the rows' paths.
import type { Deadline } from "../schema.js";
import type { Node, TableUnit } from "../segment/types.js";
import { findAnchors } from "../assign/anchors.js";
import { emptyUnits, hasUnits, mergeUnits, parseAssignment, type Units } from "../assign/units.js";
import { contentColumns, interpretTable, type InterpretedTable } from "../tables/index.js";
import type { ColumnRole } from "../lexicon/headers.js";
import { markerOf } from "../lexicon/markers.js";
import { withoutPersons } from "../lexicon/units.js";
import { clean } from "../strings.js";
import { deadlinesOf, extend, push, type Builder, type Origin, type TaskContext } from "./builder.js";

function cellMode(role: ColumnRole): "prose" | "time" | null {
  if (role === "time") return "time";
  if (role === "task" || role === "content" || role === "note") return "prose";
  return null;
}

const UNIT_ROLE: Partial<Record<ColumnRole, "lead" | "responsible" | "cooperating">> = {
  lead: "lead",
  responsible: "responsible",
  cooperating: "cooperating",
};

/** Tasks from the rows of a table with a recognised header. */
export function tableTasks(
  b: Builder,
  unit: TableUnit,
  prefix: string[],
  section: string | null,
  origin: Origin,
  ctx: TaskContext,
  sections?: Node[],
  /** the units of a group heading above the table, for rows that name none */
  inherited: Units | null = null,
): InterpretedTable | null {
  const table = interpretTable(unit.block);
  if (!table) return null;
  const { roles } = table;
  const { content, title: titleCol } = contentColumns(roles);
  const seqCol = roles.indexOf("seq");
  const sectionCol = roles.findIndex((r, i) => (r === "task" || r === "content") && i < titleCol && i < content);
  let group: string[] = [];
  let groupTitle = section;
  let sub: string | null = null;
  let subKind: string | null = null;
  const seenNodes = new Set<string>();
  const nodeAt = new Map<string, Node>();
  let seq = "";
  // the task of the last row pushed from this table, and whether the table names what is done
  let last = -1;
  const hasWhat = roles.some((r) => r === "task" || r === "content");
  for (const row of table.rows) {
    if (row.shifted) ctx.file.warn("table-shifted-cells", "a table row had fewer cells than its header; cells were aligned to the right", row.no);
    if (row.group) {
      if (row.group.kind === "section") {
        group = row.group.number ? [row.group.number] : [];
        groupTitle = row.group.title;
        sub = null;
        // a group repeated (after a page break, or kept on each row) is the same section
        const last = sections?.[sections.length - 1];
        const again = !!last && !!row.group.number && last.number === row.group.number && last.title === row.group.title;
        if (!again) sections?.push({ kind: "section", marker: "section", number: row.group.number || String(sections.length + 1), title: row.group.title, line: row.no, paras: [], tables: [], children: [] });
      } else {
        sub = row.group.number;
        subKind = markerOf(row.group.number + "x")?.kind ?? null;
        // a numbered sub-group is an item of the section above it (or a heading of its own)
        if (sections && sub) {
          const node: Node = { kind: "item", marker: (subKind ?? "cnParen") as Node["marker"], number: sub, title: row.group.title, line: row.no, paras: [], tables: [], children: [] };
          const parent = sections[sections.length - 1];
          if (parent?.children.some((c) => c.number === node.number && c.title === node.title)) {
            // the same sub-group again
          } else if (parent && parent.marker !== node.marker) parent.children.push(node);
          // with no section above it (or one numbered like it), a sub-group is a section
          else sections.push({ ...node, kind: "section" });
        }
      }
      if (!row.own.slice(1).some(Boolean)) continue;
    }
    const units = emptyUnits();
    const deadlines: Deadline[] = [];
    const cut = row.no === ctx.cutLine;
    if (cut) ctx.file.warn("truncated-end", "the text ends inside the last row of a table: its units and deadlines are not read", row.no);
    if (!cut) row.cells.forEach((cell, i) => {
      if (!cell) return;
      const role = UNIT_ROLE[roles[i]];
      if (role) {
        // a cell whose own label names its role (牵头处室：财务处 under 责任单位): the label wins
        const labelled = /^[\u4e00-\u9fff]{2,8}\s*[：:]/.test(cell) ? findAnchors(cell).filter((a) => a.kind === "labels" && hasUnits(a.units)) : [];
        if (labelled.length) for (const a of labelled) mergeUnits(units, a.units);
        else mergeUnits(units, parseAssignment(withoutPersons(cell), role).units);
        return;
      }
      const mode = cellMode(roles[i]);
      if (!mode) return;
      for (const d of deadlinesOf(cell, mode, ctx, row.no)) deadlines.push(d);
      if (mode === "prose") for (const a of findAnchors(cell)) mergeUnits(units, a.units);
    });
    if (inherited && !cut && !hasUnits(units)) mergeUnits(units, inherited);
    // a row with no task or content cell of its own, only who and when, under the row above
    // it (their content cell merged): more of that row's units and time limits (not in a
    // schedule, which has no such column: each of its rows is a task)
    const onlyWhoWhen = row.own.some(Boolean) && row.own.every((c, i) => !c || !!UNIT_ROLE[roles[i]] || roles[i] === "time");
    if (hasWhat && onlyWhoWhen && !row.group && last >= 0 && (hasUnits(units) || deadlines.length)) {
      extend(b, last, { units, deadlines }, row.no);
      continue;
    }
    if (table.pathCols.length) {
      // Numbering in merged leading columns: each level's cell names its node.
      const levels = table.pathCols.map((c) => row.cells[c]).filter(Boolean);
      const marks = levels.map((t) => markerOf(t));
      const numbers = marks.map((m, k) => m?.number ?? levels[k]);
      // under a group row (一、… across the table) the numbering columns are its items
      const under = group.length ? sections?.[sections.length - 1] : undefined;
      levels.forEach((t, k) => {
        const key = [...group, ...numbers.slice(0, k + 1)].join("/");
        if (seenNodes.has(key)) return;
        seenNodes.add(key);
        const title = marks[k]?.rest.trim() ?? t;
        const top = k === 0 && !under;
        const node: Node = { kind: top ? "section" : "item", marker: marks[k]?.kind ?? "section", number: numbers[k], title, line: row.no, paras: [], tables: [], children: [] };
        if (k === 0) {
          if (!under) groupTitle = title;
          if (under) under.children.push(node);
          else sections?.push(node);
        } else nodeAt.get([...group, ...numbers.slice(0, k)].join("/"))?.children.push(node);
        nodeAt.set(key, node);
      });
      // a 序号 beside the numbering columns numbers the row under them
      const rowSeq = seqCol >= 0 ? row.own[seqCol] : "";
      const text = row.own.filter((c, i) => c && !table.pathCols.includes(i) && i !== seqCol).join(" ");
      if (!text) continue;
      const lastTitle = marks[marks.length - 1]?.rest.trim() ?? levels[levels.length - 1] ?? null;
      push(b, [...prefix, ...group, ...numbers, ...(rowSeq ? [rowSeq] : [])], groupTitle, lastTitle, clean(text), { units, deadlines }, origin, row.no);
      last = b.tasks.length - 1;
      continue;
    }
    if (seqCol >= 0 && row.own[seqCol]) seq = row.own[seqCol];
    const taskCell = row.cells[content] ?? "";
    const m = markerOf(row.cells[titleCol] ?? "") ?? markerOf(taskCell);
    // A row numbered like its sub-group ((四) after the group row (三)) is its sibling.
    if (sub && m && m.kind === subKind) sub = null;
    const rowNo = row.group ? row.group.number : seqCol >= 0 ? seq : m ? m.number : "";
    const path = [...prefix, ...group, ...(sub && !row.group ? [sub] : []), ...(rowNo && !row.group ? [rowNo] : [])];
    const text = row.own
      .map((c, i) => (i === seqCol ? "" : c))
      .filter(Boolean)
      .join(" ");
    if (!text) continue;
    const title = row.group ? row.group.title : (row.cells[titleCol] || taskCell).replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, "");
    // without group rows, a task column before the title's (公开任务 over merged cells) names the section
    const section = groupTitle ?? (sectionCol >= 0 && row.cells[sectionCol] ? clean(row.cells[sectionCol]) : null);
    push(b, path, section, title, clean(text), { units, deadlines }, origin, row.no);
    last = b.tasks.length - 1;
  }
  return table;
}
