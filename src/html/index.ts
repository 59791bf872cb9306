// HTML stage: decoded HTML source → blocks in reading order.
//
// What `no` (the line) means for HTML input
// -----------------------------------------
// Every block carries a 1-based line of the HTML source, as the decoded text
// counts lines (CRLF, CR and LF each end a line):
// - a LineBlock: the line on which the first character of its text stands. For
//   ordinary markup (`<p>text</p>`, `<li>索引号：…</li>`, `<div class="title">…`)
//   that is the line where the element holding the text starts; for text after
//   a `<br>` it is the line the text itself starts on.
// - a TableBlock: the line of its `<table>` start tag; each row: the line of its
//   `<tr>` start tag (when the source omits `<tr>`, the line of its first cell).
// - metadata lines made from cells (`索引号：X` from `<td>索引号：</td><td>X</td>`):
//   the line of the label.
//
// What is kept
// ------------
// - The main content (findCore): starting at <body>, the search goes down into
//   the child container that holds at least 3/4 of the text (95% when the
//   current element's class/id already names the article: content, zoom,
//   TRS_Editor …) and stops when none does. Text is weighed by CJK characters
//   outside links (Latin letters and digits count a quarter), after dropping
//   what is never content (script, style, noscript, iframe, select, button,
//   media, comments, hidden elements) and page furniture (nav, header, footer,
//   form, aside, and elements whose class/id has a word part such as nav, menu,
//   crumb, position, location, share, tool(s), print, foot(er), copyright,
//   side(bar), search). Furniture that holds half of the page's text is not
//   furniture (a <form> around an ASP.NET page), so the content is never dropped.
//   Data tables, lists and paragraphs are content, never searched into.
// - Around it: the closest title-like element before it (h1–h3, class/id
//   "title") when the content has no title of its own; every portal metadata
//   block (see meta.ts); attachment links after it (附件, links to .doc/.pdf …).
// - Inside it, lists of links with next to no other text (related articles)
//   are skipped.
// - The page <title> comes first. When the content repeats its article part
//   ("X_column_site" → X) it is kept but marked `boiler: "page title"`, so the
//   segmenter reads the title once; otherwise its article part is emitted.
//   A short line repeating the line just before it is marked `boiler: "repeated
//   title"` likewise.
//
// Lines: `p`, `div`, `br`, `li`, `h1`–`h6`, `tr`, `td` of layout tables, `dd`,
// `dt` and the other block elements end lines; inline elements (`span`, `a`,
// `font`, `strong`, `b` …) do not. Whitespace runs become one space (&nbsp; and
// the ideographic space included), a source line break between two CJK
// characters disappears; empty lines are not emitted.
//
// Tables (tables.ts): layout tables are unwrapped and their cells read as
// content; data tables become TableBlocks expanded to the full grid. Metadata
// blocks become `LABEL：VALUE` lines (meta.ts).
//
// Warnings: html-no-content (line 0; no blocks then), html-deep-nesting
// (pathological markup blanked before parsing, see guard.ts),
// html-table-capped (spans too large to expand in full).

import { createRequire } from "node:module";
import type { Block, LineBlock, TableBlock } from "../blocks.js";
import type { Message } from "../messages.js";
import { guardNesting } from "./guard.js";
import { metaLines, type Segment } from "./meta.js";
import { BLOCK, Page, type HNode } from "./page.js";
import { classifyTable, colspanOf, expandGrid, ownRows, rowspanOf, type TableKind } from "./tables.js";
import { finishText, firstContentIndex, newlinesBefore } from "./text.js";

/** cheerio is loaded on the first HTML page only: text corpora never pay for it. */
let cheerioModule: typeof import("cheerio") | null = null;
function cheerio(): typeof import("cheerio") {
  cheerioModule ??= createRequire(import.meta.url)("cheerio") as typeof import("cheerio");
  return cheerioModule;
}

export interface HtmlExtract {
  blocks: Block[];
  warnings: Message[];
}

/** Below this text weight (CJK characters outside links) a page has no content. */
const MIN_CONTENT = 10;

/** Share of its parent's text a child needs for the content search to descend into it. */
const DESCEND = 0.75;
/** The same, when the parent's class/id already says it is the article (content, zoom, TRS_Editor …). */
const DESCEND_FROM_CONTENT = 0.95;

/** Pure function: decoded HTML source → blocks in reading order. */
export function htmlToBlocks(html: string): HtmlExtract {
  const warnings: Message[] = [];
  try {
    return extract(html, warnings);
  } catch (e) {
    // The parser and the walks are total; this is a last line of defence.
    warnings.push({ code: "html-error", message: `HTML could not be read: ${(e as Error).message}`, line: 0 });
    return { blocks: [], warnings };
  }
}

