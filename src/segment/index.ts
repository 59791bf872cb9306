// Stage 3: segmentation. From normalised blocks to the document's parts:
// portal metadata, covering notice, plan title, preamble, body tree, tables,
// closing, attachments and 版记. Every part keeps its input line numbers.
import type { Block, LineBlock, TableBlock } from "../blocks.js";
import type { Messages } from "../messages.js";
import { extractMeta, type MetaDraft } from "./meta.js";
import { extractColophon } from "./colophon.js";
import { findTextTables } from "./tables.js";
import { PLAN_TITLE_ENDINGS, parseHead, trailingSignature, type NoticeDraft, type TitleSpan } from "./head.js";
import { parseBody, type Body } from "./body.js";
import type { Para, TableUnit, Unit } from "./types.js";
import { markerOf } from "./markers.js";
import { unwrap } from "./unwrap.js";

export interface AttachmentDraft {
  label: string;
  title: string | null;
  line: number;
  units: Unit[];
  body: Body;
}

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
  attachmentList: Array<{ label: string; title: string; line: number }>;
  cc: string[];
  printed: { by: string | null; date: string | null } | null;
  signature: { issuer: string | null; date: string } | null;
}

/** An attachment's own first line: 附件, 附件1, 附件 2：, 附件一 (a label alone). */
const ATTACHMENT_LABEL = /^附\s*件\s*([0-9一二三四五六七八九十]{0,3})\s*[：:]?$/;
/** 附件1：Title on one line (only after the notice listed its attachments). */
const ATTACHMENT_LABEL_TITLED = /^附\s*件\s*(\d{1,2})\s*[：:]\s*([^\d\s].{2,60})$/;
/** The notice's list of attachments: 附件：1.… / 附件：Title. */
const ATTACHMENT_LIST = /^附\s*件\s*[：:]\s*(.+)$/;
const LIST_ITEM = /^(\d{1,2})\s*[.、．]\s*(.+)$/;

function toUnits(blocks: Block[], messages: Messages): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    if (b.kind === "table") units.push({ kind: "table", no: b.no, block: b });
    else if (b.boiler) messages.add("boilerplate-dropped", `dropped ${b.boiler}: ${b.text.trim().slice(0, 40)}`, b.no);
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
    if (u.kind === "line") run.push(u);
    else {
      flush();
      out.push(u);
    }
  }
  flush();
  return out;
}

function attachmentTitle(units: Unit[], from: number): { title: string | null; end: number } {
  let title = "";
  let k = from;
  let taken = 0;
  for (; k < units.length && taken < 3; k++) {
    const u = units[k];
    if (u.kind !== "line") break;
    if (!u.text) continue;
    if (/[。；：:，,]/.test(u.text) || u.text.length > 50 || markerOf(u.text) || /^\d+$/.test(u.text)) break;
    if (/^(?:序号|编号)$/.test(u.text)) break;
    title += u.text.replace(/\s+/g, "");
    taken++;
    // A title is complete once it names a table, list or plan.
    if (/(?:表|单|安排|方案|要点|小组|清单|目录|办法|细则|分工|计划|名单|指南)$/.test(title)) {
      k++;
      break;
    }
  }
  return { title: title || null, end: k };
}

