// Normalise every string of the blocks (script, width, punctuation, pinyin noise,
// document-number brackets) and mark portal boilerplate. Line numbers are
// untouched: a block keeps the input line it came from.
import type { Block, LineBlock } from "../blocks.js";
import type { Script } from "../schema.js";
import type { InputFile } from "../file.js";
import { countScript, detectScript, convertToSimplified, learnRestore } from "./script.js";
import { chineseCounts } from "../decode/detect.js";
import { normalizeLine } from "./text.js";
import { CONTINUED_MARK, FLIPBOOK_HEADER, MENU_ITEM, RELATED_ITEM, SITE_OWNER_LINE, boilerplateReason } from "../lexicon/boilerplate.js";
import { HEADER_WORDS } from "../lexicon/headers.js";
import { BULLETS } from "../lexicon/plan.js";
import { roleOfLabel } from "../lexicon/roles.js";
import { TIME_LABELS } from "../lexicon/time.js";

export interface NormalizeOptions {
  /**
   * "simplified" (default) converts traditional text; "keep" converts it too (the
   * genre's vocabulary is simplified) and returns `restore`, which puts an output
   * string back in the input's own script
   */
  script?: "simplified" | "keep";
}

export interface Normalized {
  blocks: Block[];
  script: Script;
  /** with script "keep" on traditional text: a string of the output, back in the input's script */
  restore?: (s: string) => string;
}

/** The separator between strings converted together: in no OpenCC phrase, so no phrase spans two strings. */
const SEP = "\u0001";
/** Strings are converted in batches of about this many characters (one call each, never a whole-document string). */
const BATCH = 1 << 16;

/** Every string converted to simplified script, in batches; the same result as one by one. */
function convertAll(strings: string[]): string[] {
  const out: string[] = [];
  for (let from = 0; from < strings.length; ) {
    let to = from;
    let size = 0;
    while (to < strings.length && (to === from || size + strings[to].length <= BATCH)) size += strings[to++].length + 1;
    const batch = convertToSimplified(strings.slice(from, to).join(SEP)).split(SEP);
    // a string holding the separator itself: that batch one string at a time
    if (batch.length === to - from) for (const s of batch) out.push(s);
    else for (let i = from; i < to; i++) out.push(convertToSimplified(strings[i]));
    from = to;
  }
  return out;
}

/** A question mark ending a line or a cell, after text: a space lost in an encoding (…单位：? / 1? | …). */
const LOST_SPACE = /(?<=[\u4e00-\u9fff\d：，。、；）》”])\?(?=\s*(?:[|｜]|$))/g;

/**
 * Question marks where a page's spaces (often non-breaking) were lost in an encoding: when
 * at least three lines, and a quarter of the lines with text, end a line or a cell with one
 * after text, every such mark goes. (A question in Chinese text is written ？.)
 */
function dropLostSpaces(blocks: Block[]): Block[] {
  const strings = allStrings(blocks);
  let marked = 0;
  let filled = 0;
  for (const s of strings) {
    if (!s.trim()) continue;
    filled++;
    LOST_SPACE.lastIndex = 0;
    if (s.includes("?") && LOST_SPACE.test(s)) marked++;
  }
  if (marked < 3 || marked < filled / 4) return blocks;
  // (a line that is nothing but the mark was a blank line)
  return mapStrings(blocks, (s) => (!s.includes("?") ? s : /^\s*\?\s*$/.test(s) ? "" : s.replace(LOST_SPACE, "")));
}

function allStrings(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "line") out.push(b.text);
    else for (const r of b.rows) for (const c of r.cells) out.push(c);
  }
  return out;
}

/** Apply `f` to every string of the blocks, in the order allStrings lists them. */
function mapStrings(blocks: Block[], f: (s: string, no: number) => string): Block[] {
  return blocks.map((b) =>
    b.kind === "line"
      ? { ...b, text: f(b.text, b.no) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => f(c, r.no)) })) },
  );
}

/**
 * Text garbled by a wrong decoding somewhere upstream (?。ǘ┩七M…) decodes without an
 * error: it shows as a share of characters that ordinary Chinese text does not use.
 */
function reportGarbling(blocks: Block[], file: InputFile): void {
  const strings = allStrings(blocks);
  let nonAscii = 0;
  for (let s = 0; s < strings.length && nonAscii < 100; s++) {
    const text = strings[s];
    for (let i = 0; i < text.length && nonAscii < 100; i++) if (text.charCodeAt(i) >= 0x80) nonAscii++;
  }
  if (nonAscii < 100) return;
  // counted string by string (a whole-document string is never built)
  let counted = 0;
  let good = 0;
  for (const text of strings) {
    const c = chineseCounts(text);
    counted += c.nonAscii;
    good += c.good;
  }
  const score = counted === 0 ? 1 : good / counted;
  if (score < 0.95)
    file.warn("mojibake", `${Math.round((1 - score) * 100)}% of the non-ASCII characters are not ordinary Chinese text: the page may be garbled (decoded with a wrong encoding before it was saved)`, 0);
}

/**
 * A site's menu flattened one item per line at the top of the page (首页 / 教育专区 / 行业资料 /
 * 工作范文 / …): a run of at least five short words, before the page's first sentence, none
 * of them a table's header word.
 */
function markMenu(lines: readonly LineBlock[]): void {
  markRuns(lines, { within: 40, least: 5, reason: "menu", item: (t) => MENU_ITEM.test(t) && !HEADER_WORDS.has(t), furnitureBreaks: false });
}

/**
 * Runs of at least `least` consecutive lines that `item` accepts, among the first `within`
 * lines and before the page's first sentence, marked as furniture of `reason`. A line
 * already marked breaks a run when `furnitureBreaks`, else it is passed over.
 */
