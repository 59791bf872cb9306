// Emitting blocks from the parsed page: lines in reading order, data tables
// expanded to their full grid, metadata blocks as LABEL：VALUE lines.
import type { Block, LineBlock, TableBlock } from "../../blocks.js";
import type { TableKinds } from "./content.js";
import { metaLines, type Segment } from "./meta.js";
import { BLOCK, type HNode, type Page } from "./page.js";
import { colspanOf, expandGrid, ownRows, rowspanOf } from "./tables.js";
import { finishText, firstContentIndex, newlinesBefore } from "./text.js";


const SEGMENT_BREAK = new Set(["td", "th", "li", "dt", "dd", "tr", "br", "p", "div"]);

export class Emitter {
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
