// Items run together on one line (a page flattened without line breaks: "1.… 责任
//单位：… 2.…", "一、… （一）…"): the line is split where a heading marker follows a
// space, a sentence end or a closing bracket (…（责任单位：区发改委）2.做好…) and continues
// the numbering — the next number of a
// marker already met on the line, or the first of a deeper level. Each piece keeps
// the line's number.
import { markerOf, type Marker, type MarkerKind } from "../lexicon/markers.js";
import type { Para, Unit } from "./types.js";
import { looksLikeAddressees } from "./head.js";
import { CN_DATE } from "../lexicon/dates.js";
import { looksLikeUnit } from "../lexicon/units.js";
import { PLAN_TITLE_WORDS } from "../lexicon/plan.js";

const SPLIT_AFTER = /[\s。！？）)]/;
/** Whether a line holds (一) and then (二), glued or not: it may run items together (linear: two searches). */
function gluedPair(text: string): boolean {
  const one = text.search(/[（(]一[）)]/);
  return one >= 0 && /[（(]二[）)]/.test(text.slice(one + 3));
}
const KINDS: readonly MarkerKind[] = ["section", "cnParen", "arabic", "arabicParen"];

/**
 * Offsets in `text` where a heading marker continues the numbering of the line, or of the
 * lines before it (`before`: the last number of each kind met so far).
 */
