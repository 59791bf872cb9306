// Tasks: every actionable unit, flattened, with its units and deadlines.
//  - prose: the lowest-level items; sections without items; an item whose
//    paragraphs or 一是/二是 parts each carry their own assignment gives one task
//    per part; closing paragraphs that carry a unit or a deadline;
//  - tables: every row with content (table-tasks.ts).
import { BULLETS } from "../lexicon/plan.js";
import type { Deadline, Task } from "../schema.js";
import type { Node, Para } from "../segment/types.js";
import type { Body } from "../segment/body.js";
import { findAnchors, type Anchor } from "../assign/anchors.js";
import { dutyAfterMust, openingDuty, openingUnitDuty } from "../assign/duties.js";
import { emptyUnits, hasUnits, mergeUnits, parseAssignment, type Units } from "../assign/units.js";
import { GROUP_ASSIGNMENT, LABEL_LINE } from "../lexicon/roles.js";
import type { InterpretedTable } from "../tables/index.js";
import { clean } from "../strings.js";
import { InputFile } from "../file.js";
import { deadlinesOf, newBuilder, noteUnitLines, push, type Builder, type Extracted, type Origin, type TaskContext } from "./builder.js";
import { tableTasks } from "./table-tasks.js";

export type { TaskContext };

/** A run of text within one paragraph, with the anchor that closes it. */
interface Piece {
  no: number;
  text: string;
  anchor: Anchor | null;
  /** the paragraph is nothing but labels (牵头单位：… on a line of its own) */
  labelLine: boolean;
  /** first piece of its paragraph */
  paraStart: boolean;
}

interface Part {
  pieces: Piece[];
  closed: boolean;
}

/** What may stand before a label on a line of its own: nothing, or a bullet. */
const LEAD_ONLY = new RegExp(`^[\\s${BULLETS}\\-]*$`);

function piecesOf(paras: Para[]): Piece[] {
  const out: Piece[] = [];
  for (const p of paras) {
    const anchors = findAnchors(p.text);
    if (anchors.length === 1 && anchors[0].kind === "labels" && LEAD_ONLY.test(p.text.slice(0, anchors[0].start)) && p.text.slice(anchors[0].end).trim() === "") {
      out.push({ no: p.no, text: p.text, anchor: anchors[0], labelLine: true, paraStart: true });
      continue;
    }
    let from = 0;
    let first = true;
    // a bracket opening a line closes the sentence the line before broke off after
    // (…耕地保有量面积。 / （市国土房管局牵头）主要污染物…)
    const prev = out[out.length - 1];
    const opening = anchors[0];
    if (opening && opening.kind === "parens" && prev && !prev.anchor && !prev.labelLine && p.text.slice(0, opening.start).trim() === "" && p.text.slice(opening.end).trim() !== "") {
      prev.text += p.text.slice(0, opening.end);
      prev.anchor = opening;
      from = opening.end;
      anchors.shift();
    }
    for (const a of anchors) {
      // Split after an anchor only when real text follows (not just a 。).
      out.push({ no: p.no, text: p.text.slice(from, a.end), anchor: a, labelLine: false, paraStart: first });
      first = false;
      from = a.end;
      const tail = /^[\s。；;，,.]*/.exec(p.text.slice(from))![0].length;
      if (tail) {
        out[out.length - 1].text += p.text.slice(from, from + tail);
        from += tail;
      }
    }
    if (from < p.text.length) out.push({ no: p.no, text: p.text.slice(from), anchor: null, labelLine: false, paraStart: first });
  }
  return out;
}

const assigns = (a: Anchor | null) => !!a && (hasUnits(a.units) || a.times.length > 0);

/**
 * Group pieces into parts, each closed by its own assignment. `titled`: the first
 * part already has text of its own, a heading sentence (（一）做好X。（X负责）).
 */
