// The registry of flattened-table layouts, in the order they are tried at a line.
// A new layout is one file here and one entry in LAYOUTS.
import type { LineBlock } from "../../blocks.js";
import { headerRoles, roleOfHeader } from "../../lexicon/headers.js";
import type { TableLayout, TextTable } from "../layout.js";
import { tabLayout } from "./tab.js";
import { boxLayout } from "./box.js";
import { cellBarLayout } from "./cell-bar.js";
import { pipeLayout } from "./pipe.js";
import { pipeLinesLayout } from "./pipe-lines.js";
import { linesLayout } from "./lines.js";
import { pairsLayout } from "./pairs.js";
import { cardLayout } from "./card.js";
import { alignedLayout } from "./aligned.js";
import { spacedLayout } from "./spaced.js";

export const LAYOUTS: readonly TableLayout[] = [tabLayout, boxLayout, cardLayout, cellBarLayout, pipeLayout, pipeLinesLayout, linesLayout, pairsLayout, alignedLayout, spacedLayout];

/** The first layout that reads a table starting at line i, or null. */
export function tableAt(lines: LineBlock[], i: number): TextTable | null {
  for (const layout of LAYOUTS) {
    if (!layout.starts(lines, i)) continue;
    const found = layout.read(lines, i);
    if (found) return found;
  }
  return null;
}

/**
 * A header row run onto the end of a line (…政府工作任务分解表 序号 名称 工作任务 牵头责任单位):
 * the line's text before it, and the header; null when the line ends in no header.
 */
export function headerTail(text: string): { head: string; header: string } | null {
  const tokens = text.trim().split(/\s+/);
  // a header line itself (序号  工作任务 …) is no title with a header after it
  if (tokens.length < 4 || roleOfHeader(tokens[0])) return null;
  // a header has at most twelve cells: only the line's last tokens are looked at (linear in the line)
  for (let k = Math.max(1, tokens.length - 12); k + 3 <= tokens.length; k++) {
    const tail = tokens.slice(k);
    if (tail.some((t) => t.length > 8) || !roleOfHeader(tail[0]) || roleOfHeader(tokens[k - 1])) continue;
    if (headerRoles(tail)) return { head: tokens.slice(0, k).join(" "), header: tail.join(" ") };
  }
  return null;
}

/** Find the flattened tables among text lines. */
export function findTextTables(lines: LineBlock[]): TextTable[] {
  const out: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.trim() === "") continue;
    const found = tableAt(lines, i);
    if (found) {
      out.push(found);
      i = found.end - 1;
    }
  }
  return out;
}

export type { TableLayout, TextTable };