function noContent(warnings: Message[]): HtmlExtract {
  warnings.push({
    code: "html-no-content",
    message: "the HTML page has no main content (only navigation or page furniture)",
    line: 0,
  });
  return { blocks: [], warnings };
}

function extract(html: string, warnings: Message[]): HtmlExtract {
  const guarded = guardNesting(typeof html === "string" ? html : String(html ?? ""));
  if (guarded.flattened)
    warnings.push({
      code: "html-deep-nesting",
      message: `${guarded.flattened} tags nested too deeply or fostered out of tables en masse were ignored`,
      line: guarded.firstLine,
    });
  const $ = cheerio().load(guarded.html, { sourceCodeLocationInfo: true });
  const root = $.root()[0] as unknown as HNode;
  const page = new Page(root);
  if (!page.els.length) return noContent(warnings);

  const kinds = new TableKinds(page);
  const core = findCore(page, kinds);
  if (page.weight[core] < MIN_CONTENT) return noContent(warnings);
  kinds.forceAround(core);

  const emitter = new Emitter(page, kinds);
  for (const r of roots(page, core)) emitter.emit(r);
  const blocks = emitter.blocks;
  if (!blocks.length) return noContent(warnings);
  markRepeats(blocks);
  if (page.titleEl >= 0) {
    const title = emitter.pageTitle(page.titleEl, blocks);
    if (title) blocks.unshift(title);
  }
  if (emitter.capped)
    warnings.push({ code: "html-table-capped", message: "table spans too large to expand in full", line: emitter.capped });
  return { blocks, warnings };
}

/**
 * A short line repeating the line just before it (a title shown in the page
 * header and again at the top of the body) is marked as boilerplate: it keeps
 * its place and line number, but is read once.
 */
function markRepeats(blocks: Block[]): void {
  let prev = "";
  for (const b of blocks) {
    if (b.kind !== "line") {
      prev = "";
      continue;
    }
    const key = b.text.replace(/\s+/g, "");
    if (key === prev && key.length <= 120) b.boiler = "repeated title";
    else prev = key;
  }
}

// ---------------------------------------------------------------------------
// Main content

/** Table kinds, computed once per table. */
class TableKinds {
  private readonly known = new Map<number, TableKind>();
  private readonly forced = new Set<number>();

  constructor(private readonly page: Page) {}

  /** The tables with the main content inside one of their cells are layout, whatever they look like. */
  forceAround(core: number): void {
    const page = this.page;
    for (let a = core; a >= 0; a = page.parent[a]) {
      const name = page.tag(a);
      if (name !== "td" && name !== "th") continue;
      let t = page.parent[a];
      while (t >= 0 && page.tag(t) !== "table") t = page.parent[t];
      if (t >= 0) this.forced.add(t);
    }
  }

  kind(t: number): TableKind {
    if (this.forced.has(t)) return "layout";
    const cached = this.known.get(t);
    if (cached) return cached;
    const page = this.page;
    const rows = ownRows(page, t);
    let kind = classifyTable(page, t, rows);
    if (kind === "data") {
      // one cell holding most of the page's text: an article placed in a table
      const w = page.weight[t];
      for (const r of rows)
        for (const c of r.cells) if (w > 0 && page.weight[c] >= DESCEND * w && page.weight[c] >= 200) kind = "layout";
    }
    this.known.set(t, kind);
    return kind;
  }
}

/**
 * Start at <body>; go down into the child container holding at least 3/4 of the
 * text (links and furniture not counted; 95% when the current element's
 * class/id already names the article), and stop when no child does. Data
 * tables, lists and paragraphs are content, not containers: the search never
 * enters them, so text around them stays in.
 */
function findCore(page: Page, kinds: TableKinds): number {
  let cur = page.bodyEl;
  for (let step = 0; step < page.els.length; step++) {
    const total = page.weight[cur];
    if (total <= 0) return cur;
    let best = -1;
    for (const c of page.childEls(cur)) {
      if (page.gone[c] || !page.isContainer(c)) continue;
      if (page.tag(c) === "table" && kinds.kind(c) === "data") continue;
      if (best < 0 || page.weight[c] > page.weight[best]) best = c;
    }
    if (best < 0) return cur;
    const need = page.contentish(cur) ? DESCEND_FROM_CONTENT : DESCEND;
    if (page.weight[best] < need * total) return cur;
    cur = best;
  }
  return cur;
}

