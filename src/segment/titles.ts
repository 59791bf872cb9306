// Title lines: the notice title and the plan title, joined when broken over lines,
// with a document number glued before or after them (成办发〔2019〕5号《…的通知》,
// …的通知（前府办发〔2022〕17号）) split off, and a tag before them (【政务公开】…)
// or a repeated site name above them left out.
import type { Para, Unit } from "./types.js";
import { markerOf } from "../lexicon/markers.js";
import { looksLikeUnit } from "../lexicon/units.js";
import { DATE_LINE } from "../lexicon/dates.js";
import { CHANNEL_NAME, COUNT_NOTE, NOTICE_TITLE_END, PLAN_TITLE_ENDINGS } from "../lexicon/plan.js";

/** A document number: 某政办发〔2023〕7号, or an order's 某省总河长令第2号. */
const DOCNO = "(?:[\\u4e00-\\u9fff]{1,14}〔\\d{4}〕第?\\d{1,5}号|[\\u4e00-\\u9fff]{1,14}令第\\d{1,4}号)";
/** A document number on a line of its own, bare or in brackets: （长政发〔2012〕6号） */
const DOCNO_LINE = new RegExp(`^[（(]?${DOCNO}[）)]?$`);
/** A document number glued before a title, bare or in brackets ([某政办发〔2023〕24号]关于…, 某政办〔2019〕1号—关于…). */
const DOCNO_BEFORE = new RegExp(`^[\\[［【(（]?(${DOCNO})[\\]］】)）]?\\s*[—\\-－：:]?\\s*(?=[《\\u4e00-\\u9fff])(.+)$`);
/** A document number after a title, bare or in brackets: the title ends with a document word. */
const DOCNO_AFTER = new RegExp(`^(.+(?:通知|函|意见|决定|》|方案|要点|计划|办法|措施|清单))\\s*[（(\\[【［]?\\s*(${DOCNO})\\s*[）)\\]】］]?$`);
/** The site name after a page's title: …的意见-某省人民政府门户网站, …方案_某县政府网. */
const SITE_SUFFIX = /(?<=[\u4e00-\u9fff》）)])\s*[-_－—|｜]+\s*[\u4e00-\u9fff]{2,20}(?:门户网站|政府网|网站|政务网|信息网|网)$/;
/**
 * A legal database's status tag before a title or its number, (失效), 【现行有效】; an
 * aggregator's place before it (某省：关于…); or a mirror's date stamp (05.24 某省…).
 */
const STATUS_TAG = /^(?:[（(【\[](?:失效|已失效|部分失效|有效|现行有效|废止|已废止|已修改|修订)[）)】\]]|[\u4e00-\u9fff]{2,4}[：:](?=关于)|\d{1,2}[.．/-]\d{1,2}(?=[\u4e00-\u9fff]{2}))/;
/** A news headline naming who issued a plan: 某市政府印发某市…行动计划 (the plan's name is after 印发). */
const NEWS_ISSUED = /^[\u4e00-\u9fff]{2,16}?(?:政府|办公厅|办公室|委员会)印发《?([^《》]+?)》?$/;
/** A tag before a title: 【政务公开任务分工】. */
const TAG = /^【[^【】]{2,20}】(?=\S)/;

export const isDocNumberLine = (t: string): boolean => DOCNO_LINE.test(t.replace(/\s+/g, ""));
/** The document number of such a line, without its spaces and brackets. */
export const docNumberOfLine = (t: string): string => t.replace(/\s+/g, "").replace(/^[（(]|[）)]$/g, "");

/** A title line without the document number glued to it (spaces removed). */
export function splitDocNumber(line: string): { text: string; docNumber: string | null } {
  // a bar left at either end by a flattened table (| …的通知 |) is no part of the title, nor
  // the site name a page's title bar adds (…的意见-某省人民政府门户网站), nor a database's
  // status tag before it ((失效)某政办发〔2017〕14号 …)
  const t = line.replace(/\s+/g, "").replace(/^[|｜]+|[|｜]+$/g, "").replace(SITE_SUFFIX, "").replace(STATUS_TAG, "");
  const unquote = (x: string) => {
    const bare = x.replace(/^《([^《》]+)》$/, "$1");
    const issued = NEWS_ISSUED.exec(bare);
    return issued && PLAN_TITLE_ENDINGS.test(issued[1]) && !NOTICE_TITLE_END.test(issued[1]) ? issued[1] : bare;
  };
  const before = DOCNO_BEFORE.exec(t);
  if (before) return { text: unquote(before[2]), docNumber: before[1] };
  const after = DOCNO_AFTER.exec(t);
  if (after) return { text: unquote(after[1]), docNumber: after[2] };
  return { text: unquote(t), docNumber: null };
}

