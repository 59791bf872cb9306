// Script detection and traditional → simplified conversion.
// Detection counts characters that exist in only one of the two national code
// tables: in GB2312 but not Big5 (simplified forms such as 们 发 开) or in Big5 but
// not GB2312 (traditional forms such as 們 發 開). The tables come from the
// platform's decoders; conversion uses opencc-js (tw → cn), loaded only when a
// document needs it.
import { createRequire } from "node:module";
import type { Script } from "../schema.js";
import { BIG5_ONLY, GB_ONLY, charTable } from "../decode/charsets.js";

export interface ScriptCount {
  simplified: number;
  traditional: number;
}

export function countScript(text: string): ScriptCount {
  const t = charTable();
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const f = t[c];
    if (f & GB_ONLY) simplified++;
    else if (f & BIG5_ONLY) traditional++;
  }
  return { simplified, traditional };
}

/** simplified / traditional / mixed, by the share of script-specific characters. */
export function detectScript(count: ScriptCount): Script {
  const total = count.simplified + count.traditional;
  if (total === 0) return "simplified";
  const t = count.traditional / total;
  if (t < 0.05) return "simplified";
  if (t > 0.95) return "traditional";
  return "mixed";
}

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

/** Traditional → mainland simplified (OpenCC tw → cn: also undoes Taiwan variant forms such as 著力 → 着力). */
export function convertToSimplified(text: string): string {
  if (!toSimplified) {
    const require = createRequire(import.meta.url);
    const OpenCC = require("opencc-js/t2cn") as { Converter: (o: { from: string; to: string }) => Convert };
    toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
  }
  return toSimplified(text);
}

/**
 * The way back from the simplified text to the input's own script, learned from the
 * document itself: every character that conversion changed, aligned with what it
 * was (lines whose length conversion kept), and its pair with the character before
 * it where one simplified character stood for several traditional ones (发: 發, 髮).
 * Text the document never held comes back as it is.
 */
export function learnRestore(originals: readonly string[], converted: readonly string[]): (s: string) => string {
  const single = new Map<string, Map<string, number>>();
  const pairs = new Map<string, string>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let k = 0; k < originals.length; k++) {
    const o = originals[k];
    const c = converted[k];
    if (o === c || o.length !== c.length) continue;
    for (let i = 0; i < c.length; i++) {
      if (o[i] === c[i]) continue;
      let m = single.get(c[i]);
      if (!m) single.set(c[i], (m = new Map()));
      count(m, o[i]);
      if (i > 0) pairs.set(c[i - 1] + c[i], o[i]);
    }
  }
  const best = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [c, m] of single) {
    best.set(c, [...m].sort((a, b) => b[1] - a[1])[0][0]);
    if (m.size > 1) ambiguous.add(c);
  }
  if (!best.size) return (s) => s;
  return (s) => {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      const t = best.get(c);
      if (t === undefined) out += c;
      else out += (ambiguous.has(c) && i > 0 && pairs.get(s[i - 1] + c)) || t;
    }
    return out;
  };
}
