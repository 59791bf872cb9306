// What a unit (organisation or office) name looks like, and how a list of them is
// written: the endings and beginnings of names, the words that stand for "and the
// others", and the splitting rule of the contract (on 、，,；; never inside brackets).
import { FIRST_UNIT_LEADS, TRAILING_ROLE } from "./roles.js";

/** Endings of organisation names. */
export const UNIT_SUFFIX =
  /(?:局|委|办|厅|院|室|中心|政府|单位|部门|机构|科|处|股|馆|队|所|站|会|社|行|公司|集团|组|团|校|部|署|镇|乡|街道|街道办|办事处|区|县|市|州|旗|委员会|管委会|分局|支行|银行|大学|学院|党校|台|报|场|园|厂|集团公司|管理处|监狱|法院|检察院|纪委|监委|人武部|武装部|总工会|团委|妇联|科协|残联|工商联|海关|税务|监管|政务服务|融媒体|邮政|供电|电信|移动|联通|直属库|储备库|粮库|司)$/;

/** Beginnings of collective or level-prefixed names (各乡镇, 市直各部门, 有关单位). */
export const UNIT_START = /^(?:各|市|县|区|省|州|镇|乡|盟|旗|全|其他|相关|有关|涉及|局|委)/;

/** Trailing words that stand for "and the others": dropped (docs/output.md). */
export const TRAILING_ETC = /(?:等(?:\d+|[一二两三四五六七八九十]+)个(?:部门|单位|机构)|等[\u4e00-\u9fff]{0,14}?(?:部门|单位|机构|科室|处室|企业|企事业单位)(?:[（(](?:单位|部门|科室|处室)[）)])?|等)$/;

/** Words before a unit that belong to the sentence: 由X, 请X, 会同X. */
// (a matter named before 由 is the topic, not the unit: 议案由省地震局负责主办)
export const LEADING_NOT_UNIT = /^(?:(?:议案|提案|建议|此项|该项|本项|任务|工作)?由|请|并由|会同|和|及|以及|与)/;

/** A note in brackets after a unit that refers elsewhere: （见附件1，下同）, （以下统称…）. */
export const UNIT_NOTE = /[（(〔](?:见|详见|下同|以下统称|以下简称|简称|[^（）()〔〕]*(?:为牵头单位|下同|不再(?:一一)?列出))[^（）()〔〕]*[）)〕]/g;

/**
 * A clause of a unit list that is a note, not a unit: 以下统称各县（区）政府, 下同, 不再一一列出,
 * and the first-unit convention itself (排在第一位的为牵头部门).
 */
export const NOTE_CLAUSE = new RegExp(
  `^(?:以下(?:统称|简称|任务|各项|均|[\\u4e00-\\u9fff]{1,8}均)|下同|不再(?:一一)?列出|均需|${FIRST_UNIT_LEADS.source})`,
);

/** A person's name with their post: 王某总工, 郑某某副厅长, 吕某某副省长. */
export const NAME_WITH_POST = /^[\u4e00-\u9fff]{2,4}(?:总工程师|总工|总经济师|总会计师|副?厅长|副?局长|副?处长|副?科长|巡视员|调研员|副?省长|副?市长|副?县长|副?区长|副?秘书长)$/;

/** A post or a group of people, not a unit: 分管副省长, 协管副秘书长, 各区区长, 分管县领导, 各包村干部, 各班主任, 王某总工 (persons who answer for a task). */
export const POST = new RegExp(
  `^(?:(?:分管|协管|主管|常务|联系)?副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|秘书长|主席|主任)|(?:分管|协管|联系)[\u4e00-\u9fff]{0,3}(?:领导|负责同志|同志)|(?:相关|有关)?[省市县区镇乡]?领导|各[\u4e00-\u9fff]{1,3}(?:省长|市长|县长|区长|镇长|乡长)|(?:各|全体)?[\u4e00-\u9fff]{0,4}(?:干部|网格员|保洁员|工作人员|志愿者|负责人|联络员|信息员|班主任|教师|老师|辅导员))$|${NAME_WITH_POST.source}`,
);

/** A role's name standing for whoever holds it: 牵头单位, 各责任单位, 上述主管单位. */
const ROLE_NOUN = /^(?:各|其他|相关|有关|各有关|上述|以上)?(?:牵头|责任|配合|协办|主办|参与|落实|主管)(?:单位|部门|科室|处室)$/;

/** A cell or value that says "no unit", or a bare number (a 序号 out of its place). */
export const NO_UNIT = /^(?:[\/／—\-－无]|暂无|空|\d+)$/;

/** Is this string plausibly the name of an organisation or office? */
export function looksLikeUnit(s: string): boolean {
  const name = s.replace(/（[^（）]*）$/, "").replace(/\([^()]*\)$/, "");
  if (name.length < 2 || name.length > 40) return false;
  if (/[。！？：:“”《》]/.test(name)) return false;
  if (/\d{4}年|\d+月|\d+日/.test(name)) return false;
  // a clause of a sentence, not a name: 区政府无相关工作职能的, 市直部门负责相关工作
  // (but 职能 naming a kind of office is a name: 各职能科室, 县直各职能部门)
  if (/的$|相关工作|职能(?!科|部门|处|股|单位)/.test(name)) return false;
  // the name of a role, not of a unit (责任单位按职责抓好落实, 各牵头单位要…)
  if (ROLE_NOUN.test(name)) return false;
  // a purpose or a verb ending in 行, not a bank (为确保各项规定顺利进行, 按程序执行)
  if (/^为(?:了|确保|保证|进一步|加快|切实|推进|做好)|(?:进行|执行|运行|实行|推行|施行|举行|履行|试行|自行|先行|可行|流行)$/.test(name)) return false;
  if (UNIT_SUFFIX.test(name)) return true;
  return UNIT_START.test(name) && name.length <= 16 && !/[要将对把在于及并]/.test(name.slice(1));
}

