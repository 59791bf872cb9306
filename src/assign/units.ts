// Parsing assignments: a clause's units and the role its verb gives them
// (X牵头，Y、Z抓好落实), merged into the lead/responsible/cooperating lists of a task.
// The vocabulary (role words, unit names) is in lexicon/; this is its grammar.
import { ROLE_VERBS, VERB_ADVERBS, type Role } from "../lexicon/roles.js";
import { NAME_WITH_POST, NOTE_CLAUSE, POST, UNIT_SUFFIX, looksLikeUnit, splitOutside, splitUnits } from "../lexicon/units.js";

export type { Role };

export interface Units {
  lead: string[];
  responsible: string[];
  cooperating: string[];
}

export const emptyUnits = (): Units => ({ lead: [], responsible: [], cooperating: [] });

/** Adverbs, one or several, between the units and their verb (X按职责分别负责落实, Y分工负责). */
const ADVERB_AT_END = new RegExp(`(?:${[...VERB_ADVERBS].sort((a, b) => b.length - a.length).join("|")})+$`);

/** The first and the last characters of the role verbs: a position no verb can start or end at is skipped. */
const VERB_FIRST = new Set(ROLE_VERBS.map(([v]) => v[0]));
const VERB_LAST = new Set(ROLE_VERBS.map(([v]) => v[v.length - 1]));

/** The role word a clause ends with, and the clause without it. */
export function splitRoleVerb(clause: string): { units: string; role: Role | null } {
  const c = clause.replace(/(?<![。．.；;，,\s])[。．.；;，,\s]+$/, "");
  if (!VERB_LAST.has(c[c.length - 1])) return { units: c, role: null };
  for (const [verb, role] of ROLE_VERBS) {
    if (c.endsWith(verb) && c.length > verb.length) {
      // X、Y分别牵头落实: 分别/共同/各自 belong to the verb, not to the last unit.
      return { units: c.slice(0, -verb.length).replace(ADVERB_AT_END, ""), role };
    }
  }
  return { units: c, role: null };
}

/**
 * A clause whose role verb is followed by what the units do (区司法局牵头区级文件公开工作,
 * 各成员单位负责做好本单位…): the units before the first role verb that follows nothing but
 * unit names.
 */
export function splitAtVerb(clause: string): { units: string; role: Role | null } | null {
  let depth = 0;
  for (let p = 0; p < clause.length - 1; p++) {
    const ch = clause[p];
    if (ch === "（" || ch === "(") depth++;
    else if (ch === "）" || ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || p < 2 || !VERB_FIRST.has(ch)) continue; // never inside brackets
    for (const [verb, role] of ROLE_VERBS) {
      if (!clause.startsWith(verb, p)) continue;
      // a role word inside a unit's name is no verb (省级湖长协助单位, 河长制配合部门, 城乡统筹办)
      if (NAME_AFTER_VERB.test(clause.slice(p + verb.length))) continue;
      const units = clause.slice(0, p).replace(ADVERB_AT_END, "");
      const list = splitUnits(units);
      if (list.length && list.every(looksLikeUnit)) return { units, role };
      // (a verb inside a unit's name, 县城乡统筹发展局负责: the next verb may follow the name)
      break;
    }
  }
  return null;
}

/** What follows a role word that is part of a unit's name, not its verb. */
const NAME_AFTER_VERB = /^(?:单位|部门|科室|处室|股室|成员|小组|机构|发展局|委员会|办(?![理好事结]))/;

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
    .filter((c) => c && !/^[。．.]+$/.test(c) && !NOTE_CLAUSE.test(c));
  let clean = clauses.length > 0;
  // In a labelled value or a unit cell, a verb may come before what the units do.
  const parsed = clauses.flatMap((c) => {
    const rv = splitRoleVerb(c);
    if (!rv.role) return [defaultRole ? (splitAtVerb(c) ?? rv) : rv];
    // two role clauses run together: X牵头Y负责
    const inner = splitAtVerb(rv.units);
    if (inner?.role) {
      const verb = ROLE_VERBS.find(([v]) => rv.units.startsWith(v, inner.units.length))?.[0] ?? "";
      const rest = rv.units.slice(inner.units.length + verb.length);
      if (rest && splitUnits(rest).every(looksLikeUnit)) return [inner, { units: rest, role: rv.role }];
    }
    return [rv];
  });
  for (let i = 0; i < parsed.length; i++) {
    let role = parsed[i].role ?? defaultRole;
    if (!role) for (let j = i + 1; j < parsed.length && !role; j++) role = parsed[j].role;
    if (!role) for (let j = i - 1; j >= 0 && !role; j--) role = parsed[j].role;
    const named = splitUnits(parsed[i].units);
    // posts (分管副省长、协管副秘书长负责) answer for the task but are no units; so do the
    // names listed before a name with its post, which the post covers (鲁某某、郑某某副厅长)
    const people = named.length > 0 && NAME_WITH_POST.test(named[named.length - 1]);
    const list = named.filter((u) => !POST.test(u) && !(people && u.length <= 3));
    if (named.length && !list.length) continue;
    if (list.length === 0) {
      clean = false;
      continue;
    }
    if (!list.every(looksLikeUnit) && !sharedSuffix(list)) clean = false;
    if (role) addUnits(units, role, list);
    else clean = false;
  }
  return { units, clean };
}

/**
 * Places that share the last name's kind of unit (临汾、侯马、洪洞经济开发区管委会): short
 * place names before one unit name. They are kept as written (docs/output.md: literal split).
 */
function sharedSuffix(list: string[]): boolean {
  const last = list[list.length - 1];
  if (list.length < 2 || !looksLikeUnit(last)) return false;
  // the last name is a place of the same length as the others, then the kind they share
  const k = list[0].length;
  const kind = last.slice(k);
  return (k === 2 || k === 3) && kind.length >= 3 && UNIT_SUFFIX.test(kind) && list.slice(0, -1).every((u) => u.length === k && /^[\u4e00-\u9fff]+$/.test(u) && !UNIT_SUFFIX.test(u));
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
