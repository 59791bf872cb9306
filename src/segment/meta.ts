// The portal metadata block (索引号, 信息分类, 发布机构, 成文日期, 文号, 主题词, 有效性 …)
// in its common layouts: one per line, several per line, bulleted, labels with
// spaces (索 引 号), and labels whose first characters were lost in scraping
// (号:, 词:, 称:), which are inferred from the shape of their values.
import { BULLETS } from "../lexicon/plan.js";
import type { Meta } from "../schema.js";
import type { InputFile } from "../file.js";
import { toIsoDate } from "../lexicon/dates.js";
import { META_LABELS } from "../lexicon/meta-labels.js";
import type { MetaKey } from "../lexicon/types.js";
import { clean, squeeze } from "../strings.js";

const LABEL_KEY = new Map<string, MetaKey>(META_LABELS.map((d) => [d.label, d.key]));
const DATE_KEYS: MetaKey[] = ["writtenDate", "publishedDate", "effectiveDate"];

/** A label segment: at line start, after spaces or a bullet; a label is spaced letter by letter (索 引 号) or not at all
 *  (so a value before a label, 有效 发布机构：, is not read as one label).
 *  After a single space only a known label counts (文 号: 文件分类: 综合政务).
 *  A run of spaces is tried only from its start ((?<![ \t])): from every position of it, a long run was quadratic. */
const SEGMENT = new RegExp(`(^|(?<![ \\t])[ \\t]+|[${BULLETS}][ \\t]*)([\\u4e00-\\u9fff]{1,7}|[\\u4e00-\\u9fff](?:[ \\t]+[\\u4e00-\\u9fff]){1,6})[ \\t]*[：:]`, "g");

