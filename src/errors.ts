// Errors that stop a file: a stable code and a reason a user can act on.

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
