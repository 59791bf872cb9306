// Assignment anchors in running text: where a task says who does it.
//   〔牵头单位：X；责任单位：Y〕 — a label inside any bracket, any colon
//   （X牵头落实） （X、Y分别负责落实） （X牵头，Y配合） — role words in parentheses
//   责任单位：X；完成时间：Y。 — labels inline or on lines of their own
// Each anchor records its span, so a task can be split where an assignment ends.
import { BULLETS } from "../lexicon/plan.js";
import { ASSIGNMENT_LABELS, COMPOUND_LABEL, GUIDANCE_WORDS, PERSON_LABELS, ROLE_VERBS, UNIT_LABELS, VERB_ALT, alternation, roleOfLabel } from "../lexicon/roles.js";
import { TIME_HINT, TIME_LABELS } from "../lexicon/time.js";
import { NOTE_CLAUSE, UNIT_SUFFIX, looksLikeUnit, splitOutside, splitUnits } from "../lexicon/units.js";
import { emptyUnits, hasUnits, mergeUnits, parseAssignment, splitRoleVerb, type Units } from "./units.js";
import { dutyClauses, unitHeadedDuties } from "./duties.js";

export interface Anchor {
  start: number;
  end: number;
  units: Units;
  /** values of time labels (完成时限：…), to be read as deadline cells */
  times: string[];
  kind: "bracket" | "parens" | "labels";
}

/** A clause that states a time limit rather than who does the work. */
const TIME_CLAUSE = TIME_HINT;

const OPEN = "〔【［[（(";

// 牵头处室（单位）： — a label may carry a bracketed kind before its colon
// (a line break of the page may leave a space inside a label: 完 成时限：)
const LABEL_RE = new RegExp(
  `(${COMPOUND_LABEL}|${spaced(alternation([...UNIT_LABELS.map(([l]) => l), ...TIME_LABELS, ...PERSON_LABELS, ...ASSIGNMENT_LABELS]))})(?:[（(](?:单位|部门|处室|科室)[）)])?\\s*[：:]`,
  "g",
);
/** A role label at the start of a bracket followed by ；/; instead of its colon. */
const LABEL_WITH_SEMICOLON = new RegExp(`^(\\s*(?:${alternation(UNIT_LABELS.map(([l]) => l))}))\\s*[；;](?=[^；;]+$)`);
/** An alternation of plain words whose characters may stand one space apart (完 成时限). */
function spaced(alt: string): string {
  return alt.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, "$1 ?");
}

/** Another label inside a bracket (数据提供单位：): it ends the value before it, and gives no unit. */
const OTHER_LABEL = /[，,；;]\s*([\u4e00-\u9fff]{2,8})\s*[：:]/g;

const BRACKET_OR_BREAK = /[〔【［[（(〕】］\]）)\n]/g;

/**
 * For each opening bracket, the index of the bracket that closes it (any kind; on the
 * same line; less than `limit` characters on), in one pass with a stack. This is what
 * a forward scan from each opening bracket finds, but a scan per bracket over a run of
 * unclosed brackets cost limit × brackets.
 */
function bracketPairs(text: string, limit: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  BRACKET_OR_BREAK.lastIndex = 0;
  for (let m = BRACKET_OR_BREAK.exec(text); m; m = BRACKET_OR_BREAK.exec(text)) {
    const k = m.index;
    if (m[0] === "\n") open.length = 0;
    else if (OPEN.includes(m[0])) open.push(k);
    else {
      const o = open.pop();
      if (o !== undefined && k - o < limit) pairs.set(o, k);
    }
  }
  return pairs;
}

