// Table header words: what a column holds. Role columns (牵头单位, 配合单位, 责任人)
// come from roles.ts and time columns from time.ts; the rest is here. A header
// cell is matched whole (spaces removed); a short cell that is no known word is
// read by the words it contains (任务事项 → task, 牵头责任单位 → lead).
import type { ColumnRole } from "./types.js";
import { ROLE_HEADERS, ROLE_PARTS } from "./roles.js";
import { TIME_HEADERS } from "./time.js";

export type { ColumnRole };

const row = (role: ColumnRole, ...words: string[]) => words.map((w) => [w, role] as const);

/** Header words of the columns that are not roles or times. */
export const OTHER_HEADERS: ReadonlyArray<readonly [string, ColumnRole]> = [
  ...row("seq", "序号", "编号", "序", "项次", "任务编号", "任务项"),
  ...row("task", "工作任务", "公开任务", "重点任务", "任务名称", "工作事项", "重点工作", "工作项目", "任务", "主要任务", "工作目标", "重点工作任务", "项目", "工作重点", "任务分工", "类别", "领域", "发布主题"),
  ...row("content", "公开内容", "具体措施", "具体要求", "主要内容", "工作内容", "工作措施", "任务内容", "具体内容", "工作要求", "目标要求", "主要措施", "具体任务", "内容", "工作举措", "重点工作内容", "任务要求", "具体工作", "工作安排"),
  ...row("note", "备注", "说明"),
  // how far the row has got (已完成, 正在推进): a report, no role and no time limit
  ...row("other", "落实情况", "完成情况", "进展情况", "推进情况", "工作进展", "进展", "工作完成情况", "目前进展"),
  // columns of 考核 tables that name no task, unit or time: who scores, how, how much
  ...row("other", "评分部门", "考核部门", "评分单位", "考核单位", "计量单位", "分值", "评分标准", "评分方法", "考核方式", "考核方法"),
];

/**
 * Columns of a target value (年度目标 over 100, ≥30): the task's content only in a
 * table with no other task or content column.
 */
export const VALUE_HEADERS: readonly string[] = ["年度目标", "目标值", "指标值", "年度指标", "预期目标", "目标任务值"];

/** Every header word, whole. */
export const HEADER_WORDS: ReadonlyMap<string, ColumnRole> = new Map<string, ColumnRole>([
  ...OTHER_HEADERS,
  ...ROLE_HEADERS,
  ...TIME_HEADERS.map((w) => [w, "time"] as const),
]);

/** Header cells that are no known word, by the words they contain; first match wins. */
export const HEADER_PARTS: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  // how far a row has got (实际完成情况, 落实进展情况, 完成率%, 本月进展): a report, whatever
  // role word it holds
  [/(?:完成|落实|进展|推进)(?:情况|状况)|完成率|取得成效|进展$|[（(]%[）)]$/, "other"],
  ...ROLE_PARTS,
  [/时限|时间|期限|进度|节点|日期/, "time"],
  [/备注|说明/, "note"],
  [/任务|事项|工作|项目|指标/, "task"],
  [/内容|措施|要求|举措|要点|目标/, "content"],
  // a column of units that names no role (访谈单位, 实施部门): the units that do the row
  // (not a unit's own name: 各有关单位, 市直各部门)
  [/^(?!各|市|县|区|省|州|镇|乡|相关|有关|其他|其它|直属|所属).{1,6}(?:单位|部门)$/, "responsible"],
];

/** A unit column's header that names the person in charge with it: 牵头单位及主要负责人, 责任单位及责任人. */
const UNIT_AND_PERSON = /^(牵头|责任|主责|承办)(?:单位|部门|科室|处室)及[\u4e00-\u9fff]{0,4}(?:负责人|责任人|领导)$/;

/** A report column's header, however long: what has been done so far. */
const REPORT_HEADER = /^(?:目前|当前|实际|工作)?(?:完成|落实|进展|推进)情况[、，及和]/;

const LONGEST_WORD = Math.max(...[...HEADER_WORDS.keys()].map((w) => w.length));

/** Whether `text` has fewer than `n` characters that are not white space (stops counting at n). */
function shorterThan(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]) && ++count >= n) return false;
  return true;
}

/**
 * The column role a header cell names, or null. A cell that is no known word is read
 * by the words it contains only when it is short (`longest`): on a line of its own a
 * longer phrase is more often a title than a header.
 */
export function roleOfHeader(cell: string, longest = 8): ColumnRole | null {
  // longer than any header word and than `longest` once spaces are gone (one joining 、 aside, and
  // no period before it): no header
  // (a report column may name all it holds: 目前完成情况、存在问题及下一步工作措施)
  if (REPORT_HEADER.test(cell) && cell.length <= 30 && !/[。；]/.test(cell)) return "other";
  // a unit column that names the person in charge too (牵头单位及主要负责人): the unit's role
  const withPerson = UNIT_AND_PERSON.exec(cell.replace(/\s+/g, ""));
  if (withPerson) return withPerson[1] === "牵头" ? "lead" : "responsible";
  if (cell.length > LONGEST_WORD + 1 && cell.length > longest + 1 && !/^\s*\d/.test(cell) && !shorterThan(cell, Math.max(LONGEST_WORD, longest) + 2)) return null;
  // two role words joined in one header (牵头、责任部门, 牵头/配合单位) read as one (牵头责任部门)
  // (the period a report column covers, 10月-11月完成情况, 1-8月实际完成率, is no part of its word)
  const c = cell
    .replace(/\s+/g, "")
    .replace(/^([\u4e00-\u9fff]{2,4})[、／/]([\u4e00-\u9fff]{2,6})$/, "$1$2")
    .replace(/^(?:\d{4}年)?\d{1,2}月?[-—－~～至]\d{1,2}月份?(?=[\u4e00-\u9fff])/, "");
  const exact = HEADER_WORDS.get(c);
  if (exact) return exact;
  // a short cell only: a sentence that mentions 任务 is not a header
  if (c.length >= 2 && c.length <= longest && !/[，。；：、]/.test(c)) for (const [re, role] of HEADER_PARTS) if (re.test(c)) return role;
  return null;
}

/** A header row: mostly header words, naming what is done and who or when. */
export function headerRoles(cells: string[]): ColumnRole[] | null {
  if (cells.length < 2) return null;
  // cells of one row are separated already: a longer phrase may be a header word (工作举措及实施计划)
  const roles = cells.map((c) => roleOfHeader(c, 12));
  const isValue = (i: number) => VALUE_HEADERS.includes(cells[i].replace(/\s+/g, ""));
  if (roles.some((r, i) => (r === "task" || r === "content") && !isValue(i))) roles.forEach((_, i) => isValue(i) && (roles[i] = "other"));
  const known = roles.filter((r) => r !== null).length;
  if (known < Math.max(2, Math.ceil(cells.length * 0.6))) return null;
  const what = roles.some((r) => r === "task" || r === "content");
  const who = roles.some((r) => r === "lead" || r === "responsible" || r === "cooperating");
  const when = roles.includes("time");
  // a schedule (上线时间 | 访谈单位 | 备注): who does it when is the row's task (one unit
  // column and a time, no lead or cooperating columns, which only a task table has)
  const schedule = when && roles.filter((r) => r === "responsible").length === 1 && !roles.some((r) => r === "lead" || r === "cooperating");
  if (!(what && (who || when)) && !schedule) return null;
  return roles.map((r) => r ?? "other");
}
