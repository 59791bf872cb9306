// A heading line's title (docs/output.md): up to the first 。, or the whole line for a
// heading-only line; a long first sentence that lost its 。 is cut where its body
// seems to start (a list of units), and that cut is reported as a guess.

/**
 * The heading's title (docs/output.md): up to the first 。 (or the whole line for a
 * heading-only line), without trailing punctuation; and the text after it.
 */
export function splitHeading(rest: string): { title: string; text: string; guessed?: boolean; sentence?: boolean } {
  // a short title and then the body after a space (一、加强组织领导 市政府各位领导同志…)
  const spaced = SPACED_TITLE.exec(rest);
  // (not a stray space inside a title: 加快编制 总体方案。 — the body's first sentence is long)
  if (spaced && /^[^。！？]{12}/.test(rest.slice(spaced[0].length))) return { title: spaced[1], text: rest.slice(spaced[0].length).trim(), guessed: true };
  // (a PDF's text may stop its sentences with an ASCII point between Han words: …管理办法.按照…)
  const i = rest.search(/[。！？]|(?<=[\u4e00-\u9fff》”）)])\.(?=[\u4e00-\u9fff《“（(])/);
  if (i < 0) {
    // A whole-line heading; but a long line whose 。 was lost may run on into
    // its body, which then starts with the unit that does the work.
    if (rest.length > LONG_HEADING) {
      const cut = headingEnd(rest);
      if (cut > 0) return { title: rest.slice(0, cut).trim(), text: rest.slice(cut).trim(), guessed: true };
    }
    return { title: rest.replace(/(?<![：；，、\s])[：；，、\s]+$/, "").trim(), text: "" };
  }
  const sentence = rest.slice(0, i);
  if (sentence.length > LONG_HEADING) {
    const cut = headingEnd(sentence);
    if (cut > 0) return { title: rest.slice(0, cut).trim(), text: rest.slice(cut).trim(), guessed: true };
  }
  return { title: sentence.replace(/(?<![：；，、\s])[：；，、\s]+$/, "").trim(), text: rest.slice(i + 1).trim(), sentence: true };
}

/** A short title of Han characters, a space, and Han text after it. */
const SPACED_TITLE = /^([\u4e00-\u9fff“”、]{2,15})[ \u3000]+(?=[\u4e00-\u9fff“])/;

/** Headings are short; a first sentence longer than this may have lost its 。. */
const LONG_HEADING = 40;

/**
 * Where a heading that lost its 。 ends: the first place (after a few
 * characters) where a list of units begins, e.g. "形成统一标准，认真组织实施" +
 * "市发改委、市教体局…等市直业务主管部门要…". Returns 0 when there is none.
 */
function headingEnd(s: string): number {
  // Never inside or after a bracket: a heading may end with its own 〔牵头单位：…〕.
  const bracket = s.search(/[〔【［[（(]/);
  const limit = bracket < 0 ? 30 : Math.min(30, bracket - 1);
  for (let p = 6; p <= limit && p < s.length; p++) {
    if (!/^(?:市|县|区|省|各|州|镇|乡)/.test(s.slice(p))) continue;
    const name = /^[^、，,；。]{2,16}/.exec(s.slice(p))?.[0] ?? "";
    if (/(?:局|委|办|院|室|中心|政府|部门|单位)$/.test(name) && s[p + name.length] === "、") return p;
  }
  return 0;
}