function partsOf(pieces: Piece[], titled = false): Part[] {
  const parts: Part[] = [];
  let cur: Part | null = null;
  // Whether a piece of cur has text of its own, and how many of its pieces were looked
  // at: each piece is looked at once (a look at all of them at every assignment was quadratic).
  let hasText = false;
  let checked = 0;
  for (const pc of pieces) {
    // A new part starts at a new paragraph or at text closed by its own
    // assignment; the rest of a sentence after an assignment stays with it, and so
    // does an assignment right after another ((X牵头)厅内分工：Y牵头，Z配合).
    // (a time limit alone closing the paragraph, （年内完成）, splits paragraphs, not a paragraph)
    const timeOnly = !!pc.anchor && !hasUnits(pc.anchor.units) && pc.anchor.kind === "parens";
    const continues = !pc.paraStart && (!assigns(pc.anchor) || timeOnly || splitPiece(pc).prose.replace(/[\s。；;，,.]/g, "") === "");
    if (!cur || (cur.closed && !pc.labelLine && !continues)) {
      cur = { pieces: [], closed: false };
      hasText = titled && !parts.length;
      parts.push(cur);
      checked = 0;
    }
    cur.pieces.push(pc);
    // Only a part with text of its own is closed by its assignment: a bracket that
    // stands alone (moved from the heading line) assigns what follows.
    if (assigns(pc.anchor)) {
      for (; !hasText && checked < cur.pieces.length; checked++)
        hasText = splitPiece(cur.pieces[checked]).prose.replace(/[\s。；;，,.]/g, "") !== "";
      if (hasText) cur.closed = true;
    }
  }
  return parts;
}

/** Whether a piece ends where the text is cut (its last characters are the cut's). */
function endsCut(text: string, tail: string | undefined): boolean {
  if (!tail) return true;
  const t = text.replace(/\s+/g, "");
  return t.length >= tail.length ? t.endsWith(tail) : tail.endsWith(t);
}

function extractPart(part: Part, ctx: TaskContext, last: boolean): Extracted {
  const units = emptyUnits();
  const deadlines: Deadline[] = [];
  const unitLines = new Map<string, number>();
  // The part the end of the text cuts short is incomplete: what it assigns is not read.
  // Only the last part on the cut line is cut (a part closed by its own bracket before it is whole),
  // and of a line split into items, only the piece the text ends with.
  const at = last ? part.pieces.findIndex((pc) => pc.no === ctx.cutLine && endsCut(pc.text, ctx.cutTail)) : -1;
  // (a new sentence after a bracket that closed a whole one is what was cut: …信息。（气候司）公布国家…)
  const whole =
    at > 0 && part.pieces.slice(0, at).some((pc) => assigns(pc.anchor) && /[。；;！]\s*$/.test(splitPiece(pc).prose) && /[）)〕】］\]][\s。；;]*$/.test(pc.text));
  if (at >= 0 && !whole) {
    ctx.file.warn("truncated-end", "the text ends mid-line: the task on its last line is incomplete and its units and deadlines are not read", part.pieces[at].no);
    return { units, deadlines, cut: true };
  }
  if (whole) ctx.file.warn("truncated-end", "the text ends mid-line, in a sentence after the task's assignment: that sentence is not read", part.pieces[at].no);
  for (const pc of whole ? part.pieces.slice(0, at) : part.pieces) {
    const { prose, anchor } = splitPiece(pc);
    for (const d of deadlinesOf(prose, "prose", ctx, pc.no)) deadlines.push(d);
    if (anchor) {
      mergeUnits(units, anchor.units);
      noteUnitLines(unitLines, anchor.units, pc.no);
      for (const t of anchor.times) for (const d of deadlinesOf(t, "time", ctx, pc.no)) deadlines.push(d);
    }
  }
  return { units, deadlines, unitLines };
}

/** The piece's text without its anchor (prose), and the anchor. */
function splitPiece(pc: Piece): { prose: string; anchor: Anchor | null } {
  if (!pc.anchor) return { prose: pc.text, anchor: null };
  if (pc.labelLine) return { prose: "", anchor: pc.anchor };
  // The anchor is the last bracket or label run of the piece; find it by its text.
  return { prose: stripAnchorText(pc.text, pc.anchor), anchor: pc.anchor };
}

function stripAnchorText(text: string, a: Anchor): string {
  // Anchors were found on the whole paragraph; the piece ends with the anchor
  // plus trailing punctuation, so remove the last (end - start) characters before that.
  const trail = /(?<![\s。；;，,.])[\s。；;，,.]*$/.exec(text)![0].length;
  const len = a.end - a.start;
  const end = text.length - trail;
  return text.slice(0, Math.max(0, end - len)) + text.slice(end);
}

const joinText = (pieces: Piece[]): string => {
  let s = "";
  for (const pc of pieces) s += (s && pc.paraStart ? "\n" : "") + pc.text;
  return s
    .split("\n")
    .map((l) => clean(l))
    .filter(Boolean)
    .join("\n");
};

