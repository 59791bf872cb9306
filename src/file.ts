// The file being parsed and its messages, as unified's vfile carries them: every
// stage gets the file and reports through `file.warn(code, message, line)`; the
// messages end up in Document.warnings. Codes come from the catalogue (warnings.ts).
import type { WarningCode } from "./warnings.js";

export interface Message {
  code: WarningCode;
  message: string;
  /** 1-based line of the decoded input; 0 when the message concerns the whole file */
  line: number;
}

export class InputFile {
  private readonly list: Message[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly path = "-") {}

  /** Report something repaired, guessed or dropped; one message per (code, line, text). */
  warn(code: WarningCode, message: string, line = 0): void {
    const key = `${code}\u0000${line}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, message, line });
  }

  /** A file for a reading that may be discarded: its messages count only once adopted. */
  scratch(): InputFile {
    return new InputFile(this.path);
  }

  /** Keep the messages of a scratch reading. */
  adopt(other: InputFile): void {
    for (const m of other.list) this.warn(m.code, m.message, m.line);
  }

  /** The messages in line order (stable). */
  get messages(): Message[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
}