/** Parse `label：value；label：value` text (inside a bracket or on its own). */
function parseLabelled(content: string): { units: Units; times: string[]; any: boolean } {
  const units = emptyUnits();
  const times: string[] = [];
  const found: Array<{ label: string; at: number; end: number }> = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(content); m; m = LABEL_RE.exec(content)) found.push({ label: m[1].replace(/ /g, ""), at: m.index, end: m.index + m[0].length });
  if (found.length) {
    OTHER_LABEL.lastIndex = 0;
    for (let m = OTHER_LABEL.exec(content); m; m = OTHER_LABEL.exec(content)) {
      const at = m.index + m[0].indexOf(m[1]);
      if (!found.some((f) => f.at <= at && at < f.end)) found.push({ label: "", at, end: m.index + m[0].length });
    }
    found.sort((a, b) => a.at - b.at);
  }
  for (let k = 0; k < found.length; k++) {
    let value = content
      .slice(found[k].end, k + 1 < found.length ? found[k + 1].at : content.length)
      .replace(/^[\s]+/, "")
      .replace(/(?<![；;。，,\s])[；;。，,\s]+$/, ""); // (?<!…): a run is tried from its start only (linear)
    if (TIME_LABELS.includes(found[k].label)) {
      if (value) times.push(value);
      continue;
    }
    if (ASSIGNMENT_LABELS.includes(found[k].label)) {
      mergeUnits(units, parseAssignment(value, null).units);
      continue;
    }
    const role = found[k].label ? roleOfLabel(found[k].label) : null;
    if (!role || role === "person") continue;
    // a list of units ends with its sentence (责任单位：X、Y。以下各任务均需…落实，不再列出)
    const stop = value.indexOf("。");
    if (stop > 0) value = value.slice(0, stop);
    // a time limit among the units (责任单位：X管委会，6月底前完成) is a deadline
    const clauses = splitOutside(value, "，,；;");
    const timeClauses = clauses.filter((c) => TIME_CLAUSE.test(c) && !splitRoleVerb(c).role && c.trim().length <= 30);
    for (const t of timeClauses) times.push(t.trim());
    const rest = timeClauses.length ? clauses.filter((c) => !timeClauses.includes(c)).join("，") : value;
    mergeUnits(units, parseAssignment(rest, role).units);
  }
  return { units, times, any: found.length > 0 };
}

/**
 * 由X负责 / 由X牵头 standing as a clause: after a start or punctuation (or an adverb: 具体由,
 * 统一由, or what is done: 具体考核细则由), before punctuation or the end.
 */
const BY_CLAUSE = new RegExp(
  `(^|[。；;，,\\s](?:具体(?:工作)?|统一|均|并|主要|[\\u4e00-\\u9fff]{2,8}?)?)由([^，,。；;（）()\\s]{2,40}?)(${alternation(ROLE_VERBS.filter(([, r]) => r !== "cooperating").map(([v]) => v))})(?=[，,。；;]|$)`,
  "g",
);

/**
 * Where a label's value ends: the first 。, line end, or ；/; that stands outside
 * parentheses (no ）/) before the next （/( after it); -1 if none. One pass from the
 * right: the lookahead /[；;](?![^（(]*[）)])/ rescanned the rest at every ；.
 */
function valueEnd(rest: string): number {
  let cut = -1;
  let closerNext = false;
  for (let i = rest.length - 1; i >= 0; i--) {
    const c = rest[i];
    if (c === "。" || c === "\n" || ((c === "；" || c === ";") && !closerNext)) cut = i;
    else if (c === "（" || c === "(") closerNext = false;
    else if (c === "）" || c === ")") closerNext = true;
  }
  return cut;
}

/**
 * Where a time label's value ends: as any value, except that it runs on over a ；/;
 * followed by another time clause (完成时限：1.4月底前…；2.8月底前…).
 */
function timeValueEnd(rest: string): number {
  let from = 0;
  for (;;) {
    const cut = valueEnd(rest.slice(from));
    if (cut < 0) return -1;
    const at = from + cut;
    if (rest[at] !== "；" && rest[at] !== ";") return at;
    const next = /^[^；;。\n]*/.exec(rest.slice(at + 1))![0];
    if (!TIME_CLAUSE.test(next)) return at;
    from = at + 1;
  }
}

/**
 * Where a unit label's value ends: as any value, except that it runs on over a ；/;
 * followed by more unit names and nothing else (责任单位：市司法局、市审计局；市档案局、市地方志办公室),
 * at most twenty times.
 */
function unitValueEnd(rest: string): number {
  let from = 0;
  for (let n = 0; ; n++) {
    const cut = valueEnd(rest.slice(from));
    if (cut < 0) return -1;
    const at = from + cut;
    if ((rest[at] !== "；" && rest[at] !== ";") || n >= 20) return at;
    const next = /^[^；;。\n]*/.exec(rest.slice(at + 1))![0].trim();
    if (!next || /[：:]/.test(next) || !splitUnits(next).every((u) => looksLikeUnit(u))) return at;
    from = at + 1;
  }
}

/** Where inline labels may start: line start or after punctuation/space. */
// (or after an opening bracket that nothing closes: （牵头部门：办公室 at a paragraph's end)
const LABEL_BOUNDARY = new RegExp(`[。；;，,\\s〕】）)（(〔【${BULLETS}]`);

