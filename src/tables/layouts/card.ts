// card: one task shown as a form, each field a label and its value (重点工作：X /
// 牵头单位：Y / 完成时限：Z), as the detail page of a task-tracking system prints it.
// A label is a header word closed by a colon or a bar, or alone on its line; the
// value follows on the line (bars around it dropped) and runs on over the lines
// that start no field. Several fields may share a line (牵头单位:X 任务编号:80).
// A label met again starts the next row. Labels with no value followed by labels
// are a header row, which other layouts read.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles, roleOfHeader } from "../../lexicon/headers.js";
import { markerOf } from "../../lexicon/markers.js";
import type { TableLayout, TextTable } from "../layout.js";

interface Field {
  label: string;
  value: string;
}

/** Cards have few fields; a value runs over at most this many lines. */
const MAX_VALUE_LINES = 12;

const BAR = /^[|｜]+$/;
// (a label quotes nothing: 工作任务清单》的通知 is the end of a title)
const isLabel = (t: string) => t.length <= 12 && !/[《》“”"（）()【】]/.test(t) && roleOfHeader(t, 12) !== null;

/** The text without the spaces and bars that end it (by a loop: an anchored pattern is quadratic on a run of spaces). */
function trimBarsEnd(t: string): string {
  let end = t.length;
  while (end > 0 && /[\s|｜]/.test(t[end - 1])) end--;
  return t.slice(0, end);
}

/** A token that opens a field (重点工作: or 重点工作：X): its label and the text after the colon. */
function opening(token: string): Field | null {
  const colon = token.search(/[:：]/);
  if (colon < 1) return null;
  const label = token.slice(0, colon);
  return isLabel(label) ? { label, value: token.slice(colon + 1) } : null;
}

/**
 * The fields a line opens, and the text before the first of them; null when it opens none.
 * A line that is a label alone (重点工作 |, 进展情况) opens a field with no value.
 */
function fieldsOf(text: string): { before: string; fields: Field[] } | null {
  const t = text.trim();
  // (cheap first: a field needs a colon, or the line is a short label alone; every line is asked)
  if (t.length > 24 && !/[:：]/.test(t) && trimBarsEnd(t).length > 24) return null;
  // a line that is a label alone, closed by a colon or a bar or by nothing; a long label
  // (进展情况、存在问题 及下一步工作建议:) is known by its first part
  const bare = trimBarsEnd(t).replace(/[:：]$/, "");
  if (bare.length <= 24 && !/[:：|｜。，；]/.test(bare) && isLabel(bare.split(/[、\s]/)[0])) return { before: "", fields: [{ label: bare.replace(/\s+/g, ""), value: "" }] };
  const fields: Field[] = [];
  let before = "";
  for (const token of t.split(/\s+/)) {
    const f = opening(token);
    if (f) fields.push(f);
    else if (fields.length) fields[fields.length - 1].value += " " + token;
    else before += " " + token;
  }
  return fields.length ? { before: before.trim(), fields } : null;
}

const clean = (v: string) =>
  v
    .split(/\s+/)
    .filter((tok) => tok && !BAR.test(tok))
    .map((tok) => tok.replace(/^[|｜]|[|｜]$/g, ""))
    .join(" ")
    .trim();

function read(lines: LineBlock[], i: number): TextTable | null {
  const header: string[] = [];
  const rows: TableRow[] = [];
  let row: string[] = [];
  let rowNo = lines[i].no;
  let col = -1;
  let runOn = 0;
  let end = i;
  const put = (f: Field, no: number): boolean => {
    let c = header.indexOf(f.label);
    if (c < 0) {
      if (rows.length) return false; // a new label after the first row: the card has ended
      header.push(f.label);
      c = header.length - 1;
    } else if (row[c] !== undefined) {
      rows.push({ no: rowNo, cells: header.map((_, k) => clean(row[k] ?? "")) });
      row = [];
      rowNo = no;
    }
    row[c] = f.value;
    col = c;
    return true;
  };
  // the last field opened, when it has no value yet and its label was a line of its own
  let bareLabel = false;
  for (let j = i; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (!t) break;
    if (BAR.test(t)) continue;
    const opened = fieldsOf(t);
    if (opened && !opened.before) {
      // labels with no value, one after another: at the start a header row, which is no
      // card; inside a card one label broken over two lines (进展情况、存在问题 / 及下一步工作建议:)
      if (col >= 0 && !clean(row[col] ?? "")) {
        if (header.length === 1 && !rows.length) return null;
        if (bareLabel && opened.fields.length === 1 && !clean(opened.fields[0].value)) {
          header[col] += opened.fields[0].label;
          end = j + 1;
          continue;
        }
      }
      if (!opened.fields.every((f) => put(f, lines[j].no))) break;
      const last = opened.fields[opened.fields.length - 1];
      bareLabel = opened.fields.length === 1 && !clean(last.value);
      runOn = 0;
      end = j + 1;
      continue;
    }
    // a line that opens no field continues the last value, unless it opens an item (a
    // value may list its points: ① …) or the value was closed by a bar (市林业局 |)
    const marker = markerOf(t);
    if (col < 0 || ++runOn > MAX_VALUE_LINES || (marker && marker.kind !== "circled")) break;
    if (clean(row[col] ?? "") && /[|｜]$/.test(lines[j - 1].text.trim())) break;
    row[col] = (row[col] ?? "") + " " + t;
    bareLabel = false;
    end = j + 1;
  }
  if (row.length) rows.push({ no: rowNo, cells: header.map((_, k) => clean(row[k] ?? "")) });
  // a card names its task and who does it (label lines under an item name only who and
  // when: the item is the task; a form to fill in names no unit)
  const roles = header.length >= 2 && rows.length ? headerRoles(header) : null;
  if (!roles || !roles.some((r) => r === "task" || r === "content")) return null;
  const isUnit = (k: number) => roles[k] === "lead" || roles[k] === "responsible" || roles[k] === "cooperating";
  if (!rows.some((r) => r.cells.some((c, k) => c && isUnit(k)))) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows: [{ no: lines[i].no, cells: header }, ...rows] }, layout: "card" };
}

/**
 * Whether line i may open a card: after a blank line or a short line that opens no item
 * (a card's own caption, 任务163). Label lines right after an item's text are that item's.
 */
function standsApart(lines: LineBlock[], i: number): boolean {
  if (i === 0) return true;
  const prev = lines[i - 1].text.trim();
  return !prev || (prev.length <= 20 && !markerOf(prev) && !fieldsOf(prev));
}

export const cardLayout: TableLayout = {
  name: "card",
  starts: (lines, i) => {
    if (!standsApart(lines, i)) return false;
    const f = fieldsOf(lines[i].text);
    return f !== null && !f.before;
  },
  read,
};