/** A line that can be (part of) a title: short, no sentence punctuation, not a heading. */
export function titleish(t: string): boolean {
  const sq = t.replace(/\s+/g, "").replace(/^[|｜]+|[|｜]+$/g, "");
  // (a bar between words is a table's row, 序号 | 项目名称 | …, unless a site name follows it)
  return t.length > 0 && t.length <= 80 && !/[。；：:！？]/.test(t) && !markerOf(t) && !DATE_LINE.test(sq) && !DOCNO_LINE.test(sq) && !/[|｜]/.test(sq.replace(SITE_SUFFIX, ""));
}

export interface TitleSpan {
  text: string;
  line: number;
  /** index one past the last unit of the title */
  end: number;
  /** a document number that was glued to the title */
  docNumber?: string;
}

/**
 * A short line that carries a complete title on: one opening with a joining word (…任务分解 /
 * 和责任分工方案), or one with no year or number that ends the title again (…目标任务 / 责任分解方案).
 */
const goesOn = (t: string): boolean => /^(?:和|及|与|暨|（|\()/.test(t) || (t.replace(/\s+/g, "").length <= 10 && !/\d/.test(t) && PLAN_TITLE_ENDINGS.test(t.trim()));

/** Join lines from `i` (blank lines between allowed) until `done` says the title is complete. */
function joinTitle(units: Unit[], i: number, done: (s: string) => boolean, maxLines = 4, plan = false): TitleSpan | null {
  const parts: Array<{ text: string; no: number }> = [];
  let docNumber: string | undefined;
  for (let j = i; j < units.length && parts.length < maxLines; j++) {
    const u = units[j];
    if (u.kind !== "line") break;
    if (!u.text) continue;
    if (!titleish(u.text) && !(STATUS_TAG.test(u.text.replace(/\s+/g, "")) && titleish(splitDocNumber(u.text).text))) break;
    if (!parts.length && CHANNEL_NAME.test(u.text)) continue;
    // a note in brackets above a title (（本文有删减）) is no part of it
    if (!parts.length && /^[（(][^（）()]{1,12}[）)]$/.test(u.text.trim())) continue;
    const split = splitDocNumber(u.text);
    docNumber ??= split.docNumber ?? undefined;
    parts.push({ text: parts.length ? split.text : split.text.replace(TAG, ""), no: u.no });
    const text = parts.map((p) => p.text).join("");
    if (!done(text)) continue;
    // a title that goes on over a short line (…任务分解 / 和责任分工方案)
    const after = units.slice(j + 1).find((x) => x.kind !== "line" || x.text !== "");
    // (not the same title again: a page that shows it twice, furniture between)
    if (after?.kind === "line" && parts.length < maxLines && after.text.length <= 20 && titleish(after.text) && goesOn(after.text) && !COUNT_NOTE.test(after.text.trim()) && splitDocNumber(after.text).text !== text && done(text + after.text)) continue;
    // A site name standing above a title (某区某局 / 区某局2025年…表) is not part of it: an
    // organisation's name alone, when the lines below it are a whole title that names its
    // own organisation or year. A title without them (某中心 / “政府开放日”活动实施方案) is the organisation's.
    if (plan && parts.length > 1 && looksLikeUnit(parts[0].text) && parts[0].text.length <= 20 && !/\d{4}|关于|的/.test(parts[0].text)) {
      const rest = parts.slice(1).map((p) => p.text).join("");
      // (or that opens with the same place: 某县人民政府 / 某县卫生健康局…工作方案)
      const place = /^[\u4e00-\u9fff]{1,6}?[省市县区州旗盟]/.exec(parts[0].text)?.[0];
      if (done(rest) && (rest.includes(parts[0].text.slice(-2)) || /\d{4}|[〇零○一二三四五六七八九]{4}/.test(rest) || (place && rest.startsWith(place)))) parts.shift();
    }
    return { text: parts.map((p) => p.text).join(""), line: parts[0].no, end: j + 1, docNumber };
  }
  return null;
}

export function noticeTitleAt(units: Unit[], i: number): TitleSpan | null {
  const first = units[i];
  if (!first || first.kind !== "line" || !first.text) return null;
  const firstText = splitDocNumber(first.text).text;
  if (PLAN_TITLE_ENDINGS.test(firstText) && !NOTICE_TITLE_END.test(firstText)) return null;
  // a page's title bar (…的通知-某省人民政府门户网站) is the notice's title only when it is a whole one (关于…)
  if (SITE_SUFFIX.test(first.text.replace(/\s+/g, "")) && NOTICE_TITLE_END.test(firstText) && !/关于/.test(firstText)) return null;
  const span = joinTitle(units, i, (s) => NOTICE_TITLE_END.test(s));
  if (!span) return null;
  // A title that starts again further down (issuer + 关于…, over one or more lines) does
  // not take the lines above it (a site name such as 某县人民政府 at the top of a page,
  // or the page heading's cut copy of the title: 《某省进一步支持…).
  for (let k = i + 1; k < span.end - 1; k++) {
    const u = units[k];
    if (u.kind !== "line" || !/^《?[\u4e00-\u9fff（）()]{2,30}关于/.test(splitDocNumber(u.text).text)) continue;
    const again = joinTitle(units, k, (s) => NOTICE_TITLE_END.test(s));
    if (again && again.end === span.end) return { ...again, docNumber: again.docNumber ?? span.docNumber };
  }
  // Nor does a title line that opens with 关于 take lines above it that name no issuer
  // (a site's slogans: 全省职业教育先进单位 / 工作动态 / 关于…的通知).
  for (let k = i + 1; k < span.end; k++) {
    const u = units[k];
    if (u.kind !== "line" || !/^《?关于/.test(u.text)) continue;
    const above = units.slice(i, k).map((x) => (x.kind === "line" ? x.text : "")).join("").replace(/\s+/g, "");
    if (looksLikeUnit(above)) break;
    const again = joinTitle(units, k, (s) => NOTICE_TITLE_END.test(s));
    if (again && again.end === span.end) return { ...again, docNumber: again.docNumber ?? span.docNumber };
    break;
  }
  const last = units[span.end - 1] as Para;
  const whole = splitDocNumber(last.text);
  if (span.end - 1 > i && /^《?[\u4e00-\u9fff（）()]{2,30}关于.+(?:通知|函)》?$/.test(whole.text))
    return { text: whole.text, line: last.no, end: span.end, docNumber: whole.docNumber ?? span.docNumber };
  return span;
}

export function planTitleAt(units: Unit[], i: number): TitleSpan | null {
  const first = units[i];
  if (!first || first.kind !== "line" || !titleish(first.text)) return null;
  if (NOTICE_TITLE_END.test(first.text)) return null;
  const span = joinTitle(units, i, (s) => PLAN_TITLE_ENDINGS.test(s), 3, true);
  if (span) {
    // the last line is a whole title of its own, opening with the first line's name (a site's
    // name and motto above it: 某小学 / 崇德 尚学 / 某小学2022-2023学年第二学期校历): that line alone
    const last = units[span.end - 1] as Para;
    const name = first.text.trim();
    if (span.end - 1 > i && name.length >= 4 && last.text.trim().startsWith(name) && PLAN_TITLE_ENDINGS.test(last.text.trim()))
      return { text: last.text.replace(/\s+/g, "").replace(TAG, ""), line: last.no, end: span.end };
    return span;
  }
  // A title without a plan word: one short line followed by prose or a heading.
  const next = units.slice(i + 1).find((u) => u.kind === "table" || u.text !== "");
  if (first.text.length <= 40 && /[\u4e00-\u9fff]{4}/.test(first.text) && (!next || next.kind === "table" || markerOf(next.text) || next.text.length > 60))
    return { text: first.text.replace(/\s+/g, "").replace(TAG, ""), line: first.no, end: i + 1 };
  return null;
}
