// Heading markers of the genre, as data: 一、 （一） 1. （1） ①. Each kind has a
// pattern anchored at the start of a trimmed line and a function giving the
// number as the contract writes it (sections: "一"; items: as written, normalised).
import { cnNumber } from "./numerals.js";

export type MarkerKind = "chapter" | "article" | "section" | "cnParen" | "arabic" | "arabicParen" | "circled";

/**
 * The levels GB/T 9704 gives the markers, outermost first: 一、 （一） 1. （1） ①; the
 * chapters and articles of rules (第一章, 第一条) stand for sections and items.
 */
export const STANDARD_RANK: Readonly<Record<MarkerKind, number>> = { chapter: 0, section: 0, article: 1, cnParen: 1, arabic: 2, arabicParen: 3, circled: 4 };

export interface Marker {
  kind: MarkerKind;
  /** the number as written: 一 / （一） / 1. / （1） / ① */
  number: string;
  /** numeric value, for continuity checks */
  value: number;
  /** the rest of the line after the marker */
  rest: string;
}

interface MarkerRule {
  kind: MarkerKind;
  pattern: RegExp;
  number: (m: RegExpExecArray) => string;
  value: (m: RegExpExecArray) => number;
}

const CN = "[一二三四五六七八九十]{1,3}";

export const MARKER_RULES: readonly MarkerRule[] = [
  {
    // the chapters and articles of rules and measures (若干规定, 实施办法): 第一章　总则 / 第一条　为…
    kind: "chapter",
    pattern: new RegExp(`^(第${CN}章)[\\s　]*`),
    number: (m) => m[1],
    value: (m) => cnNumber(m[1].slice(1, -1)) ?? 0,
  },
  {
    kind: "article",
    pattern: new RegExp(`^(第${CN}条)(?=[\\s　])[\\s　]*`),
    number: (m) => m[1],
    value: (m) => cnNumber(m[1].slice(1, -1)) ?? 0,
  },
  {
    kind: "section",
    pattern: new RegExp(`^(${CN})\\s*[、.．]\\s*`),
    number: (m) => m[1],
    value: (m) => cnNumber(m[1]) ?? 0,
  },
  {
    kind: "cnParen",
    pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、.．]?\\s*`),
    number: (m) => `（${m[1]}）`,
    value: (m) => cnNumber(m[1]) ?? 0,
  },
  {
    // a number that lost its closing bracket: (一加强…。 — no bracket closes it in the sentence
    kind: "cnParen",
    pattern: new RegExp(`^[（(](${CN})(?=[\\u4e00-\\u9fff])(?![是要个项年月日次批级类一二三四五六七八九十])(?=[^）)。]*(?:。|$))`),
    number: (m) => `（${m[1]}）`,
    value: (m) => cnNumber(m[1]) ?? 0,
  },
  {
    kind: "arabicParen",
    pattern: /^[（(]\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*/,
    number: (m) => `（${m[1]}）`,
    value: (m) => Number(m[1]),
  },
  {
    kind: "arabic",
    // 1. / 1、 / 1． but not 1.5, 2021年, 12345热线 (5.2020年8月底前… is item 5)
    pattern: /^(\d{1,2})\s*([.、．])(?:(?![\d.])|(?=(?:19|20)\d{2}年))\s*/,
    number: (m) => `${m[1]}${m[2] === "．" ? "." : m[2]}`,
    value: (m) => Number(m[1]),
  },
  {
    // a zero-padded number before a short topic alone on its line, as news pages head their parts: 01 教育
    kind: "section",
    pattern: /^(0[1-9])[ \u3000]+(?=[\u4e00-\u9fff]{2,10}$)/,
    number: (m) => m[1],
    value: (m) => Number(m[1]),
  },
  {
    // one character for a bracketed number: ㈦ is （七）, ⑶ is （3）
    kind: "cnParen",
    pattern: /^([㈠-㈩])\s*[、.．]?\s*/,
    number: (m) => `（${"一二三四五六七八九十"[m[1].charCodeAt(0) - 0x3220]}）`,
    value: (m) => m[1].charCodeAt(0) - 0x321f,
  },
  {
    kind: "arabicParen",
    pattern: /^([⑴-⒇])\s*[、.．]?\s*/,
    number: (m) => `（${m[1].charCodeAt(0) - 0x2473}）`,
    value: (m) => m[1].charCodeAt(0) - 0x2473,
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