export function segment(blocks: Block[], messages: Messages): Segmented {
  let units = unwrap(toUnits(blocks, messages), messages);

  // Portal metadata, read from the first lines.
  const lineIdx: number[] = [];
  units.forEach((u, i) => {
    if (u.kind === "line" && u.text) lineIdx.push(i);
  });
  const metaResult = extractMeta(lineIdx.map((i) => (units[i] as Para).text));
  for (const [k, label, key] of metaResult.inferred)
    messages.add("inferred-meta-label", `metadata label "${label}:" read as ${key} from its value`, (units[lineIdx[k]] as Para).no);
  const metaDrop = new Set([...metaResult.consumed].map((k) => lineIdx[k]));
  units = units.filter((_, i) => !metaDrop.has(i));

  // 版记: 抄送 and 印发, wherever they stand.
  const colophon = extractColophon(units);
  units = units.filter((_, i) => !colophon.consumed.has(i));

  units = liftTables(units);
  // A lone | left over (a separator of a navigation bar, not of a table).
  units = units.filter((u) => {
    if (u.kind !== "line" || !/^[|｜]+$/.test(u.text)) return true;
    messages.add("boilerplate-dropped", `dropped breadcrumb: ${u.text}`, u.no);
    return false;
  });

  // The notice's attachment list, and the attachments themselves.
  const attachmentList: Segmented["attachmentList"] = [];
  const listDrop = new Set<number>();
  let listSeen = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== "line") continue;
    const m = ATTACHMENT_LIST.exec(u.text);
    if (!m || ATTACHMENT_LABEL_TITLED.test(u.text)) continue;
    listSeen = true;
    listDrop.add(i);
    const first = LIST_ITEM.exec(m[1].trim());
    if (first) attachmentList.push({ label: `附件${first[1]}`, title: first[2].trim(), line: u.no });
    else attachmentList.push({ label: "附件", title: m[1].trim(), line: u.no });
    for (let j = i + 1; j < units.length; j++) {
      const v = units[j];
      if (v.kind !== "line") break;
      if (!v.text) continue;
      const item = LIST_ITEM.exec(v.text);
      if (!item || !first) break;
      attachmentList.push({ label: `附件${item[1]}`, title: item[2].trim(), line: v.no });
      listDrop.add(j);
      i = j;
    }
  }
  const starts: number[] = [];
  units.forEach((u, i) => {
    if (u.kind !== "line" || listDrop.has(i)) return;
    if (ATTACHMENT_LABEL.test(u.text) || (listSeen && ATTACHMENT_LABEL_TITLED.test(u.text))) starts.push(i);
  });
  const mainEnd = starts.length ? starts[0] : units.length;
  const attachments: AttachmentDraft[] = starts.map((s, k) => {
    const u = units[s] as Para;
    const end = k + 1 < starts.length ? starts[k + 1] : units.length;
    const titled = ATTACHMENT_LABEL_TITLED.exec(u.text);
    const labelNo = titled ? titled[1] : ATTACHMENT_LABEL.exec(u.text)![1];
    const label = `附件${labelNo}`;
    let title: string | null = titled ? titled[2].replace(/\s+/g, "") : null;
    let from = s + 1;
    if (!title) {
      const t = attachmentTitle(units, s + 1);
      title = t.title;
      from = t.end;
    }
    if (!title) title = attachmentList.find((a) => a.label === label)?.title ?? null;
    const own = units.slice(from, end);
    return { label, title, line: u.no, units: own, body: parseBody(own) };
  });

  const main = units.slice(0, mainEnd).filter((_, i) => !listDrop.has(i));
  const head = parseHead(main);
  // A signature closing the plan itself (issuer and date after the last item).
  let rest = main.slice(head.end);
  const sig = trailingSignature(rest);
  if (sig) rest = rest.slice(0, sig.start);
  let body = parseBody(rest);
  let bodyInNotice = false;
  let title = head.title;
  let promoted: string | null = null;
  if (!head.title && !body.sections.length && !body.tables.length) {
    // The plan itself is attached to the notice (附件 / title / 一、…): it is the body.
    const plan = attachments.find((a) => a.body.sections.length >= 2 && a.title && PLAN_TITLE_ENDINGS.test(a.title));
    if (plan) {
      promoted = plan.label;
      title = { text: plan.title!, line: plan.line, end: head.end };
      body = { ...plan.body, closing: [...plan.body.closing, ...body.closing] };
      bodyInNotice = false;
      messages.add("plan-in-attachment", `the plan is the notice's ${plan.label}; its sections are read as the body`, plan.line);
    }
  }
  const named = (t: string) => attachments.some((a) => a.title === t);
  if (!title && head.notice?.title && !/转发/.test(head.notice.title)) {
    // The plan follows the notice without a title line of its own, or is its
    // attachment: the notice names it (关于印发X的通知).
    const m = /(?:印发|印送)(.{4,60}?)的(?:通知|函)$/.exec(head.notice.title);
    const planTitle = m ? m[1].replace(/[《》]/g, "") : "";
    const hasPlan = body.sections.length > 0 || body.tables.length > 0 || named(planTitle);
    if (m && hasPlan && PLAN_TITLE_ENDINGS.test(planTitle)) {
      title = { text: planTitle, line: head.notice.titleLine, end: head.end };
      messages.add("title-from-notice", "the plan has no title line; its title was taken from the notice title", head.notice.titleLine);
    }
  }
  if (!head.title && head.notice && !body.sections.length && !body.tables.length) {
    // A notice that forwards a plan: its own numbered requirements are the body.
    const inNotice = parseBody(head.notice.body);
    if (inNotice.sections.length) {
      body = { ...inNotice, closing: [...inNotice.closing, ...body.preamble, ...body.closing] };
      bodyInNotice = true;
    }
  }
  for (const b of [body, ...attachments.filter((a) => a.label !== promoted).map((a) => a.body)]) for (const n of b.notes) messages.add(n.code, n.message, n.line);
  return {
    meta: metaResult.meta,
    notice: head.notice,
    title,
    body,
    bodyInNotice,
    attachments,
    promoted,
    attachmentList,
    cc: colophon.cc,
    printed: colophon.printed ? { by: colophon.printed.by, date: colophon.printed.date } : null,
    signature: sig ? { issuer: sig.issuer, date: sig.date } : null,
  };
}

export type { Para, TableUnit, Unit, NoticeDraft, TitleSpan, Body, TableBlock };