/** Known labels with spaces between their characters (索 引 号, 文      号: a padded cell), longest first (for lines without colons). */
const LABEL_SPACED = [...LABEL_KEY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((l) => [...l].join("[ \\u3000]{0,8}"))
  .join("|");
/** Known labels of four or more characters, which may be glued to their values (发文字号黄政办发〔2021〕1号). */
const LABEL_GLUED = [...LABEL_KEY.keys()]
  .filter((l) => l.length >= 4)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** A label without a colon: at the start or after a space, followed by a space or the end, or a long one glued to its value. */
const COLONLESS = new RegExp(`(?:^|(?<=\\s))(?:(${LABEL_SPACED})(?=\\s|$)|(${LABEL_GLUED})(?=\\S))`, "g");

// (?<!…): tried only where a run of Han characters starts (from every position of a
// long run it was quadratic); a match anywhere implies one from the start of its run.
const DOCNO_SHAPE = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+〔\d{4}〕第?\d+号/;
const DATE_SHAPE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;
const INDEX_SHAPE = /^[0-9A-Za-z][0-9A-Za-z\-_/.]{5,}$/;

/** Fields whose label is a suffix of `short`, e.g. 号 → 索引号, 文号. */
function keysForSuffix(short: string): MetaKey[] {
  const keys = new Set<MetaKey>();
  for (const { label, key } of META_LABELS) if (label.endsWith(short) && label !== short) keys.add(key);
  return [...keys];
}

/** Decide the field of a truncated label by its value's shape. */
function inferKey(candidates: MetaKey[], value: string, meta: MetaDraft): MetaKey | null {
  const v = value.trim();
  if (!v) return "ignore";
  if (DOCNO_SHAPE.test(v) && candidates.includes("docNumber")) return "docNumber";
  if (DATE_SHAPE.test(v)) {
    const dates = candidates.filter((k) => DATE_KEYS.includes(k));
    return dates.find((k) => !(k in meta)) ?? (dates.length ? "ignore" : null);
  }
  if (INDEX_SHAPE.test(v) && candidates.includes("indexNumber")) return "indexNumber";
  if (candidates.includes("title") && v.length >= 12 && /(?:通知|要点|方案|意见|办法|公告|决定|函)$/.test(v)) return "title";
  const rest = candidates.filter((k) => !DATE_KEYS.includes(k) && k !== "indexNumber" && k !== "docNumber" && k !== "ignore");
  if (rest.length === 1) return rest[0];
  return rest.length === 0 && candidates.includes("ignore") ? "ignore" : null;
}

export type MetaDraft = Meta & { title?: string };

interface Pair {
  key: MetaKey;
  value: string;
  inferred?: string;
}

/**
 * The label/value pairs of one line, or null when the line is not metadata.
 * With `allowShort`, truncated labels (号:, 词:) are accepted and resolved by
 * the shape of their values.
 */
function pairsOfLine(line: string, allowShort: boolean, meta: MetaDraft): Pair[] | null {
  const segs: Array<{ at: number; end: number; label: string }> = [];
  SEGMENT.lastIndex = 0;
  for (let m = SEGMENT.exec(line); m; m = SEGMENT.exec(line)) {
    segs.push({ at: m.index, end: m.index + m[0].length, label: squeeze(m[2]) });
  }
  // after a single space, only a known label starts a pair; anything else is part of the value
  for (let i = segs.length - 1; i > 0; i--) {
    const lead = line.slice(segs[i].at, segs[i].end).match(/^[ \t]+/)?.[0] ?? "";
    if (lead === " " && !LABEL_KEY.has(segs[i].label)) segs.splice(i, 1);
  }
  if (!segs.length) return null;
  // pairs without colons before the first label with one (文      号 X 信息分类: Y)
  const pairs: Pair[] = segs[0].at === 0 ? [] : (colonlessPairs(line.slice(0, segs[0].at)) ?? []);
  if (segs[0].at !== 0 && !pairs.length) return null;
  for (let i = 0; i < segs.length; i++) {
    const value = line.slice(segs[i].end, i + 1 < segs.length ? segs[i + 1].at : line.length);
    const key = LABEL_KEY.get(segs[i].label);
    if (key) {
      pairs.push({ key, value });
      continue;
    }
    if (!allowShort) return null;
    const candidates = keysForSuffix(segs[i].label);
    const inferredKey = candidates.length ? inferKey(candidates, value, meta) : null;
    if (!inferredKey) return null;
    pairs.push({ key: inferredKey, value, inferred: segs[i].label });
  }
  return pairs;
}

/**
 * Label/value pairs of a line without colons (索 引 号 文号 / 标题 X 有效性 有效), as a
 * portal table flattened with spaces shows them; null unless it starts with a known label.
 */
const TABLE_RULE = /^[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?$/;

function colonlessPairs(given: string): Pair[] | null {
  // (a time of day's colon is no label's: 发文日期2021-02-25 10:02:04)
  if (/[：:](?![0-5]\d)/.test(given)) return null;
  // (a cell's padding before the first label is no part of it)
  const line = given.trim();
  const found: Array<{ at: number; end: number; label: string }> = [];
  COLONLESS.lastIndex = 0;
  for (let m = COLONLESS.exec(line); m; m = COLONLESS.exec(line)) found.push({ at: m.index, end: m.index + m[0].length, label: squeeze(m[1] ?? m[2]) });
  if (!found.length || found[0].at !== 0) return null;
  return found.map((f, i) => ({ key: LABEL_KEY.get(f.label)!, value: line.slice(f.end, i + 1 < found.length ? found[i + 1].at : line.length) }));
}

function setValue(meta: MetaDraft, key: MetaKey, raw: string): boolean {
  const value = clean(raw);
  if (!value || key === "ignore") return key === "ignore";
  if (key === "keywords") {
    const words = value.split(/[；;，,、\s]+/).filter(Boolean);
    if (words.length && !meta.keywords) meta.keywords = words;
    return true;
  }
  if (DATE_KEYS.includes(key)) {
    const d = toIsoDate(value);
    if (d && !(key in meta)) (meta as Record<string, unknown>)[key] = d;
    return d !== null;
  }
  // a value that says there is none (文号：无, 暂无, /) is no value
  if (/^(?:无|暂无|空|[\/／—\-－])$/.test(value.trim())) return true;
  if (!(key in meta)) (meta as Record<string, unknown>)[key] = key === "docNumber" ? squeeze(value) : value;
  return true;
}

export interface MetaResult {
  meta: MetaDraft;
  /** indexes (into the given lines) of the lines that were metadata */
  consumed: Set<number>;
}

/**
 * Read the metadata from the first lines of a document. `lines` are trimmed
 * texts; a truncated label is accepted only next to other metadata lines.
 */
/**
 * A metadata row between | separators (| 索引号 | X | 发布机构 | Y |) as label：value
 * pairs, so the parser below reads it like any other layout.
 */
function pipeRowAsPairs(line: string): string {
  if (!/[|｜].*[|｜]/.test(line)) return line;
  const cells = line.split(/[|｜]/).map((c) => c.trim());
  while (cells.length && !cells[0]) cells.shift();
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  if (cells.length < 2) return line;
  const out: string[] = [];
  for (let k = 0; k + 1 < cells.length; k += 2) {
    const label = squeeze(cells[k]).replace(/[：:]$/, "");
    if (!LABEL_KEY.has(label)) return line;
    out.push(`${label}：${cells[k + 1]}`);
  }
  return out.join("    ");
}

/**
 * A metadata list with bracketed labels (1. [主题分类] 综合政务, ∙【制定机关】某市人民政府) as
 * label：value; a legal database's 【字 号】 is the document number.
 */
const BRACKET_LABEL = new RegExp(`^(?:\\d{1,2}\\s*[.、．]\\s*|[${BULLETS}]\\s*)?[\\[［【]\\s*([\\u4e00-\\u9fff ]{2,8})\\s*[\\]］】]\\s*(.*)$`);
function bracketLabelAsPair(line: string): string {
  const m = BRACKET_LABEL.exec(line);
  if (!m) return line;
  const label = squeeze(m[1]) === "字号" ? "文号" : squeeze(m[1]);
  // (more bracketed labels may follow on the line: [ 索引号 ] … [ 发文字号 ] …)
  return LABEL_KEY.has(label) ? `${label}：${m[2].replace(INNER_BRACKET_LABEL, (all: string, l: string) => (LABEL_KEY.has(squeeze(l)) ? ` ${squeeze(l)}：` : all))}` : line;
}
const INNER_BRACKET_LABEL = /\s[\[［【]\s*([\u4e00-\u9fff ]{2,8})\s*[\]］】]\s*/g;

/** A line closed by bars and holding no other bar: its cell (索引号： | → 索引号：; || → ""). */
function cellOf(line: string): string {
  // (by a loop from the end: a pattern anchored at the end was quadratic on long runs of spaces)
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  let bars = end;
  while (bars > 0 && (line[bars - 1] === "|" || line[bars - 1] === "｜")) bars--;
  if (bars === end) return line;
  const cell = line.slice(0, bars).trimEnd();
  return /[|｜]/.test(cell) ? line : cell;
}

/** Two labels for one value (备注/文号：X): the known one is the label. */
function secondLabel(line: string): string {
  if (!/[/／]/.test(line)) return line;
  return line.replace(/(^|[\s•·\-])([\u4e00-\u9fff]{1,6})[/／]([\u4e00-\u9fff]{1,7})(?=\s*[：:])/g, (m, lead: string, a: string, b: string) =>
    LABEL_KEY.has(b) ? lead + b : LABEL_KEY.has(a) ? lead + a : m,
  );
}

/**
 * A metadata line as the label reader wants it: without a cell's closing bar (文号 | /
 * 某政办〔2021〕3号 |, a block flattened one cell per line), without a list item's dash or
 * star (- 索引号：…, as Markdown converters write it), with a dash between pairs read as
 * spaces (发文日期: 2019-04-18 - 名称:), the known one of two labels for one value
 * (备注/文号：), and pipe rows and bracketed labels as pairs.
 */
function asPairsLine(text: string): string {
  const cell = cellOf(text)
    .replace(/^\s*[-*+]\s*$|^\s*[-*+]\s+(?=\S)/, "")
    .replace(/(?<!\s)\s+-\s+(?=[\u4e00-\u9fff]{1,7}\s*[：:])/g, "  ");
  return bracketLabelAsPair(pipeRowAsPairs(secondLabel(cell)));
}

export function extractMeta(given: ReadonlyArray<{ text: string; no: number }>, file: InputFile, limit = 60): MetaResult {
  const lines = given.map((l) => asPairsLine(l.text));
  const meta: MetaDraft = {};
  const consumed = new Set<number>();
  const n = Math.min(lines.length, limit);
  // A truncated label counts only inside a block: next to a line with full
  // labels, or in a run of at least three label-shaped lines.
  const full = lines.slice(0, n).map((l) => pairsOfLine(l, false, {}) !== null);
  const shaped = lines.slice(0, n).map((l) => pairsOfLine(l, true, {}) !== null);
  // Lines without colons count only beside other metadata lines.
  const bare = lines.slice(0, n).map((l) => colonlessPairs(l) !== null);
  // A label on a line of its own with its value on the next (索引号 / 000014349/2023-26788 / 文件类型 / 通知 …)
  const labelOnly = (k: number) => k < n && LABEL_KEY.has(squeeze(lines[k]).replace(/[：:]$/, ""));
  for (let i = 0; i + 1 < n; ) {
    let j = i;
    const pairs: Array<[number, number | null]> = [];
    while (labelOnly(j)) {
      if (labelOnly(j + 1) || j + 1 >= n) pairs.push([j++, null]);
      else pairs.push([j, j + 1]), (j += 2);
    }
    if (pairs.filter(([, v]) => v !== null).length >= 2) {
      for (const [l, v] of pairs) {
        setValue(meta, LABEL_KEY.get(squeeze(lines[l]).replace(/[：:]$/, ""))!, v === null ? "" : lines[v]);
        consumed.add(l);
        if (v !== null) consumed.add(v);
      }
      i = j;
    } else i = j + 1;
  }
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (!line || consumed.has(i)) continue;
    const run = (shaped[i - 1] && shaped[i + 1]) || (shaped[i + 1] && shaped[i + 2]) || (shaped[i - 1] && shaped[i - 2]);
    const allowShort = full[i - 1] || full[i + 1] || run;
    const besideMeta = full[i - 1] || full[i + 1] || bare[i - 1] || bare[i + 1];
    // the rule under a metadata row flattened from a table (---|---|---|---)
    if (besideMeta && TABLE_RULE.test(line)) {
      consumed.add(i);
      continue;
    }
    const pairs = pairsOfLine(line, allowShort, meta) ?? (besideMeta ? colonlessPairs(line) : null);
    if (!pairs) continue;
    for (const p of pairs) {
      setValue(meta, p.key, p.value);
      if (p.inferred) file.warn("inferred-meta-label", `metadata label "${p.inferred}:" read as ${p.key} from its value`, given[i].no);
    }
    consumed.add(i);
  }
  return { meta, consumed };
}
