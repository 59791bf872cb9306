// The parsed page, flattened into arrays for linear-time analysis.
//
// Every element gets a pre-order index; subtree sums are computed by one pass in
// reverse index order (a child always has a larger index than its parent), so no
// step recurses and deeply nested input cannot overflow the stack.

import { labelMask, popcount, STRONG_MASK } from "./meta.js";
import { measure, weightOf } from "./text.js";

/** The parts of a domhandler node this stage reads. */
export interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  parent?: HNode | null;
  data?: string;
  sourceCodeLocation?: { startLine: number } | null;
}

export function isElement(n: HNode): boolean {
  return n.type === "tag" || n.type === "script" || n.type === "style";
}

/** Never content. */
const HARD_DROP = new Set([
  "head", "title", "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
  "applet", "select", "option", "optgroup", "datalist", "button", "input", "textarea", "svg", "math",
  "canvas", "video", "audio", "map", "link", "meta", "base", "img", "picture", "source", "track",
]);

/** Page furniture by element name. */
const SOFT_DROP_NAMES = new Set(["nav", "header", "footer", "form", "aside"]);

/** Never dropped for their class or id. */
const NEVER_SOFT = new Set(["html", "body", "main", "article"]);

/** Word parts of class/id that mark page furniture. */
const BOILER_WORDS = [
  "nav", "navbar", "navigation", "menu", "breadcrumb", "crumb", "position", "location", "share",
  "tool", "toolbar", "tools", "print", "footer", "foot", "copyright", "sidebar", "side", "search",
];
const BOILER_EXCEPTIONS = new Set(["inside", "outside", "beside", "footnote", "footnotes", "sideline"]);

/** Word parts of class/id that mark the article itself. */
const CONTENT_LONG = ["content", "article", "detail", "editor", "zoom"];
const CONTENT_SHORT = ["body", "main", "art", "text", "zw", "con", "trs"];

/** With "print": the area to print, i.e. the article. */
const PRINT_TARGET = new Set(["area", "content", "main", "body", "text", "zw", "con", "zoom", "article", "detail"]);

const TITLE_WORDS = ["title", "tit", "bt", "biaoti", "headline"];

export const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
  "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav",
  "ol", "p", "plaintext", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
  "tr", "ul", "xmp", "marquee", "title",
]);

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Elements the content search may descend into. */
const CONTAINERS = new Set([
  "html", "body", "div", "section", "article", "main", "center", "form", "td", "th", "tr", "tbody",
  "thead", "tfoot", "table", "blockquote", "span", "font", "header", "footer", "aside", "nav",
]);

