// The shape of the text between stages: a sequence of blocks, each carrying the
// 1-based line of the decoded input it came from. Text readers give lines; the
// HTML and CSV readers also give tables whose cells are already expanded.

export interface LineBlock {
  kind: "line";
  /** 1-based line in the decoded input */
  no: number;
  text: string;
  /** set by normalisation when the line is portal boilerplate (the reason) */
  boiler?: string;
}

export interface TableRow {
  no: number;
  cells: string[];
}

export interface TableBlock {
  kind: "table";
  no: number;
  rows: TableRow[];
  /**
   * Column roles read from the cells when the table has no header row (a page that
   * starts inside a table); rows[0] is then a row of data, not a header.
   */
  roles?: Array<"seq" | "task" | "content" | "lead" | "responsible" | "cooperating" | "time" | "note" | "person" | "other">;
}

export type Block = LineBlock | TableBlock;
