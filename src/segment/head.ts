// The head of a document, per GB/T 9704-2012: 发文机关标志 (banner), 发文字号,
// the notice title, 主送机关, the notice body, 发文机关署名 and 成文日期, notes such
// as （此件公开发布）; then the plan's own title. A notice is recognised by any of
// its elements: a page may show it without its title line, starting at the
// addressees (各乡镇人民政府，县直各单位：… 现将《…》印发给你们 … signature, date).
import type { Para, Unit } from "./types.js";
import type { InputFile } from "../file.js";
import { markerOf } from "../lexicon/markers.js";
import { damagedDateLine, dateLine } from "../lexicon/dates.js";
import { BANNER, ISSUING_VERBS, NOTE_LINE, PLAN_TITLE_ENDINGS } from "../lexicon/plan.js";
import { looksLikeUnit, splitOutside } from "../lexicon/units.js";
import { docNumberOfLine, isDocNumberLine, noticeTitleAt, planTitleAt, titleish, type TitleSpan } from "./titles.js";

export { isDocNumberLine, noticeTitleAt, planTitleAt, type TitleSpan };

export interface NoticeDraft {
  title: string | null;
  /** the line of the title, or of the addressees when the title line is missing */
  titleLine: number;
  docNumber: string | null;
  addressees: string | null;
  issuer: string | null;
  date: string | null;
  /** the other reading of a damaged signature date (2024115: 11-05 or 01-15) */
  dateAlternative?: string;
  /** the body lines between the addressees and the signature */
  body: Para[];
  notes: string[];
}

export interface Head {
  notice: NoticeDraft | null;
  title: TitleSpan | null;
  /** the document's own number when it has no notice (on a line of its own near its title) */
  docNumber?: string;
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

/** What a notice that issues a plan says: 现将《…》印发给你们, 《…》已经县政府同意. */
const ISSUING_SENTENCE = /(?:印发|转发|印送|转)(?:给)?你们|现将|已?经.{1,12}同意|通知如下/;

/** A line of addressees: a list of units ending with a colon (or open, continued below). */
export function looksLikeAddressees(text: string): boolean {
  // groups may be parted by ；, but only in a list that ends with its colon
  if (text.length > 160 || /[。！？]/.test(text) || (/；/.test(text) && !/[：:]$/.test(text)) || markerOf(text)) return false;
  const m = /^(.+?)[：:]?$/.exec(text);
  if (!m || !/[：:，,、]$/.test(text)) return false;
  const pieces = splitOutside(m[1], "，,、；;").map((p) => p.trim()).filter(Boolean);
  // one short word before a colon is a label (责任单位：), unless it names everyone (各乡镇：)
  if (pieces.length === 1 && pieces[0].length <= 6 && !/^各/.test(pieces[0])) return false;
  return pieces.some((p) => /^各/.test(p) || looksLikeUnit(p));
}

/** Addressees written without their colon: every piece names a unit or everyone of a kind (各…). */
function colonlessAddressees(text: string): boolean {
  if (/[：:。！？；]/.test(text) || text.length > 120) return false;
  const pieces = splitOutside(text, "，,、").map((p) => p.trim()).filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => /^各[\u4e00-\u9fff（）()]{1,20}$/.test(p) || looksLikeUnit(p)) && pieces.some((p) => /^各/.test(p));
}

/** Whether the next line after i is a line of addressees (各党支部，各处室：). */
function addresseesAt(units: Unit[], i: number): boolean {
  const u = units[next(units, i)];
  return u?.kind === "line" && looksLikeAddressees(u.text);
}

/**
 * A table's title that a page puts after an introduction (某县承办民生实事46项…。 / 2023年省政府
 * 民生实事项目实施计划（截至4月10日） / 序号 | 项目内容 | …): a plan title, with a year, on the line
 * right above the table, within the page's first lines. The line is taken out of the text;
 * the introduction stays where it is.
 */
function tableTitleAfterIntro(units: Unit[], i: number): TitleSpan | null {
  for (let k = i, seen = 0; k + 1 < units.length && seen < 6; k++) {
    const u = units[k];
    if (u.kind !== "line") break;
    if (!u.text) continue;
    seen++;
    const t = u.text.trim();
    if (markerOf(t)) break;
    const below = units[next(units, k + 1)];
    if (below?.kind === "table" && t.length <= 60 && /\d{4}\s*年/.test(t) && PLAN_TITLE_ENDINGS.test(t) && !/[。；]/.test(t)) {
      const span: TitleSpan = { text: t.replace(/\s+/g, ""), line: u.no, end: i };
      u.text = "";
      return span;
    }
  }
  return null;
}

export function parseHead(all: Unit[], file: InputFile, offset = 0): Head {
  const head = parseHeadAt(all.slice(offset), file);
  return { ...head, end: head.end + offset };
}

