// Shapes shared by the segmentation modules.
import type { TableBlock } from "../blocks.js";
import type { MarkerKind } from "../lexicon/markers.js";

/** A non-boilerplate line, trimmed; blank lines are kept (text ""). */
export interface Para {
  kind: "line";
  no: number;
  text: string;
  /** the line before trimming (tables need its tabs and spaces) */
  raw: string;
}

export interface TableUnit {
  kind: "table";
  no: number;
  block: TableBlock;
}

export type Unit = Para | TableUnit;

export interface Node {
  kind: "section" | "item";
  marker: MarkerKind;
  /** as written: 一 / （一） / 1. */
  number: string;
  title: string;
  line: number;
  /** the title is a sentence of its own, ended by 。 on the heading line (its text may assign it) */
  sentence?: boolean;
  /** the text after the title sentence on the heading line, then the following paragraphs */
  paras: Para[];
  /** tables that stand inside this node */
  tables: TableUnit[];
  children: Node[];
}

export const isBlank = (u: Unit): boolean => u.kind === "line" && u.text === "";
