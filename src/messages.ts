// Messages travel with the data, as unified's vfile carries its messages: every
// stage appends warnings with the input line they concern, and they end up in
// Document.warnings. Errors that stop a file are GkparseError with a stable code.

export interface Message {
  code: string;
  message: string;
  /** 1-based line of the decoded input; 0 when the message concerns the whole file */
  line: number;
}

export type ErrorCode =
  | "usage"
  | "not-found"
  | "permission"
  | "is-directory"
  | "empty-file"
  | "not-text"
  | "undecodable"
  | "too-large"
  | "read-error"
  | "schema";

export class GkparseError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "GkparseError";
  }
}

/** Collects warnings, keeping one per (code, line, message). */
export class Messages {
  readonly list: Message[] = [];
  private seen = new Set<string>();
  add(code: string, message: string, line = 0): void {
    const key = `${code}\u0000${line}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, message, line });
  }
  addAll(ms: Message[]): void {
    for (const m of ms) this.add(m.code, m.message, m.line);
  }
  sorted(): Message[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
}
