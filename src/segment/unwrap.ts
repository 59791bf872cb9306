// Text saved from a PDF or a fixed-width export: paragraphs hard-wrapped at a
// fixed width, page numbers (— 3 —, -14-) and a running header at each page
// break. A wrapped line is joined to the one above when the one above is full
// (as wide as the page) and the one below does not start a new paragraph (an
// indent where the document indents paragraphs, a heading marker, a label). The
// joined paragraph keeps the line number of its first line.
import type { Messages } from "../messages.js";
import type { Para, Unit } from "./types.js";
import { markerOf } from "./markers.js";

/** Display width: CJK and full-width characters count two, others one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a pair: counted with the first
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0xd800 && c <= 0xdbff);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Width of a raw line without its trailing spaces (by a loop, not a regex). */
function lineWidth(raw: string): number {
  let end = raw.length;
  while (end > 0 && (raw[end - 1] === " " || raw[end - 1] === "\t" || raw[end - 1] === "\u3000" || raw[end - 1] === "\r")) end--;
  return displayWidth(end === raw.length ? raw : raw.slice(0, end));
}

const PAGE_NUMBER = /^[-—–－_\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—–－_\s]*$|^\d{1,4}\s*\/\s*\d{1,4}$/;
/** A line that starts a new paragraph whatever its position: a heading, a label, an attachment. */
const STARTS_PARAGRAPH = /^(?:附件|抄送|[（(]?(?:牵头|责任|配合|协办|完成时|时限|主责)[^：:]{0,6}[：:])/;
const INDENT = /^(?: {2,}|\u3000+|\t)/;
const TERMINAL = /[。！？]$/;

function isPageNumber(t: string): boolean {
  return PAGE_NUMBER.test(t) && /\d/.test(t) && t.length <= 16;
}

/** Lines repeated at the top of pages (a running header): the line after each page number. */
function runningHeaders(units: Unit[]): Set<string> {
  const after = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== "line" || !isPageNumber(u.text)) continue;
    for (let j = i + 1; j < units.length; j++) {
      const v = units[j];
      if (v.kind !== "line") break;
      if (!v.text) continue;
      const key = v.text.replace(/\s+/g, " ");
      after.set(key, (after.get(key) ?? 0) + 1);
      break;
    }
  }
  return new Set([...after].filter(([, n]) => n >= 2).map(([k]) => k));
}

export function unwrap(units: Unit[], messages: Messages): Unit[] {
  const lines = units.filter((u): u is Para => u.kind === "line" && u.text !== "");
  if (lines.length < 12) return units;
  // Cheap test first: wrapped text has many lines of 20–60 characters and few longer.
  const midLength = lines.filter((l) => l.text.length >= 20 && l.text.length <= 60).length;
  if (midLength < lines.length * 0.15) return units;
  // The page width: the most common display width among long prose lines.
  const widths = new Map<number, number>();
  for (const l of lines) {
    if (/\t|\S {2,}\S/.test(l.raw.trim())) continue;
    const w = lineWidth(l.raw);
    if (w >= 40) widths.set(w, (widths.get(w) ?? 0) + 1);
  }
  let page = 0;
  let best = 0;
  for (const [w, n] of widths) {
    // near-equal widths count together (a line may end with a half-width digit)
    const near = n + (widths.get(w - 1) ?? 0) + (widths.get(w + 1) ?? 0);
    if (near > best || (near === best && w > page)) {
      best = near;
      page = w;
    }
  }
  // Wrapped at a page width: many lines that wide, almost none wider.
  const wider = lines.filter((l) => !/\t|\S {2,}\S/.test(l.raw.trim()) && lineWidth(l.raw) > page + 4).length;
  if (page < 50 || best < Math.max(6, lines.length * 0.15) || wider > lines.length * 0.05) return units;

  const headers = runningHeaders(units);
  const indents = lines.filter((l) => INDENT.test(l.raw)).length >= lines.length * 0.1;
  const full = (raw: string) => lineWidth(raw) >= page - 3;
  const out: Unit[] = [];
  let last: Para | null = null;
  let lastRaw = "";
  let joined = 0;
  let dropped = 0;
  for (const u of units) {
    if (u.kind !== "line") {
      out.push(u);
      last = null;
      continue;
    }
    if (!u.text) {
      out.push(u);
      continue; // a blank line inside a page does not stop a wrapped paragraph
    }
    if (isPageNumber(u.text) || headers.has(u.text.replace(/\s+/g, " "))) {
      dropped++;
      continue;
    }
    const continues =
      last !== null &&
      full(lastRaw) &&
      !TERMINAL.test(last.text) &&
      !(indents && INDENT.test(u.raw)) &&
      !markerOf(u.text) &&
      !STARTS_PARAGRAPH.test(u.text) &&
      !/\t|\S {2,}\S/.test(u.raw.trim());
    if (continues && last) {
      last.text += u.text;
      last.raw = last.raw.replace(/\s+$/, "") + u.raw.trim();
      lastRaw = u.raw;
      joined++;
      continue;
    }
    const copy: Para = { ...u };
    out.push(copy);
    last = copy;
    lastRaw = u.raw;
  }
  if (joined) messages.add("unwrapped-lines", `${joined} lines wrapped at a fixed width (${page} columns) were joined to the paragraphs they continue`, 0);
  if (dropped) messages.add("boilerplate-dropped", `dropped ${dropped} page numbers and running headers`, 0);
  return out.filter((u, i, all) => !(u.kind === "line" && !u.text && i > 0 && all[i - 1].kind === "line" && !(all[i - 1] as Para).text));
}
