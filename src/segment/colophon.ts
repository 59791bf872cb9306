// 版记: 抄送 (cc) with its continuation lines, and the 印发 line (printed by, date).
import type { Para, Unit } from "./types.js";
import { CN_DATE, toIsoDate } from "../lexicon/dates.js";
import { splitBodies } from "../lexicon/units.js";

const CC = /^抄\s*送\s*[：:]\s*(.*)$/;
// No \s* between the lazy (.*?) and the date: tried at every position of a run of
// spaces it made long lines quadratic; the spaces it leaves in group 1 are removed anyway.
const PRINTED = new RegExp(`^(.*?)(${CN_DATE})\\s*(?:印发|印)\\s*$`);

export interface Colophon {
  cc: string[];
  ccLine: number;
  printed: { by: string | null; date: string | null; line: number } | null;
  /** indexes of the units that were 版记 */
  consumed: Set<number>;
}

const listLike = (t: string) => t.length <= 120 && !/[。：:]/.test(t.replace(/。$/, "")) && /[，,、]/.test(t);

export function extractColophon(units: Unit[]): Colophon {
  const out: Colophon = { cc: [], ccLine: 0, printed: null, consumed: new Set() };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== "line" || !u.text) continue;
    const cc = CC.exec(u.text);
    if (cc) {
      out.consumed.add(i);
      out.ccLine = u.no;
      let text = cc[1];
      let last = cc[1]; // the end of text (trimming the growing text at every line was quadratic)
      // Continuation lines: further lists of units, up to the 印发 line.
      for (let j = i + 1; j < units.length; j++) {
        const v = units[j];
        if (v.kind !== "line") break;
        if (!v.text) continue;
        const open = /[，,、；]$/.test(last.trim());
        if (PRINTED.test(v.text) || !(listLike(v.text) || (open && v.text.length <= 40 && !/[：:]/.test(v.text)))) break;
        text += "，" + v.text;
        last = v.text;
        out.consumed.add(j);
        i = j;
      }
      for (const unit of splitBodies(text.replace(/。$/, ""))) out.cc.push(unit);
      continue;
    }
    const p = u.text.includes("印") ? PRINTED.exec(u.text) : null; // the pattern needs 印; it is slow on long lines
    if (p) {
      out.consumed.add(i);
      const by = p[1].replace(/\s+/g, "");
      out.printed = { by: by || null, date: toIsoDate(p[2].replace(/\s+/g, "")), line: u.no };
    }
  }
  return out;
}

export type { Para };