function markRuns(
  lines: readonly LineBlock[],
  o: { within: number; least: number; reason: string; item: (t: string) => boolean; furnitureBreaks: boolean },
): void {
  let run: LineBlock[] = [];
  const flush = () => {
    if (run.length >= o.least) for (const l of run) l.boiler = o.reason;
    run = [];
  };
  for (const l of lines.slice(0, o.within)) {
    const t = l.text.trim();
    if (l.boiler) {
      if (o.furnitureBreaks) flush();
      continue;
    }
    if (o.item(t)) {
      run.push(l);
      continue;
    }
    flush();
    if (t.length > 20 && /[。，；]/.test(t)) return;
  }
  flush();
}

/** A bulleted title of another article in a sidebar (· 关于做好寒假安全教育工作的告家长书). */
// (the round bullets sites put before article titles, not the marks of a metadata block: ■ □ ○)
const LISTED_ARTICLE = /^[·•●▪◆]\s*[^。；;：:]{6,40}$/;

/**
 * A site's list of other articles at the top of the page, one bulleted title per line
 * (three or more, before the page's first sentence): page furniture.
 */
function markArticleList(lines: readonly LineBlock[]): void {
  markRuns(lines, { within: 60, least: 3, reason: "related links", item: (t) => LISTED_ARTICLE.test(t), furnitureBreaks: true });
}

/** A role or time label alone on its line, its bullet allowed (• 牵头单位：). */
const EMPTY_LABEL = new RegExp(`^[\\s${BULLETS}]*([\\u4e00-\\u9fff]{2,8})\\s*[：:]\\s*$`);
/** A value on the line below it: no label of its own, short, no sentence. */
const LABEL_VALUE = new RegExp(`^[\\s${BULLETS}]*([^：:。]{2,60})$`);

/**
 * A label whose value stands on the next line, as bulleted lists print a form
 * (• 牵头单位： / • 区城管局): the value goes onto the label's line.
 */
function joinEmptyLabels(lines: readonly LineBlock[]): void {
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k];
    if (l.boiler || lines[k + 1].boiler || !l.text.includes("：") && !l.text.includes(":")) continue;
    const m = EMPTY_LABEL.exec(l.text);
    if (!m || !(roleOfLabel(m[1]) || TIME_LABELS.includes(m[1]))) continue;
    const v = LABEL_VALUE.exec(lines[k + 1].text);
    if (!v) continue;
    l.text = `${l.text.trimEnd()}${v[1].trim()}`;
    lines[k + 1].text = "";
    k++;
  }
}

/** Site-owner lines (主办单位：X) next to a footer line, or next to one that is, are footer too. */
function markSiteOwners(lines: readonly LineBlock[]): void {
  const owner = lines.map((b) => !b.boiler && SITE_OWNER_LINE.test(b.text.trim()));
  // forwards, then backwards: a footer may stand after the owner lines or before them
  for (const step of [1, -1]) {
    for (let k = step > 0 ? 0 : lines.length - 1; k >= 0 && k < lines.length; k += step) {
      const near = lines[k - step];
      if (owner[k] && !lines[k].boiler && near && near.boiler === "footer") lines[k].boiler = "footer";
    }
  }
}

export function normalize(blocks: Block[], file: InputFile, opts: NormalizeOptions = {}): Normalized {
  const count = { simplified: 0, traditional: 0 };
  for (const s of allStrings(blocks)) {
    const c = countScript(s);
    count.simplified += c.simplified;
    count.traditional += c.traditional;
  }
  const script = detectScript(count);

  // Pinyin noise is removed before conversion: its pattern needs the Han character it follows.
  let pinyin = 0;
  let firstPinyinLine = 0;
  let out = mapStrings(blocks, (s, no) => {
    const fixed = normalizeLine(s);
    if (fixed.pinyin) {
      pinyin += fixed.pinyin;
      if (!firstPinyinLine) firstPinyinLine = no;
    }
    for (const r of fixed.repairs) file.warn("repaired-docnumber", r, no);
    return fixed.text;
  });
  if (pinyin)
    file.warn("pinyin-removed", `${pinyin} bracketed pinyin syllables injected after characters were removed`, firstPinyinLine);
  out = dropLostSpaces(out);
  reportGarbling(out, file);

  let restore: Normalized["restore"];
  if (count.traditional > 0) {
    const originals = allStrings(out);
    const converted = convertAll(originals);
    if (opts.script === "keep") restore = learnRestore(originals, converted);
    let i = 0;
    out = mapStrings(out, () => converted[i++]);
  }

  let related = false;
  for (const b of out) {
    if (b.kind !== "line") continue;
    // (a flipbook's page header is no part of the title after it)
    if (FLIPBOOK_HEADER.test(b.text.trim())) b.text = b.text.trim().replace(FLIPBOOK_HEADER, "");
    // (nor is a mirror's mark that the text goes on from the page before)
    if (CONTINUED_MARK.test(b.text.trim())) b.text = b.text.trim().replace(CONTINUED_MARK, "");
    const t = b.text.trim();
    // The list under a 相关文件 heading: other articles, not this document.
    if (related && t) {
      if (RELATED_ITEM.test(t)) {
        b.boiler = "related links";
        continue;
      }
      related = false;
    }
    const reason = boilerplateReason(t);
    if (reason) b.boiler = reason;
    if (reason === "related links") related = true;
  }
  // (the text's non-empty lines, in order: what the two look at)
  const lines = out.filter((b): b is LineBlock => b.kind === "line" && b.text.trim() !== "");
  markSiteOwners(lines);
  markMenu(lines);
  markArticleList(lines);
  joinEmptyLabels(lines);
  return { blocks: out, script, restore };
}
