// A reader turns the decoded text of one input format into blocks with their
// input line numbers. Readers are registered in read/index.ts; the first whose
// detect() accepts the text reads it, and its name is Document.source.format.
import type { Block } from "../blocks.js";
import type { InputFile } from "../file.js";

export type Format = "text" | "html" | "markdown" | "csv" | "pdf-text";

export interface ReadHints {
  /** decode saw HTML in the first bytes (it reads the charset declaration there) */
  html: boolean;
}

export interface Reader {
  name: Format;
  detect(text: string, hints: ReadHints): boolean;
  read(text: string, file: InputFile): Block[];
}
