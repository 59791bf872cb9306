// aligned: a table laid out in fixed columns (text saved from a PDF): each cell
// starts under its header word; a line with nothing in the first column continues
// the row above. Tried before spaced, and used only when the rows line up.
import type { LineBlock, TableRow } from "../../blocks.js";
import { headerRoles } from "../../lexicon/headers.js";
import { displayWidth } from "../../strings.js";
import { blank, type TableLayout, type TextTable } from "../layout.js";
import { splitSpaced, startsSpaced } from "./spaced.js";

/** Runs of text separated by two or more spaces, with the display column where each starts. */
function tokensAt(line: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ at: displayWidth(line.slice(0, m.index)), text: m[0] });
  return out;
}

/**
 * A table laid out in fixed columns (text saved from a PDF): each cell starts under
 * its header word; a line with nothing in the first column continues the row above
 * in every column it has text in. Used only when the rows line up with the header.
 */
function alignedTable(lines: LineBlock[], i: number): TextTable | null {
  const starts = tokensAt(lines[i].text).map((t) => t.at);
  const header = tokensAt(lines[i].text).map((t) => t.text);
  const colOf = (at: number): number => {
    let c = -1;
    for (let k = 0; k < starts.length; k++) if (starts[k] <= at + 1) c = k;
    return c;
  };
  const fitsColumns = (line: string) => {
    const toks = tokensAt(line);
    return toks.length > 0 && toks.every((t) => starts.some((st) => Math.abs(st - t.at) <= 1));
  };
  // The rows must line up: most of the next lines' cells start under a header word.
  const sample = lines.slice(i + 1, i + 9).filter((l) => !blank(l.text));
  if (sample.length < 2 || sample.filter((l) => fitsColumns(l.text)).length < sample.length * 0.8) return null;
  const rows: TableRow[] = [{ no: lines[i].no, cells: header }];
  let end = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].text;
    if (blank(t)) {
      let k = j + 1;
      while (k < lines.length && blank(lines[k].text)) k++;
      if (k < lines.length && fitsColumns(lines[k].text) && tokensAt(lines[k].text).length >= 2) {
        j = k - 1;
        continue;
      }
      break;
    }
    if (!fitsColumns(t)) break;
    const cells = new Array<string>(header.length).fill("");
    for (const tok of tokensAt(t)) {
      const c = colOf(tok.at);
      if (c >= 0) cells[c] += tok.text;
    }
    const prev = rows[rows.length - 1];
    if (!cells[0] && rows.length > 1) {
      cells.forEach((c, k) => (prev.cells[k] += c));
    } else rows.push({ no: lines[j].no, cells: cells.some((c, k) => k > 0 && c) ? cells : [cells[0]] });
    end = j + 1;
  }
  if (rows.length < 2) return null;
  return { start: i, end, block: { kind: "table", no: lines[i].no, rows }, layout: "aligned" };
}


function read(lines: LineBlock[], i: number): TextTable | null {
  const head = lines[i].text.trim();
  // a header of words separated by two or more spaces, not by tabs
  if (/\S\t+\S/.test(head) || !/\S {2,}\S/.test(head)) return null;
  const header = splitSpaced(head, /\s{2,}|\t/);
  if (header.length < 2 || !headerRoles(header)) return null;
  return alignedTable(lines, i);
}

export const alignedLayout: TableLayout = { name: "aligned", starts: startsSpaced, read };
