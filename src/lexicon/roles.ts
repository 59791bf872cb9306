// Role words: who leads, who is responsible, who cooperates, and who is a person
// (never a unit). One row per word, with the ways the genre uses it:
//   label  — before a colon: 牵头单位：X, （责任单位：Y）
//   verb   — after the units of a clause: X牵头, Y负责落实, Z做好配合
//   header — a table column: | 牵头单位 | 配合单位 |
// Every stage that needs role vocabulary derives it from this table, so a new
// word is one row here (and one row in tests/lexicon/roles.test.ts).
import { TIME_LABELS } from "./time.js";
import { BULLETS } from "./plan.js";

export type Role = "lead" | "responsible" | "cooperating";
export type RoleOrPerson = Role | "person";
export type RoleUse = "label" | "verb" | "header";

export interface RoleWord {
  word: string;
  role: RoleOrPerson;
  as: readonly RoleUse[];
}

const L = "lead", R = "responsible", C = "cooperating", P = "person";
const row = (word: string, role: RoleOrPerson, ...as: RoleUse[]): RoleWord => ({ word, role, as });

export const ROLE_WORDS: readonly RoleWord[] = [
  // lead
  row("牵头单位", L, "label", "header"),
  row("牵头部门", L, "label", "header"),
  row("牵头科室", L, "label", "header"),
  row("牵头处室", L, "label", "header"),
  row("牵头责任单位", L, "header"),
  row("主办单位", L, "label", "header"),
  row("牵头", L, "label", "header", "verb"),
  row("分别牵头负责", L, "verb"),
  row("牵头负责落实", L, "verb"),
  row("牵头抓总", L, "verb"),
  row("牵头负责", L, "verb"),
  row("牵头指导", L, "verb"),
  row("负责主办", L, "verb"),
  row("牵头落实", L, "verb"),
  row("分别牵头", L, "verb"),
  row("共同牵头", L, "verb"),
  row("主办", L, "verb"),
  // responsible
  row("责任单位", R, "label", "header"),
  row("责任部门", R, "label", "header"),
  row("责任科室", R, "label", "header"),
  row("责任处室", R, "label", "header"),
  row("责任主体", R, "label", "header"),
  row("落实单位", R, "label", "header"),
  row("承办单位", R, "label", "header"),
  row("实施单位", R, "label", "header"),
  row("主责单位", R, "label", "header"),
  row("主责部门", R, "label", "header"),
  row("实施主体", R, "header"),
  row("主体单位", R, "header"),
  row("责任单位(部门)", R, "header"),
  row("责任单位（部门）", R, "header"),
  row("责任", R, "label"),
  row("按职责分工负责落实", R, "verb"),
  row("按照职责分工负责", R, "verb"),
  row("按职责分工负责", R, "verb"),
  row("按职责分工落实", R, "verb"),
  row("按职能分工落实", R, "verb"),
  row("按职能分工负责", R, "verb"),
  row("按职能职责负责", R, "verb"),
  row("按职责负责", R, "verb"),
  row("分别负责落实", R, "verb"),
  row("具体负责落实", R, "verb"),
  row("负责组织实施", R, "verb"),
  row("负责落实", R, "verb"),
  row("分别负责", R, "verb"),
  row("分别落实", R, "verb"),
  row("抓好落实", R, "verb"),
  row("具体落实", R, "verb"),
  row("参照落实", R, "verb"),
  row("参照执行", R, "verb"),
  row("组织落实", R, "verb"),
  row("负责实施", R, "verb"),
  row("具体负责", R, "verb"),
  row("负责", R, "verb"),
  // X统筹，Y配合: the unit that co-ordinates answers for the task
  row("统筹", R, "verb"),
  row("落实", R, "verb"),
  // cooperating
  row("配合单位", C, "label", "header"),
  row("配合部门", C, "label", "header"),
  row("配合科室", C, "label", "header"),
  row("配合处室", C, "label", "header"),
  row("协办单位", C, "label", "header"),
  row("协办部门", C, "label", "header"),
  row("协作单位", C, "label", "header"),
  row("协同单位", C, "label", "header"),
  row("参与单位", C, "label", "header"),
  row("参与部门", C, "label", "header"),
  row("协助单位", C, "label", "header"),
  row("协助部门", C, "label", "header"),
  row("配合", C, "label", "header", "verb"),
  row("协办", C, "label", "verb"),
  row("做好配合", C, "verb"),
  row("配合落实", C, "verb"),
  row("协助配合", C, "verb"),
  row("加强配合协调", C, "verb"),
  row("配合协调", C, "verb"),
  row("加强配合", C, "verb"),
  row("积极配合", C, "verb"),
  row("共同配合", C, "verb"),
  row("参与", C, "verb"),
  row("参加", C, "verb"),
  row("协助", C, "verb"),
  // persons: their values are never units
  row("责任领导", P, "label", "header"),
  row("分管领导", P, "label", "header"),
  row("牵头领导", P, "label", "header"),
  row("责任人", P, "label", "header"),
  row("联系人", P, "label", "header"),
  row("联络员", P, "label", "header"),
  row("责任领导人", P, "label"),
  row("主管领导", P, "label", "header"),
  row("主要责任人", P, "label", "header"),
  row("具体责任人", P, "label", "header"),
  row("分管市领导", P, "header"),
  row("分管县领导", P, "header"),
  row("分管区领导", P, "header"),
];