/**
 * Deadlines of a heading: a date in brackets is the heading's time limit
 * (动员部署阶段（2023年3月）), read like a time cell; the rest is prose.
 */
function titleDeadlines(title: string, ctx: TaskContext, line: number): Deadline[] {
  const out: Deadline[] = [];
  let prose = title;
  for (const m of title.matchAll(/[（(]([^（）()]{4,30})[）)]/g)) {
    if (!/\d{4}年|\d{1,2}月/.test(m[1])) continue;
    out.push(...deadlinesOf(m[1], "time", ctx, line));
    prose = prose.replace(m[0], "");
  }
  return [...deadlinesOf(prose, "prose", ctx, line), ...out];
}

/** Tasks of a node's own paragraphs; `always` makes a task even without units or deadlines. */
function proseTasks(
  b: Builder,
  paras: Para[],
  path: string[],
  section: string | null,
  title: string | null,
  headLine: number,
  origin: Origin,
  ctx: TaskContext,
  always: boolean,
  titled = false,
  inherited: Units | null = null,
  byRole = false,
): void {
  const parts = partsOf(piecesOf(paras), titled);
  const extracted = parts.map((p, k) => extractPart(p, ctx, k === parts.length - 1));
  // a heading sentence that opens with its unit's duty, before paragraphs that go on dividing
  // duties among units (（一）X为…，负责…。Y为…，负责…): its unit is the first part's too
  if (titled && title && extracted[0] && hasUnits(extracted[0].units) && !extracted[0].cut && paras[0] && openingUnitDuty(paras[0].text)) {
    const own = openingUnitDuty(title);
    if (own) extracted[0].units = mergeUnits(mergeUnits(emptyUnits(), own), extracted[0].units);
  }
  // a heading-only item may name who does it (1.由保洁公司负责组织…；)
  const titleUnits = emptyUnits();
  if (!parts.length && title) for (const a of findAnchors(title)) mergeUnits(titleUnits, a.units);
  const headingOnly = hasUnits(titleUnits) ? titleUnits : inherited ? mergeUnits(emptyUnits(), inherited) : emptyUnits();
  // a part that names no unit takes those of the group heading above it
  // a part that names no unit takes the inherited ones; `byRole` (a heading's assignment
  // bracket): role by role, so a part that names who is responsible still takes the lead
  if (inherited)
    for (const ex of extracted) {
      if (ex.cut) continue;
      if (byRole) fillRoles(ex.units, inherited);
      else if (!hasUnits(ex.units)) ex.units = mergeUnits(emptyUnits(), inherited);
    }
  // A deadline in the heading itself (2.公开项目信息，第三季度前完成。) belongs to the first part
  // (not when the text ends inside it: the task is incomplete)
  const inTitle = title && !extracted[0]?.cut ? titleDeadlines(title, ctx, headLine) : [];
  if (inTitle.length) {
    if (extracted.length) extracted[0].deadlines = inTitle.concat(extracted[0].deadlines);
    else {
      push(b, path, section, title, "", { units: headingOnly, deadlines: inTitle }, origin, headLine);
      return;
    }
  }
  // A trailing part without an assignment or deadline belongs to the part before it.
  for (let k = parts.length - 1; k >= 1; k--) {
    if (!parts[k].closed && !extracted[k].deadlines.length) {
      for (const pc of parts[k].pieces) parts[k - 1].pieces.push(pc);
      parts.splice(k, 1);
      extracted.splice(k, 1);
    }
  }
  if (!parts.length) {
    if (always || inherited || hasUnits(headingOnly)) push(b, path, section, title, "", { units: headingOnly, deadlines: [] }, origin, headLine);
    return;
  }
  parts.forEach((part, k) => {
    const ex = extracted[k];
    if (!always && !hasUnits(ex.units) && !ex.deadlines.length) return;
    const line = k === 0 ? headLine : part.pieces[0].no;
    push(b, path, section, title, joinText(part.pieces), ex, origin, line, k === 0 ? "" : `-${k + 1}`);
  });
}

/** Each role a part names no unit for takes the heading's units of that role. */
function fillRoles(units: Units, from: Units): void {
  for (const role of ["lead", "responsible", "cooperating"] as const) if (!units[role].length && from[role].length) units[role] = [...from[role]];
}

