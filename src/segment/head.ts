// The head of a document, per GB/T 9704-2012: 发文机关标志 (banner), 发文字号,
// the notice title (joined when broken over lines), 主送机关, the notice body,
// 发文机关署名 and 成文日期, notes such as （此件公开发布）; then the plan's own
// title and its preamble.
import type { Para, Unit } from "./types.js";
import { markerOf } from "../lexicon/markers.js";
import { DATE_LINE, dateLine } from "../lexicon/dates.js";
import { BANNER, ISSUING_VERBS, NOTE_LINE, NOTICE_TITLE_END, PLAN_TITLE_ENDINGS } from "../lexicon/plan.js";

const DOCNO_LINE = /^[\u4e00-\u9fff]{1,14}〔\d{4}〕第?\d{1,5}号$/;

export const isDocNumberLine = (t: string): boolean => DOCNO_LINE.test(t.replace(/\s+/g, ""));

/** A line that can be (part of) a title: short, no sentence punctuation, not a heading. */
function titleish(t: string): boolean {
  const sq = t.replace(/\s+/g, "");
  return t.length > 0 && t.length <= 60 && !/[。；：:！？]/.test(t) && !markerOf(t) && !DATE_LINE.test(sq) && !DOCNO_LINE.test(sq);
}

export interface TitleSpan {
  text: string;
  line: number;
  /** index one past the last unit of the title */
  end: number;
}

/** Join lines from `i` (blank lines between allowed) until `done` says the title is complete. */
function joinTitle(units: Unit[], i: number, done: (s: string) => boolean, maxLines = 4): TitleSpan | null {
  let text = "";
  let line = 0;
  let taken = 0;
  for (let j = i; j < units.length && taken < maxLines; j++) {
    const u = units[j];
    if (u.kind !== "line") break;
    if (!u.text) continue;
    if (!titleish(u.text)) break;
    text += u.text.replace(/\s+/g, "");
    if (!line) line = u.no;
    taken++;
    if (done(text)) return { text, line, end: j + 1 };
  }
  return null;
}


export function noticeTitleAt(units: Unit[], i: number): TitleSpan | null {
  const first = units[i];
  if (!first || first.kind !== "line" || !first.text) return null;
  if (PLAN_TITLE_ENDINGS.test(first.text.replace(/\s+/g, "")) && !NOTICE_TITLE_END.test(first.text)) return null;
  const span = joinTitle(units, i, (s) => NOTICE_TITLE_END.test(s));
  if (!span) return null;
  // A last line that is a whole title by itself (issuer + 关于…通知) does not take
  // the lines above it (a site name such as 某县人民政府 at the top of a page).
  const last = units[span.end - 1] as Para;
  const whole = last.text.replace(/\s+/g, "");
  if (span.end - 1 > i && /^[\u4e00-\u9fff（）()]{2,30}关于.+(?:通知|函)$/.test(whole)) return { text: whole, line: last.no, end: span.end };
  return span;
}

export function planTitleAt(units: Unit[], i: number): TitleSpan | null {
  const first = units[i];
  if (!first || first.kind !== "line" || !titleish(first.text)) return null;
  if (NOTICE_TITLE_END.test(first.text)) return null;
  const span = joinTitle(units, i, (s) => PLAN_TITLE_ENDINGS.test(s), 3);
  if (span) return span;
  // A title without a plan word: one short line followed by prose or a heading.
  const next = units.slice(i + 1).find((u) => u.kind === "table" || u.text !== "");
  if (first.text.length <= 40 && (!next || next.kind === "table" || markerOf(next.text) || next.text.length > 60))
    return { text: first.text.replace(/\s+/g, ""), line: first.no, end: i + 1 };
  return null;
}

export interface NoticeDraft {
  title: string | null;
  titleLine: number;
  docNumber: string | null;
  addressees: string | null;
  issuer: string | null;
  date: string | null;
  /** the body lines between the addressees and the signature */
  body: Para[];
  notes: string[];
}

export interface Head {
  notice: NoticeDraft | null;
  title: TitleSpan | null;
  /** index of the first unit after the head (start of the preamble) */
  end: number;
}

const next = (units: Unit[], i: number): number => {
  while (i < units.length && units[i].kind === "line" && (units[i] as Para).text === "") i++;
  return i;
};

/** Book titles quoted in the notice: the plan's title usually appears there. */
function quotedTitles(lines: Para[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(/《([^《》]{4,80})》/g)) out.add(m[1].replace(/\s+/g, ""));
  return out;
}

export function parseHead(all: Unit[], offset = 0): Head {
  const head = parseHeadAt(all.slice(offset));
  return { ...head, end: head.end + offset };
}

