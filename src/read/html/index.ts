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
import type { Block } from "../../blocks.js";
import type { InputFile, Message } from "../../file.js";
import { guardNesting } from "./guard.js";
import { Page, type HNode } from "./page.js";
import { TableKinds, findCore, roots } from "./content.js";
import { Emitter } from "./emit.js";

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


/** Decoded HTML source → blocks in reading order; what was skipped is reported on the file. */
export function htmlToBlocks(html: string, file: InputFile): Block[] {
  // The parser and the walks are total (property tests): an exception here is a bug, reported as one.
  const result = extract(html, []);
  for (const w of result.warnings) file.warn(w.code, w.message, w.line);
  return result.blocks;
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
