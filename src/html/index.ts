// PLACEHOLDER (to be replaced by the HTML stage being written now).
import type { Block } from "../blocks.js";
import type { Message } from "../messages.js";
export interface HtmlExtract { blocks: Block[]; warnings: Message[] }
export function htmlToBlocks(_html: string): HtmlExtract {
  throw new Error("HTML input is not supported yet");
}