/** The elements to emit, in document order: the core and what is rescued around it. */
function roots(page: Page, core: number): number[] {
  const n = page.els.length;
  const out: number[] = [];
  const coreEnd = core + page.size[core];
  // h2/h3 inside the content are usually its section headings, not its title
  let coreHasTitle = false;
  for (let i = core; i < coreEnd && !coreHasTitle; i++)
    if (!page.gone[i] && page.titleLike(i) && !/^h[23]$/.test(page.tag(i)) && page.weight[i] >= 4) coreHasTitle = true;

  let lastTitle = -1;
  for (let i = 0; i < core; ) {
    if (page.gone[i] || page.contains(i, core)) {
      i = page.gone[i] ? i + page.size[i] : i + 1;
      continue;
    }
    if (page.meta[i]) {
      out.push(i);
      i += page.size[i];
      continue;
    }
    // the innermost, closest title-like element wins: keep looking inside
    if (page.titleLike(i) && page.weight[i] >= 4 && page.weight[i] <= 200) lastTitle = i;
    i++;
  }
  if (lastTitle >= 0 && !coreHasTitle) {
    // a metadata block inside the title's element is emitted with it
    for (let k = out.length - 1; k >= 0; k--) if (page.contains(lastTitle, out[k])) out.splice(k, 1);
    out.push(lastTitle);
  }
  out.push(core);
  for (let i = coreEnd; i < n; ) {
    if (page.gone[i]) {
      i += page.size[i];
      continue;
    }
    const attach = (page.fileLinks[i] > 0 || page.attachWord[i]) && page.weight[i] + page.linkWeight[i] < 300;
    if (page.meta[i] || (attach && !page.linkList(i))) {
      out.push(i);
      i += page.size[i];
      continue;
    }
    i++;
  }
  return out.sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------
// Emitting blocks

const SEGMENT_BREAK = new Set(["td", "th", "li", "dt", "dd", "tr", "br", "p", "div"]);

class Emitter {
  readonly blocks: Block[] = [];
  capped = 0;
  private raw: string[] = [];
  private no = 0;
  private pre = 0;

  constructor(
    private readonly page: Page,
    private readonly kinds: TableKinds,
  ) {}

  /**
   * The page <title>. Portals write it as "article title_column_site"; when the
   * article title already stands in the content, the line is kept but marked as
   * boilerplate (so it is not read twice), else the article part is emitted.
   */
  pageTitle(t: number, content: Block[]): LineBlock | null {
    const node = this.page.els[t];
    for (const c of node.children ?? []) if (c.type === "text") this.addText(c);
    const no = this.no || this.page.lineOf(node);
    const text = finishText(this.raw.join(""));
    this.raw = [];
    this.no = 0;
    if (!text) return null;
    const main = text
      // "X_column_site", "X - site", "X-某某县人民政府": a dash without spaces only before a site name
      .split(/\s*[_|｜]\s*|\s+[-–—]\s+|[-–—](?=[^-–—]{2,30}(?:政府|网|网站|门户|平台)$)/)
      .reduce((a, b) => (b.length > a.length ? b : a), "");
    const key = main.replace(/\s+/g, "");
    const repeated =
      key.length > 0 &&
      content.some((b) =>
        b.kind === "line" ? b.text.replace(/\s+/g, "").includes(key) : b.rows.some((r) => r.cells.some((c) => c.includes(key))),
      );
    if (repeated) return { kind: "line", no, text, boiler: "page title" };
    return { kind: "line", no, text: main };
  }

  private addText(node: HNode): void {
    const data = node.data ?? "";
    if (!data) return;
    if (this.pre > 0 && data.includes("\n")) {
      const base = this.page.lineOf(node);
      const parts = data.split("\n");
      let line = base;
      parts.forEach((part, k) => {
        if (k > 0) {
          this.flush();
          line++;
        }
        if (!this.no && firstContentIndex(part) >= 0) this.no = line;
        this.raw.push(part);
      });
      return;
    }
    if (!this.no) {
      const k = firstContentIndex(data);
      if (k >= 0) this.no = this.page.lineOf(node) + newlinesBefore(data, k);
    }
    this.raw.push(data);
  }

  private flush(): void {
    if (this.raw.length) {
      const text = finishText(this.raw.join(""));
      if (text) this.blocks.push({ kind: "line", no: this.no || 1, text } satisfies LineBlock);
    }
    this.raw = [];
    this.no = 0;
  }

  /** Emit the subtree of element r. */
  emit(r: number): void {
    const page = this.page;
    type Frame = { node: HNode; exit?: "block" | "pre" };
    const stack: Frame[] = [{ node: page.els[r] }];
    while (stack.length) {
      const f = stack.pop()!;
      if (f.exit) {
        if (f.exit === "pre") this.pre--;
        this.flush();
        continue;
      }
      const node = f.node;
      if (node.type === "text") {
        this.addText(node);
        continue;
      }
      const i = page.index.get(node);
      if (i === undefined || page.gone[i]) continue;
      const name = node.name ?? "";
      if (name === "br" || name === "hr") {
        this.flush();
        continue;
      }
      if (page.meta[i]) {
        this.flush();
        this.emitMeta(i);
        continue;
      }
      if (name === "table" && this.kinds.kind(i) === "data") {
        this.flush();
        this.emitTable(i);
        continue;
      }
      if (i !== r && page.linkList(i)) continue;
      if (BLOCK.has(name)) {
        this.flush();
        const pre = name === "pre" || name === "listing" || name === "plaintext";
        if (pre) this.pre++;
        stack.push({ node, exit: pre ? "pre" : "block" });
      }
      const ch = node.children ?? [];
      for (let k = ch.length - 1; k >= 0; k--) stack.push({ node: ch[k] });
    }
    this.flush();
  }

  /** Text of one element with breaks inside it joined (CJK|CJK: nothing, else a space). */
  private textOf(i: number): string {
    const page = this.page;
    const raw: string[] = [];
    const stack: Array<HNode | null> = [page.els[i]];
    while (stack.length) {
      const node = stack.pop();
      if (node === null) {
        raw.push("\n");
        continue;
      }
      if (!node) continue;
      if (node.type === "text") {
        raw.push(node.data ?? "");
        continue;
      }
      const k = page.index.get(node);
      if (k === undefined || page.gone[k]) continue;
      const name = node.name ?? "";
      if (name === "br" || name === "hr") {
        raw.push("\n");
        continue;
      }
      if (k !== i && BLOCK.has(name)) {
        raw.push("\n");
        stack.push(null);
      }
      const ch = node.children ?? [];
      for (let c = ch.length - 1; c >= 0; c--) stack.push(ch[c]);
    }
    return finishText(raw.join(""));
  }

  private emitTable(t: number): void {
    const page = this.page;
    const tableEl = page.els[t];
    for (const c of page.childEls(t)) {
      if (page.tag(c) !== "caption" || page.gone[c]) continue;
      const text = this.textOf(c);
      if (text) this.blocks.push({ kind: "line", no: this.firstLine(c), text });
    }
    const rows = ownRows(page, t);
    const grid = expandGrid(
      rows,
      (cell) => this.textOf(cell),
      (cell) => ({ col: colspanOf(page, cell), row: rowspanOf(page, cell) }),
    );
    const tableNo = page.lineOf(tableEl);
    if (grid.capped && !this.capped) this.capped = tableNo;
    const out: TableBlock = { kind: "table", no: tableNo, rows: [] };
    for (const row of grid.rows) {
      if (!row.cells.some((c) => c !== "")) continue;
      const trEl = page.els[row.tr];
      const no = trEl.sourceCodeLocation?.startLine ?? this.firstLine(row.tr);
      out.rows.push({ no, cells: row.cells });
    }
    if (out.rows.length) this.blocks.push(out);
  }

  /** Line of the first located node at or under element i. */
  private firstLine(i: number): number {
    const page = this.page;
    const end = i + page.size[i];
    for (let k = i; k < end; k++) {
      const l = page.els[k].sourceCodeLocation?.startLine;
      if (l) return l;
    }
    return page.lineOf(page.els[i]);
  }

  /** A metadata block: one `LABEL：VALUE` line per pair. */
  private emitMeta(m: number): void {
    const page = this.page;
    const segments: Segment[] = [];
    let raw: string[] = [];
    let no = 0;
    const cut = () => {
      if (raw.length) {
        const text = finishText(raw.join(""));
        if (text.replace(/\u0001/g, "").trim()) segments.push({ text, no: no || page.lineOf(page.els[m]) });
      }
      raw = [];
      no = 0;
    };
    type Frame = { node: HNode; exit?: "cut" | "mark" };
    const stack: Frame[] = [{ node: page.els[m] }];
    while (stack.length) {
      const f = stack.pop()!;
      if (f.exit === "cut") {
        cut();
        continue;
      }
      if (f.exit === "mark") {
        raw.push("\u0001");
        continue;
      }
      const node = f.node;
      if (node.type === "text") {
        const data = node.data ?? "";
        if (!no) {
          const k = firstContentIndex(data);
          if (k >= 0) no = page.lineOf(node) + newlinesBefore(data, k);
        }
        raw.push(data);
        continue;
      }
      const i = page.index.get(node);
      if (i === undefined || page.gone[i]) continue;
      const name = node.name ?? "";
      if (name === "br" || name === "hr") {
        cut();
        continue;
      }
      const breaks = SEGMENT_BREAK.has(name) || BLOCK.has(name);
      if (breaks) {
        cut();
        stack.push({ node, exit: "cut" });
      } else {
        raw.push("\u0001");
        stack.push({ node, exit: "mark" });
      }
      const ch = node.children ?? [];
      for (let k = ch.length - 1; k >= 0; k--) stack.push({ node: ch[k] });
    }
    cut();
    for (const line of metaLines(segments)) this.blocks.push({ kind: "line", no: line.no, text: line.text });
  }
}
