// Text saved from a PDF or a fixed-width export: paragraphs hard-wrapped at a
// fixed width, page numbers (— 3 —, -14-) and a running header at each page
// break. Recognised when many lines share one display width and almost none is
// wider. A wrapped line is joined to the one above when the one above is full
// (as wide as the page) and the one below does not start a new paragraph (an
// indent where the document indents paragraphs, a heading marker, a label). The
// joined paragraph keeps the line number of its first line.
import type { LineBlock } from "../blocks.js";
import type { InputFile } from "../file.js";
import { markerOf } from "../lexicon/markers.js";
import { PERSON_LABELS, UNIT_LABELS, alternation } from "../lexicon/roles.js";
import { TIME_LABELS } from "../lexicon/time.js";
import { displayWidth } from "../strings.js";
import type { Reader } from "./reader.js";
import { textToBlocks } from "./text.js";

/** Width of a raw line without its trailing spaces (by a loop, not a regex). */
function lineWidth(raw: string): number {
  let end = raw.length;
  while (end > 0 && (raw[end - 1] === " " || raw[end - 1] === "\t" || raw[end - 1] === "\u3000" || raw[end - 1] === "\r")) end--;
  return displayWidth(end === raw.length ? raw : raw.slice(0, end));
}

const PAGE_NUMBER = /^[-—–－_\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—–－_\s]*$|^\d{1,4}\s*\/\s*\d{1,4}$/;
/** A line that starts a new paragraph whatever its position: an attachment, 抄送, a label. */
const STARTS_PARAGRAPH = new RegExp(`^(?:附件|抄送|[（(]?(?:${alternation([...UNIT_LABELS.map(([l]) => l), ...PERSON_LABELS, ...TIME_LABELS])})[^：:]{0,6}[：:])`);
const INDENT = /^(?: {2,}|\u3000+|\t)/;
const TERMINAL = /[。！？]$/;
/** Cells separated by tabs or runs of spaces: a table row, never wrapped prose. */
const CELLS = /\t|\S {2,}\S/;

function isPageNumber(t: string): boolean {
  return PAGE_NUMBER.test(t) && /\d/.test(t) && t.length <= 16;
}

/** The page width the text is wrapped at, or 0 when it is not wrapped text. */
export function pageWidth(blocks: LineBlock[]): number {
  const lines = blocks.filter((b) => b.text.trim() !== "");
  if (lines.length < 12) return 0;
  // Cheap test first: wrapped text has many lines of 20–60 characters and few longer.
  const midLength = lines.filter((l) => {
    const n = l.text.trim().length;
    return n >= 20 && n <= 60;
  }).length;
  if (midLength < lines.length * 0.15) return 0;
  // The page width: the most common display width among long prose lines.
  const widths = new Map<number, number>();
  for (const l of lines) {
    if (CELLS.test(l.text.trim())) continue;
    const w = lineWidth(l.text);
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
  const wider = lines.filter((l) => !CELLS.test(l.text.trim()) && lineWidth(l.text) > page + 4).length;
  if (page < 50 || best < Math.max(6, lines.length * 0.15) || wider > lines.length * 0.05) return 0;
  return page;
}

/** Lines repeated at the top of pages (a running header): the line after each page number. */
function runningHeaders(blocks: LineBlock[]): Set<string> {
  const after = new Map<string, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (!isPageNumber(blocks[i].text.trim())) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const t = blocks[j].text.trim();
      if (!t) continue;
      const key = t.replace(/\s+/g, " ");
      after.set(key, (after.get(key) ?? 0) + 1);
      break;
    }
  }
  return new Set([...after].filter(([, n]) => n >= 2).map(([k]) => k));
}

/** Join the wrapped lines of text wrapped at `page` columns; drop page numbers and running headers. */
export function unwrap(blocks: LineBlock[], page: number, file: InputFile): LineBlock[] {
  const headers = runningHeaders(blocks);
  const nonBlank = blocks.filter((b) => b.text.trim() !== "");
  const indents = nonBlank.filter((b) => INDENT.test(b.text)).length >= nonBlank.length * 0.1;
  const full = (raw: string) => lineWidth(raw) >= page - 3;
  const out: LineBlock[] = [];
  let last: LineBlock | null = null;
  let lastRaw = "";
  let joined = 0;
  let dropped = 0;
  for (const b of blocks) {
    const t = b.text.trim();
    if (!t) {
      out.push(b);
      continue; // a blank line inside a page does not stop a wrapped paragraph
    }
    if (isPageNumber(t) || headers.has(t.replace(/\s+/g, " "))) {
      dropped++;
      continue;
    }
    const continues =
      last !== null &&
      full(lastRaw) &&
      !TERMINAL.test(last.text.trim()) &&
      !(indents && INDENT.test(b.text)) &&
      !markerOf(t) &&
      !STARTS_PARAGRAPH.test(t) &&
      !CELLS.test(t);
    if (continues && last) {
      last.text = last.text.replace(/\s+$/, "") + t;
      lastRaw = b.text;
      joined++;
      continue;
    }
    const copy: LineBlock = { ...b };
    out.push(copy);
    last = copy;
    lastRaw = b.text;
  }
  if (joined) file.warn("unwrapped-lines", `${joined} lines wrapped at a fixed width (${page} columns) were joined to the paragraphs they continue`, 0);
  if (dropped) file.warn("boilerplate-dropped", `dropped ${dropped} page numbers and running headers`, 0);
  return out.filter((b, i, all) => !(b.text.trim() === "" && i > 0 && all[i - 1].text.trim() === ""));
}

export const pdfTextReader: Reader = {
  name: "pdf-text",
  detect: (text) => pageWidth(textToBlocks(text)) > 0,
  read: (text, file) => {
    const blocks = textToBlocks(text);
    return unwrap(blocks, pageWidth(blocks), file);
  },
};
