// Compare a Document with a hand-made gold annotation (tests/gold/*, the format of
// the team's scorer): every field, heading, reference, attachment and cc entry,
// and every gold task found by its key with exactly its units and deadlines.
// Returns the list of differences, empty when the Document agrees with the gold.
import type { Document, Deadline } from "../../src/schema.js";

export interface GoldTask {
  key: string;
  lead: string[];
  responsible: string[];
  cooperating: string[];
  deadlines: Array<{ date?: string; kind?: string; every?: string }>;
}
export interface Gold {
  file: string;
  notice: null | { title: string; docNumber: string | null; issuer: string; date: string | null; addressees: string[] };
  title: string | null;
  region: string | null;
  year: number | null;
  references: string[];
  headings: Array<{ path: string[]; title: string }>;
  tasks: GoldTask[];
  attachments: Array<{ label: string; title: string }>;
  cc: string[];
}

/** Compare meaning, not width, spacing or punctuation. */
export const fold = (s: string | null | undefined): string => (s ?? "").normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "");

const setDiff = (label: string, want: string[], got: string[], out: string[]) => {
  const g = new Set(got);
  const w = new Set(want);
  for (const x of w) if (!g.has(x)) out.push(`${label} missing: ${x}`);
  for (const x of g) if (!w.has(x)) out.push(`${label} extra: ${x}`);
};

const deadlineToken = (d: { date?: string | null; kind?: string; every?: string }) =>
  d.date ? `d:${d.date}` : d.kind === "recurring" ? `r:${d.every}` : `k:${d.kind}`;

export function compareWithGold(doc: Document, gold: Gold): string[] {
  const out: string[] = [];
  const eq = (label: string, want: unknown, got: unknown) => {
    if (want !== got) out.push(`${label}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  };
  if (gold.notice === null) eq("notice", null, doc.notice ? "present" : null);
  else {
    const n = doc.notice;
    eq("notice.title", fold(gold.notice.title), fold(n?.title));
    eq("notice.docNumber", fold(gold.notice.docNumber), fold(n?.docNumber));
    eq("notice.issuer", fold(gold.notice.issuer), fold(n?.issuer));
    eq("notice.date", gold.notice.date, n?.date ?? null);
    eq("notice.addressees", fold(gold.notice.addressees.join()), fold((n?.addressees ?? []).join()));
  }
  eq("title", fold(gold.title), fold(doc.title));
  eq("region", fold(gold.region), fold(doc.region));
  eq("year", gold.year, doc.year);
  setDiff("reference", gold.references.map(fold), doc.references.map((r) => fold(r.docNumber)).filter(Boolean), out);
  const heads: string[] = [];
  const walk = (items: Document["sections"][number]["items"], path: string[]) => {
    for (const it of items) {
      const p = [...path, fold(it.number)];
      heads.push(`${p.join("/")}|${fold(it.title)}`);
      walk(it.items, p);
    }
  };
  for (const s of doc.sections) {
    heads.push(`${fold(s.number)}|${fold(s.title)}`);
    walk(s.items, [fold(s.number)]);
  }
  setDiff("heading", gold.headings.map((h) => `${h.path.map(fold).join("/")}|${fold(h.title)}`), heads, out);
  setDiff("attachment", gold.attachments.map((a) => `${fold(a.label)}|${fold(a.title)}`), doc.attachments.map((a) => `${fold(a.label)}|${fold(a.title)}`), out);
  setDiff("cc", gold.cc.map(fold), doc.cc.map(fold), out);

  const pred = doc.tasks.map((t) => ({ t, text: fold(`${t.title ?? ""}${t.text}`), used: false }));
  for (const g of gold.tasks) {
    const key = fold(g.key);
    const m = pred.filter((p) => p.text.includes(key)).sort((a, b) => a.text.length - b.text.length)[0];
    const label = `task «${g.key}»`;
    if (!m) {
      out.push(`${label}: not found`);
      continue;
    }
    m.used = true;
    setDiff(`${label} lead`, g.lead.map(fold), m.t.leadUnits.map(fold), out);
    setDiff(`${label} responsible`, g.responsible.map(fold), m.t.responsibleUnits.map(fold), out);
    setDiff(`${label} cooperating`, g.cooperating.map(fold), m.t.cooperatingUnits.map(fold), out);
    setDiff(`${label} deadline`, g.deadlines.map(deadlineToken), m.t.deadlines.map((d: Deadline) => deadlineToken(d)), out);
  }
  for (const p of pred.filter((p) => !p.used)) {
    const units = p.t.leadUnits.length + p.t.responsibleUnits.length + p.t.cooperatingUnits.length;
    if (units || p.t.deadlines.length) out.push(`spurious task «${(p.t.title ?? p.t.text).slice(0, 20)}»: ${units} units, ${p.t.deadlines.length} deadlines`);
  }
  return out;
}
