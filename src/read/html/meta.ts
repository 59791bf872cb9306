// Portal metadata blocks (索引号, 发布机构, 成文日期, 文号 …). Portals put them in
// table cells, <li>s, <dl>s or spans; whatever the markup, the HTML stage writes
// one line per label/value pair, `LABEL：VALUE`, which is what the text metadata
// parser downstream reads. Labels keep their script (索引號 stays traditional:
// normalisation converts it) but lose the layout spaces inside them (索 引 号).

import { BULLETS } from "../../lexicon/plan.js";
import { LABEL_CHAR_VARIANTS, META_LABELS } from "../../lexicon/meta-labels.js";

interface LabelDef {
  /** simplified form */
  label: string;
  /** a label that alone marks a metadata block (文号, 名称, 标题 also occur elsewhere) */
  strong: boolean;
}

/** The labels that mark a metadata block in a page, from the lexicon. */
const LABELS: LabelDef[] = META_LABELS.filter((d) => d.block).map((d) => ({ label: d.label, strong: d.block === "strong" }));

const VARIANTS = LABEL_CHAR_VARIANTS;

const SP = "[ \\t\\u00a0\\u2000-\\u200a\\u3000]*";

function labelPattern(label: string): string {
  return [...label].map((ch) => (VARIANTS[ch] ? `[${ch}${VARIANTS[ch]}]` : ch)).join(SP);
}

/** Longest first, so that 发文字号 wins over 文号. */
const ORDERED = LABELS.map((d, bit) => ({ ...d, bit, re: labelPattern(d.label) })).sort(
  (a, b) => b.label.length - a.label.length,
);
const KNOWN_ALT = ORDERED.map((d) => `(${d.re})`).join("|");

/** Where a label may start: the beginning of the text or after a space, bullet or separator. */
const LEAD = `(?<=^|[\\s\\u00a0\\u3000\\u0001${BULLETS}|｜【\\[（(])`;
const COLON = `${SP}[:：∶]`;

/** A known label followed by a colon. */
const KNOWN_WITH_COLON = new RegExp(`${LEAD}(?:${KNOWN_ALT})${COLON}`, "g");
/** A whole text that is only a known label, with or without colon. */
const KNOWN_ALONE = new RegExp(`^[\\s\\u00a0\\u3000${BULLETS}]*(?:${KNOWN_ALT})${SP}[:：∶]?[\\s\\u00a0\\u3000]*$`);

export const STRONG_MASK = ORDERED.reduce((m, d) => (d.strong ? m | (1 << d.bit) : m), 0);

function bitOfMatch(m: RegExpExecArray): number {
  for (let k = 0; k < ORDERED.length; k++) if (m[k + 1] !== undefined) return 1 << ORDERED[k].bit;
  return 0;
}

/** Bit mask of the known labels a piece of text shows as labels. */
export function labelMask(text: string): number {
  if (text.length > 4000) text = text.slice(0, 4000);
  const alone = KNOWN_ALONE.exec(text);
  if (alone) return bitOfMatch(alone);
  let mask = 0;
  KNOWN_WITH_COLON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KNOWN_WITH_COLON.exec(text))) mask |= bitOfMatch(m);
  return mask;
}

export function popcount(x: number): number {
  let n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Turning the text of a metadata block into LABEL：VALUE lines

export interface Segment {
  /** cleaned text; U+0001 marks where an inline element started or ended */
  text: string;
  no: number;
}

export interface MetaLine {
  text: string;
  no: number;
}

/**
 * A label inside a segment: a known label (colon optional when an element
 * boundary follows), or 2–6 CJK characters before a colon (内容分类：, 生成日期：).
 */
const LABEL_IN_SEGMENT = new RegExp(
  `${LEAD}(?:(?:${KNOWN_ALT})(?:${COLON}|(?=${SP}\\u0001)|${SP}$)|[\\u4e00-\\u9fff](?:[ \\u00a0\\u3000]?[\\u4e00-\\u9fff]){1,5}${COLON})`,
  "g",
);

function cleanLabel(s: string): string {
  return s.replace(/[\s\u00a0\u3000:：∶\u0001]+/g, "");
}

function cleanValue(s: string): string {
  return s
    .replace(/^[\s\u00a0\u3000\u0001:：∶]+/, "")
    .replace(/[\s\u00a0\u3000]*\u0001[\s\u00a0\u3000\u0001]*/g, (run) => (/\s|\u00a0|\u3000/.test(run) ? " " : ""))
    .replace(/\u0001/g, "")
    .trim();
}

interface Item {
  label: string | null;
  value: string;
  no: number;
}

function splitSegment(seg: Segment): Item[] {
  const items: Item[] = [];
  const text = seg.text;
  LABEL_IN_SEGMENT.lastIndex = 0;
  const marks: Array<{ start: number; end: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = LABEL_IN_SEGMENT.exec(text))) {
    if (m[0].length === 0) {
      LABEL_IN_SEGMENT.lastIndex++;
      continue;
    }
    marks.push({ start: m.index, end: m.index + m[0].length });
  }
  const head = cleanValue(text.slice(0, marks.length ? marks[0].start : text.length));
  if (head) items.push({ label: null, value: head, no: seg.no });
  for (let k = 0; k < marks.length; k++) {
    const label = cleanLabel(text.slice(marks[k].start, marks[k].end));
    const value = cleanValue(text.slice(marks[k].end, k + 1 < marks.length ? marks[k + 1].start : text.length));
    items.push({ label, value, no: seg.no });
  }
  return items;
}

/**
 * Pair labels with values: `索引号：X` in one segment, or a label segment
 * followed by a value segment (`<td>索引号：</td><td>X</td>`). A label with no
 * value is dropped; text that is no label/value pair is kept as its own line.
 */
export function metaLines(segments: Segment[]): MetaLine[] {
  const items: Item[] = [];
  for (const seg of segments) items.push(...splitSegment(seg));
  const out: MetaLine[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.label === null) {
      out.push({ text: it.value, no: it.no });
      continue;
    }
    let value = it.value;
    if (!value && k + 1 < items.length && items[k + 1].label === null) {
      value = items[k + 1].value;
      k++;
    }
    if (value) out.push({ text: `${it.label}：${value}`, no: it.no });
  }
  return out;
}