/**
 * Role words that a compound label or header contains (主要责任单位, 协同配合单位,
 * 牵头责任单位), in the order they are tried: the first match gives the role.
 */
export const ROLE_PARTS: ReadonlyArray<readonly [RegExp, RoleOrPerson]> = [
  [/领导|责任人|联系人|联络员/, "person"],
  [/牵头/, "lead"],
  [/配合|协办|协同|协作|协助|参与|参加/, "cooperating"],
  [/责任|承办|落实|主责/, "responsible"],
];

/** A compound label: role words inside the name of a kind of unit (主要协作单位：, 牵头责任单位：). */
export const COMPOUND_LABEL =
  "(?:主要|具体|其他|相关|协同)?(?:牵头|责任|配合|协办|协作|协同|主责|参与|承办)(?:责任|配合|协作|协办|落实)?(?:单位|部门|科室|处室|股室|队室)";

/** The role a label gives: a role label, else the role word a compound label contains. */
export function roleOfLabel(label: string): RoleOrPerson | null {
  const exact = ROLE_WORDS.find((w) => w.word === label && w.as.includes("label"));
  if (exact) return exact.role;
  for (const [re, role] of ROLE_PARTS) if (re.test(label)) return role;
  return null;
}

/** Labels whose value is a whole assignment, each clause with its own verb: 部门分工：X牵头，Y配合. */
export const ASSIGNMENT_LABELS: readonly string[] = ["部门分工", "责任分工", "任务分工", "职责分工", "厅内分工", "局内分工", "委内分工"];

/**
 * A document's convention that the first unit of each list leads: （排名第一位为牵头单位，下同）,
 * （逗号前的单位为牵头单位）.
 */
export const FIRST_UNIT_LEADS =
  /(?:排名第一位|排在第一位|列第一位?|排在首位|排名首位|首位单位|第一责任单位|排名第一|排序第一位?|排序首位|第一位|逗号前)(?:的|者)?(?:单位|部门)?(?:为|是)?(?:牵头|汇总)/;

/**
 * A group heading that names who does the work under it: 县示范区管委会牵头工作（8项）,
 * 市发改委负责的任务. Its units are the assignment of the items under it that name none.
 */
export const GROUP_ASSIGNMENT = new RegExp(
  `^([^，,。；;：:]{2,40}?(?:${ROLE_WORDS.filter((w) => w.as.includes("verb") && w.role !== "cooperating" && w.role !== "person")
    .map((w) => w.word)
    .sort((a, b) => b.length - a.length)
    .join("|")}))(?:的)?(?:工作任务|重点任务|工作|任务|事项|项目)(?:[（(]\\d{1,3}项[）)])?$`,
);

/** Adverbs between the units and the verb that belong to the verb: X、Y分别牵头, 共同负责, 按职责分别负责, 分工负责. */
export const VERB_ADVERBS: readonly string[] = ["分别", "共同", "各自", "总", "按职责", "按照职责", "按职能", "按照职能", "按工作职能", "按照工作职能", "依职责", "分工", "全力", "密切", "主动"];

/** Clauses that name who guides rather than who does the work (X加强指导): no unit. */
export const GUIDANCE_WORDS: readonly string[] = ["加强指导", "做好指导", "负责指导", "加强督导", "统筹协调", "加强统筹"];

const byLength = (a: string, b: string) => b.length - a.length;
const uses = (use: RoleUse) => ROLE_WORDS.filter((w) => w.as.includes(use));

/** Labels that introduce units, with the role they give. */
export const UNIT_LABELS: ReadonlyArray<readonly [string, Role]> = uses("label")
  .filter((w) => w.role !== "person")
  .map((w) => [w.word, w.role as Role] as const);

/** Labels whose values name people or contacts, never units. */
export const PERSON_LABELS: readonly string[] = uses("label").filter((w) => w.role === "person").map((w) => w.word);

/**
 * A line that is only a label and its value, under the text it assigns (责任单位：市教育局,
 * 主管领导：某某, 进度安排：6月底前…): role, person and time labels, and compounds of 领导/责任人;
 * a bullet may stand before it (• 牵头单位：区城管局).
 */
export const LABEL_LINE = new RegExp(
  `^[${BULLETS}]?\\s*(?:${[...UNIT_LABELS.map(([w]) => w), ...PERSON_LABELS, ...TIME_LABELS].sort(byLength).join("|")}|${COMPOUND_LABEL}|[\u4e00-\u9fff]{0,4}(?:领导|责任人))\s*[：:]`,
);

/** Role verbs, longest first (a longer verb wins over its suffix: 配合落实 before 落实). */
export const ROLE_VERBS: ReadonlyArray<readonly [string, Role]> = uses("verb")
  .map((w) => [w.word, w.role as Role] as const)
  .sort((a, b) => byLength(a[0], b[0]));

/** Table header words of the role columns. */
export const ROLE_HEADERS: ReadonlyArray<readonly [string, RoleOrPerson]> = uses("header").map((w) => [w.word, w.role] as const);

/** A regular-expression alternation of words, longest first, escaped. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort(byLength).map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|");
}

/** The verbs, as one alternation. */
export const VERB_ALT = alternation(ROLE_VERBS.map(([v]) => v));

/** A role verb standing alone in parentheses after a unit: 县直各部门（按职责分工负责）. */
export const TRAILING_ROLE = new RegExp(`[（(](?:${VERB_ALT})[）)]$`);
