// Encoding detection for the genre: Chinese text in UTF-8, GB18030/GBK, Big5 or
// UTF-16. Strategy: BOM first; strict UTF-8; otherwise decode a sample with each
// candidate (fatal decoders) and score how much of the result is ordinary Chinese
// text. "Ordinary" is defined by the two national code tables themselves: the
// 3,755 level-1 characters of GB2312 (B0A1–D7F9) and the 5,401 frequent
// characters of Big5 (A440–C67E), built once from the platform's decoders, so no
// frequency table has to be shipped.
import type { Encoding } from "../schema.js";
import { COMMON_HAN, COMMON_SYMBOL, charTable } from "./charsets.js";

/** What the candidates are scored on: the first bytes; the whole file only when two readings come close. */
const SAMPLE_BYTES = 8 * 1024;
/** Scores closer than this are ambiguous on a sample. */
const CLOSE = 0.1;

/**
 * Share of the non-ASCII characters of `text` that are frequent Han characters
 * or common CJK punctuation; 1 for text without non-ASCII characters. Characters
 * beyond the BMP count as not ordinary.
 */
export function chineseScore(text: string): number {
  const { nonAscii, good } = chineseCounts(text);
  return nonAscii === 0 ? 1 : good / nonAscii;
}

/** chineseScore's counts, to be summed over many strings: characters that count, and the ordinary ones among them. */
export function chineseCounts(text: string): { nonAscii: number; good: number } {
  const t = charTable();
  let nonAscii = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) nonAscii++; // control bytes count against
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a pair was counted with the first
    nonAscii++;
    if (t[c] & (COMMON_HAN | COMMON_SYMBOL)) good++;
  }
  return { nonAscii, good };
}

function tryDecode(label: string, bytes: Uint8Array, stream: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
  } catch {
    return null;
  }
}

export interface Detection {
  encoding: Encoding;
  /** bytes of BOM to skip */
  bomLength: number;
  /** how sure: 1 for a BOM or valid UTF-8 with Chinese text, else the winning score */
  confidence: number;
  /** the whole text, when detection already decoded all of it (strictly), so it is not decoded twice */
  text?: string;
}

export function sniffBom(bytes: Uint8Array): Detection | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", bomLength: 3, confidence: 1 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: "utf-16le", bomLength: 2, confidence: 1 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: "utf-16be", bomLength: 2, confidence: 1 };
  if (bytes.length >= 4 && bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33)
    return { encoding: "gb18030", bomLength: 4, confidence: 1 };
  return null;
}

/** Share of zero bytes at even and at odd offsets of a sample. */
function zeroPattern(sample: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = Math.max(1, sample.length / 2);
  return { even: even / half, odd: odd / half };
}

/**
 * Decide the encoding of `bytes`, or return null when no supported encoding
 * decodes them into text.
 */
export function detectEncoding(bytes: Uint8Array): Detection | null {
  const bom = sniffBom(bytes);
  if (bom) return bom;
  const full = bytes.length <= SAMPLE_BYTES;
  const sample = full ? bytes : bytes.subarray(0, SAMPLE_BYTES);
  const stream = !full;

  const zeros = zeroPattern(sample);
  const hasZero = zeros.even + zeros.odd > 0;
  if (!hasZero) {
    const utf8 = tryDecode("utf-8", sample, stream);
    const whole = utf8 !== null ? (full ? utf8 : tryDecode("utf-8", bytes, false)) : null;
    if (whole !== null) return { encoding: "utf-8", bomLength: 0, confidence: 1, text: whole };
  }
  const candidates: Encoding[] = hasZero
    ? ["utf-16le", "utf-16be"]
    : bytes.length % 2 === 0
      ? ["gb18030", "big5", "utf-16le", "utf-16be"]
      : ["gb18030", "big5"];
  const score = (enc: Encoding, text: string) => {
    let value = chineseScore(text);
    if (enc.startsWith("utf-16")) {
      // UTF-16 text of this genre has line breaks and ASCII digits; without them a
      // UTF-16 reading of GB or Big5 bytes is a coincidence.
      const ascii = text.replace(/[^\x20-\x7e\n]/g, "").length / text.length;
      if (ascii === 0) value *= 0.5;
    }
    return value;
  };
  let scored: Detection[] = [];
  for (const enc of candidates) {
    const text = tryDecode(enc, sample, stream);
    if (text === null || text.length === 0) continue;
    scored.push({ encoding: enc, bomLength: 0, confidence: score(enc, text), text: full ? text : undefined });
  }
  // two readings that come close on the sample are scored again on the whole file
  const top = Math.max(...scored.map((d) => d.confidence));
  if (!full && scored.filter((d) => d.confidence > top - CLOSE).length > 1) {
    scored = scored.flatMap((d) => {
      if (d.confidence <= top - CLOSE) return [];
      const text = tryDecode(d.encoding, bytes, false);
      return text === null || text.length === 0 ? [] : [{ ...d, confidence: score(d.encoding, text), text }];
    });
  }
  let best: Detection | null = null;
  for (const d of scored) if (!best || d.confidence > best.confidence + 1e-9) best = d;
  if (best && best.confidence >= 0.5) return best;
  return lenient(bytes, hasZero);
}

/**
 * Bytes that no encoding decodes cleanly (a UTF-8 file with a few GBK lines pasted
 * in): the encoding whose reading, with the bad sequences replaced, is the most
 * ordinary Chinese text, when that is still mostly Chinese text.
 */
function lenient(bytes: Uint8Array, hasZero: boolean): Detection | null {
  const candidates: Encoding[] = hasZero ? ["utf-16le", "utf-16be"] : ["utf-8", "gb18030", "big5"];
  let best: Detection | null = null;
  for (const enc of candidates) {
    const text = new TextDecoder(enc, { fatal: false, ignoreBOM: true }).decode(bytes);
    if (!text) continue;
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    const score = chineseScore(text.replace(/\uFFFD/g, "")) * (1 - Math.min(1, (4 * replaced) / text.length));
    if (!best || score > best.confidence + 1e-9) best = { encoding: enc, bomLength: 0, confidence: score, text };
  }
  return best && best.confidence >= 0.5 ? best : null;
}
