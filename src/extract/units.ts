// Unit (organisation) extraction: who leads, who is responsible, who cooperates.
// Units are only taken from places that assign them — bracketed labels
// 〔牵头单位：…；责任单位：…〕, trailing role parentheses （X牵头，Y配合）, label lines
// 牵头单位：…, and table cells — never from the subject of a sentence (各单位要…).

export type Role = "lead" | "responsible" | "cooperating";

export interface Units {
  lead: string[];
  responsible: string[];
  cooperating: string[];
}

export const emptyUnits = (): Units => ({ lead: [], responsible: [], cooperating: [] });

/** Labels that introduce units, with the role they give. */
export const UNIT_LABELS: Array<[string, Role]> = [
  ["牵头单位", "lead"],
  ["牵头部门", "lead"],
  ["牵头科室", "lead"],
  ["牵头处室", "lead"],
  ["主办单位", "lead"],
  ["责任单位", "responsible"],
  ["责任部门", "responsible"],
  ["责任科室", "responsible"],
  ["责任处室", "responsible"],
  ["责任主体", "responsible"],
  ["落实单位", "responsible"],
  ["承办单位", "responsible"],
  ["实施单位", "responsible"],
  ["配合单位", "cooperating"],
  ["配合部门", "cooperating"],
  ["配合科室", "cooperating"],
  ["配合处室", "cooperating"],
  ["协办单位", "cooperating"],
  ["协作单位", "cooperating"],
  ["参与单位", "cooperating"],
  ["主责单位", "responsible"],
  ["主责部门", "responsible"],
  ["协办部门", "cooperating"],
  ["协同单位", "cooperating"],
  ["参与部门", "cooperating"],
  ["牵头", "lead"],
  ["责任", "responsible"],
  ["配合", "cooperating"],
  ["协办", "cooperating"],
];

/** Labels whose values name people or contacts, never units. */
export const PERSON_LABELS = ["责任领导", "分管领导", "牵头领导", "责任人", "联系人", "联络员", "责任领导人"];

/** Labels whose values are time limits. */
export const TIME_LABELS = ["完成时限", "完成时间", "时间要求", "时限要求", "时限", "完成期限", "时间节点", "进度安排", "时间安排", "办结时限"];

/**
 * Role words at the end of a clause, longest first: `X牵头落实`, `X、Y分别负责落实`,
 * `X按职责分工负责`, `Y做好配合`. Order matters (longer words before their suffixes).
 */
export const ROLE_VERBS: Array<[string, Role]> = [
  ["分别牵头负责", "lead"],
  ["牵头负责落实", "lead"],
  ["牵头抓总", "lead"],
  ["牵头负责", "lead"],
  ["牵头落实", "lead"],
  ["分别牵头", "lead"],
  ["共同牵头", "lead"],
  ["牵头", "lead"],
  ["按职责分工负责落实", "responsible"],
  ["按照职责分工负责", "responsible"],
  ["按职责分工负责", "responsible"],
  ["按职责分工落实", "responsible"],
  ["按职能职责负责", "responsible"],
  ["按职责负责", "responsible"],
  ["分别负责落实", "responsible"],
  ["具体负责落实", "responsible"],
  ["负责组织实施", "responsible"],
  ["负责落实", "responsible"],
  ["分别负责", "responsible"],
  ["分别落实", "responsible"],
  ["抓好落实", "responsible"],
  ["具体落实", "responsible"],
  ["组织落实", "responsible"],
  ["负责实施", "responsible"],
  ["具体负责", "responsible"],
  ["负责", "responsible"],
  ["落实", "responsible"],
  ["做好配合", "cooperating"],
  ["配合落实", "cooperating"],
  ["协助配合", "cooperating"],
  ["积极配合", "cooperating"],
  ["共同配合", "cooperating"],
  ["配合", "cooperating"],
  ["参与", "cooperating"],
  ["协助", "cooperating"],
  ["协办", "cooperating"],
];

/** Trailing words that stand for "and the others": dropped per SPEC. */
const TRAILING_ETC = /(?:等(?:\d+|[一二两三四五六七八九十]+)个(?:部门|单位|机构)|等[\u4e00-\u9fff]{0,8}?(?:部门|单位|机构|科室|处室|企业|企事业单位)|等)$/;

/** Endings of organisation names. */
const UNIT_SUFFIX =
  /(?:局|委|办|厅|院|室|中心|政府|单位|部门|机构|科|处|馆|队|所|站|会|社|行|公司|集团|组|团|校|部|署|镇|乡|街道|街道办|办事处|区|县|市|州|旗|委员会|管委会|分局|支行|银行|大学|学院|党校|台|报|场|园|厂|集团公司|管理处|监狱|法院|检察院|纪委|监委|人武部|武装部|总工会|团委|妇联|科协|残联|工商联|海关|税务|监管|政务服务|融媒体|邮政|供电|电信|移动|联通)$/;

const UNIT_START = /^(?:各|市|县|区|省|州|镇|乡|盟|旗|全|其他|相关|有关|涉及|局|委)/;

