// The registry of flattened-table layouts, in the order they are tried at a line.
// A new layout is one file here and one entry in LAYOUTS.
import type { LineBlock } from "../../blocks.js";
import type { TableLayout, TextTable } from "../layout.js";
import { tabLayout } from "./tab.js";
import { cellBarLayout } from "./cell-bar.js";
import { pipeLayout } from "./pipe.js";
import { pipeLinesLayout } from "./pipe-lines.js";
import { linesLayout } from "./lines.js";
import { pairsLayout } from "./pairs.js";
import { alignedLayout } from "./aligned.js";
import { spacedLayout } from "./spaced.js";

export const LAYOUTS: readonly TableLayout[] = [tabLayout, cellBarLayout, pipeLayout, pipeLinesLayout, linesLayout, pairsLayout, alignedLayout, spacedLayout];

/** The first layout that reads a table starting at line i, or null. */
export function tableAt(lines: LineBlock[], i: number): TextTable | null {
  for (const layout of LAYOUTS) {
    if (!layout.starts(lines, i)) continue;
    const found = layout.read(lines, i);
    if (found) return found;
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
