// Segmentation: from normalised blocks to the document's parts: portal metadata,
// covering notice, plan title, preamble, body tree, tables, closing, attachments
// and 版记. Every part keeps its input line numbers.
import type { Block, LineBlock, TableBlock } from "../blocks.js";
import type { InputFile } from "../file.js";
import { markerOf } from "../lexicon/markers.js";
import { LABEL_LINE, UNIT_LABELS } from "../lexicon/roles.js";
import { UNIT_SUFFIX, splitUnits } from "../lexicon/units.js";
import { toIsoDate, dateLine } from "../lexicon/dates.js";
import { NOTICE_TITLE_END, PLAN_TITLE_ENDINGS } from "../lexicon/plan.js";
import { findTextTables, headerTail } from "../tables/index.js";
import { extractMeta, type MetaDraft } from "./meta.js";
import { extractColophon } from "./colophon.js";
import { splitAddresseeLine, splitHeadLine, splitRunTogether, splitSignatureLine, splitTitleLine } from "./runtogether.js";
import { parseHead, trailingSignature, type NoticeDraft, type TitleSpan } from "./head.js";
import { parseBody, type Body } from "./body.js";
import { attachmentList, attachmentStarts, readAttachments, type AttachmentDraft, type ListedAttachment } from "./attachments.js";
import type { Para, TableUnit, Unit } from "./types.js";

export interface Segmented {
  meta: MetaDraft;
  notice: NoticeDraft | null;
  title: TitleSpan | null;
  body: Body;
  /** true when the body came from the notice (a notice that forwards a plan) */
  bodyInNotice: boolean;
  attachments: AttachmentDraft[];
  /** the label of the attachment that holds the plan itself, read as the body */
  promoted: string | null;
  /** titles listed in the notice's 附件 list, by label */
  attachmentList: ListedAttachment[];
  cc: string[];
  printed: { by: string | null; date: string | null } | null;
  signature: { issuer: string | null; date: string } | null;
  /** the document's own number when it has no notice */
  docNumber: string | null;
  /** the last line, when the text ends mid-line (a page cut short); 0 otherwise */
  cutLine: number;
  /** the date of the page's article line (发布时间：…), when it has one: a last source of the year */
  pageDate: string | null;
  /** the last characters of the text where it is cut (with cutLine): what a cut task ends with */
  cutTail: string;
  /** a heading the text was cut in, dropped from the structure (its references still count) */
  cutHeading: string | null;
}

function toUnits(blocks: Block[], file: InputFile): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    if (b.kind === "table") units.push({ kind: "table", no: b.no, block: b });
    else if (b.boiler) file.warn("boilerplate-dropped", `dropped ${b.boiler}: ${b.text.trim().slice(0, 40)}`, b.no);
    else units.push({ kind: "line", no: b.no, text: b.text.trim(), raw: b.text });
  }
  return units;
}

/** Replace flattened text tables by table units. */
function liftTables(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let run: Para[] = [];
  const flush = () => {
    if (!run.length) return;
    const lines: LineBlock[] = run.map((p) => ({ kind: "line", no: p.no, text: p.raw }));
    const tables = findTextTables(lines);
    let k = 0;
    for (const t of tables) {
      for (let j = k; j < t.start; j++) out.push(run[j]);
      out.push({ kind: "table", no: t.block.no, block: t.block });
      k = t.end;
    }
    for (let j = k; j < run.length; j++) out.push(run[j]);
    run = [];
  };
  for (const u of units) {
    if (u.kind !== "line") {
      flush();
      out.push(u);
      continue;
    }
    // a header row run onto the end of a line (a title) starts a table of its own
    const tail = u.text.length > 20 && /\s/.test(u.text) ? headerTail(u.text) : null;
    if (tail) {
      run.push({ ...u, text: tail.head, raw: tail.head });
      run.push({ ...u, text: tail.header, raw: tail.header });
    } else run.push(u);
  }
  flush();
  return out;
}

