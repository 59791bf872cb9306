// Text converted from HTML to Markdown (html2text and the like): the markup is not
// text. Recognised by Markdown signals; stripped line by line, so line numbers
// stay those of the input.
import type { LineBlock } from "../blocks.js";
import type { Reader } from "./reader.js";
import { textToBlocks } from "./text.js";

const SIGNALS = [/^#{1,6}\s/m, /\]\([^)\s]*\)/, /\*\*[^*\n]+\*\*/];

export function looksLikeMarkdown(text: string): boolean {
  return SIGNALS.filter((re) => re.test(text)).length >= 2;
}

/** One line without its Markdown markup. */
export function stripMarkdownLine(line: string): string {
  let s = line;
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, ""); // images
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"); // links keep their text
  s = s.replace(/^(\s*)#{1,6}\s+/, "$1"); // headings
  s = s.replace(/^(\s*)>\s?/, "$1"); // quotes
  s = s.replace(/^(\s*)[*+]\s+/, "$1"); // list bullets
  s = s.replace(/\*\*([^*]+)\*\*/g, "$1").replace(/__([^_]+)__/g, "$1"); // bold
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(s)) return ""; // table rule
  return s;
}

export const markdownReader: Reader = {
  name: "markdown",
  detect: (text) => looksLikeMarkdown(text),
  read: (text) => textToBlocks(text).map((b): LineBlock => ({ ...b, text: stripMarkdownLine(b.text) })),
};