function parseHeadAt(units: Unit[], file: InputFile): Head {
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
      docNumber = docNumberOfLine(u.text);
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
      // (a notice that issues a plan, or any notice followed by its addressees: 关于…的通知 / 各单位：)
      // (the latter only from a line that holds its 关于: the lines above may be a site's slogans)
      if (later && (ISSUING_VERBS.test(later.text) || (/关于/.test(u.text) && addresseesAt(units, later.end)))) return parseHead(units, file, k);
    }
    const atHead = planTitleAt(units, i);
    // a document issued directly (某办公厅关于…的实施方案, then its addressees) has no notice
    const direct = atHead !== null && /关于/.test(atHead.text);
    const untitled = direct ? null : noticeWithoutTitle(units, i, docNumber, file);
    if (untitled) return untitled;
    const title = atHead ?? tableTitleAfterIntro(units, i);
    // The document's own number: before its title, or on a line of its own just after it.
    let own = docNumber ?? title?.docNumber;
    for (let k = title ? title.end : i, seen = 0; !own && k < units.length && seen < 4; k++) {
      const u = units[k];
      if (u.kind !== "line") break;
      if (!u.text) continue;
      seen++;
      if (isDocNumberLine(u.text)) own = docNumberOfLine(u.text);
    }
    return { notice: null, title, end: title ? title.end : i, docNumber: own };
  }
  const notice: NoticeDraft = {
    title: nt.text,
    titleLine: nt.line,
    docNumber: docNumber ?? nt.docNumber ?? null,
    addressees: null,
    issuer: null,
    date: null,
    body: [],
    notes: [],
  };
  i = next(units, nt.end);
  const at = (k: number): Para | null => (units[k]?.kind === "line" ? (units[k] as Para) : null);
  // (a widget's leftovers may stand between the title and its number: - / 市交通运输局 / 穗交运函〔2022〕415号)
  let k = i;
  for (let skipped = 0; skipped < 2 && at(k) && !isDocNumberLine(at(k)!.text) && at(k)!.text.trim().length <= 12 && !/[。：:，,；]/.test(at(k)!.text); skipped++) k = next(units, k + 1);
  if (at(k) && isDocNumberLine(at(k)!.text)) {
    notice.docNumber ??= docNumberOfLine(at(k)!.text);
    i = next(units, k + 1);
  }
  // Portal pages show the title twice (page heading, then the document's own).
  const again = noticeTitleAt(units, i);
  // (the same title, or with the issuer the page heading left out)
  if (again && (again.text.endsWith(nt.text) || nt.text.endsWith(again.text))) {
    i = next(units, again.end);
    notice.docNumber ??= again.docNumber ?? null;
    if (at(i) && isDocNumberLine(at(i)!.text)) {
      notice.docNumber ??= docNumberOfLine(at(i)!.text);
      i = next(units, i + 1);
    }
  }
  return readNotice(units, i, notice, file);
}

/**
 * A notice shown without its title line: addressees within the first lines, then
 * a body that issues a plan or ends in a dated signature.
 */
function noticeWithoutTitle(units: Unit[], start: number, docNumber: string | null, file: InputFile): Head | null {
  for (let k = start, seen = 0; k < units.length && seen < 4; k = next(units, k + 1), seen++) {
    const u = units[k];
    if (u.kind !== "line") return null;
    // addressees; or, on a page that left them out, a sentence that issues the plan
    const below = units[next(units, k + 1)];
    const addressed = looksLikeAddressees(u.text) || (below?.kind === "line" && ISSUING_SENTENCE.test(below.text) && colonlessAddressees(u.text));
    if (!addressed && !(ISSUING_SENTENCE.test(u.text) && /。$/.test(u.text))) continue;
    const notice: NoticeDraft = { title: null, titleLine: u.no, docNumber, addressees: null, issuer: null, date: null, body: [], notes: [] };
    const head = readNotice(units, k, notice, file);
    const issues = notice.body.some((p) => ISSUING_SENTENCE.test(p.text));
    // a 文号 on the line above the addressees is a head of its own (GB/T 9704)
    if (addressed) return notice.addressees && (notice.date || issues || docNumber) ? head : null;
    return notice.date && notice.body.length <= 3 ? head : null;
  }
  return null;
}

/** The signature's date: a date line, or one whose 年月日 were lost (202177), with its other reading. */
function signatureDate(text: string, line: number, file: InputFile): { date: string; alternative?: string } | null {
  const date = dateLine(text);
  if (date) return { date };
  const damaged = damagedDateLine(text);
  if (!damaged) return null;
  file.warn("repaired-date", `damaged date "${text.trim()}" read as ${damaged.alternative ? `${damaged.date} or ${damaged.alternative}` : damaged.date}`, line);
  return { date: damaged.date, alternative: damaged.alternative ?? undefined };
}