function splitPoints(text: string, before: ReadonlyMap<MarkerKind, number>): number[] {
  const cuts: number[] = [];
  const last = new Map<MarkerKind, number>();
  const own = markerOf(text);
  if (own) last.set(own.kind, own.value);
  // candidates: a marker right after a space or a sentence end
  const found: Array<{ at: number; m: Marker; heads?: boolean; glued?: boolean }> = [];
  // …or the first item of a deeper level right after the line's own short heading, with no
  // space between (二、主要任务（一）加强…, （一）推进业务流程再造1.推动…)
  if (own) {
    const head = text.length - own.rest.length;
    for (let p = head + 2; p < Math.min(text.length - 2, head + 40); p++) {
      if (/[。；;！？：:]/.test(text[p - 1])) break;
      // (after a space, numbering that runs through the sections goes on: （五）加快推进… 22.出台…)
      const spaced = /\s/.test(text[p - 1]);
      if (!(spaced ? /[（(0-9]/ : /[（(1]/).test(text[p]) || /[0-9]/.test(text[p - 1])) continue;
      const m = markerOf(text.slice(p, p + 12));
      if (m && (m.value === 1 || spaced) && KINDS.includes(m.kind) && KINDS.indexOf(m.kind) > KINDS.indexOf(own.kind)) {
        found.push({ at: p, m, heads: true });
        break;
      }
    }
  }
  for (let p = 1; p < text.length - 1; p++) {
    const c = text[p];
    // (a bracketed number glued to the text before it counts only where it goes on with the
    // line's numbering: …质监站(二)小街巷专项整治…)
    const glued = !SPLIT_AFTER.test(text[p - 1]);
    if (glued ? c !== "（" && c !== "(" : !/[一二三四五六七八九十（(0-9]/.test(c)) continue;
    const m = markerOf(text.slice(p, p + 12));
    if (m && KINDS.includes(m.kind) && (!glued || m.kind === "cnParen")) found.push({ at: p, m, glued });
  }
  // the level of the heading the text is under: the line's own, then each cut's
  let under = own?.kind ?? null;
  // each candidate's next one on the line (one sort: a search per candidate was quadratic)
  const byPlace = [...found].sort((a, b) => a.at - b.at);
  const nextOf = new Map(byPlace.map((f, i) => [f.at, byPlace[i + 1]] as const));
  for (const { at, m, heads, glued } of found) {
    if (cuts.includes(at)) continue;
    const prev = last.get(m.kind);
    // (the line's own number of a kind, else the lines' before it: …各街道办） 23.编制…)
    const next = prev !== undefined ? m.value === prev + 1 : before.get(m.kind) === m.value - 1 && !cuts.length && m.kind === "arabic" && /[）)]\s*$/.test(text.slice(0, at));
    // the first marker of a level: under a heading of a higher level (一、… （一）…), after
    // a colon that opens a list (现提出以下意见： 一、…), or when the line goes on to its second
    const deeper = under !== null && KINDS.indexOf(m.kind) > KINDS.indexOf(under);
    const opened = /[：:]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    // (or when the first item of a deeper level follows it on the line: …方案。 一、… （一）…)
    const secondFollows = found.some((f) => f.at > at && f.m.kind === m.kind && f.m.value === 2);
    const first =
      m.value === 1 &&
      prev === undefined &&
      (deeper || opened || secondFollows || found.some((f) => f.at > at && f.m.value === 1 && KINDS.indexOf(f.m.kind) > KINDS.indexOf(m.kind)));
    // a heading of a higher level between items, its short title followed at once by the next
    // item or the first of a deeper level (…落实。 （五）实施修复工程 30.开展…, 四、保障措施 （一）…)
    const after = nextOf.get(at);
    const group = !glued && !next && !first && !heads && after !== undefined && groupHeading(text, at, m, after, last);
    if (glued ? !(next || (m.value === 1 && prev === undefined && secondFollows)) : !next && !first && !heads && !group) continue;
    cuts.push(at);
    last.set(m.kind, m.value);
    // numbering below a new heading starts again (二、… 1.…), unless it runs on through the groups
    const runsOn = group && after!.m.value === (last.get(after!.m.kind) ?? -1) + 1;
    if (!runsOn) for (const k of KINDS.slice(KINDS.indexOf(m.kind) + 1)) last.delete(k);
    under = m.kind;
  }
  return cuts;
}

/**
 * Whether the marker at `at` heads a group between items: its level is above the last
 * item's, its title is short and whole (no sentence or clause ends), and the next marker
 * (`after`), within 40 characters, continues a lower level's numbering or starts a deeper one.
 */
function groupHeading(text: string, at: number, m: Marker, after: { at: number; m: Marker }, last: ReadonlyMap<MarkerKind, number>): boolean {
  if (after.at - at > 40 || KINDS.indexOf(after.m.kind) <= KINDS.indexOf(m.kind)) return false;
  // (markers are read from 12 characters: the marker's length is what its rest leaves of them)
  const title = text.slice(at + Math.min(12, text.length - at) - m.rest.length, after.at).trim();
  if (title.length < 2 || /[。；;，,：:！？]/.test(title)) return false;
  const prevLower = last.get(after.m.kind);
  return after.m.value === 1 || (prevLower !== undefined && after.m.value === prevLower + 1);
}

/** Lines holding several numbered items, split into one unit per item. */
export function splitRunTogether(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  // the last number of each kind the lines so far opened with
  const seen = new Map<MarkerKind, number>();
  const note = (text: string) => {
    const m = markerOf(text);
    if (!m || !KINDS.includes(m.kind)) return;
    seen.set(m.kind, m.value);
    for (const k of KINDS.slice(KINDS.indexOf(m.kind) + 1)) seen.delete(k);
  };
  for (const u of units) {
    if (u.kind !== "line" || ((u.text.length < 40 || !/[\s。！？）)][一二三四五六七八九十（(0-9]/.test(u.text)) && !(markerOf(u.text) && /[\u4e00-\u9fff”][（(1]/.test(u.text)) && !gluedPair(u.text))) {
      if (u.kind === "line") note(u.text);
      out.push(u);
      continue;
    }
    const cuts = splitPoints(u.text, seen);
    if (!cuts.length) {
      note(u.text);
      out.push(u);
      continue;
    }
    let from = 0;
    for (const at of [...cuts, u.text.length]) {
      const text = u.text.slice(from, at).trim();
      if (text) {
        out.push({ ...u, text, raw: text } satisfies Para);
        note(text);
      }
      from = at;
    }
  }
  return out;
}

/**
 * The notice's addressees run together with its body on one line (各镇人民政府，县政府
 * 各部门：《…》已经县政府同意，现印发给你们…): split after the colon, among the first lines.
 */
export function splitAddresseeLine(units: Unit[]): Unit[] {
  let seen = 0;
  return units.flatMap((u): Unit[] => {
    if (u.kind !== "line" || !u.text || ++seen > 15) return [u];
    const colon = u.text.search(/[：:]/);
    if (colon < 4 || colon > 160 || u.text.length - colon < 10) return [u];
    const head = u.text.slice(0, colon + 1);
    // addressees are a list, never a sentence (…完成。 附件：… has a colon too)
    if (/[。！？]|\.\s/.test(head) || !looksLikeAddressees(head)) return [u];
    const rest = u.text.slice(colon + 1).trim();
    return [{ ...u, text: head, raw: head }, { ...u, text: rest, raw: rest }];
  });
}

const DATE_BETWEEN = new RegExp(`(?:^|\\s)(${CN_DATE})(?=\\s|$)`);

/**
 * The signature and the plan's title run together on the notice's lines (…贯彻执行。
 * 自贡市人民政府办公室 / 2022年4月28日 自贡市2022年…方案): split before and after a
 * date standing between spaces, and before an issuer ending a line after 。.
 */
export function splitSignatureLine(units: Unit[]): Unit[] {
  let seen = 0;
  const out: Unit[] = [];
  for (const u of units) {
    if (u.kind !== "line" || !u.text || ++seen > 25 || !/\s/.test(u.text)) out.push(u);
    else out.push(...splitOne(u));
  }
  return out;
}

/** One line's pieces: each piece split off is looked at again (a date, then an issuer before it). */
function splitOne(u: Para): Para[] {
  const piece = (text: string): Para[] => {
    const t = text.trim();
    return t ? [{ ...u, text: t, raw: t }] : [];
  };
  const again = (text: string): Para[] => piece(text).flatMap((p) => (/\s/.test(p.text) && p.text !== u.text ? splitOne(p) : [p]));
  // an attachment list run onto the notice's last sentence (…圆满完成。 附件：…)
  const attach = /[。.]\s*(?=附件\s*\d*\s*[：:])/.exec(u.text);
  if (attach && attach.index > 10) {
    const at = attach.index + attach[0].length;
    return [...piece(u.text.slice(0, at)), ...again(u.text.slice(at))];
  }
  const d = DATE_BETWEEN.exec(u.text);
  if (d && u.text.trim() !== d[1]) {
    const at = d.index + d[0].indexOf(d[1]);
    return [...again(u.text.slice(0, at)), ...piece(d[1]), ...again(u.text.slice(at + d[1].length))];
  }
  const note = /^([（(](?:此件|本件|此页|发至)[^）)]*[）)])\s+(\S.*)$/.exec(u.text);
  if (note) return [...piece(note[1]), ...piece(note[2])];
  // an issuer after a sentence, or after the attachment list it follows (附件：…分解表 某市人民政府办公室)
  const signer = /(?:。|^附件[^\s]*)\s+([\u4e00-\u9fff（）()]{4,24})$/.exec(u.text);
  if (signer && looksLikeUnit(signer[1])) return [...piece(u.text.slice(0, u.text.length - signer[1].length)), ...piece(signer[1])];
  return [u];
}

/** A plan title at the start of a line that runs on into the text (a PDF's text on one line). */
const TITLE_RUN_ON = new RegExp(`^([^。，；：,;:！？]{6,60}?(?:${PLAN_TITLE_WORDS}))\\s+(?=\\S[^]{40})`);

/**
 * The first line holding the plan's title and then the text (江西省 2023 年数字政府建设工作要点
 * 为深入贯彻…): the title on a line of its own.
 */
export function splitTitleLine(units: Unit[]): Unit[] {
  const k = units.findIndex((u) => u.kind === "line" && !!u.text);
  const u = units[k];
  if (!u || u.kind !== "line" || u.text.length < 80) return units;
  const m = TITLE_RUN_ON.exec(u.text);
  if (!m) return units;
  const title = m[1].trim();
  const rest = u.text.slice(m[0].length).trim();
  return [...units.slice(0, k), { ...u, text: title, raw: title } satisfies Para, { ...u, text: rest, raw: rest } satisfies Para, ...units.slice(k + 1)];
}

/** Where a head run together on one line breaks: after a banner (…文件), a document number, a notice title. */
const HEAD_BREAK = /(?<=文件|〔\d{4}〕\s?第?\d{1,5}号|的通知|的函)\s+(?=\S)/g;

/**
 * The head of a notice run together on one line (…人民政府办公室文件 某政办发〔2018〕32号
 * 关于…的通知 各镇人民政府，…：根据…): split after the banner, the document number and the
 * notice title, among the first lines, when at least two of them are on the line.
 */
export function splitHeadLine(units: Unit[]): Unit[] {
  let seen = 0;
  return units.flatMap((u): Unit[] => {
    if (u.kind !== "line" || !u.text || ++seen > 10 || u.text.length < 40) return [u];
    const breaks = [...u.text.matchAll(HEAD_BREAK)];
    if (breaks.length < 2) return [u];
    const out: Unit[] = [];
    let from = 0;
    for (const b of breaks) {
      const piece = u.text.slice(from, b.index).trim();
      if (piece) out.push({ ...u, text: piece, raw: piece } satisfies Para);
      from = b.index + b[0].length;
    }
    const rest = u.text.slice(from).trim();
    if (rest) out.push({ ...u, text: rest, raw: rest } satisfies Para);
    return out;
  });
}
