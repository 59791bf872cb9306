// The input formats, in the order their detectors are asked. A new format is a
// reader file and one entry here.
import { htmlReader } from "./html/reader.js";
import { csvReader } from "./csv.js";
import { markdownReader } from "./markdown.js";
import { pdfTextReader } from "./pdf-text.js";
import { textReader } from "./text.js";
import type { Format, ReadHints, Reader } from "./reader.js";

export const READERS: readonly Reader[] = [htmlReader, csvReader, markdownReader, pdfTextReader, textReader];

/** The reader named, or the first that recognises the text. */
export function pickReader(text: string, hints: ReadHints, format: Format | "auto" = "auto"): Reader {
  if (format !== "auto") return READERS.find((r) => r.name === format) ?? textReader;
  return READERS.find((r) => r.detect(text, hints)) ?? textReader;
}

export type { Format, ReadHints, Reader };