function parseHeadAt(units: Unit[]): Head {
  let i = next(units, 0);
  let docNumber: string | null = null;
  // Banner and document number, in either order, before the title.
  for (let k = 0; k < 3 && i < units.length; k++) {
    const u = units[i];
    if (u.kind !== "line") break;
    const following = units[next(units, i + 1)];
    const beforeDocNo = following?.kind === "line" && isDocNumberLine(following.text) && u.text.length <= 30 && !/关于|[。，：]/.test(u.text);
    if ((BANNER.test(u.text.replace(/\s+/g, "")) && !/关于/.test(u.text)) || beforeDocNo) i = next(units, i + 1);
    else if (isDocNumberLine(u.text) && !docNumber) {
      docNumber = u.text.replace(/\s+/g, "");
      i = next(units, i + 1);
    } else break;
  }
  const nt = noticeTitleAt(units, i);
  if (!nt) {
    // A page may open with the article's own headline and an introduction before
    // the notice itself (a social-media post): look a little further for a notice
    // title that 印发s a plan, and read the head from there.
    for (let k = i + 1, seen = 0; k < units.length && seen < 15; k++) {
      const u = units[k];
      if (u.kind !== "line") break;
      if (!u.text) continue;
      seen++;
      if (markerOf(u.text)) break;
      const later = noticeTitleAt(units, k);
      if (later && ISSUING_VERBS.test(later.text)) return parseHead(units, k);
    }
    const title = planTitleAt(units, i);
    return { notice: null, title, end: title ? title.end : i };
  }
  const notice: NoticeDraft = {
    title: nt.text,
    titleLine: nt.line,
    docNumber,
    addressees: null,
    issuer: null,
    date: null,
    body: [],
    notes: [],
  };
  i = next(units, nt.end);
  const at = (k: number): Para | null => (units[k]?.kind === "line" ? (units[k] as Para) : null);
  if (!notice.docNumber && at(i) && isDocNumberLine(at(i)!.text)) {
    notice.docNumber = at(i)!.text.replace(/\s+/g, "");
    i = next(units, i + 1);
  }
  // Portal pages show the title twice (page heading, then the document's own).
  const again = noticeTitleAt(units, i);
  if (again && again.text === nt.text) {
    i = next(units, again.end);
    if (!notice.docNumber && at(i) && isDocNumberLine(at(i)!.text)) {
      notice.docNumber = at(i)!.text.replace(/\s+/g, "");
      i = next(units, i + 1);
    }
  }
  // 主送机关: one line ending with ：, or up to three lines when a line ends open (，、).
  let addrText = "";
  let k = i;
  for (let n = 0; n < 3; n++) {
    const a = at(k);
    if (!a || a.text.length > 160 || /[。]/.test(a.text) || markerOf(a.text)) break;
    addrText += a.text;
    if (/[：:]$/.test(a.text)) {
      notice.addressees = addrText.replace(/[：:]$/, "");
      i = next(units, k + 1);
      break;
    }
    // The colon may stand alone on the next line.
    const after = at(next(units, k + 1));
    if (after && /^[：:]$/.test(after.text)) {
      notice.addressees = addrText;
      i = next(units, next(units, k + 1) + 1);
      break;
    }
    if (!/[，,、]$/.test(a.text)) break;
    k = next(units, k + 1);
  }
  // The body runs to the signature (issuer + date); it stops early at the plan's
  // own title when the notice quotes it.
  const bodyStart = i;
  if (!notice.addressees) {
    // A portal page that shows only the notice's title: what follows is the plan.
    const title = planTitleAt(units, bodyStart);
    if (title && PLAN_TITLE_ENDINGS.test(title.text)) return { notice, title, end: title.end };
  }
  const lines: Para[] = [];
  let sig = -1;
  for (let k = bodyStart; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== "line") break;
    if (!u.text) continue;
    if (dateLine(u.text)) {
      sig = k;
      break;
    }
    lines.push(u);
  }
  const quoted = quotedTitles(lines);
  // The plan's title: quoted in the notice, or a short title-like line that
  // names a plan (the notice's signature may be missing on a portal page).
  const planAt = lines.findIndex((l, k) => {
    if (!titleish(l.text)) return false;
    const t = l.text.replace(/\s+/g, "");
    if (quoted.has(t)) return true;
    return k > 0 && t.length <= 40 && PLAN_TITLE_ENDINGS.test(t) && !/[，,、]/.test(t);
  });
  if (planAt >= 0) {
    notice.body = lines.slice(0, planAt);
    return { notice, title: planTitleAt(units, units.indexOf(lines[planAt])), end: units.indexOf(lines[planAt]) + 1 };
  }
  if (sig < 0) {
    // No signature: the notice has no body of its own (a portal page that shows
    // only its title); what follows is the plan.
    const title = planTitleAt(units, bodyStart);
    return { notice, title, end: title ? title.end : bodyStart };
  }
  notice.date = dateLine((units[sig] as Para).text);
  let bodyEnd = lines.length;
  const last = lines[lines.length - 1];
  if (last && titleish(last.text) && last.text.length <= 40 && !/[，,、]/.test(last.text)) {
    notice.issuer = last.text.replace(/\s+/g, "");
    bodyEnd--;
  }
  notice.body = lines.slice(0, bodyEnd);
  i = next(units, sig + 1);
  while (at(i) && NOTE_LINE.test(at(i)!.text.replace(/\s+/g, ""))) {
    notice.notes.push(at(i)!.text);
    i = next(units, i + 1);
  }
  const title = planTitleAt(units, i);
  return { notice, title, end: title ? title.end : i };
}

/** A trailing signature (issuer line + date line) at the end of a plan. */
export function trailingSignature(units: Unit[]): { start: number; issuer: string | null; date: string } | null {
  let k = units.length - 1;
  while (k >= 0 && units[k].kind === "line" && (units[k] as Para).text === "") k--;
  const u = units[k];
  if (!u || u.kind !== "line") return null;
  const date = dateLine(u.text);
  if (!date) return null;
  let j = k - 1;
  while (j >= 0 && units[j].kind === "line" && (units[j] as Para).text === "") j--;
  const prev = units[j];
  if (prev && prev.kind === "line" && titleish(prev.text) && prev.text.length <= 40 && !markerOf(prev.text))
    return { start: j, issuer: prev.text.replace(/\s+/g, ""), date };
  return { start: k, issuer: null, date };
}
