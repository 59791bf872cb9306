// Heading markers of the genre, as data: 一、 （一） 1. （1） ①. Each kind has a
// pattern anchored at the start of a trimmed line and a function giving the
// number as SPEC writes it (sections: "一"; items: as written, normalised).

export type MarkerKind = "section" | "cnParen" | "arabic" | "arabicParen" | "circled";

export interface Marker {
  kind: MarkerKind;
  /** the number as written: 一 / （一） / 1. / （1） / ① */
  number: string;
  /** numeric value, for continuity checks */
  value: number;
  /** the rest of the line after the marker */
  rest: string;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一…九十九 → number (0 if not a Chinese numeral). */
export function cnNumber(s: string): number {
  if (!s) return 0;
  if (/^[零〇一二两三四五六七八九]$/.test(s)) return CN_DIGITS[s];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  return 0;
}

interface MarkerRule {
  kind: MarkerKind;
  pattern: RegExp;
  number: (m: RegExpExecArray) => string;
  value: (m: RegExpExecArray) => number;
}

const CN = "[一二三四五六七八九十]{1,3}";

export const MARKER_RULES: MarkerRule[] = [
  {
    kind: "section",
    pattern: new RegExp(`^(${CN})\\s*[、.．]\\s*`),
    number: (m) => m[1],
    value: (m) => cnNumber(m[1]),
  },
  {
    kind: "cnParen",
    pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、.．]?\\s*`),
    number: (m) => `（${m[1]}）`,
    value: (m) => cnNumber(m[1]),
  },
  {
    kind: "arabicParen",
    pattern: /^[（(]\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*/,
    number: (m) => `（${m[1]}）`,
    value: (m) => Number(m[1]),
  },
  {
    kind: "arabic",
    // 1. / 1、 / 1． but not 1.5, 2021年, 12345热线
    pattern: /^(\d{1,2})\s*([.、．])(?![\d.])\s*/,
    number: (m) => `${m[1]}${m[2] === "．" ? "." : m[2]}`,
    value: (m) => Number(m[1]),
  },
  {
    kind: "circled",
    pattern: /^([①-⑳])\s*/,
    number: (m) => m[1],
    value: (m) => m[1].charCodeAt(0) - 0x245f,
  },
];

/** The heading marker at the start of a trimmed line, if any. */
export function markerOf(line: string): Marker | null {
  for (const r of MARKER_RULES) {
    const m = r.pattern.exec(line);
    if (m && m[0].length < line.length) {
      const value = r.value(m);
      if (value <= 0) continue;
      return { kind: r.kind, number: r.number(m), value, rest: line.slice(m[0].length) };
    }
  }
  return null;
}

/**
 * The heading's title per SPEC: up to the first 。 (or the whole line for a
 * heading-only line), without trailing punctuation; and the text after it.
 */
export function splitHeading(rest: string): { title: string; text: string; guessed?: boolean } {
  const i = rest.search(/[。！？]/);
  if (i < 0) {
    // A whole-line heading; but a long line whose 。 was lost may run on into
    // its body, which then starts with the unit that does the work.
    if (rest.length > LONG_HEADING) {
      const cut = headingEnd(rest);
      if (cut > 0) return { title: rest.slice(0, cut).trim(), text: rest.slice(cut).trim(), guessed: true };
    }
    return { title: rest.replace(/(?<![：；，、\s])[：；，、\s]+$/, "").trim(), text: "" };
  }
  const sentence = rest.slice(0, i);
  if (sentence.length > LONG_HEADING) {
    const cut = headingEnd(sentence);
    if (cut > 0) return { title: rest.slice(0, cut).trim(), text: rest.slice(cut).trim(), guessed: true };
  }
  return { title: sentence.replace(/(?<![：；，、\s])[：；，、\s]+$/, "").trim(), text: rest.slice(i + 1).trim() };
}

/** Headings are short; a first sentence longer than this may have lost its 。. */
const LONG_HEADING = 40;

/**
 * Where a heading that lost its 。 ends: the first place (after a few
 * characters) where a list of units begins, e.g. "形成统一标准，认真组织实施" +
 * "市发改委、市教体局…等市直业务主管部门要…". Returns 0 when there is none.
 */
function headingEnd(s: string): number {
  // Never inside or after a bracket: a heading may end with its own 〔牵头单位：…〕.
  const bracket = s.search(/[〔【［[（(]/);
  const limit = bracket < 0 ? 30 : Math.min(30, bracket - 1);
  for (let p = 6; p <= limit && p < s.length; p++) {
    if (!/^(?:市|县|区|省|各|州|镇|乡)/.test(s.slice(p))) continue;
    const name = /^[^、，,；。]{2,16}/.exec(s.slice(p))?.[0] ?? "";
    if (/(?:局|委|办|院|室|中心|政府|部门|单位)$/.test(name) && s[p + name.length] === "、") return p;
  }
  return 0;
}
