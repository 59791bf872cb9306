// Guard against pathological markup, run on the HTML source before parsing.
//
// parse5 builds the tree as a browser does, and two of its steps cost time in
// proportion to what is already built:
// - nesting: for every block start tag it looks for an open <p> by walking the
//   stack of open elements, so 100,000 unclosed <div>s cost 100,000² steps;
// - foster parenting: an element found directly inside a <table> (outside any
//   cell) is moved before the table, and the tree adapter finds the table among
//   its parent's children by a linear search, once per moved element.
// Real portal pages nest a few dozen levels and foster a handful of stray tags.
// This pass scans the tags once, keeps a rough model of the open elements, and
// neutralises (blanks out) start tags that would nest deeper than MAX_DEPTH, with
// their end tags, and start tags that would be fostered once FOSTER_BUDGET of
// them have been. Every line break of the source is kept, so the line numbers
// parse5 reports stay those of the original input.
//
// The model is approximate (it is not the HTML tree builder); that is fine: it
// changes nothing on the pages browsers and editors produce, only on input that
// would otherwise take minutes.

export const MAX_DEPTH = 256;
export const FOSTER_BUDGET = 1000;

/** Elements whose start tag closes an open element of the same kind, so they never pile up. */
const SELF_LIMITING = new Set(["p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rp", "rtc", "a", "nobr", "form", "button"]);

const VOID = new Set([
  "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
  "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);

/** Allowed directly in a table: not fostered. */
const TABLE_PARTS = new Set(["caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th", "table", "script", "style", "template", "form", "input"]);
const SECTION = new Set(["tbody", "thead", "tfoot"]);
const CELL = new Set(["td", "th", "caption"]);

export interface GuardResult {
  html: string;
  /** number of tags neutralised */
  flattened: number;
  /** 1-based line of the first neutralised tag (0 when none) */
  firstLine: number;
}

/** The line breaks of `s`, in order (CR, LF and CRLF kept as they were). */
function newlinesIn(s: string): string {
  return s.replace(/[^\r\n]+/g, "");
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameEnd(c: number): boolean {
  // whitespace, "/", ">"
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;
}

function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * Open elements as the guard sees them: nesting elements, table structure, and
 * "F" for an element fostered out of a table (content after it goes inside it).
 */
class Model {
  readonly stack: string[] = [];

  top(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Directly inside a table, outside any cell: what comes now is fostered. */
  inTableBody(): boolean {
    const t = this.top();
    return t === "table" || t === "tr" || (t !== undefined && SECTION.has(t));
  }

  /** Pop up to (not including) the innermost of `names`; false when none is open. */
  popTo(names: Set<string> | string, inclusive: boolean): boolean {
    const s = this.stack;
    for (let k = s.length - 1; k >= 0; k--) {
      const hit = typeof names === "string" ? s[k] === names : names.has(s[k]);
      if (hit) {
        s.length = inclusive ? k : k + 1;
        return true;
      }
      if (s[k] === "table" && names !== "table") return false;
    }
    return false;
  }

  /** Apply a table-structure start tag. */
  tableStart(name: string): void {
    if (name === "table") {
      if (this.inTableBody()) this.popTo("table", true); // a table in a table closes it
      this.stack.push("table");
    } else if (SECTION.has(name)) {
      if (this.popTo("table", false)) this.stack.push(name);
    } else if (name === "tr") {
      if (this.popTo(new Set(["table", ...SECTION]), false)) this.stack.push("tr");
    } else if (CELL.has(name)) {
      if (this.popTo(new Set(["table", "tr", ...SECTION]), false)) this.stack.push(name);
    }
  }
}

/** Neutralise deep nesting and mass foster parenting. Linear in the length of `html`. */
export function guardNesting(html: string, maxDepth = MAX_DEPTH, fosterBudget = FOSTER_BUDGET): GuardResult {
  const model = new Model();
  const excess = new Map<string, number>();
  const pieces: string[] = [];
  let copied = 0; // html[0, copied) has been pushed to pieces
  let flattened = 0;
  let firstOffset = -1;
  let fostered = 0;
  let i = 0;
  const n = html.length;

  const blank = (from: number, to: number) => {
    if (firstOffset < 0) firstOffset = from;
    pieces.push(html.slice(copied, from), newlinesIn(html.slice(from, to)));
    copied = to;
    flattened++;
  };

  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const c1 = html.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      if (html.startsWith("<!--", lt)) {
        const end = html.indexOf("-->", lt + 4);
        if (end < 0) break;
        i = end + 3;
      } else {
        const gt = html.indexOf(">", lt + 2);
        if (gt < 0) break;
        i = gt + 1;
      }
      continue;
    }
    const closing = c1 === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(j))) {
      i = lt + 1;
      continue;
    }
    const nameStart = j;
    while (j < n && !isNameEnd(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const gt = html.indexOf(">", j);
    if (gt < 0) break;
    const tagEnd = gt + 1;
    i = tagEnd;

    if (closing) {
      const ex = excess.get(name) ?? 0;
      if (ex > 0) {
        excess.set(name, ex - 1);
        blank(lt, tagEnd);
        continue;
      }
      if (model.top() === "F") model.stack.pop();
      else model.popTo(name, true);
      continue;
    }

    if (RAW_TEXT.has(name)) {
      if (name === "plaintext") break;
      // skip to the matching end tag; the content is not markup
      const re = new RegExp(`</${name}[\\s/>]`, "ig");
      re.lastIndex = tagEnd;
      const m = re.exec(html);
      if (!m) break;
      i = m.index;
      continue;
    }

    if (model.inTableBody() && !TABLE_PARTS.has(name)) {
      // moved before the table by the parser
      if (++fostered > fosterBudget) {
        if (!VOID.has(name)) excess.set(name, (excess.get(name) ?? 0) + 1);
        blank(lt, tagEnd);
        continue;
      }
      if (!VOID.has(name)) model.stack.push("F");
      continue;
    }

    if (VOID.has(name)) continue;
    if (SELF_LIMITING.has(name)) continue; // siblings of their kind close each other: no nesting
    if (model.stack.length >= maxDepth) {
      excess.set(name, (excess.get(name) ?? 0) + 1);
      blank(lt, tagEnd);
      continue;
    }
    if (TABLE_PARTS.has(name) && (name === "table" || SECTION.has(name) || name === "tr" || CELL.has(name))) {
      model.tableStart(name);
      continue;
    }
    model.stack.push(name);
  }

  if (!flattened) return { html, flattened: 0, firstLine: 0 };
  pieces.push(html.slice(copied));
  return { html: pieces.join(""), flattened, firstLine: 1 + countLines(html, 0, firstOffset) };
}