/** The units of a paragraph that is one assignment bracket and nothing else, or null. */
function bracketOnly(text: string): Units | null {
  const anchors = findAnchors(text);
  const a = anchors.length === 1 ? anchors[0] : null;
  return a && a.kind !== "labels" && hasUnits(a.units) && !a.times.length && text.slice(0, a.start).trim() === "" && /^[\s。]*$/.test(text.slice(a.end)) ? a.units : null;
}

/** The units a group heading gives the items under it (县示范区管委会牵头工作（8项）), or null. */
function groupUnits(title: string): Units | null {
  const m = GROUP_ASSIGNMENT.exec(title.trim());
  if (!m) return null;
  const a = parseAssignment(m[1], null);
  return a.clean && hasUnits(a.units) ? a.units : null;
}

/** The unit an item opens with, in its heading or its first paragraph: 1.党政办负责会议场地准备. */
function itemDuty(node: Node): Units | null {
  return openingDuty(node.title) ?? (node.paras.length ? openingDuty(node.paras[0].text) : null);
}

/**
 * Units of items or paragraphs that divide duties among them, each opening with its unit
 * (1.党政办负责… 2.文化站负责…; 区住建局负责… / 区财政局负责…): each one's own, when at least
 * two open so; one such alone opens with the subject of a sentence, not an assignment.
 * `more` reads the others once the division is known (区委农办要结合…，负责…).
 */
function dividedDuties<T>(parts: readonly T[], dutyOf: (x: T) => Units | null, more: (x: T) => Units | null = () => null): Array<Units | null> {
  const duties = parts.map(dutyOf);
  if (duties.filter(Boolean).length < 2) return parts.map(() => null);
  return duties.map((d, k) => d ?? more(parts[k]));
}

/** A paragraph that is nothing but labels that assign (责任科室：办公室, 完成时限：8月15日前), or a label left empty (责 任 人：). */
function isLabelPara(p: Para): boolean {
  if (/^[\u4e00-\u9fff\s]{2,10}[：:]\s*$/.test(p.text)) return true;
  const anchors = findAnchors(p.text);
  return anchors.length === 1 && anchors[0].kind === "labels" && assigns(anchors[0]) && LEAD_ONLY.test(p.text.slice(0, anchors[0].start)) && p.text.slice(anchors[0].end).trim() === "";
}

const assignsAnything = (paras: Para[]) => paras.some((p) => findAnchors(p.text).some(assigns));

/**
 * Items whose label lines close the last of them only, the others assigning nothing
 * (（二）… / 1、… 2、… 3、… / 责任科室：… / 完成时限：…): the labels close the item above them
 * and go to each of its items. Otherwise the items as they are.
 */
function sharedLabels(children: Node[]): Node[] {
  const last = children[children.length - 1];
  if (children.length < 2 || children.some((c) => c.children.length || c.tables.length) || !last) return children;
  let n = 0;
  while (n < last.paras.length && isLabelPara(last.paras[last.paras.length - 1 - n])) n++;
  const own = last.paras.slice(0, last.paras.length - n);
  if (!n || assignsAnything(own) || children.slice(0, -1).some((c) => assignsAnything(c.paras))) return children;
  const labels = last.paras.slice(-n);
  return children.map((c, k) => ({ ...c, paras: [...(k === children.length - 1 ? own : c.paras), ...labels] }));
}

function nodeTasks(b: Builder, node: Node, prefix: string[], section: string | null, origin: Origin, ctx: TaskContext, inherited: Units | null = null, byRole = false): void {
  const path = [...prefix, node.number];
  const sectionTitle = node.kind === "section" ? node.title : section;
  const leaf = node.children.length === 0;
  const own = groupUnits(node.title);
  // a heading's own assignment bracket over its items (一、整治村容村貌（县委农办牵头）, the bracket
  // set apart as the heading's text): theirs, by role, and no task of its own
  const bracket = !leaf && node.paras.length === 1 ? bracketOnly(node.paras[0].text) : null;
  // the heading that names who does the work is no task of its own; its items are
  if (!bracket) proseTasks(b, node.paras, path, sectionTitle, node.title, node.line, origin, ctx, leaf && node.tables.length === 0 && !own, node.sentence, leaf ? inherited : null, byRole);
  for (const t of node.tables) tableTasks(b, t, path, sectionTitle, origin === "body" ? "table" : origin, ctx, undefined, own ?? inherited);
  const children = sharedLabels(node.children);
  const duties = dividedDuties(children, itemDuty);
  children.forEach((c, k) => {
    // an item's own duty or the group heading's units fill an item that names none; the
    // heading's bracket fills role by role; else what this node inherited, as it did
    const whole = duties[k] ?? own;
    if (whole) nodeTasks(b, c, path, sectionTitle, origin, ctx, whole);
    else if (bracket) nodeTasks(b, c, path, sectionTitle, origin, ctx, bracket, true);
    else nodeTasks(b, c, path, sectionTitle, origin, ctx, inherited, byRole);
  });
}

