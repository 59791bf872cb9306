// Finding the main content of a page: the container holding most of its text,
// what is rescued around it (title, metadata, attachment links), and which tables
// only lay the page out.
import type { Page } from "./page.js";
import { classifyTable, ownRows, type TableKind } from "./tables.js";

/** Share of its parent's text a child needs for the content search to descend into it. */
const DESCEND = 0.75;
/** The same, when the parent's class/id already says it is the article (content, zoom, TRS_Editor …). */
const DESCEND_FROM_CONTENT = 0.95;


/** Table kinds, computed once per table. */
export class TableKinds {
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
export function findCore(page: Page, kinds: TableKinds): number {
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
export function roots(page: Page, core: number): number[] {
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