/** From the addressees on: 主送机关, the body to the signature, the notes, and the plan's title. */
function readNotice(units: Unit[], i: number, notice: NoticeDraft, file: InputFile): Head {
  const at = (k: number): Para | null => (units[k]?.kind === "line" ? (units[k] as Para) : null);
  // Page furniture between the title and the addressees (发布机构 2017年06月28日): skipped when the addressees follow.
  for (let skip = 0, k = i; skip < 2 && at(k); skip++) {
    const a = at(k)!;
    if (looksLikeAddressees(a.text) || a.text.length > 40 || /[。]/.test(a.text)) break;
    const n = next(units, k + 1);
    if (at(n) && looksLikeAddressees(at(n)!.text)) {
      i = n;
      break;
    }
    k = n;
  }
  // 主送机关: one line ending with ：, or up to three lines when a line ends open (，、).
  let addrText = "";
  let k = i;
  for (let n = 0; n < 3; n++) {
    const a = at(k);
    if (!a || a.text.length > 160 || /[。]/.test(a.text) || markerOf(a.text)) break;
    // one word that names no unit is a label of the page (浏览：), not an addressee
    if (!addrText && /^[\u4e00-\u9fff]{1,4}[：:]$/.test(a.text) && !looksLikeAddressees(a.text)) break;
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
    // A list of addressees that lost its colon (各部门，各有关单位), right above the sentence that issues the plan.
    const below = at(next(units, k + 1));
    if (below && ISSUING_SENTENCE.test(below.text) && colonlessAddressees(addrText)) {
      notice.addressees = addrText;
      i = next(units, k + 1);
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
  let sigDate: { date: string; alternative?: string } | null = null;
  for (let k = bodyStart; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== "line") break;
    if (!u.text) continue;
    sigDate = signatureDate(u.text, u.no, file);
    if (sigDate) {
      sig = k;
      break;
    }
    lines.push(u);
  }
  const quoted = quotedTitles(lines);
  /** a line that may sign the notice: an issuer's name, short, no list */
  const signs = (l: Para | undefined) => !!l && titleish(l.text) && l.text.length <= 40 && !/[，,、]/.test(l.text);
  // The plan's title: quoted in the notice, or a short title-like line that
  // names a plan (the notice's signature may be missing on a portal page).
  const planAt = lines.findIndex((l, k) => {
    if (!titleish(l.text)) return false;
    const t = l.text.replace(/\s+/g, "");
    if (quoted.has(t)) return true;
    // an attachment list item (附件：…分解表) names the plan, it is not its title line
    return k > 0 && t.length <= 40 && PLAN_TITLE_ENDINGS.test(t) && !/[，,、]/.test(t) && !/^附件/.test(t);
  });
  if (planAt >= 0) {
    // an undated signature right above the plan's title (…印发给你们。 / 某县人民政府办公室 / 某县…方案)
    let bodyEnd = planAt;
    const above = lines[bodyEnd - 1]?.text.replace(/\s+/g, "") ?? "";
    if (bodyEnd > 1 && sig < 0 && signs(lines[bodyEnd - 1]) && looksLikeUnit(above) && !PLAN_TITLE_ENDINGS.test(above)) {
      notice.issuer = above;
      bodyEnd--;
    }
    notice.body = lines.slice(0, bodyEnd);
    return { notice, title: planTitleAt(units, units.indexOf(lines[planAt])), end: units.indexOf(lines[planAt]) + 1 };
  }
  if (sig < 0) {
    // No signature: the notice has no body of its own (a portal page that shows
    // only its title); what follows is the plan.
    if (notice.title === null || (lines[0] && ISSUING_SENTENCE.test(lines[0].text))) {
      // A notice whose first paragraph issues the plan (or without its title): the
      // notice is its body up to the first heading.
      const body = lines.findIndex((l) => markerOf(l.text) !== null);
      notice.body = body < 0 ? lines : lines.slice(0, body);
      const end = body < 0 ? units.length : units.indexOf(lines[body]);
      return { notice, title: null, end };
    }
    const title = planTitleAt(units, bodyStart);
    return { notice, title, end: title ? title.end : bodyStart };
  }
  notice.date = sigDate!.date;
  if (sigDate!.alternative) notice.dateAlternative = sigDate!.alternative;
  let bodyEnd = lines.length;
  // a note between the issuer and the date ((此件公开发布) 2021年6月25日 on one line) is no issuer
  while (bodyEnd > 0 && NOTE_LINE.test(lines[bodyEnd - 1].text.replace(/\s+/g, ""))) notice.notes.push(lines[--bodyEnd].text);
  if (signs(lines[bodyEnd - 1])) {
    // two issuers signing together, one per line (中共某市委 / 某市人民政府)
    const two = bodyEnd >= 2 && signs(lines[bodyEnd - 2]) && looksLikeUnit(lines[bodyEnd - 2].text.replace(/\s+/g, "")) && looksLikeUnit(lines[bodyEnd - 1].text.replace(/\s+/g, ""));
    notice.issuer = (two ? [lines[bodyEnd - 2], lines[bodyEnd - 1]] : [lines[bodyEnd - 1]]).map((l) => l.text.replace(/\s+/g, "")).join(" ");
    bodyEnd -= two ? 2 : 1;
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