const FILE_LINK = /\.(?:docx?|xlsx?|wps|et|pdf|ofd|zip|rar|7z|txt|pptx?|csv|jpe?g|png)(?:$|[?#])/i;

/** Split class and id into lower-case word parts: "bdShare-box TRS_Editor" → bd, share, box, trs, editor. */
export function wordParts(el: HNode): string[] {
  const a = el.attribs;
  if (!a) return [];
  const raw = `${a.class ?? ""} ${a.id ?? ""}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function partMatches(part: string, word: string): boolean {
  return part === word || part.startsWith(word) || part.endsWith(word) || (word.length >= 5 && part.includes(word));
}

export function isContentish(parts: string[]): boolean {
  return parts.some(
    (p) => CONTENT_LONG.some((w) => p.includes(w)) || CONTENT_SHORT.includes(p),
  );
}

function isBoilerByParts(parts: string[]): boolean {
  if (!parts.length) return false;
  const hits = new Set<string>();
  for (const p of parts) {
    if (BOILER_EXCEPTIONS.has(p)) continue;
    for (const w of BOILER_WORDS) if (partMatches(p, w)) hits.add(w);
  }
  if (!hits.size) return false;
  // "printContent", "print-area", "print_zw" hold the article to print: not the print button
  if ([...hits].every((w) => w === "print"))
    return !parts.some((p) => CONTENT_LONG.some((w) => p.includes(w)) || PRINT_TARGET.has(p) || /^print(?:area|content|main|body|text|zw|con)$/.test(p));
  return true;
}

function isHidden(el: HNode): boolean {
  const a = el.attribs;
  if (!a) return false;
  if (a.hidden !== undefined) return true;
  const st = a.style;
  return !!st && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(st);
}

export class Page {
  readonly els: HNode[] = [];
  readonly index = new Map<HNode, number>();
  parent!: Int32Array;
  size!: Int32Array;
  /** dropped: never content (script, forms, media …) or page furniture */
  hard!: Uint8Array;
  soft!: Uint8Array;
  /** dropped by itself or through an ancestor */
  gone!: Uint8Array;
  /** text weight (CJK + alnum/4) outside links, furniture excluded */
  weight!: Float64Array;
  /** the same, furniture included (only never-content elements excluded) */
  looseWeight!: Float64Array;
  linkWeight!: Float64Array;
  visible!: Float64Array;
  anchors!: Int32Array;
  fileLinks!: Int32Array;
  labels!: Int32Array;
  attachWord!: Uint8Array;
  blocks!: Int32Array;
  headings!: Int32Array;
  tables!: Int32Array;
  /** smallest metadata blocks (see metaQualifies) */
  meta!: Uint8Array;
  titleEl = -1;
  bodyEl = 0;

  constructor(root: HNode) {
    this.flatten(root);
    this.analyse();
  }

  private flatten(root: HNode): void {
    const parents: number[] = [];
    const stack: Array<[HNode, number]> = [];
    const kids = root.children ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k], -1]);
    while (stack.length) {
      const [node, parentIdx] = stack.pop()!;
      if (!isElement(node)) continue;
      const i = this.els.length;
      this.els.push(node);
      this.index.set(node, i);
      parents.push(parentIdx);
      const ch = node.children ?? [];
      for (let k = ch.length - 1; k >= 0; k--) if (isElement(ch[k])) stack.push([ch[k], i]);
    }
    this.parent = Int32Array.from(parents);
  }

  tag(i: number): string {
    return this.els[i].name ?? "";
  }

  private analyse(): void {
    const n = this.els.length;
    const { els, parent } = this;
    this.size = new Int32Array(n).fill(1);
    this.hard = new Uint8Array(n);
    this.soft = new Uint8Array(n);
    this.gone = new Uint8Array(n);
    const inLink = new Uint8Array(n);
    const hardGone = new Uint8Array(n);
    const ownW = new Float64Array(n);
    const ownLinkW = new Float64Array(n);
    const ownVisible = new Float64Array(n);
    const ownLabels = new Int32Array(n);
    const ownAttach = new Uint8Array(n);

    for (let i = 0; i < n; i++) {
      const el = els[i];
      const name = el.name ?? "";
      const p = parent[i];
      if (name === "body" && this.bodyEl === 0) this.bodyEl = i;
      if (name === "title" && this.titleEl < 0) this.titleEl = i;
      this.hard[i] = el.type !== "tag" || HARD_DROP.has(name) || isHidden(el) ? 1 : 0;
      hardGone[i] = this.hard[i] || (p >= 0 && hardGone[p]) ? 1 : 0;
      inLink[i] = name === "a" || (p >= 0 && inLink[p]) ? 1 : 0;
      if (hardGone[i]) continue;
      for (const c of el.children ?? []) {
        if (c.type !== "text" || !c.data) continue;
        const m = measure(c.data);
        if (!m.visible) continue;
        const w = weightOf(m);
        if (inLink[i]) ownLinkW[i] += w;
        else ownW[i] += w;
        ownVisible[i] += m.visible;
        ownLabels[i] |= labelMask(c.data);
        if (c.data.includes("附件")) ownAttach[i] = 1;
      }
    }

    // looseWeight: everything but never-content elements
    this.looseWeight = Float64Array.from(ownW);
    this.visible = Float64Array.from(ownVisible);
    this.labels = Int32Array.from(ownLabels);
    for (let i = n - 1; i > 0; i--) {
      const p = parent[i];
      if (p < 0) continue;
      this.size[p] += this.size[i];
      this.looseWeight[p] += this.looseWeight[i];
      this.visible[p] += this.visible[i];
      this.labels[p] |= this.labels[i];
    }

    // page furniture, unless it holds most of the page's text
    const pageW = this.looseWeight[this.bodyEl] || 0;
    for (let i = 0; i < n; i++) {
      if (hardGone[i]) continue;
      const el = els[i];
      const name = el.name ?? "";
      if (NEVER_SOFT.has(name)) continue;
      let furniture = isBoilerByParts(wordParts(el));
      if (!furniture && SOFT_DROP_NAMES.has(name)) {
        furniture = true;
        if (name === "header" || name === "footer") {
          // an article's own header/footer is not page furniture
          for (let a = parent[i]; a >= 0; a = parent[a]) {
            const an = els[a].name;
            if (an === "article" || an === "main") {
              furniture = false;
              break;
            }
          }
        }
      }
      // a <form> around the page (ASP.NET) may hold a short page; other furniture must hold a long one
      const floor = name === "form" ? 10 : 200;
      if (furniture && this.looseWeight[i] >= Math.max(floor, 0.5 * pageW)) furniture = false;
      this.soft[i] = furniture ? 1 : 0;
    }
    for (let i = 0; i < n; i++) {
      const p = parent[i];
      this.gone[i] = hardGone[i] || this.soft[i] || (p >= 0 && this.gone[p]) ? 1 : 0;
    }

    // strict sums: furniture excluded
    this.weight = new Float64Array(n);
    this.linkWeight = new Float64Array(n);
    this.anchors = new Int32Array(n);
    this.fileLinks = new Int32Array(n);
    this.attachWord = new Uint8Array(n);
    this.blocks = new Int32Array(n);
    this.headings = new Int32Array(n);
    this.tables = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (this.gone[i]) continue;
      const name = els[i].name ?? "";
      this.weight[i] = ownW[i];
      this.linkWeight[i] = ownLinkW[i];
      this.attachWord[i] = ownAttach[i];
      if (name === "a") {
        this.anchors[i] = 1;
        if (FILE_LINK.test(els[i].attribs?.href ?? "")) this.fileLinks[i] = 1;
      }
    }
    for (let i = n - 1; i > 0; i--) {
      const p = parent[i];
      if (p < 0 || this.gone[i]) continue;
      const name = els[i].name ?? "";
      this.weight[p] += this.weight[i];
      this.linkWeight[p] += this.linkWeight[i];
      this.anchors[p] += this.anchors[i];
      this.fileLinks[p] += this.fileLinks[i];
      this.attachWord[p] |= this.attachWord[i];
      this.blocks[p] += this.blocks[i] + (BLOCK.has(name) ? 1 : 0);
      this.headings[p] += this.headings[i] + (HEADINGS.has(name) ? 1 : 0);
      this.tables[p] += this.tables[i] + (name === "table" ? 1 : 0);
    }

    this.meta = new Uint8Array(n);
    const below = new Uint8Array(n); // some proper descendant qualifies
    for (let i = n - 1; i >= 0; i--) {
      const q = !hardGone[i] && this.metaQualifies(i);
      if (q && !below[i]) this.meta[i] = 1;
      const p = parent[i];
      if (p >= 0 && (q || below[i])) below[p] = 1;
    }
  }

  /** Element children of element i. */
  childEls(i: number): number[] {
    const out: number[] = [];
    for (const c of this.els[i].children ?? []) {
      const k = this.index.get(c);
      if (k !== undefined) out.push(k);
    }
    return out;
  }

  contains(anc: number, i: number): boolean {
    return i >= anc && i < anc + this.size[anc];
  }

  isContainer(i: number): boolean {
    return CONTAINERS.has(this.tag(i));
  }

  contentish(i: number): boolean {
    return isContentish(wordParts(this.els[i]));
  }

  titleLike(i: number): boolean {
    const name = this.tag(i);
    if (name === "h1" || name === "h2" || name === "h3") return true;
    return wordParts(this.els[i]).some((p) => TITLE_WORDS.some((w) => p === w || (w.length >= 3 && (p.startsWith(w) || p.endsWith(w)))));
  }

  /** The smallest block holding ≥ 2 different metadata labels, one of them a strong one. */
  metaQualifies(i: number): boolean {
    const m = this.labels[i];
    if (popcount(m) < 2 || !(m & STRONG_MASK) || this.visible[i] > 1500) return false;
    const name = this.tag(i);
    return !["html", "body", "tr", "td", "th", "tbody", "thead", "tfoot"].includes(name);
  }

  /** A list of links (related articles, friendly links): skipped inside the content. */
  linkList(i: number): boolean {
    if (this.anchors[i] < 3 || this.fileLinks[i] > 0 || this.attachWord[i]) return false;
    const name = this.tag(i);
    if (!["ul", "ol", "dl", "div", "table", "section", "td", "tbody", "span", "marquee"].includes(name)) return false;
    const link = this.linkWeight[i];
    return this.weight[i] < 20 && link >= 0.7 * (link + this.weight[i]);
  }

  lineOf(node: HNode | null | undefined): number {
    for (let x = node; x; x = x.parent) {
      const l = x.sourceCodeLocation?.startLine;
      if (l) return l;
    }
    return 1;
  }
}
