// Stage 1: bytes → text. Recognises binaries, BOMs, HTML charset declarations,
// and otherwise detects the encoding (see detect.ts). Pure: no I/O.
import type { Encoding } from "../schema.js";
import { detectEncoding, sniffBom } from "./detect.js";
import type { InputFile } from "../file.js";
import { GkparseError } from "../errors.js";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** the first bytes look like HTML (the charset was read from them) */
  html: boolean;
}

/** Magic numbers of files that are certainly not documents of this genre. */
const MAGIC: Array<[string, number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["zip archive (or a Word/Excel file)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["Windows executable", [0x4d, 0x5a]],
  ["OLE2 file (old Word/Excel)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["RAR archive", [0x52, 0x61, 0x72, 0x21]],
  ["7z archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["BMP image", [0x42, 0x4d]],
  ["WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
];

/** Encoding labels accepted by --encoding and in HTML, mapped to what we report. */
const LABELS: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  gb18030: "gb18030",
  gbk: "gb18030",
  gb2312: "gb18030",
  cp936: "gb18030",
  "x-gbk": "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  cp950: "big5",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  "utf-16": "utf-16le",
};

export function encodingFromLabel(label: string): Encoding | null {
  return LABELS[label.trim().toLowerCase()] ?? null;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      // "MZ" and "BM" are two letters a text could start with: require a NUL soon after.
      if (magic.length === 2 && magic[0] !== 0x1f && !bytes.subarray(0, 256).includes(0)) continue;
      return name;
    }
  }
  return null;
}

/** An ASCII view of the first bytes, for sniffing HTML and its charset: NULs dropped (UTF-16 HTML), other bytes above 0x7F as spaces. */
function asciiHead(bytes: Uint8Array, n = 4096): string {
  const end = Math.min(n, bytes.length);
  const out = new Uint8Array(end);
  let k = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b !== 0) out[k++] = b < 0x80 ? b : 0x20;
  }
  return Buffer.from(out.buffer, 0, k).toString("latin1");
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const HTML_TAGS = /<(?:p|div|br|table|td|span|body|html)\b[^>]*>/gi;

/** HTML is recognised by its content, not by the file name. */
export function looksLikeHtml(head: string): boolean {
  if (HTML_START.test(head)) return true;
  const tags = head.match(HTML_TAGS);
  return (tags?.length ?? 0) >= 3 && /<\/(?:p|div|td|span|body)>/i.test(head);
}

function declaredCharset(head: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}

function decodeWith(encoding: Encoding, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export interface DecodeOptions {
  /** force an encoding (a label such as gbk, big5, utf-16le) */
  encoding?: string;
}

/** Bad byte sequences replaced by U+FFFD: how many, and the first line holding one. */
function reportReplaced(text: string, encoding: Encoding, file: InputFile): void {
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (!bad) return;
  const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
  file.warn(
    "decode-replaced",
    `${bad} byte sequence${bad > 1 ? "s are" : " is"} not valid ${encoding} and ${bad > 1 ? "were" : "was"} replaced by U+FFFD (first on line ${line}); if the file mixes encodings, some text is lost there, else try --encoding`,
    line,
  );
}

export function decode(bytes: Uint8Array, file: InputFile, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new GkparseError("empty-file", "empty file");
  const kind = binaryKind(bytes);
  if (kind) throw new GkparseError("not-text", `not a text or HTML document (${kind})`);

  const head = asciiHead(bytes);
  const isHtml = looksLikeHtml(head);
  let encoding: Encoding | null = null;
  let text: string | null = null;

  if (opts.encoding) {
    encoding = encodingFromLabel(opts.encoding);
    if (!encoding) throw new GkparseError("usage", `unsupported encoding ${opts.encoding}`);
    text = decodeWith(encoding, bytes, false)!;
    reportReplaced(text, encoding, file);
  } else {
    const bom = sniffBom(bytes);
    if (bom) {
      encoding = bom.encoding;
      text = decodeWith(encoding, bytes.subarray(bom.bomLength), false)!;
    } else if (isHtml) {
      const label = declaredCharset(head);
      const declared = label ? encodingFromLabel(label) : null;
      if (declared) {
        text = decodeWith(declared, bytes, true);
        if (text !== null) encoding = declared;
        else file.warn("charset-mismatch", `the page declares charset ${label} but is not valid ${declared}; the encoding was detected instead`, 0);
      }
    }
    if (text === null) {
      const det = detectEncoding(bytes);
      if (!det)
        throw new GkparseError(
          "undecodable",
          "bytes are valid in no supported encoding (UTF-8, GB18030, Big5, UTF-16), not even in part; if you know the encoding, name it with --encoding",
        );
      encoding = det.encoding;
      text = det.text ?? decodeWith(encoding, bytes.subarray(det.bomLength), false)!;
      reportReplaced(text, encoding, file);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/\u0000/.test(text.slice(0, 65536))) throw new GkparseError("not-text", "not a text or HTML document (contains NUL bytes)");
  return { text, encoding: encoding!, html: isHtml };
}