export interface BuiltTasks {
  tasks: Task[];
  /** per task (same index), the line each unit was named on */
  unitLines: Array<Map<string, number>>;
  /** sections named by group rows of a plan written as a table */
  tableSections: Node[];
  /** interpreted attachment tables, for Attachment.tables */
  attachmentTables: Map<string, InterpretedTable[]>;
}

/** Whether a paragraph sets its own time limit in a sentence of its own words (从即日起至2025年12月31日开展…). */
function ownTimeLimit(p: Para, ctx: TaskContext): boolean {
  // (looked at quietly: it may be no task; a date line, 某局　2023年2月27日, has no words of its own)
  // (a date it is due by, its year known or not, or a schedule it keeps: 请各单位于每月28日前报送…)
  const limits = deadlinesOf(p.text, "prose", { ...ctx, file: new InputFile(ctx.file.path) }, p.no).filter((d) => d.kind === "by" || d.kind === "recurring");
  const words = limits.reduce((t, d) => t.replace(d.text, ""), p.text);
  return limits.length > 0 && /\p{Script=Han}{8}/u.test(words);
}

/** A notice's closing formula on a line of its own: 特此通知。 */
const NOTICE_CLOSING = /^特此(?:通知|通告|函告)[。！!]?$/;

/** A paragraph that describes an item in sentences of its own words and assigns nothing. */
function describes(p: Para): boolean {
  return p.text.length >= 20 && /。/.test(p.text) && !LABEL_LINE.test(p.text) && !findAnchors(p.text).some((a) => hasUnits(a.units) || a.times.length > 0);
}

/**
 * On a page of one item, for its paragraph followed by label lines, the first of up to two
 * paragraphs before it that describe the same item (a project page: two paragraphs, then
 * 牵头单位：… / 完成时限：…), none of them dividing duties.
 */
function leadInParagraphs(preamble: Para[], duties: Array<Units | null>): Map<number, number> {
  const out = new Map<number, number>();
  let taken = 0;
  let blocks = 0;
  for (let j = 0; j + 1 < preamble.length; j++) {
    if (LABEL_LINE.test(preamble[j].text) || !LABEL_LINE.test(preamble[j + 1].text)) continue;
    let from = j;
    while (from > Math.max(taken, j - 2) && !duties[from - 1] && describes(preamble[from - 1])) from--;
    if (from < j) out.set(j, from);
    blocks++;
    let end = j + 1;
    while (end < preamble.length && LABEL_LINE.test(preamble[end].text)) end++;
    taken = end;
    j = end - 1;
  }
  // (a list of such items has one paragraph each: what comes before the first is an introduction)
  return blocks === 1 ? out : new Map();
}

/**
 * Tasks of the paragraphs before the first section. A paragraph is a task when:
 * - it is one of paragraphs that divide duties, each opening with its unit (区住建局负责… /
 *   区财政局负责…): that unit's, as items are (one such paragraph alone opens a sentence);
 * - label lines follow it (责任单位：… / 进度安排：…): a list of unnumbered items, each with
 *   its labels;
 * - it assigns its own units (a bulleted list: ● …（X牵头落实）), with text besides them (a
 *   label line alone is the tail of an item cut off above the page's start);
 * - in a plan (sections or tables follow), it sets its own time limit; in a news article
 *   about a meeting it does not.
 * A paragraph on the line the page's end cuts takes no units from a duty: they may be incomplete.
 */
