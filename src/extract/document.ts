// Assembling the Document from the segmented parts: the notice with its
// fallbacks, title, region and year, references, sections and the tasks.
import type { InputFile } from "../file.js";
import { PLAN_TITLE_ENDINGS } from "../lexicon/plan.js";
import { splitBodies } from "../lexicon/units.js";
import { FIRST_UNIT_LEADS } from "../lexicon/roles.js";
import type { Segmented } from "../segment/index.js";
import type { NoticeDraft } from "../segment/head.js";
import type { Node, Para } from "../segment/types.js";
import { clean } from "../strings.js";
import type { Attachment, Document, Item, Meta, Notice, Section } from "../schema.js";
import { collectReferences } from "./docnumbers.js";
import { regionOf, termYear, yearOf } from "./region.js";
import { buildTasks } from "./tasks.js";
import { linkRestated, unitIndex } from "./units.js";

const joinParas = (paras: Para[]): string =>
  paras
    .map((p) => clean(p.text))
    .filter(Boolean)
    .join("\n");

function toItem(n: Node): Item {
  return { number: n.number, title: clean(n.title), text: joinParas(n.paras), items: n.children.map(toItem) };
}

function toSection(n: Node): Section {
  return { number: n.number, title: clean(n.title), text: joinParas(n.paras), items: n.children.map(toItem) };
}

/**
 * 主送机关: split on ，；, and on 、 only where every piece is a unit name, so that
 * 县政府直属和在县中、省直各单位 stays one addressee.
 */
function splitAddressees(s: string | null): string[] {
  return s ? splitBodies(s) : [];
}

function yearOfDate(d: string | null | undefined): number | null {
  return d ? Number(d.slice(0, 4)) : null;
}

/**
 * The notice's date; of the two readings of a damaged one (2024115), the one the
 * metadata's date confirms: the latest on or before it.
 */
