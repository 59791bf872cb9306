// The Han characters of the two national code tables, read from the platform's
// own decoders (no table is shipped): GB2312 (rows B0–D7 are level 1, the 3,755
// frequent characters; B0–F7 all of it) and Big5 (leads A4–C6 are the 5,401
// frequent characters; A4–F9 all of it). Used to detect encodings and scripts.

import { readFileSync } from "node:fs";

type TrailRange = readonly [number, number];

/** Code points of the Han characters a double-byte table puts at leads `firstLead`..`lastLead`. */
function tableHan(
  label: string,
  firstLead: number,
  lastLead: number,
  trails: readonly TrailRange[],
): Set<number> {
  // every pair, each followed by a line break, decoded in one call: the pieces between
  // the breaks are the pairs' characters (a pair the table lacks gives U+FFFD or two)
  let count = 0;
  for (let lead = firstLead; lead <= lastLead; lead++) for (const [lo, hi] of trails) count += hi - lo + 1;
  const bytes = new Uint8Array(count * 3);
  let k = 0;
  for (let lead = firstLead; lead <= lastLead; lead++)
    for (const [lo, hi] of trails)
      for (let trail = lo; trail <= hi; trail++) {
        bytes[k++] = lead;
        bytes[k++] = trail;
        bytes[k++] = 0x0a;
      }
  const out = new Set<number>();
  for (const s of new TextDecoder(label).decode(bytes).split("\n")) {
    const c = s.codePointAt(0);
    if (s.length === 1 && c !== undefined && c >= 0x3400) out.add(c);
  }
  return out;
}

/** Code points of the GB2312 Han characters with lead bytes from 0xB0 to `lastLead`. */
export const gb2312Han = (lastLead: number): Set<number> =>
  tableHan("gb18030", 0xb0, lastLead, [[0xa1, 0xfe]]);

/** Code points of the Big5 Han characters with lead bytes from 0xA4 to `lastLead`. */
export const big5Han = (lastLead: number): Set<number> =>
  tableHan("big5", 0xa4, lastLead, [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ]);

/** Last lead bytes: the frequent characters, and the whole table. */
export const GB2312_LEVEL1 = 0xd7;
export const GB2312_ALL = 0xf7;
export const BIG5_FREQUENT = 0xc6;
export const BIG5_ALL = 0xf9;

/** Flags of the character table: a frequent Han character, one only GB2312 has, one only Big5 has, common CJK punctuation. */
export const COMMON_HAN = 1;
export const GB_ONLY = 2;
export const BIG5_ONLY = 4;
export const COMMON_SYMBOL = 8;

let table: Uint8Array | null = null;

/** Where the build writes the table (dist/decode/chartable.bin), so that a run reads it instead of building it. */
export const CHAR_TABLE_FILE = new URL("./chartable.bin", import.meta.url);

/** One flag byte per BMP code point: read from the build's file, else built once (lookups replace set membership in the per-character scans). */
export function charTable(): Uint8Array {
  if (table) return table;
  try {
    const built = readFileSync(CHAR_TABLE_FILE);
    if (built.length === 65536) return (table = new Uint8Array(built.buffer, built.byteOffset, 65536));
  } catch {
    // not built (running from the sources): build it
  }
  return (table = buildCharTable());
}

export function buildCharTable(): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of gb2312Han(GB2312_LEVEL1)) t[c] |= COMMON_HAN;
  for (const c of big5Han(BIG5_FREQUENT)) t[c] |= COMMON_HAN;
  const gb = gb2312Han(GB2312_ALL);
  const big5 = big5Han(BIG5_ALL);
  for (const c of gb) if (!big5.has(c)) t[c] |= GB_ONLY;
  for (const c of big5) if (!gb.has(c)) t[c] |= BIG5_ONLY;
  const symbols: Array<[number, number]> = [
    [0x3000, 0x303f], // CJK symbols and punctuation
    [0xff01, 0xff5e], // full-width forms
    [0x2010, 0x2027], // dashes, quotes, ellipsis
    [0x2160, 0x217f], // Roman numerals: Ⅰ Ⅱ
    [0x2460, 0x24ff], // enclosed numbers: ① ⑴ ⒈
    [0x2500, 0x257f], // box drawing: the rules of tables exported as text
    [0x25a0, 0x25ff], // geometric shapes used as bullets: ■ □ ▲ ● ○ ◆
    [0x3220, 0x3243], // bracketed numbers: ㈠ ㈡
  ];
  for (const [lo, hi] of symbols) for (let c = lo; c <= hi; c++) t[c] |= COMMON_SYMBOL;
  for (const c of [0x00b7, 0x2022, 0x2236, 0x2605, 0x2606, 0xfe52]) t[c] |= COMMON_SYMBOL;
  return t;
}
