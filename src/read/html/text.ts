// Whitespace handling for text taken out of HTML.
//
// Text is gathered raw (as the parser decoded it) and cleaned once per line or
// cell. A break inside one line or cell (a source newline, or a <br>/<p> inside
// a table cell, which the gatherer writes as "\n") disappears between two wide
// (CJK) characters and becomes one space otherwise, as CSS does with segment
// breaks; every other run of whitespace, &nbsp; and the ideographic space
// included, becomes one space.

/** Whitespace as HTML text sees it, plus NBSP, ideographic and other Unicode spaces. */
const WS_RUN = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const BREAK_ONLY = /^[ \t\n\r\f]*[\n\r][ \t\n\r\f]*$/;

/** Wide characters: CJK ideographs, kana, hangul, CJK and full-width punctuation. */
export function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, CJK punctuation, kana, ideographs
    (c >= 0xac00 && c <= 0xd7af) || // hangul
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2018 && c <= 0x201f) || // curly quotes, used as CJK quotes
    c === 0x2014 || c === 0x2026 || c === 0x00b7 ||
    (c >= 0x20000 && c <= 0x3134f) // extension B and later
  );
}

/** Clean gathered text: collapse whitespace, drop breaks between wide characters, trim. */
export function finishText(raw: string): string {
  if (!raw) return "";
  const out = raw.replace(WS_RUN, (run: string, offset: number, whole: string) => {
    if (BREAK_ONLY.test(run)) {
      const b = whole.charCodeAt(offset - 1);
      const before = b >= 0xdc00 && b <= 0xdfff ? String.fromCodePoint(whole.codePointAt(offset - 2) ?? 0) : whole[offset - 1];
      const after = String.fromCodePoint(whole.codePointAt(offset + run.length) ?? 0);
      if (isWide(before) && isWide(after)) return "";
    }
    return " ";
  });
  return out.trim();
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Index of the first non-whitespace character, or -1. */
export function firstContentIndex(raw: string): number {
  for (let i = 0; i < raw.length; i++) if (!isSpaceCode(raw.charCodeAt(i))) return i;
  return -1;
}

/** Count of "\n" in raw[0, end). */
export function newlinesBefore(raw: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (raw.charCodeAt(i) === 10) n++;
  return n;
}

export interface TextWeight {
  /** CJK ideographs */
  cjk: number;
  /** ASCII letters and digits */
  alnum: number;
  /** every non-whitespace character */
  visible: number;
}

export function measure(raw: string): TextWeight {
  let cjk = 0;
  let alnum = 0;
  let visible = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 32 || isSpaceCode(c)) continue;
    visible++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) alnum++;
  }
  return { cjk, alnum, visible };
}

/** The weight of text for content scoring: CJK characters count fully, Latin letters and digits a quarter. */
export function weightOf(m: TextWeight): number {
  return m.cjk + m.alnum / 4;
}