/**
 * A page cut short (a scraper's first 2,000 characters) may end inside a heading
 * line: a heading that ends the text without finishing its sentence is dropped,
 * as a complete document never ends with one.
 */
/** A heading's number with nothing after it: （三）, 四、, 5. */
const BARE_NUMBER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])$/;

function dropCutHeading(units: Unit[], lastLine: { no: number; text: string }, file: InputFile, dropped: string[]): number {
  let k = units.length - 1;
  while (k >= 0 && units[k].kind === "line" && !(units[k] as Para).text) k--;
  const last = units[k];
  // a table's last row, when the text ends inside it mid-cell
  if (last?.kind === "table") {
    const rows = last.block.rows;
    const row = rows[rows.length - 1];
    // cut: the row lost its last cells, or its text stops inside a list (a row or cell closed by its bar is whole)
    // (or one cell short where every row before it was whole)
    const whole = rows.length > 2 && rows.slice(1, -1).every((r) => r.cells.length >= rows[0].cells.length);
    const short = row && rows.length > 1 && (row.cells.length < rows[0].cells.length - 1 || (whole && row.cells.length < rows[0].cells.length));
    // a numbered group row the text ends in (（二）持续推进基层政务公开标): a heading cut mid-line
    if (row && rows.length > 2 && row.cells.length === 1 && row.no === lastLine.no && markerOf(row.cells[0]) && !/。/.test(row.cells[0]) && !ENDS_WHOLE.test(lastLine.text) && !/[|｜]$/.test(lastLine.text)) {
      file.warn("truncated-end", `the text ends inside the heading "${row.cells[0].slice(0, 20)}"; it was dropped`, row.no);
      dropped.push(row.cells[0]);
      rows.pop();
      return 0;
    }
    // (or its last cell lacks the 。 that closes the last cell of every row before it)
    const full = rows.slice(1, -1).filter((r) => r.cells.length > 1);
    const closedByStop = full.length >= 2 && full.every((r) => /。$/.test(r.cells[r.cells.length - 1]));
    const open = /[，,、（(：:]$/.test(lastLine.text) || (closedByStop && row.cells.length > 0 && !/。$/.test(row.cells[row.cells.length - 1]));
    // (a row short of cells may be short itself: 4.政府和)
    const cut = row && row.no <= lastLine.no && (lastLine.text.length >= 20 || (short && lastLine.text.length >= 4)) && !ENDS_WHOLE.test(lastLine.text) && !/[|｜]$/.test(lastLine.text) && (short || open);
    return cut ? row.no : 0;
  }
  // a table row cut inside a cell whose line was left after the table (the cell never got
  // its closing bar): the row is short of cells, and the line ends mid-word
  const before = units[k - 1];
  if (last?.kind === "line" && last.no === lastLine.no && before?.kind === "table" && !/[|｜]/.test(last.text) && !ENDS_WHOLE.test(last.text) && !dateLine(last.text) && !markerOf(last.text)) {
    const rows = before.block.rows;
    const row = rows[rows.length - 1];
    if (row && rows.length > 1 && row.cells.length < rows[0].cells.length && /[\u4e00-\u9fff，,、（(：:]$/.test(last.text)) {
      // (a row as short as the one before it, rows that lost their leading cells, is whole:
      // the line is a new row cut in its first cell)
      const prev = rows[rows.length - 2];
      if (rows.length > 2 && prev.cells.length === row.cells.length) {
        file.warn("truncated-end", "the text ends inside the first cell of a table row; the row was dropped", last.no);
        last.text = "";
        return 0;
      }
      last.text = "";
      return row.no;
    }
  }
  // a heading's number alone ends the text (…完成时限：8月底前 / （三）): the heading was cut after it
  if (last?.kind === "line" && last.no === lastLine.no && BARE_NUMBER.test(last.text.trim())) {
    file.warn("truncated-end", `the text ends after the heading number "${last.text.trim()}"; it was dropped`, last.no);
    dropped.push(last.text);
    last.text = "";
    return 0;
  }
  // only the text's own last line can be cut (not a line before its 版记 or signature)
  if (!last || last.kind !== "line" || last.no !== lastLine.no || ENDS_WHOLE.test(last.text) || dateLine(last.text)) return 0;
  // a line cut mid-sentence is long and ends inside a word or a list (short lines at the end are page
  // furniture, unless they are a label line cut in its value: 责任单位：县市场监管局、县交通运)
  if (!markerOf(last.text) && ((last.text.length < 20 && !cutUnitLabel(last.text)) || !/[\u4e00-\u9fff，,、（(：:]$/.test(last.text))) return 0;
  if (!markerOf(last.text) || /。/.test(last.text)) return last.no;
  file.warn("truncated-end", `the text ends inside the heading "${last.text.slice(0, 20)}"; it was dropped`, last.no);
  dropped.push(last.text);
  last.text = "";
  return 0;
}

/** A unit label line whose last name stops before its kind (责任单位：县市场监管局、县交通运). */
function cutUnitLabel(text: string): boolean {
  const t = text.trim();
  const m = /^([\u4e00-\u9fff]{2,8})\s*[：:](.+)$/.exec(t);
  if (!m || !LABEL_LINE.test(t) || !UNIT_LABELS.some(([w]) => m[1].endsWith(w.slice(-2)))) return false;
  const names = splitUnits(m[2]);
  return names.length > 0 && !UNIT_SUFFIX.test(names[names.length - 1]);
}

/** A label giving a page's date: 发布时间：2024-05-16. */
const DATED_LABEL = /(?:时间|日期)\s*[：:]\s*(?:19|20)\d{2}/;

/** The date an article line gives: 发布时间：2018-06-22 10:08, 时间：2017年06月28日. */
function pageDateOf(text: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  return m ? toIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** How a complete line ends: a sentence end, a closing bracket or quote. */
const ENDS_WHOLE = /[。！？；;…）)」”’】〕］\]》.．!?]$|日\s*(?:印发|印)?$/;

/**
 * The plan a notice issues, as the notice names it: the 《X》 of its issuing
 * sentence (现将《X》印发给你们), else the X of its title (关于印发X的通知). A notice
 * that forwards (转发) another body's document issues no plan of its own.
 */
function issuedPlanName(notice: NoticeDraft): string | null {
  if (notice.title && /转发/.test(notice.title)) return null;
  const m = notice.title ? /(?:印发|印送)(.{4,60}?)的(?:通知|函)》?$/.exec(notice.title) : null;
  const fromTitle = m && PLAN_TITLE_ENDINGS.test(m[1].replace(/[《》]/g, "")) ? m[1].replace(/[《》]/g, "") : null;
  const quoted: string[] = [];
  for (const p of notice.body) {
    for (const q of p.text.matchAll(/《([^《》]{4,80})》/g)) {
      const name = q[1].replace(/\s+/g, "");
      const rest = p.text.slice(q.index! + q[0].length).split("。")[0];
      if (/印发|印送/.test(rest) && !/转发/.test(rest) && !NOTICE_TITLE_END.test(name) && PLAN_TITLE_ENDINGS.test(name)) quoted.push(name);
    }
  }
  // the title's name when the body quotes it too; else the first the body issues
  if (fromTitle && (quoted.includes(fromTitle) || !quoted.length)) return fromTitle;
  if (quoted.length) return quoted[0];
  // unquoted, only as a name that starts with its year: 现将2019年度减贫计划分解下达你们
  for (const p of notice.body) {
    const u = UNQUOTED_ISSUED.exec(p.text);
    const name = u?.[1].replace(/\s+/g, "");
    if (name && PLAN_TITLE_ENDINGS.test(name)) return name;
  }
  return null;
}

/** An issuing sentence naming the plan without quotes, by its year: 现将2019年度减贫计划分解下达你们. */
const UNQUOTED_ISSUED = /现将\s*((?:19|20)\d{2}\s*年度?[^，,。；《》\s][^，,。；《》]{1,30}?)\s*(?:分解)?(?:下达|印发|印送)(?:给)?你们/;

export function segment(blocks: Block[], file: InputFile): Segmented {
  let units = toUnits(blocks, file);
  // the date of the page's own article line (发布时间：2018-06-22 … 来源：…), furniture but dated
  // (not on a sharing site whose text users uploaded: its date is the upload's)
  const top = blocks.slice(0, 40);
  const uploaded = top.some((b) => b.kind === "line" && b.boiler === "upload note");
  // (a reading widget may carry it: 发布时间：2024-05-16 09:30 来源：… 浏览次数：)
  const dated = (b: Block): b is LineBlock => b.kind === "line" && (b.boiler === "article info line" || (!!b.boiler && DATED_LABEL.test(b.text)));
  const pageDate = uploaded ? null : top.reduce<string | null>((found, b) => found ?? (dated(b) ? pageDateOf(b.text) : null), null);
  // The text's last line (page furniture after it means the page was not cut short).
  const final = [...blocks].reverse().find((b) => b.kind === "table" || b.text.trim() !== "");
  const lastLine = final?.kind === "line" && !final.boiler ? { no: final.no, text: final.text.trim() } : { no: -1, text: "" };

  // Portal metadata, read from the first lines.
  const lineIdx: number[] = [];
  units.forEach((u, i) => {
    if (u.kind === "line" && u.text) lineIdx.push(i);
  });
  const metaResult = extractMeta(lineIdx.map((i) => units[i] as Para), file);
  const metaDrop = new Set([...metaResult.consumed].map((k) => lineIdx[k]));
  units = units.filter((_, i) => !metaDrop.has(i));

  // 版记: 抄送 and 印发, wherever they stand.
  const colophon = extractColophon(units);
  units = units.filter((_, i) => !colophon.consumed.has(i));

  units = splitSignatureLine(splitAddresseeLine(splitHeadLine(splitRunTogether(splitTitleLine(liftTables(units))))));
  // Lines of bars left over (separators of a navigation bar or of a table's cells): one message for all.
  const bars = units.filter((u) => u.kind === "line" && /^[|｜]+$/.test(u.text));
  if (bars.length) {
    file.warn("boilerplate-dropped", `dropped ${bars.length} line${bars.length > 1 ? "s" : ""} of bars (|) left by flattening`, bars[0].no);
    const dropped = new Set(bars);
    units = units.filter((u) => !dropped.has(u));
  }

  const dropped: string[] = [];
  const cutLine = dropCutHeading(units, lastLine, file, dropped);

  // The notice's attachment list, and the attachments themselves.
  const listed = attachmentList(units);
  const starts = attachmentStarts(units, listed.lines, listed.list.length > 0);
  const mainEnd = starts.length ? starts[0] : units.length;
  const attachments = readAttachments(units, starts, listed.list, file);

  const main = units.slice(0, mainEnd).filter((_, i) => !listed.lines.has(i));
  const head = parseHead(main, file);
  // A signature closing the plan itself (issuer and date after the last item).
  let rest = main.slice(head.end);
  const sig = trailingSignature(rest);
  if (sig) rest = rest.slice(0, sig.start);
  let bodyFile = file.scratch();
  let body = parseBody(rest, bodyFile);
  let bodyInNotice = false;
  let title = head.title;
  let promoted: string | null = null;
  // A table plan the notice lists as its one attachment (附件：X … signature … X / table),
  // printed without an attachment label line: it is that attachment.
  const only = listed.list.length === 1 ? listed.list[0] : null;
  if (head.notice?.date && title && only && body.tables.length && !body.sections.length && only.title.replace(/\s+/g, "") === title.text.replace(/\s+/g, "")) {
    attachments.unshift({ label: only.label, title: title.text, line: title.line, units: rest, body, file: bodyFile });
    body = parseBody([], (bodyFile = file.scratch()));
  }
  // An attachment that holds the plan is read as the body, under its own title.
  const promote = (plan: AttachmentDraft, why: string) => {
    promoted = plan.label;
    title = { text: plan.title!, line: plan.line, end: head.end };
    body = { ...plan.body, closing: [...plan.body.closing, ...body.closing] };
    bodyFile = plan.file;
    file.warn("plan-in-attachment", why, plan.line);
  };
  if (!head.title && !body.sections.length && !body.tables.length) {
    // The plan itself is attached to the notice (附件 / title / 一、…): it is the body.
    const plan = attachments.find((a) => a.body.sections.length >= 2 && a.title && PLAN_TITLE_ENDINGS.test(a.title));
    if (plan) promote(plan, `the plan is the notice's ${plan.label}; its sections are read as the body`);
  }
  if (!promoted && !head.notice && !body.sections.length && !body.tables.length && attachments.length) {
    // A page that is only its attachment (附件： / the plan's title / its table), with no
    // notice or text of its own to attach it to: the attachment is the document.
    const plan = attachments[0];
    const same = (x: string, y: string) => x.replace(/\s+/g, "") === y.replace(/\s+/g, "");
    if (plan.title && (plan.body.tables.length || plan.body.sections.length) && (!title || same(title.text, plan.title)) && body.preamble.every((p) => p.text.length <= 60)) {
      promote(plan, `the page holds nothing but its ${plan.label}; its plan is read as the body`);
      attachments.shift(); // attached to nothing: it is the document, not one of its attachments
    }
  }
  if (!title && head.notice) {
    // The plan has no title line (or the page stops before it): the notice names it.
    const planTitle = issuedPlanName(head.notice);
    if (planTitle) {
      title = { text: planTitle, line: head.notice.titleLine, end: head.end };
      file.warn("title-from-notice", "the plan has no title line; its title was taken from the notice", head.notice.titleLine);
    }
  }
  if (!title && head.notice && !/转发/.test(head.notice.title ?? "")) {
    // The plan is the notice's first attachment, a table or a short plan: its title is the plan's.
    const plan = attachments.find((a) => a.title && PLAN_TITLE_ENDINGS.test(a.title) && (a.body.tables.length || a.body.sections.length));
    if (plan && plan === attachments[0]) {
      title = { text: plan.title!, line: plan.line, end: head.end };
      file.warn("plan-in-attachment", `the plan is the notice's ${plan.label}; its title is the plan's title`, plan.line);
    }
  }
  if (!title && head.notice && listed.list.length && !/转发/.test(head.notice.title ?? "")) {
    // The plan is the first attachment the notice lists, and the page stops before it: its title as listed.
    const first = listed.list[0].title.replace(/^《|》$/g, "").trim();
    if (PLAN_TITLE_ENDINGS.test(first)) {
      title = { text: first, line: listed.list[0].line, end: head.end };
      file.warn("title-from-notice", "the plan has no title line; its title was taken from the notice's list of attachments", listed.list[0].line);
    }
  }
  if (!head.title && head.notice && !body.sections.length && !body.tables.length) {
    // A notice that forwards a plan: its own numbered requirements are the body.
    const noticeFile = file.scratch();
    const inNotice = parseBody(head.notice.body, noticeFile);
    if (inNotice.sections.length) {
      body = { ...inNotice, closing: [...inNotice.closing, ...body.preamble, ...body.closing] };
      bodyFile = noticeFile;
      bodyInNotice = true;
    }
  }
  file.adopt(bodyFile);
  for (const a of attachments) if (a.label !== promoted) file.adopt(a.file);
  return {
    meta: metaResult.meta,
    notice: head.notice,
    title,
    body,
    bodyInNotice,
    attachments,
    promoted,
    cutHeading: dropped[0] ?? null,
    attachmentList: listed.list,
    cc: colophon.cc,
    printed: colophon.printed ? { by: colophon.printed.by, date: colophon.printed.date } : null,
    signature: sig ? { issuer: sig.issuer, date: sig.date } : null,
    docNumber: head.docNumber ?? null,
    cutLine,
    pageDate,
    cutTail: cutLine ? lastLine.text.replace(/\s+/g, "").slice(-12) : "",
  };
}

export type { Para, TableUnit, Unit, NoticeDraft, TitleSpan, Body, TableBlock, AttachmentDraft };
