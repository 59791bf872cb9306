// The edge where files are read: errors become GkparseError with a reason a user
// can act on.
import { open } from "node:fs/promises";
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

/** A file's bytes, when it is a file no larger than `maxBytes`: one open, its size from the handle. */
export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(path, "r");
    const st = await handle.stat();
    if (st.isDirectory()) throw new GkparseError("is-directory", "is a directory");
    if (st.size > maxBytes)
      throw new GkparseError("too-large", `file is ${st.size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
    return await handle.readFile();
  } catch (err) {
    if (err instanceof GkparseError) throw err;
    throw ioError(err);
  } finally {
    await handle?.close();
  }
}
