// The shape of the text between stages: a sequence of blocks, each carrying the
// 1-based line of the decoded input it came from. Text input gives only lines;
// HTML input also gives tables whose cells are already expanded.

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
}

export type Block = LineBlock | TableBlock;

/** Split decoded text into line blocks; CRLF, CR and LF all end a line. */
export function textToBlocks(text: string): LineBlock[] {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts.map((t, i) => ({ kind: "line", no: i + 1, text: t }));
}
