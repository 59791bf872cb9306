// String helpers shared by every stage (no vocabulary here: that is lexicon/).

/** Collapse the whitespace of a value for output. */
export function clean(s: string): string {
  return s.replace(/[\s\u3000]+/g, " ").trim();
}

/** Remove all whitespace: for Chinese values where spaces are layout (索 引 号). */
export function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

/** Display width: CJK and full-width characters count two, others one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a pair: counted with the first
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0xd800 && c <= 0xdbff);
    w += wide ? 2 : 1;
  }
  return w;
}