function signedDate(n: NoticeDraft, m: Meta & { title?: string }, file: InputFile): string | null {
  if (!n.date || !n.dateAlternative) return n.date;
  const meta = m.writtenDate ?? m.publishedDate;
  const readings = [n.date, n.dateAlternative];
  const before = meta ? readings.filter((d) => d <= meta).sort() : [];
  const date = before.length ? before[before.length - 1] : n.date;
  const other = readings.find((d) => d !== date)!;
  file.warn("ambiguous-date", `the notice's damaged date could be ${date} or ${other}; took ${date}${before.length ? ` (the page's metadata dates it ${meta})` : ""}`, 0);
  return date;
}

/**
 * An issuer named without its place (市人民政府办公厅, as a city's own notices name it)
 * takes the place from another source that names the same office in full (the
 * signature, the metadata's 发布机构: 某市人民政府办公厅).
 */
function withPlace(issuer: string | null, others: Array<string | null | undefined>): string | null {
  if (!issuer || !/^[省市县区州旗]/.test(issuer)) return issuer;
  const full = others.find((o) => o && o.length > issuer.length && o.endsWith(issuer));
  return full ?? issuer;
}

/**
 * The first-unit-leads convention (排名第一位为牵头单位，下同), where it starts to hold:
 * 0 when the notice or preamble states it, else the first line of the heading (section
 * or item) or table row whose text states it; and whether it makes every unit before a
 * list's first comma lead (逗号前的单位为牵头单位). Null when nothing states it.
 */
function firstUnitConvention(seg: Segmented): { from: number; beforeComma: boolean } | null {
  let from: number | null = null;
  let beforeComma = false;
  const said = (t: string, line: number): void => {
    if (!FIRST_UNIT_LEADS.test(t)) return;
    from = from === null ? line : Math.min(from, line);
    beforeComma ||= /逗号前/.test(t);
  };
  for (const t of [seg.notice?.title ?? "", ...(seg.notice?.body ?? []).map((p) => p.text), ...seg.body.preamble.map((p) => p.text)]) said(t, 0);
  const walk = (n: Node) => {
    for (const t of [n.title, ...n.paras.map((p) => p.text)]) said(t, n.line);
    n.children.forEach(walk);
  };
  seg.body.sections.forEach(walk);
  for (const t of seg.body.tables) for (const r of t.block.rows) for (const c of r.cells) said(c, r.no);
  return from === null ? null : { from, beforeComma };
}

/** How many of a list's units (in order) stand before its first comma in the text. */
function unitsBeforeComma(text: string, units: string[]): number {
  const at = text.indexOf(units[0]);
  if (at < 0) return 1;
  const head = text.slice(at).split(/[，,；;]/)[0];
  let n = 0;
  while (n < units.length && head.includes(units[n])) n++;
  return n;
}

function buildNotice(seg: Segmented, file: InputFile): Notice | null {
  const m = seg.meta;
  const n = seg.notice;
  // A page that begins inside a notice (no head, no title) shows it by its signature alone.
  const signedOnly = !n && !seg.title && !m.title && seg.signature !== null;
  if (!n && !(m.title && /通知$/.test(m.title)) && !signedOnly) return null;
  const title = n?.title ?? m.title ?? null;
  const prefix = title && /关于/.test(title) ? title.slice(0, title.indexOf("关于")) : "";
  const body = n ? [joinParas(n.body), ...n.notes].filter(Boolean).join("\n") : "";
  return {
    title,
    docNumber: n?.docNumber ?? m.docNumber ?? null,
    issuer: withPlace(n?.issuer ?? (prefix.length >= 4 ? prefix : null) ?? seg.signature?.issuer ?? m.publisher ?? seg.printed?.by ?? null, [seg.signature?.issuer, m.publisher]),
    addressees: splitAddressees(n?.addressees ?? null),
    // 成文日期: the signed date, else the metadata's; the 印发 date is the printing, not the writing
    date: (n && signedDate(n, m, file)) ?? m.writtenDate ?? m.publishedDate ?? seg.signature?.date ?? null,
    body,
  };
}

function publicMeta(seg: Segmented): Meta {
  const { title: _title, ...meta } = seg.meta;
  return meta;
}

export function assemble(seg: Segmented, source: Document["source"], file: InputFile): Document {
  const notice = buildNotice(seg, file);
  const planFound = seg.body.sections.length > 0 || seg.body.tables.length > 0 || seg.attachments.some((a) => a.body.tables.length > 0);
  // A heading line of a page that holds no plan (a news article) is not a plan title.
  // the plan's title line; else the metadata's 名称 when it names a plan (not the notice)
  const metaTitle = seg.meta.title?.replace(/\s+/g, "") ?? null;
  const title =
    seg.title && (planFound || PLAN_TITLE_ENDINGS.test(seg.title.text))
      ? seg.title.text
      : metaTitle && !notice && planFound && PLAN_TITLE_ENDINGS.test(metaTitle)
        ? metaTitle
        : null;
  const year = yearOf(title);
  const noticePrefix = notice?.title && /关于/.test(notice.title) ? notice.title.slice(0, notice.title.indexOf("关于")) : null;
  const region =
    regionOf(title) ?? regionOf(noticePrefix) ?? regionOf(notice?.issuer);
  const contextYear =
    year ??
    termYear(title) ??
    yearOfDate(notice?.date) ??
    yearOfDate(seg.meta.writtenDate ?? seg.meta.publishedDate) ??
    yearOfDate(seg.printed?.date) ??
    yearOfDate(seg.signature?.date) ??
    yearOf(notice?.title) ??
    yearOfDate(seg.pageDate);

  const built = buildTasks(
    seg.body,
    seg.attachments.filter((a) => a.label !== seg.promoted).map((a) => ({ label: a.label, body: a.body })),
    { year: contextYear, file, cutLine: seg.cutLine, cutTail: seg.cutTail },
    seg.bodyInNotice ? [] : (seg.notice?.body ?? []),
  );

  const attachments: Attachment[] = seg.attachments.map((a) => {
    const tables = (built.attachmentTables.get(a.label) ?? []).map((t) => ({
      header: t.header,
      rows: t.rows.map((r) => (r.group ? r.own : r.cells)),
    }));
    const text = a.units
      .filter((u): u is Para => u.kind === "line")
      .map((u) => clean(u.text))
      .filter(Boolean)
      .join("\n");
    return { label: a.label, title: a.title ? clean(a.title) : null, text, tables };
  });

  const allParas: string[] = [];
  const walk = (n: Node) => {
    allParas.push(n.title);
    for (const p of n.paras) allParas.push(p.text);
    n.children.forEach(walk);
  };
  seg.body.sections.forEach(walk);
  const tableText = seg.body.tables.flatMap((t) => t.block.rows.flatMap((r) => r.cells));
  const attachmentText = seg.attachments.flatMap((a) =>
    a.units.flatMap((u) => (u.kind === "line" ? [u.text] : u.block.rows.flatMap((r) => r.cells))),
  );
  const preambleText = seg.body.preamble.map((p) => p.text);
  const noticeText = seg.notice ? [seg.notice.title ?? "", ...seg.notice.body.map((p) => p.text)] : [];
  const own = new Set([notice?.docNumber, seg.meta.docNumber, seg.docNumber].filter((x): x is string => !!x));
  // A convention stated once (排名第一位为牵头单位，下同): the first unit of each list leads,
  // from the task where it is stated on (下同: "the same below").
  const convention = firstUnitConvention(seg);
  if (convention) {
    for (const t of built.tasks) {
      if (t.line < convention.from || t.leadUnits.length || !t.responsibleUnits.length) continue;
      const n = convention.beforeComma ? Math.max(1, unitsBeforeComma(t.text, t.responsibleUnits)) : 1;
      t.leadUnits = t.responsibleUnits.slice(0, n);
      t.responsibleUnits = t.responsibleUnits.slice(n);
    }
  }
  linkRestated(built.tasks, region, file);
  const references = collectReferences(
    [...noticeText, ...preambleText, ...allParas, ...tableText, ...seg.body.closing.map((p) => p.text), ...attachmentText, ...(seg.cutHeading ? [seg.cutHeading] : [])],
    [...noticeText.slice(1), ...preambleText],
    own,
    new Set([title, ...seg.attachments.map((a) => a.title), ...seg.attachmentList.map((a) => a.title)].filter((x): x is string => !!x)),
  );

  const sections = seg.body.sections.length ? seg.body.sections.map(toSection) : built.tableSections.map(toSection);
  const hasPlan = sections.length > 0 || built.tasks.length > 0;
  if (!hasPlan)
    file.warn("not-a-plan", "no sections, items or task tables were found: this does not look like a work plan", 0);
  if (!title && !notice) file.warn("no-title", "neither a notice title nor a plan title was found", 0);

  const preamble = joinParas(seg.body.preamble);
  const closing = joinParas(seg.body.closing);
  return {
    schemaVersion: "1",
    source,
    meta: publicMeta(seg),
    notice,
    title,
    region,
    year,
    references,
    preamble: preamble || null,
    sections,
    attachments,
    tasks: built.tasks,
    units: unitIndex(built.tasks, built.unitLines, region),
    closing: closing || null,
    cc: seg.cc,
    printed: seg.printed,
    warnings: file.messages,
  };
}