/** The items a bracket's label covers, written before the label: 1-4项, 第3项, 1、2项. */
const ITEMS_COVERED = /^\s*第?\d{1,2}(?:\s*[-—–~～至、]\s*\d{1,2})*\s*项(?=[\u4e00-\u9fff]{2,8}\s*[：:])/;

/** A role label written with 为 for its colon (活动的主办单位为X，承办单位为Y): read as 主办单位：X. */
const LABEL_WITH_WEI = /(?<=^|[，,。；;\s的])((?:牵头|责任|配合|主办|承办|协办)(?:单位|部门))为(?=[^，,。；;]{2})/g;

export function findAnchors(given: string): Anchor[] {
  // (one character for one: the anchors' offsets hold for the text as given)
  const text = given.includes("为") ? given.replace(LABEL_WITH_WEI, "$1：") : given;
  const anchors: Anchor[] = [];
  const masked: Array<[number, number]> = [];
  // 1. Brackets (jumping from one opening bracket to the next: a test of every
  // character of every paragraph was a hot spot).
  const OPENER = /[〔【［[（(]/g;
  const nextOpen = (from: number) => {
    OPENER.lastIndex = from;
    return OPENER.exec(text)?.index ?? text.length;
  };
  let pairs: Map<number, number> | null = null;
  for (let i = nextOpen(0); i < text.length; i = nextOpen(i + 1)) {
    pairs ??= bracketPairs(text, 2000);
    const j = pairs.get(i) ?? -1;
    if (j < 0) continue;
    // a role label whose colon was typed as a semicolon (（责任单位；住建局、畜牧局）)
    // (and the items a label covers, written before it, are no part of it: （1-4项牵头落实单位：…）)
    const content = text.slice(i + 1, j).replace(LABEL_WITH_SEMICOLON, "$1：").replace(ITEMS_COVERED, "");
    const startsWithLabel = /^\s*[\u4e00-\u9fff]{2,6}\s*[：:]/.test(content);
    if (startsWithLabel) {
      const p = parseLabelled(content);
      if (p.any && (hasUnits(p.units) || p.times.length)) {
        anchors.push({ start: i, end: j + 1, units: p.units, times: p.times, kind: "bracket" });
        masked.push([i, j + 1]);
        i = j;
        continue;
      }
    }
    // Role clauses, possibly with a time clause: （X负责，2022年6月底前完成）; a sentence
    // that is a note (以下均需…落实，不再列出) assigns nobody.
    const own = content.includes("。") ? content.split("。").filter((x) => !NOTE_CLAUSE.test(x.trim()) && !/不再(?:一一)?列出|下同/.test(x)).join("，") : content;
    const clauses = splitOutside(own, "，,；;").filter((c) => !GUIDANCE.test(c.trim()));
    const times = clauses.filter((c) => TIME_CLAUSE.test(c) && !splitRoleVerb(c).role);
    const rest = clauses.filter((c) => !times.includes(c)).join("，");
    const a = rest ? parseAssignment(rest, null) : null;
    if (a && a.clean && hasUnits(a.units)) {
      anchors.push({ start: i, end: j + 1, units: a.units, times: times.map((t) => t.trim()), kind: "parens" });
      masked.push([i, j + 1]);
      i = j;
      continue;
    }
    // A time limit and nothing else, closing the paragraph after its last sentence
    // (…提升学前教育普及普惠水平。（年内持续推进）): the paragraph's own limit.
    if (!rest && times.length && times.join("").length <= 30 && /^[\s。；;]*$/.test(text.slice(j + 1)) && /[。；;]\s*$/.test(text.slice(0, i))) {
      anchors.push({ start: i, end: j + 1, units: emptyUnits(), times: times.map((t) => t.trim()), kind: "parens" });
      masked.push([i, j + 1]);
      i = j;
      continue;
    }
    // A list of unit names and nothing else, closing the paragraph after its last sentence
    // (…不断提升标准化水平。（各县区人民政府、市直各单位）): they do it.
    // (a note after the list is no part of it: （市发改委、市农委。排名第一的为牵头单位，下同）)
    const bare = bareUnitList(text, i, j, own);
    if (bare) {
      anchors.push({ start: i, end: j + 1, units: bare, times: [], kind: "parens" });
      masked.push([i, j + 1]);
      i = j;
    }
  }
  // 2. Inline labels and label lines, outside the brackets already read.
  // The spans are disjoint and in order: a binary search (a scan for every label was quadratic).
  const inSpans = (spans: Array<readonly [number, number]>, k: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][0] <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && k < spans[lo - 1][1];
  };
  const inMask = (k: number) => inSpans(masked, k);
  LABEL_RE.lastIndex = 0;
  const found: Array<{ at: number; end: number; time: boolean }> = [];
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) {
    if (inMask(m.index)) continue;
    // (a label written with 为 may follow 的: 活动的主办单位为X)
    const wei = given[m.index + m[0].length - 1] === "为";
    if (m.index > 0 && !LABEL_BOUNDARY.test(text[m.index - 1]) && !(wei && text[m.index - 1] === "的")) continue;
    found.push({ at: m.index, end: m.index + m[0].length, time: TIME_LABELS.includes(m[1].replace(/ /g, "")) });
  }
  let k = 0;
  while (k < found.length) {
    // A run of labels: each value ends at the next label, at 。, at a line end or at a bracket.
    const start = found[k].at;
    let end = start;
    let j = k;
    for (; j < found.length; j++) {
      if (j > k && !/^[\s；;。，,]*$/.test(text.slice(end, found[j].at))) break;
      const stopAt = j + 1 < found.length ? found[j + 1].at : text.length;
      const rest = text.slice(found[j].end, stopAt);
      const cut = found[j].time ? timeValueEnd(rest) : unitValueEnd(rest);
      end = found[j].end + (cut < 0 ? rest.length : cut + 1);
      if (cut >= 0 && rest[cut] === "\n") end--;
    }
    const p = parseLabelled(text.slice(start, end));
    if (hasUnits(p.units) || p.times.length || p.any) {
      anchors.push({ start, end, units: p.units, times: p.times, kind: "labels" });
    }
    k = j;
  }
  // 2b. Labels that lost their colon with the page's punctuation (…卫生整治活动责任单位各社区居委会、
  // 驻辖区单位配合单位办事处): only when they close the paragraph with nothing but unit names.
  if (!anchors.length) {
    const bare = bareLabels(text);
    if (bare) anchors.push(bare);
  }
  // 3. A sentence that is nothing but assignments: 由X牵头，Y、Z配合。/ X负责，Y协助，2023年9月底前完成。
  const sentences: Array<readonly [number, number]> = [];
  if (SENTENCE_HINT.test(text)) {
    // The anchors so far are two lists (brackets; labels), each in order and disjoint, and
    // sentences come in order: one pointer per list finds an overlap (a test of every
    // anchor for every sentence was quadratic).
    const taken = [anchors.filter((a) => a.kind !== "labels"), anchors.filter((a) => a.kind === "labels")];
    const next = [0, 0];
    const overlaps = (s: number, e: number) =>
      taken.some((list, i) => {
        while (next[i] < list.length && list[next[i]].end <= s) next[i]++;
        return next[i] < list.length && list[next[i]].start < e;
      });
    let start = 0;
    for (let k = 0; k <= text.length; k++) {
      if (k < text.length && text[k] !== "。" && text[k] !== "\n") continue;
      const end = k < text.length ? k + 1 : k;
      const a = assignmentSentence(text.slice(start, k));
      if (a && !overlaps(start, end)) {
        const lead = text.slice(start, k).length - text.slice(start, k).trimStart().length;
        anchors.push({ start: start + lead, end, units: a.units, times: a.times, kind: "parens" });
        sentences.push([start + lead, end]);
      }
      start = end;
    }
  }
  // 4. 由X负责 as a clause of its own in running text (unless part of such a sentence).
  BY_CLAUSE.lastIndex = 0;
  for (let m = BY_CLAUSE.exec(text); m; m = BY_CLAUSE.exec(text)) {
    const at = m.index + m[1].length;
    // "parens" anchors: those of brackets are masked, those of sentences are in order; those
    // of earlier matches end before this one starts (a test of every anchor was quadratic)
    if (inMask(at) || inSpans(sentences, at)) continue;
    const a = parseAssignment(`${m[2]}${m[3]}`, null);
    // (a post that leads, 由相关县领导牵头, names no unit, but the clauses after it may)
    if (!a.clean) continue;
    // the clauses right after it that name units and their role go with it (由X牵头，Y、Z全力配合，…)
    let end = m.index + m[0].length;
    NEXT_ROLE_CLAUSE.lastIndex = end;
    for (let next = NEXT_ROLE_CLAUSE.exec(text); next; next = NEXT_ROLE_CLAUSE.exec(text)) {
      const more = parseAssignment(next[1], null);
      if (!more.clean || !hasUnits(more.units)) break;
      mergeUnits(a.units, more.units);
      end = NEXT_ROLE_CLAUSE.lastIndex;
    }
    if (hasUnits(a.units)) anchors.push({ start: at, end, units: a.units, times: [], kind: "parens" });
  }
  // 4b. A sentence that opens by naming who does it: 由保洁公司负责组织…
  BY_OPENING.lastIndex = 0;
  for (let m = BY_OPENING.exec(text); m; m = BY_OPENING.exec(text)) {
    const at = m.index + m[1].length;
    if (inMask(at) || inSpans(sentences, at) || anchors.some((x) => at < x.end && x.start < at + m![0].length)) continue;
    const a = parseAssignment(`${m[2]}${m[3]}`, null);
    if (!a.clean || !hasUnits(a.units)) continue;
    // later clauses of the sentence that name units and their role go with it (…，各村委会做好配合)
    const sentence = /^[^。；;\n]*/.exec(text.slice(m.index + m[0].length))![0];
    for (const c of sentence.matchAll(LATER_ROLE_CLAUSE)) {
      const more = parseAssignment(c[1], null);
      if (more.clean && hasUnits(more.units)) mergeUnits(a.units, more.units);
    }
    anchors.push({ start: at, end: m.index + m[0].length, units: a.units, times: [], kind: "parens" });
  }
  // 5. A division of duties: two or more clauses X负责… (区政府办公室负责督查通报；区统计局负责数据审核).
  if (!anchors.length) {
    const headed = unitHeadedDuties(text);
    anchors.push(...(headed.length ? headed : dutyClauses(text)));
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/** Role labels written without their colon, after a character of the sentence before (not 各责任单位). */
const COLONLESS_LABELS = UNIT_LABELS.filter(([l]) => l.length >= 4).map(([l]) => l);
const LABEL_NO_COLON = new RegExp(`(?<=^|[\u4e00-\u9fff”）)])(?<![各本该有相])(${alternation(COLONLESS_LABELS)})(?=[\u4e00-\u9fff])`, "g");
/** A cheap test first: the last two characters of one of those labels (单位, 部门, 科室 …). */
const COLONLESS_HINT = new RegExp(alternation(COLONLESS_LABELS.map((l) => l.slice(-2))));

/**
 * A run of colonless labels that ends the paragraph, each followed by nothing but unit
 * names (…活动责任单位X、Y配合单位Z): one anchor, else null.
 */
function bareLabels(text: string): Anchor | null {
  if (!COLONLESS_HINT.test(text)) return null;
  // (a loop, not /[\s。；;]+$/: that pattern is quadratic on a long run of spaces inside the text)
  let cut = text.length;
  while (cut > 0 && /[\s。；;]/.test(text[cut - 1])) cut--;
  const body = text.slice(0, cut);
  const found = [...body.matchAll(LABEL_NO_COLON)];
  if (!found.length) return null;
  // the run is the labels from the first one whose values are all unit lists to the end
  for (let f = 0; f < found.length; f++) {
    const units = emptyUnits();
    let ok = true;
    for (let k = f; k < found.length && ok; k++) {
      const from = found[k].index! + found[k][0].length;
      const value = body.slice(from, k + 1 < found.length ? found[k + 1].index! : body.length);
      const list = splitUnits(value);
      const role = roleOfLabel(found[k][1]);
      if (!list.length || !list.every(looksLikeUnit) || /[。，,：:]/.test(value) || !role || role === "person") ok = false;
      else units[role].push(...list);
    }
    if (ok) return { start: found[f].index!, end: text.length, units, times: [], kind: "labels" };
  }
  return null;
}

/**
 * The units of a bracket at [i, j] that holds only unit names (each with an organisation's
 * ending), after a sentence's end at the end of its paragraph (…水平。（各县区人民政府、
 * 市直各单位）) or on a line of its own below an item; else null.
 */
function bareUnitList(text: string, i: number, j: number, content: string): Units | null {
  // at the end of the paragraph, or closing a sentence before its 。 (…新村（市扶贫开发办）。升钟库区…)
  // (or standing between two sentences: …20个城市名单。（监测司、大气司） 实时公开…)
  let e = j + 1;
  while (e < text.length && /[\s。；;]/.test(text[e])) e++;
  const before = text.slice(0, i).trimEnd();
  if (e < text.length && !/^\s?[。；;]/.test(text.slice(j + 1, j + 3)) && !/[。；;！]$/.test(before)) return null;
  // after a sentence's end, a line of its own, or closing the last sentence before its 。 (…增长11%（市发改委，各县市区政府）。)
  // (not a unit's other name after it: 报县政府办公室（县政务公开办）。)
  if (before && !/[。；;！]$/.test(before) && UNIT_SUFFIX.test(before)) return null;
  if (/[\d《》“”：:]|^\s*(?:含|包括|不含|除|即|如)/.test(content)) return null;
  const list = splitUnits(content);
  if (!list.length || !list.every((u) => (u.length >= 3 || /^[\u4e00-\u9fff](?:委|局|办|厅|处|科|股|站|所)$/.test(u)) && UNIT_SUFFIX.test(u.replace(/[（(][^（）()]*[）)]$/, "")))) return null;
  const units = emptyUnits();
  units.responsible.push(...list);
  return units;
}

/** A clause that names units and their role, after a comma: ，Y、Z全力配合 */
const ROLE_CLAUSE = `[，,]([^，,。；;（）()]{2,40}?(?:${VERB_ALT}))(?=[，,。；;]|$)`;
/** …right where the clause before it ends (由X牵头，Y、Z全力配合) */
const NEXT_ROLE_CLAUSE = new RegExp(ROLE_CLAUSE, "y");
/** …anywhere later in a sentence (由X负责拆除…，各村委会做好配合) */
const LATER_ROLE_CLAUSE = new RegExp(ROLE_CLAUSE, "g");

/**
 * 由X负责/牵头 opening a sentence or a clause, what X does after it: 由保洁公司负责组织各村保洁人员…,
 * 为确保活动有序进行，由局办公室负责组织实施 (not what X is in charge of: 由X负责的项目)
 */
const BY_OPENING = /(^|[。；;：:，,\n])\s*由([^，,。；;：:（）()\s]{2,60}?)(牵头负责|牵头|负责)(?=[\u4e00-\u9fff])(?!人|同志|的)/g;

/** A cheap test before looking for assignment sentences: a role verb's last two characters before punctuation or the end. */
const VERB_ENDS = alternation(ROLE_VERBS.map(([v]) => v.slice(-2)));
const SENTENCE_HINT = new RegExp(`(?:${VERB_ENDS})(?:[，,。；;]|$)`);
/** Clauses that name who guides rather than who does the work: no unit. */
const GUIDANCE = new RegExp(`^[^，,]{2,24}(?:${alternation(GUIDANCE_WORDS)})$`);

/** A role verb anywhere in a clause (镇综合执法队负责拆除…): no list of units alone. */
const VERB_INSIDE = new RegExp(VERB_ALT);

/**
 * The units and times of a sentence made only of role clauses (X牵头 / Y配合 /
 * Z负责落实, and units before the clause whose verb gives them their role: 由X，Y负责落实),
 * time clauses (2023年9月底前完成) and guidance clauses (X加强指导); null when any clause
 * is something else (a sentence with a subject and a verb).
 */
function assignmentSentence(sentence: string): { units: Units; times: string[] } | null {
  const s = sentence.trim().replace(/^(?:(?:此项|该项|本项|以上|上述|各项)?(?:工作|任务)?由)/, "");
  if (!s || s.length > 160) return null;
  const units = emptyUnits();
  const times: string[] = [];
  let roles = 0;
  // units before the clause whose verb gives them their role (由X，Y、Z负责落实)
  const pending: string[] = [];
  for (const raw of splitOutside(s, "，,；;")) {
    const c = raw.trim().replace(/^(?:(?:此项|该项|本项|以上|上述|各项)?(?:工作|任务)?由)/, "");
    if (!c) continue;
    if (GUIDANCE.test(c)) continue;
    const rv = splitRoleVerb(c);
    if (rv.role) {
      const a = parseAssignment([...pending.splice(0), c].join("，"), null);
      if (a.clean && !hasUnits(a.units)) continue; // persons with their posts (由王某总工负责)
      if (!a.clean) return null;
      mergeUnits(units, a.units);
      roles++;
      continue;
    }
    if (!times.length && !VERB_INSIDE.test(c) && splitUnits(c).length && splitUnits(c).every(looksLikeUnit)) {
      pending.push(c);
      continue;
    }
    if (TIME_CLAUSE.test(c) && c.length <= 30) {
      times.push(c);
      continue;
    }
    return null;
  }
  return roles && !pending.length ? { units, times } : null;
}
