// pairs: a row written as label and value on lines of their own (具体任务 / X /
// 责任单位 / Y / 完成时限 / Z), as a one-row table copied from a form reads. The
// labels are header words; a label met again starts the next row.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles, roleOfHeader } from "../../lexicon/headers.js";
import { hasPipes, isTabLine, type TableLayout, type TextTable } from "../layout.js";

/** The next non-empty line from j. */
function nextLine(lines: LineBlock[], j: number): number {
  while (j < lines.length && !lines[j].text.trim()) j++;
  return j;
}

const isLabel = (t: string) => t.length <= 8 && roleOfHeader(t) !== null;

function read(lines: LineBlock[], i: number): TextTable | null {
  const header: string[] = [];
  const rows: TableRow[] = [];
  let row: string[] = [];
  let rowNo = lines[i].no;
  let end = i;
  for (let j = i; j < lines.length; ) {
    const label = lines[j].text.trim();
    const v = nextLine(lines, j + 1);
    if (!isLabel(label) || v >= lines.length) break;
    const value = lines[v].text.trim();
    if (isLabel(value)) break;
    let col = header.indexOf(label);
    if (col < 0) {
      if (rows.length) break; // a new label after the first row: the table has ended
      header.push(label);
      col = header.length - 1;
    } else if (row[col] !== undefined) {
      rows.push({ no: rowNo, cells: header.map((_, k) => row[k] ?? "") });
      row = [];
      rowNo = lines[j].no;
    }
    row[col] = value;
    end = v + 1;
    j = nextLine(lines, v + 1);
  }
  if (row.length) rows.push({ no: rowNo, cells: header.map((_, k) => row[k] ?? "") });
  if (header.length < 2 || !rows.length || !headerRoles(header)) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows: [{ no: lines[i].no, cells: header }, ...rows] }, layout: "pairs" };
}

export const pairsLayout: TableLayout = {
  name: "pairs",
  starts: (lines, i) => {
    const t = lines[i].text;
    if (isTabLine(t) || hasPipes(t) || !isLabel(t.trim())) return false;
    const v = nextLine(lines, i + 1);
    return v < lines.length && !isLabel(lines[v].text.trim());
  },
  read,
};
