// Character-level normalisation of one line (docs/output.md, "Strings"): ASCII digits and Latin
// letters, full-width CJK punctuation （）：；，、, 〔〕 in document numbers, no
// pinyin noise. Line structure is never changed here (one line in, one line out),
// so line numbers stay those of the input.

/** Full-width punctuation that the contract keeps full-width. */
const KEEP_FULLWIDTH = new Set(["（", "）", "：", "；", "，", "！", "？", "［", "］"]);

/** Single characters mapped to their normal form. */
const CHAR_MAP: Record<string, string> = {
  "\u3000": " ",
  "\u00a0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "∶": "：",
  "︰": "：",
  "﹕": "：",
  "､": "、",
  "﹐": "，",
  "﹑": "、",
  "﹔": "；",
  "﹙": "（",
  "﹚": "）",
  "﹝": "〔",
  "﹞": "〕",
  "﹒": ".",
};

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Every character widthFold changes, with its replacement (built once from the tables above). */
const FOLD_MAP = new Map<string, string>(Object.entries(CHAR_MAP));
for (let c = 0xff01; c <= 0xff5e; c++) {
  const ch = String.fromCharCode(c);
  if (!KEEP_FULLWIDTH.has(ch)) FOLD_MAP.set(ch, String.fromCharCode(c - 0xfee0));
}
const FOLD = new RegExp(`[${[...FOLD_MAP.keys()].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");

/** Full-width ASCII variants → ASCII, except the punctuation the contract keeps full-width. */
function widthFold(s: string): string {
  // one regex pass over the characters that change (a per-character loop was the
  // hottest function of the pipeline)
  return s.replace(FOLD, (ch) => FOLD_MAP.get(ch)!);
}

/** ASCII punctuation → full-width, leaving times (10:27), numbers (1,000) and URLs alone. */
function punctToFull(s: string): string {
  return s
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/(?<!\d):(?!\/\/)|:(?!\d)(?!\/\/)/g, "：")
    .replace(/;/g, "；")
    .replace(/(?<!\d),|,(?!\d)/g, "，");
}

/**
 * Tone-marked pinyin in brackets directly after a Han character is noise that
 * some portals inject into traditional pages: 公開(kāi), 規(guī)劃. Latin text
 * without tone marks (IPv6, APP) is content and stays.
 */
const PINYIN = /(?<=\p{Script=Han})[(（]\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\s*[)）]/giu;

export function stripPinyin(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(PINYIN, () => {
    removed++;
    return "";
  });
  return { text, removed };
}

/** Question marks (with spaces) before the first character of a line: its indentation, lost in an encoding. */
const LOST_INDENT = /^\s*[?？](?:\s*[?？])*\s*(?=[\u4e00-\u9fff（(\d])/;

/** Three or more question marks ending a line after a character: characters lost in an encoding. */
const LOST_TAIL = /(?<=[\u4e00-\u9fff\d）)])\s*\?{3,}\s*$/;

/** Any bracket style around a document-number year becomes 〔〕; 號 becomes 号. */
const DOCNO_BRACKETS =
  /(?<=[\u4e00-\u9fff])\s*[[［【(（〔]\s*((?:19|20)\d{2})\s*[\]］】)）〕]\s*(第?)\s*(\d{1,5})\s*[号號]/g;

/** A document number whose closing 〕 was lost: 国办发〔201742号 → 国办发〔2017〕42号. */
const DOCNO_LOST_BRACKET = /(?<=[\u4e00-\u9fff][〔[［【])((?:19|20)\d{2})(\d{1,4})(?:[号號]|$)/g;

/** A document number that lost both brackets: 某政办发201835号 → 某政办发〔2018〕35号 (after an issuer's 发/函/字). */
const DOCNO_LOST_BOTH = /(?<=[\u4e00-\u9fff](?:发|函|字))((?:19|20)\d{2})(\d{1,4})号/g;

export interface LineFix {
  text: string;
  repairs: string[];
  pinyin: number;
}

/** An ASCII full stop between or after Han characters is a 。 lost in conversion (指导思想.以…). */
const HAN_DOT = /(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff“（]|$)/g;

/** Debris of HTML tags left in saved text (稳增长/div>, <br>). */
const TAG_DEBRIS = /<?\/?(?:div|p|span|br|td|tr|font|strong|li|ul|table|tbody)\s*\/?>/gi;

/** A year of four Chinese numerals some of which are a Latin O (二OO八年, 二○O七年). */
const LATIN_ZERO_YEAR = /(?<![\u4e00-\u9fffA-Za-z])[一二][〇○零一二三四五六七八九OoＯｏ]{3}(?=年)/g;

export function normalizeLine(raw: string): LineFix {
  const repairs: string[] = [];
  // The patterns below are skipped on lines without the characters they need
  // (brackets for pinyin, 号/號 for document numbers): same result, less time.
  let noZeroWidth = raw.replace(ZERO_WIDTH, "");
  if (noZeroWidth.includes(">")) noZeroWidth = noZeroWidth.replace(TAG_DEBRIS, "");
  const { text: noPinyin, removed } = /[(（]/.test(noZeroWidth) ? stripPinyin(noZeroWidth) : { text: noZeroWidth, removed: 0 };
  let s = punctToFull(widthFold(noPinyin));
  // question marks where a line's leading spaces were lost in an encoding (? ?二、…)
  if (s.charCodeAt(s.search(/\S/)) === 0x3f || /^\s*？/.test(s)) s = s.replace(LOST_INDENT, "");
  // and characters lost at the end of a line (2021年11月22日????????)
  if (s.includes("???")) s = s.replace(LOST_TAIL, "");
  // (not the dot of a heading number: 一.加强…)
  if (s.includes(".")) s = s.replace(HAN_DOT, (dot, at: number) => (/^\s*[一二三四五六七八九十]{1,3}$/.test(s.slice(0, at)) ? dot : "。"));
  // a Latin O written for 〇 in a year of Chinese numerals (二OO八年)
  if (/[OoＯｏ]/.test(s) && s.includes("年")) s = s.replace(LATIN_ZERO_YEAR, (y: string) => y.replace(/[OoＯｏ]/g, "〇"));
  if (/[号號〔]/.test(s)) {
    s = s.replace(DOCNO_BRACKETS, (_m, y: string, di: string, n: string) => `〔${y}〕${di}${n}号`);
    s = s.replace(DOCNO_LOST_BRACKET, (m: string, y: string, n: string) => {
      repairs.push(`document number ${m} repaired to ${y}〕${n}号`);
      return `${y}〕${n}号`;
    });
    s = s.replace(DOCNO_LOST_BOTH, (m: string, y: string, n: string) => {
      repairs.push(`document number ${m} repaired to 〔${y}〕${n}号`);
      return `〔${y}〕${n}号`;
    });
  }
  return { text: s, repairs, pinyin: removed };
}