function preambleTasks(b: Builder, body: Body, ctx: TaskContext): void {
  const preamble = body.preamble;
  const duties = dividedDuties(preamble, (p) => openingDuty(p.text), (p) => dutyAfterMust(p.text));
  // (or a notice's own paragraphs, shown by its closing formula on a page without its head)
  const plan = body.sections.length > 0 || body.tables.length > 0 || preamble.some((p) => NOTICE_CLOSING.test(p.text.trim()));
  const task = (paras: Para[], k: number, always = false, inherited: Units | null = null) =>
    proseTasks(b, paras, ["preamble", String(k + 1)], null, null, preamble[k].no, "body", ctx, always, false, inherited);
  const leadIn = leadInParagraphs(preamble, duties);
  const absorbed = new Set<number>();
  for (const [k, from] of leadIn) for (let i = from; i < k; i++) absorbed.add(i);
  for (let k = 0; k < preamble.length; k++) {
    if (absorbed.has(k)) continue;
    const p = preamble[k];
    const duty = p.no !== ctx.cutLine ? duties[k] : null;
    if (duty) {
      task([p], k, true, duty);
      continue;
    }
    let end = k + 1;
    if (!LABEL_LINE.test(p.text)) while (end < preamble.length && LABEL_LINE.test(preamble[end].text)) end++;
    if (end > k + 1) {
      const from = leadIn.get(k) ?? k;
      task([{ ...preamble[from], text: preamble.slice(from, end).map((x) => x.text).join(" ") }], from);
      k = end - 1;
      continue;
    }
    const anchors = findAnchors(p.text);
    if (!anchors.some((a) => hasUnits(a.units))) {
      if (plan && ownTimeLimit(p, ctx)) task([p], k);
      continue;
    }
    let rest = p.text;
    for (const a of [...anchors].reverse()) rest = rest.slice(0, a.start) + rest.slice(a.end);
    if (/\p{Script=Han}/u.test(rest)) task([p], k);
  }
}

export function buildTasks(
  body: Body,
  attachments: Array<{ label: string; body: Body }>,
  ctx: TaskContext,
  noticeParas: Para[] = [],
): BuiltTasks {
  const b: Builder = newBuilder();
  // A paragraph of the covering notice that sets its own deadline or assigns units
  // (请各单位于…前报送…) is a task too.
  noticeParas.forEach((p, k) => proseTasks(b, [p], ["notice", String(k + 1)], null, null, p.no, "body", ctx, false));
  preambleTasks(b, body, ctx);
  for (const s of body.sections) nodeTasks(b, s, [], null, "body", ctx);
  const tableSections: Node[] = [];
  for (const t of body.tables) tableTasks(b, t, [], null, "table", ctx, body.sections.length ? undefined : tableSections);
  body.closing.forEach((p, k) => proseTasks(b, [p], ["closing", String(k + 1)], null, null, p.no, "body", ctx, false));
  const attachmentTables = new Map<string, InterpretedTable[]>();
  for (const a of attachments) {
    const list: InterpretedTable[] = [];
    labelledItems(b, a.body.preamble, a.label, ctx);
    for (const s of a.body.sections) nodeTasksIfAssigned(b, s, [a.label], ctx);
    for (const t of a.body.tables) {
      const it = tableTasks(b, t, [a.label], null, "attachment", ctx);
      if (it) list.push(it);
    }
    attachmentTables.set(a.label, list);
  }
  return { tasks: b.tasks, unitLines: b.unitLines, tableSections, attachmentTables };
}

/**
 * An attachment's unnumbered items, each a paragraph followed by its label lines
 * (…定期举办新闻发布会。/ 牵头单位：… / 责任单位：… / 完成时限：…): a task each.
 */
function labelledItems(b: Builder, paras: Para[], label: string, ctx: TaskContext): void {
  let n = 0;
  for (let k = 0; k < paras.length; k++) {
    if (LABEL_LINE.test(paras[k].text)) continue;
    let end = k + 1;
    while (end < paras.length && LABEL_LINE.test(paras[end].text)) end++;
    if (end === k + 1) continue;
    const text = paras.slice(k, end).map((x) => x.text).join(" ");
    proseTasks(b, [{ ...paras[k], text }], [label, String(++n)], null, null, paras[k].no, "attachment", ctx, false);
    k = end - 1;
  }
}

/** Prose in attachments gives tasks only where it assigns units or deadlines. */
function nodeTasksIfAssigned(b: Builder, node: Node, prefix: string[], ctx: TaskContext, inherited: Units | null = null): void {
  const path = [...prefix, node.number];
  const own = groupUnits(node.title);
  const leaf = node.children.length === 0;
  proseTasks(b, node.paras, path, node.kind === "section" ? node.title : null, node.title, node.line, "attachment", ctx, false, node.sentence, leaf ? inherited : null);
  for (const t of node.tables) tableTasks(b, t, path, node.title, "attachment", ctx, undefined, own ?? inherited);
  for (const c of node.children) nodeTasksIfAssigned(b, c, path, ctx, own ?? inherited);
}

