// Plain text: one line block per line; CRLF, CR and LF all end a line.
import type { LineBlock } from "../blocks.js";
import type { Reader } from "./reader.js";

export function textToBlocks(text: string): LineBlock[] {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts.map((t, i) => ({ kind: "line", no: i + 1, text: t }));
}

export const textReader: Reader = {
  name: "text",
  detect: () => true,
  read: (text) => textToBlocks(text),
};
