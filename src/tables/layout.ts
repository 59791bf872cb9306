// A flattened-table layout: how a table was laid out as text lines, recognised
// where it starts and read into a TableBlock. Layouts are registered in
// layouts/index.ts; each has its own unit tests. Columns are recognised by their
// header words (lexicon/headers.ts), never by position.
import type { LineBlock, TableBlock } from "../blocks.js";
import { markerOf } from "../lexicon/markers.js";

export interface TextTable {
  /** index of the first and one past the last line of the table */
  start: number;
  end: number;
  block: TableBlock;
  layout: string;
}

export interface TableLayout {
  name: string;
  /** may a table of this layout start at line i? (cheap) */
  starts(lines: LineBlock[], i: number): boolean;
  /** the table starting at line i, or null */
  read(lines: LineBlock[], i: number): TextTable | null;
}

export const blank = (s: string): boolean => s.trim() === "";
export const isTabLine = (s: string): boolean => /^\t/.test(s);
/** Two | on the line: a row between pipes. */
export const hasPipes = (s: string): boolean => /[|｜].*[|｜]/.test(s);
export const isPipeLine = (t: string): boolean => /^\s*[|｜]\s*$/.test(t);

/** A short numbered line standing for a group of rows: 一、政策发布解读. */
export function isGroupLine(t: string): boolean {
  const m = markerOf(t);
  // (a group's title may close with its 。: （一）做好各类规划主动公开。)
  // (a bracket closing it, （牵头领导：…）, is no part of its length)
  const bare = t.replace(/[（(][^（）()]*[）)]$/, "");
  return m !== null && (m.kind === "section" || m.kind === "cnParen") && bare.length <= 40 && !/[。；]/.test(bare.replace(/。$/, ""));
}