/**
 * A unit cell without the names of persons written after a unit (市民政局 伍泽国, in a column of
 * 牵头单位及主要负责人): a word of two or three characters after a unit's name, a space between,
 * that is no unit itself.
 */
export function withoutPersons(cell: string): string {
  const t = cell.trim();
  if (!/\s/.test(t)) return cell;
  const out: string[] = [];
  for (const w of t.split(/\s+/)) {
    const prev = out[out.length - 1];
    if (prev && /^[\u4e00-\u9fff]{2,3}$/.test(w) && !looksLikeUnit(w) && looksLikeUnit(prev.replace(/[、，,]$/, ""))) continue;
    out.push(w);
  }
  return out.join(" ");
}

const OPENERS = "（([〔【［《";
const CLOSERS = "）)]〕】］》";

/** Split on the given separators, never inside brackets. */
export function splitOutside(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** One unit name as written, without layout, the sentence's words around it and 等. */
/** How many of the characters `chars` the text holds. */
function count(text: string, chars: string): number {
  let n = 0;
  for (const ch of text) if (chars.includes(ch)) n++;
  return n;
}

/** The kind of duty a unit has, written before its name (包片单位, 结对帮扶单位, 沿线包联部门). */
const DUTY_KIND = /^[\u4e00-\u9fff]{0,8}?(?:包片|包联|包保|帮扶|结对|挂点|挂钩|对口)(?:单位|部门)/;

export function cleanUnit(s: string): string {
  // (a mark before a name, ★区发改委, ※市财政局, is no part of it; asterisks that mask a
  // name's part, ****分局, are kept as written)
  // (nor a bullet after it, left by the next bulleted line: 区城管局 • 协办单位：…)
  let u = s.replace(/\s+/g, "").replace(UNIT_NOTE, "").replace(/^(?:[：:，、；。.\-—★☆※▲△●○]|\*(?!\*))+|(?<![：:，、；。.\-—])[：:，、；。.\-—]+$|[•‧・●◆■□▪►▶◇]+$/g, "");
  // (a bracket closing nothing in the name closed the assignment it came from: 各街道办）)
  if (/[）)]$/.test(u) && count(u, "（(") < count(u, "）)")) u = u.slice(0, -1);
  u = u.replace(TRAILING_ROLE, "");
  // (nor the work it is given, written before it: 各部门年度报告组织工作由省政府办公厅信息公开组)
  const by = /^.{2,40}?(?:工作|任务|事项)由(?=.{3})/.exec(u);
  if (by && looksLikeUnit(u.slice(by[0].length))) u = u.slice(by[0].length);
  // (nor the kind of duty a unit has before its name: 包片单位县气象局, 陈家坝沿线包片单位县职教中心)
  const kind = DUTY_KIND.exec(u);
  if (kind && looksLikeUnit(u.slice(kind[0].length))) u = u.slice(kind[0].length);
  u = u.replace(LEADING_NOT_UNIT, "");
  for (let i = 0; i < 2; i++) u = u.replace(TRAILING_ETC, "");
  return u;
}

/**
 * Split a list of units per docs/output.md: on 、，,；; but never inside parentheses; drop a
 * trailing 等 / 等部门 / 等有关单位; `/` or 无 means no unit.
 */
export function splitUnits(s: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const part of splitOutside(s, "、，,；;")) {
    // Units separated by spaces (区发展改革局 区财政局), when every piece ends like a unit's name
    // (a space a PDF's line break left inside one, 省政务服 务中心, parts nothing).
    const bySpace = part.trim().split(/[ \u3000]+/);
    if (bySpace.length > 1 && bySpace.every((p) => looksLikeUnit(cleanUnit(p)) && UNIT_SUFFIX.test(cleanUnit(p)))) parts.push(...bySpace);
    else parts.push(part);
  }
  for (const part of parts) {
    const u = cleanUnit(part);
    if (!u || NO_UNIT.test(u) || seen.has(u)) continue;
    seen.add(u);
    out.push(u);
  }
  return out;
}

/** A level's name alone (各省, 自治区, 直辖市, 县（市）): a part of a list of bodies that share what follows. */
const LEVEL_ONLY = /^各?(?:省|自治区|直辖市|市|县|区|州|盟|旗|乡|镇)(?:[（(][市县区]+[）)])?$/;

/**
 * The bodies of an addressee or 抄送 list, one per name; a list of levels sharing one name
 * (各省、自治区、直辖市生态环境厅（局）, 各县、区人民政府) stays whole, as a notice addresses it.
 */
export function splitBodies(s: string): string[] {
  return splitOutside(s, "，,；;").flatMap((part) => {
    const pieces = splitUnits(part);
    const shared = pieces.slice(0, -1).some((p) => LEVEL_ONLY.test(p));
    return pieces.every(looksLikeUnit) && !shared ? pieces : splitUnits(part.replace(/、/g, "\u0000")).map((x) => x.replace(/\u0000/g, "、"));
  });
}
