// The edge where files are read: errors become GkparseError with a reason a user
// can act on.
import { readFile, stat } from "node:fs/promises";
import { GkparseError } from "./errors.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function ioError(err: unknown): GkparseError {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return new GkparseError("not-found", "no such file or directory");
    case "EACCES":
    case "EPERM":
      return new GkparseError("permission", "permission denied");
    case "EISDIR":
      return new GkparseError("is-directory", "is a directory");
    default:
      return new GkparseError("read-error", `cannot read (${e?.code ?? (e as Error)?.message ?? String(err)})`);
  }
}

export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new GkparseError("is-directory", "is a directory");
    if (st.size > maxBytes)
      throw new GkparseError("too-large", `file is ${st.size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof GkparseError) throw err;
    throw ioError(err);
  }
}
