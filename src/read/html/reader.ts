// HTML pages: recognised by decode from the first bytes (where it also reads the
// charset), read by index.ts.
import type { Reader } from "../reader.js";
import { htmlToBlocks } from "./index.js";

export const htmlReader: Reader = {
  name: "html",
  detect: (_text, hints) => hints.html,
  read: (text, file) => htmlToBlocks(text, file),
};
