// Document numbers (文号) and the documents cited with them: 《title》（国办发〔2021〕12号）.
// Text reaching this stage is normalised: 〔〕 brackets, 号, lost 〕 already repaired.
import type { Reference } from "../schema.js";

/** 国办发〔2021〕12号, 省政府令（〔2020〕第247号）, 〔2020〕第247号. */
const DOCNO = /([\u4e00-\u9fff]{0,14})(（?)〔(\d{4})〕(第?)(\d{1,5})号/g;

/** Words that precede an issuer's abbreviation but are not part of it. */
const LEADING_NOISE = /^(?:根据|按照|依据|依照|遵照|贯彻落实|贯彻|落实|执行|参照|对照|印发|转发|详见|见|和|及|与|或|以及|即|的|并|为|对|经|牢牢把握|把握|围绕|结合|认真|学习|领会|深入|全面|紧扣)+/;

export interface DocNumberHit {
  docNumber: string;
  /** the 《title》 just before the number, if any */
  title: string | null;
  index: number;
}

/** How far before a number its 《title》 may start: the longest title (120) and its brackets, with room for spaces. */
const BEFORE_REACH = 300;

/** A decree numbered without a year: 国令第722号, 国务院令第708号. */
const DECREE = /((?:国|国务院|省政府|省人民政府|市政府|市人民政府)令)第(\d{1,5})号/g;

export function findDocNumbers(text: string): DocNumberHit[] {
  const out: DocNumberHit[] = [];
  if (text.includes("令第")) {
    DECREE.lastIndex = 0;
    for (let m = DECREE.exec(text); m; m = DECREE.exec(text)) {
      const before = text.slice(Math.max(0, m.index - BEFORE_REACH), m.index);
      const t = /《([^《》]{2,120})》[\s（(]*$/.exec(before);
      out.push({ docNumber: `${m[1]}第${m[2]}号`, title: t ? t[1] : null, index: m.index });
    }
  }
  if (!text.includes("〔")) return out; // every other number has one; the pattern is slow on long text without
  DOCNO.lastIndex = 0;
  for (let m = DOCNO.exec(text); m; m = DOCNO.exec(text)) {
    let prefix = m[1].replace(LEADING_NOISE, "");
    if (!prefix && m.index > 0) continue; // a bare 〔2021〕 inside prose is not a number we can name
    const docNumber = `${prefix}〔${m[3]}〕${m[4]}${m[5]}号`;
    // The cited title: 《…》 right before the number, allowing （ and spaces between.
    // Only the last stretch before the number: the $-anchored pattern is tried at every
    // position of what it is given (quadratic over a long text with many numbers).
    const cut = m.index + (m[1].length - prefix.length);
    const before = text.slice(Math.max(0, cut - BEFORE_REACH), cut);
    const t = /《([^《》]{2,120})》[\s（(]*$/.exec(before);
    out.push({ docNumber, title: t ? t[1] : null, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** 《titles》 cited without a number. */
export function findTitles(text: string): string[] {
  return [...text.matchAll(/《([^《》]{2,120})》/g)].map((m) => m[1]);
}

/** References: every cited number (unique, in order), and titles cited as basis. */
export function collectReferences(
  texts: string[],
  basisTexts: string[],
  exclude: Set<string>,
  excludeTitles: Set<string>,
): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  for (const t of texts) {
    for (const h of findDocNumbers(t)) {
      if (exclude.has(h.docNumber) || seen.has(h.docNumber)) continue;
      seen.add(h.docNumber);
      if (h.title) seen.add(`《${h.title}》`);
      out.push({ title: h.title, docNumber: h.docNumber });
    }
  }
  for (const t of basisTexts) {
    for (const title of findTitles(t)) {
      if (seen.has(`《${title}》`) || excludeTitles.has(title)) continue;
      seen.add(`《${title}》`);
      out.push({ title, docNumber: null });
    }
  }
  return out;
}
