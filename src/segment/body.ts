// The body hierarchy: sections 一、, items （一）, sub-items 1. and （1）, in
// whatever nesting a document uses (the first marker kind met under a section is
// the next level, and so on), unnumbered paragraphs after an item, tables inside
// the body, and the closing paragraphs after the last item.
import type { Node, Para, TableUnit, Unit } from "./types.js";
import type { InputFile } from "../file.js";
import { STANDARD_RANK, markerOf } from "../lexicon/markers.js";
import { CLOSING_START } from "../lexicon/plan.js";
import { findAnchors } from "../assign/anchors.js";
import { splitHeading } from "./headings.js";

/**
 * A heading that carries its own assignment, （一）做好X公开（牵头单位：A；责任单位：B）:
 * the title stops before the bracket, which goes to the text with the rest.
 */
function headingWithAnchor(title: string, text: string): { title: string; text: string } {
  const a = findAnchors(title);
  if (!a.length || a[0].start < 2) return { title, text };
  return {
    title: title.slice(0, a[0].start).replace(/(?<![：；，、。\s])[：；，、。\s]+$/, ""),
    text: [title.slice(a[0].start), text].filter(Boolean).join("。"),
  };
}

export interface Body {
  preamble: Para[];
  sections: Node[];
  /** tables outside any numbered item (a plan written as a table) */
  tables: TableUnit[];
  closing: Para[];
}

/**
 * The body of a run of units. Guesses are reported on `file`: pass a scratch file
 * (InputFile.scratch) when the reading may be discarded.
 */
export function parseBody(units: Unit[], file: InputFile): Body {
  const roots: Node[] = [];
  const stack: Node[] = [];
  const preamble: Para[] = [];
  const tables: TableUnit[] = [];
  const closing: Para[] = [];
  let prevNo = -1;
  let firstMarker: ReturnType<typeof markerOf> = null;
  // the first heading is an item numbered past its first (（2）…): the page starts inside a document
  const startsInside = (): boolean => firstMarker !== null && firstMarker.kind !== "section" && firstMarker.value > 1;
  for (const u of units) {
    if (u.kind === "table") {
      if (stack.length) stack[stack.length - 1].tables.push(u);
      else tables.push(u);
      continue;
    }
    if (!u.text) continue;
    // A long heading-only line wrapped onto a short line of its own: 二、聚焦…基层政务公开 / 标准化规范化水平
    const top = stack[stack.length - 1];
    // (not after a heading closed by its 。, and not a bracket of its own: （市经信委） assigns the item)
    if (top && top.line === prevNo && !top.paras.length && !top.sentence && top.title.length >= 12 && !markerOf(u.text) && u.text.length <= 20 && !/[。；：:，,、！？]/.test(u.text) && !/^[（(【〔［[].*[）)】〕］\]]$/.test(u.text)) {
      top.title += u.text;
      prevNo = u.no;
      continue;
    }
    prevNo = u.no;
    const m = markerOf(u.text);
    if (m && firstMarker === null) firstMarker = m;
    if (m) {
      const split = splitHeading(m.rest);
      const guessed = split.guessed;
      const { title, text } = headingWithAnchor(split.title, split.text);
      const sentence = split.sentence === true;
      if (guessed) file.warn("guessed-heading", `heading without 。: its title was taken to end before "${text.slice(0, 12)}…"`, u.no);
      const node: Node = {
        kind: m.kind === "section" || m.kind === "chapter" ? "section" : "item",
        marker: m.kind,
        number: m.number,
        title,
        line: u.no,
        sentence,
        paras: text ? [{ ...u, text }] : [],
        tables: [],
        children: [],
      };
      if (m.kind === "section" || m.kind === "chapter") {
        stack.length = 0;
        roots.push(node);
      } else {
        const same = stack.findIndex((n) => n.marker === m.kind);
        if (same >= 0) stack.length = same;
        // a page that starts inside a document, with items of a lower level than this one
        // ((2)…(6) above 16.): those were the last items of an item above the page's start
        else if (startsInside() && stack.length && roots.every((r) => r.kind === "item") && STANDARD_RANK[stack[0].marker] > STANDARD_RANK[m.kind]) stack.length = 0;
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(node);
        else roots.push(node);
      }
      stack.push(node);
      continue;
    }
    if (stack.length) stack[stack.length - 1].paras.push(u);
    else if (tables.length) closing.push(u);
    else preamble.push(u);
  }
  // The closing: paragraphs after the first one of the last node that address everyone.
  let last: Node | undefined = roots[roots.length - 1];
  while (last && last.children.length) last = last.children[last.children.length - 1];
  if (last && last.paras.length >= 2) {
    const k = last.paras.findIndex((p, idx) => idx >= 1 && CLOSING_START.test(p.text));
    if (k >= 1) {
      // no spread: a node may hold more paragraphs than a call takes arguments
      const moved = last.paras.splice(k).concat(closing);
      closing.length = 0;
      for (const p of moved) closing.push(p);
    }
  }
  return { preamble, sections: roots, tables, closing };
}