/** Is this string plausibly the name of an organisation or office? */
export function looksLikeUnit(s: string): boolean {
  const name = s.replace(/（[^（）]*）$/, "").replace(/\([^()]*\)$/, "");
  if (name.length < 2 || name.length > 40) return false;
  if (/[。！？：:“”《》]/.test(name)) return false;
  if (/\d{4}年|\d+月|\d+日/.test(name)) return false;
  if (UNIT_SUFFIX.test(name)) return true;
  return UNIT_START.test(name) && name.length <= 16 && !/[要将对把在于及并]/.test(name.slice(1));
}

/** Split on the given separators, never inside brackets. */
export function splitOutside(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if ("（([〔【［《".includes(ch)) depth++;
    else if ("）)]〕】］》".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A role repeated in parentheses after a unit: 县直各部门（按职责分工负责）. */
const TRAILING_ROLE = /[（(](?:按职责分工负责|按照职责分工负责|按职责负责|分别负责|牵头|配合|负责|参与|协办)[）)]$/;

function cleanUnit(s: string): string {
  let u = s.replace(/\s+/g, "").replace(/^[：:，、；。.\-—]+|(?<![：:，、；。.\-—])[：:，、；。.\-—]+$/g, "");
  u = u.replace(TRAILING_ROLE, "");
  u = u.replace(/^(?:由|请|并由|会同|和|及|以及|与)/, "");
  for (let i = 0; i < 2; i++) u = u.replace(TRAILING_ETC, "");
  return u;
}

const NO_UNIT = /^(?:[\/／—\-－无]|暂无|空)$/;

/**
 * Split a list of units per SPEC: on 、，,；; but never inside parentheses; drop a
 * trailing 等 / 等部门 / 等有关单位; `/` or 无 means no unit.
 */
export function splitUnits(s: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const part of splitOutside(s, "、，,；;")) {
    // Units separated by spaces (区发展改革局 区财政局), when every piece is a unit name.
    const bySpace = part.trim().split(/[ \u3000]+/);
    if (bySpace.length > 1 && bySpace.every((p) => looksLikeUnit(cleanUnit(p)))) parts.push(...bySpace);
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

/** The role word a clause ends with, and the clause without it. */
export function splitRoleVerb(clause: string): { units: string; role: Role | null } {
  const c = clause.replace(/(?<![。．.；;，,\s])[。．.；;，,\s]+$/, "");
  for (const [verb, role] of ROLE_VERBS) {
    if (c.endsWith(verb) && c.length > verb.length) {
      // X、Y分别牵头落实: 分别/共同/各自 belong to the verb, not to the last unit.
      return { units: c.slice(0, -verb.length).replace(/(?:分别|共同|各自)$/, ""), role };
    }
  }
  return { units: c, role: null };
}

/** The names already in a unit list (kept beside it, so that merging is linear, not quadratic). */
const listed = new WeakMap<string[], Set<string>>();

function addUnits(into: Units, role: Role, units: string[]): void {
  const list = into[role];
  if (list.length + units.length <= 16) {
    for (const u of units) if (!list.includes(u)) list.push(u);
    return;
  }
  let seen = listed.get(list);
  if (!seen || seen.size !== list.length) listed.set(list, (seen = new Set(list)));
  for (const u of units) {
    if (seen.has(u)) continue;
    seen.add(u);
    list.push(u);
  }
}

export interface Assignment {
  units: Units;
  /** false when some clause did not name a unit (the text is not an assignment) */
  clean: boolean;
}

/**
 * Parse an assignment value: `X牵头，Y、Z抓好落实`, `市政府办、市司法局`, `X负责，Y配合`.
 * Clauses without a role word get `defaultRole`; with no default (trailing
 * parentheses) they take the role of the next clause that has one.
 */
export function parseAssignment(value: string, defaultRole: Role | null): Assignment {
  const units = emptyUnits();
  const clauses = splitOutside(value.trim(), "，,；;")
    .map((c) => c.trim())
    .filter((c) => c && !/^[。．.]+$/.test(c));
  let clean = clauses.length > 0;
  const parsed = clauses.map((c) => splitRoleVerb(c));
  for (let i = 0; i < parsed.length; i++) {
    let role = parsed[i].role ?? defaultRole;
    if (!role) for (let j = i + 1; j < parsed.length && !role; j++) role = parsed[j].role;
    if (!role) for (let j = i - 1; j >= 0 && !role; j--) role = parsed[j].role;
    const list = splitUnits(parsed[i].units);
    if (list.length === 0) {
      clean = false;
      continue;
    }
    if (!list.every(looksLikeUnit)) clean = false;
    if (role) addUnits(units, role, list);
    else clean = false;
  }
  return { units, clean };
}

export function mergeUnits(into: Units, from: Units): Units {
  addUnits(into, "lead", from.lead);
  addUnits(into, "responsible", from.responsible);
  addUnits(into, "cooperating", from.cooperating);
  return into;
}

export function hasUnits(u: Units): boolean {
  return u.lead.length + u.responsible.length + u.cooperating.length > 0;
}
