#!/usr/bin/env node
// Renders each seed (seeds/*.txt, text versions of real portal pages) back into a
// realistic government portal page, for the HTML stage's tests and for scoring
// HTML input against the seeds' gold files:
//
//   fixtures/html/utf8/<stem>.html   UTF-8, <meta charset="utf-8">, LF
//   fixtures/html/gbk/<stem>.html    GBK bytes, <meta http-equiv … charset=gb2312>, CRLF
//
//   node tests/tools/build-html-fixtures.mjs [--seeds DIR] [--out DIR]
//
// The stems are the seeds' own (000_cd5b4bd70de94d24.html), because the scorer
// matches outputs to gold files by stem. Deterministic: the same seeds give the
// same bytes.
//
// What a page holds: navigation bar, breadcrumb, a metadata block (索引号, 发布机构,
// 成文日期, 文号, 主题词 … as <table> cells, <ul><li> or <dl>), the title (<h1> or
// <div class="title">), the body as one <p> per non-empty text line with the
// seed's tables as real <table> markup, share and print widgets, a footer
// (主办/承办/网站标识码/ICP备) and scripts. Two page templates are used: a
// div-based one and an older one laid out with tables (the whole page inside
// layout tables).
//
// The seed text is read by layout rules only, never by its content:
// - portal lines at the top: breadcrumb (当前位置：…, 首页 |, |), metadata lines
//   (`label: value` pairs, bulleted or several on a line; truncated labels such
//   as `号:` are completed from the value), an article info line (发布时间/来源/
//   阅读字号 …); the title (a line ending in 通知/方案/要点/分解表 …, or a 关于…
//   line completed by the next one); a document number line (X〔2021〕16号);
// - portal lines at the bottom: 分享到, 主办/承办/电话/ICP footer lines, 审核/责任编辑
//   editor lines, 点击下载 links;
// - tables:
//   * TAB-led cells (a line starting with TAB starts a cell, a line without one
//     continues the cell above, a blank line ends the row). An empty cell means
//     "same as above": it becomes part of a rowspan of the cell above in its
//     column, as long as the row stays in the same group (its first cell empty,
//     i.e. the same 序号); a row with a new 序号 starts new cells.
//   * one cell per line, blank lines between: a header row starting at a line
//     `序号`, running until the first line that is a number; then rows of as many
//     cells as the header has, each starting with the next number.
//   * space-separated: a header line of short words naming columns (工作任务 牵头单位
//     …), rows on the following lines up to a blank line. A row with fewer cells
//     than the header keeps its first cell in the first column and its remaining
//     cells aligned to the right end; a lone group row (一、…) spans all columns.
// - everything else is body text, one <p> per non-empty line, in order.
// Metadata comes from the seed's own metadata lines where it has them; otherwise
// a plausible 索引号 is made up (from a hash of the stem), and 发布机构, 文号 and
// 成文日期 are taken from the notice itself (title prefix, number line, date line).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const iconv = require("iconv-lite");

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const seedDir = opt("--seeds", join(root, "seeds"));
const outDir = opt("--out", join(root, "fixtures", "html"));

// ---------------------------------------------------------------------------
// Reading a seed

const BLANK = /^[\s\u00a0\u3000]*$/;
const isBlank = (s) => BLANK.test(s);
const trim = (s) => s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, "");

const BREADCRUMB = /^(?:您当前所在位置|您当前的位置|您现在的位置|当前位置|您的位置|當前位置)\s*[:：]|^首[页頁]\s*[|｜>]?$|^[|｜]+$/;
const INFO = /(?:发布时间|發布時間|发布日期|發布日期|来源|來源|阅读次数|閱讀次數|阅读字号|閱讀字號|浏览次数|瀏覽次數)\s*[:：]/;
const DOCNO_LINE = /^[\u4e00-\u9fff]{1,12}[〔[［【]\d{4}[〕\]］】]\d{1,4}[号號]$/;
const TITLE_END = /(?:通知|方案|要点|要點|分解表|意见|意見|办法|辦法|规定|規定|安排|决定|決定|报告|報告|计划|計劃)$/;
const ABOUT = /关于|關於/;
const FOOTER = /^(?:主办|主辦|承办|承辦|协办|電話|电话|网站标识码|網站標識碼|版权所有|版權所有)|ICP[备備]|公网安备|公網安備/;
const SHARE = /^(?:分享到|分享至)/;
const EDITOR = /^(?:审核|審核|责任编辑|責任編輯|编辑|編輯)\s*[:：]/;
const DOWNLOAD = /^(?:点击下载|點擊下載|附件下载|附件下載)/;
const HEADER_WORDS = /^(?:序号|序號|工作任务|工作任務|工作内容|工作內容|牵头单位|牽頭單位|责任单位|責任單位|配合单位|配合單位|完成时限|完成時限|责任部门|責任部門|时间进度|時間進度)$/;
const GROUP_ROW = /^[一二三四五六七八九十]+、/;

/** label: value pairs in a portal metadata line (bulleted, or several separated by 2+ spaces). */
const META_PAIR = /(?:^[\s\u00a0•·]*|[\s\u00a0]{2,}[•·]?[\s\u00a0]*)([\u4e00-\u9fff](?:[ \u00a0\u2000-\u200a\u3000]{0,2}[\u4e00-\u9fff]){0,5})[ \u00a0\u2000-\u200a\u3000]*[:：]/g;

function metaPairs(line) {
  const marks = [];
  META_PAIR.lastIndex = 0;
  let m;
  while ((m = META_PAIR.exec(line))) {
    marks.push({ label: m[1], start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) META_PAIR.lastIndex++;
  }
  return marks.map((mk, k) => ({
    label: mk.label,
    value: trim(line.slice(mk.end, k + 1 < marks.length ? marks[k + 1].start : line.length)),
  }));
}

/** Full labels a truncated one (`号`, `词`, `称`) may stand for. */
const FULL_LABELS = ["索引号", "文号", "主题词", "名称", "信息分类", "内容分类", "发布机构", "成文日期", "发文日期", "发布日期", "生成日期", "生效日期", "废止时间", "有效性"];

function completeLabel(label, value) {
  const bare = label.replace(/[\s\u00a0\u2000-\u200a\u3000]/g, "");
  if (bare.length > 1) return label;
  const cands = FULL_LABELS.filter((l) => l.endsWith(bare));
  if (cands.length <= 1) return cands[0] ?? label;
  // 号: a document number has a bracketed year, an index number has not
  if (cands.includes("文号") && /[〔[［【]\d{4}/.test(value)) return "文号";
  return cands.find((c) => c !== "文号") ?? cands[0];
}

const isMetaLine = (line) => {
  const pairs = metaPairs(line);
  if (!pairs.length) return false;
  return /^[\s\u00a0]*[•·]/.test(line) || pairs.length >= 2 || /^[\s\u00a0]/.test(line) || /^[\u4e00-\u9fff]{1,4}\s*[:：]\s*\S/.test(line);
};

function parseTabTable(lines, from, to) {
  const rows = [];
  let row = null;
  for (let i = from; i <= to; i++) {
    const l = lines[i];
    if (l.startsWith("\t")) {
      if (!row) rows.push((row = { line: i, cells: [] }));
      row.cells.push([l.slice(1)]);
    } else if (isBlank(l)) {
      row = null;
    } else if (row && row.cells.length) {
      row.cells[row.cells.length - 1].push(l);
    }
  }
  const cellText = (parts) => parts.map(trim).filter(Boolean);
  const header = rows[0].cells.map(cellText);
  const body = rows.slice(1).map((r) => r.cells.map(cellText));
  return { style: "tab", header, rows: body };
}

function parseCellPerLine(lines, start) {
  // header: from the 序号 line to the first line that is a number
  const nonBlank = [];
  for (let i = start; i < lines.length; i++) if (!isBlank(lines[i])) nonBlank.push(i);
  let k = 0;
  const header = [];
  while (k < nonBlank.length && !/^\d+$/.test(trim(lines[nonBlank[k]]))) header.push([trim(lines[nonBlank[k++]])]);
  const cols = header.length;
  if (cols < 2) return null;
  const rows = [];
  let expect = 1;
  let last = nonBlank[k - 1];
  while (k + cols <= nonBlank.length && trim(lines[nonBlank[k]]) === String(expect)) {
    rows.push(nonBlank.slice(k, k + cols).map((i) => [trim(lines[i])]));
    last = nonBlank[k + cols - 1];
    k += cols;
    expect++;
  }
  if (!rows.length) return null;
  return { table: { style: "lines", header, rows }, end: last };
}

function parseSpaced(lines, start) {
  const header = trim(lines[start]).split(/\s+/).map((c) => [c]);
  const cols = header.length;
  const rows = [];
  let i = start + 1;
  for (; i < lines.length && !isBlank(lines[i]); i++) {
    const toks = trim(lines[i]).split(/\s+/);
    let cells;
    if (toks.length === 1 && GROUP_ROW.test(toks[0])) cells = [{ text: toks[0], colspan: cols }];
    else if (toks.length >= cols) cells = [toks.slice(0, toks.length - cols + 1).join(" "), ...toks.slice(toks.length - cols + 1)];
    else cells = [toks[0], ...Array(cols - toks.length).fill(""), ...toks.slice(1)];
    rows.push(cells.map((c) => (typeof c === "string" ? [c].filter(Boolean) : c)));
  }
  return { table: { style: "spaced", header, rows }, end: i - 1 };
}

const isSpacedHeader = (line) => {
  const toks = trim(line).split(/\s+/);
  return toks.length >= 2 && toks.length <= 8 && toks.every((t) => t.length <= 6) && toks.filter((t) => HEADER_WORDS.test(t)).length >= 2;
};

function readSeed(text) {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const used = new Array(lines.length).fill(false);
  const tables = []; // { at, table }

  // tables
  const tabLines = lines.map((l, i) => (l.startsWith("\t") ? i : -1)).filter((i) => i >= 0);
  if (tabLines.length >= 4) {
    const from = tabLines[0];
    const to = tabLines[tabLines.length - 1];
    tables.push({ at: from, table: parseTabTable(lines, from, to) });
    for (let i = from; i <= to; i++) used[i] = true;
  }
  for (let i = 0; i < lines.length; i++) {
    if (used[i]) continue;
    if (/^(?:序号|序號)$/.test(trim(lines[i]))) {
      const t = parseCellPerLine(lines, i);
      if (t) {
        tables.push({ at: i, table: t.table });
        for (let k = i; k <= t.end; k++) used[k] = true;
        i = t.end;
      }
    } else if (isSpacedHeader(lines[i])) {
      const t = parseSpaced(lines, i);
      tables.push({ at: i, table: t.table });
      for (let k = i; k <= t.end; k++) used[k] = true;
      i = t.end;
    }
  }

  // portal lines at the top
  const seed = { breadcrumb: [], meta: [], metaAfterTitle: false, info: [], title: null, docNumber: null, footer: [], share: [], editor: [], download: [], body: [] };
  let i = 0;
  for (; i < lines.length; i++) {
    if (used[i]) break;
    const l = lines[i];
    const t = trim(l);
    if (!t) continue;
    if (BREADCRUMB.test(t)) seed.breadcrumb.push(t);
    else if (!seed.title && DOCNO_LINE.test(t)) {
      seed.docNumber = t;
      seed.body.push({ kind: "p", text: l });
    } else if (!seed.title && TITLE_END.test(t) && !isMetaLine(l)) seed.title = [t];
    else if (!seed.title && ABOUT.test(t) && !isMetaLine(l)) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j])) j++;
      if (j < lines.length && TITLE_END.test(trim(lines[j]))) {
        seed.title = [t, trim(lines[j])];
        i = j;
      } else break;
    } else if (seed.title && INFO.test(t) && !/^[\s\u00a0]*[•·]/.test(l)) seed.info.push(t);
    else if (isMetaLine(l)) {
      if (seed.title) seed.metaAfterTitle = true;
      for (const p of metaPairs(l)) seed.meta.push({ label: completeLabel(p.label, p.value), value: p.value });
    } else break;
  }
  const bodyStart = i;

  // portal lines at the bottom
  let end = lines.length - 1;
  const tail = [];
  for (; end >= bodyStart; end--) {
    if (used[end]) break;
    const t = trim(lines[end]);
    if (!t) continue;
    if (SHARE.test(t)) tail.push(["share", t]);
    else if (FOOTER.test(t)) tail.push(["footer", t]);
    else if (EDITOR.test(t)) tail.push(["editor", lines[end]]);
    else if (DOWNLOAD.test(t)) tail.push(["download", t]);
    else break;
  }
  for (const [kind, t] of tail.reverse()) seed[kind].push(t);

  // the body, tables in place
  for (let k = bodyStart; k <= end; k++) {
    const tbl = tables.find((x) => x.at === k);
    if (tbl) seed.body.push({ kind: "table", table: tbl.table });
    if (used[k] || isBlank(lines[k])) continue;
    seed.body.push({ kind: "p", text: lines[k] });
  }
  return seed;
}

// ---------------------------------------------------------------------------
// Made-up portal details (deterministic per stem)

function digits(stem, salt, n) {
  const h = createHash("sha256").update(`${salt}:${stem}`).digest();
  let s = "";
  for (let k = 0; s.length < n; k++) s += String(h[k % h.length] % 10);
  return s;
}

function isoDate(s) {
  const m = /(\d{4})\s*[年-]\s*(\d{1,2})\s*[月-]\s*(\d{1,2})/.exec(s);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : null;
}

function publisherOf(seed) {
  const fromMeta = seed.meta.find((p) => /发布机构|發布機構/.test(p.label.replace(/\s/g, "")));
  if (fromMeta) return fromMeta.value;
  const title = (seed.title ?? []).join("");
  const about = /^(.+?)(?:关于|關於)/.exec(title);
  if (about) return about[1];
  const region = /^(.+?(?:自治州|自治县|地区|盟|省|市|县|縣|区|區|旗))/.exec(title.replace(/^\d{4}年/, ""));
  return `${region ? region[1] : "某市"}人民政府办公室`;
}

function regionOf(publisher) {
  const m = /^(.+?(?:自治州|自治县|地区|盟|市|县|縣|区|區|旗))/.exec(publisher);
  return m ? m[1] : publisher.replace(/人民政府.*$/, "");
}

const TRAD_HINT = /[們於發開門關區這為會對將與說時]/g;

function chromeFor(seedText) {
  const trad = (seedText.match(TRAD_HINT) ?? []).length > 20;
  return trad
    ? { home: "首頁", gk: "政務公開", fw: "政務服務", hd: "互動交流", zj: "走進", column: "政府文件", here: "當前位置：", print: "【打印本頁】", close: "【關閉窗口】", share: "分享到：", fontsize: "字號：", big: "大", mid: "中", small: "小", host: "主辦", undertake: "承辦", siteId: "網站標識碼", icp: "ICP備", ga: "公網安備", gov: "人民政府", office: "人民政府辦公室", data: "大數據中心", search: "搜索", trad }
    : { home: "首页", gk: "政务公开", fw: "政务服务", hd: "互动交流", zj: "走进", column: "政府文件", here: "当前位置：", print: "【打印本页】", close: "【关闭窗口】", share: "分享到：", fontsize: "字号：", big: "大", mid: "中", small: "小", host: "主办", undertake: "承办", siteId: "网站标识码", icp: "ICP备", ga: "公网安备", gov: "人民政府", office: "人民政府办公室", data: "大数据中心", search: "搜索", trad };
}

function metadataOf(stem, seed) {
  if (seed.meta.length) return seed.meta;
  const body = seed.body.filter((b) => b.kind === "p").map((b) => trim(b.text));
  const date = body.map((t) => (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(t) ? isoDate(t) : null)).find(Boolean) ?? null;
  const title = (seed.title ?? []).join("");
  const year = date?.slice(0, 4) ?? /(\d{4})年/.exec(title)?.[1] ?? "2021";
  const meta = [
    { label: "索引号", value: `${digits(stem, "org", 9)}/${year}-${digits(stem, "seq", 5)}` },
    { label: "主题分类", value: "政务公开" },
    { label: "发布机构", value: publisherOf(seed) },
  ];
  if (date) meta.push({ label: "成文日期", value: date });
  if (seed.docNumber) meta.push({ label: "文号", value: seed.docNumber });
  if (date) meta.push({ label: "发布日期", value: date });
  meta.push({ label: "主题词", value: "政务公开" });
  if (title) meta.push({ label: "名称", value: title });
  return meta;
}

// ---------------------------------------------------------------------------
// Rendering

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const labelText = (l) => (/[:：]$/.test(l) ? l : `${l}：`);

/** Cells of a table with rowspans for "same as above" cells (TAB tables) and colspans (group rows). */
function layoutTable(table) {
  const cols = table.header.length;
  // cell: { lines: string[], rowspan, colspan } or null when covered by a span
  const grid = table.rows.map((r) => {
    const out = [];
    for (const c of r) {
      if (c && !Array.isArray(c)) out.push({ lines: [c.text], rowspan: 1, colspan: c.colspan });
      else out.push({ lines: c, rowspan: 1, colspan: 1 });
    }
    while (out.reduce((n, c) => n + c.colspan, 0) < cols) out.push({ lines: [], rowspan: 1, colspan: 1 });
    return out;
  });
  if (table.style === "tab") {
    // an empty cell continues the cell above in its column, within one group (same 序号)
    const owner = new Array(cols).fill(null);
    grid.forEach((row, r) => {
      const newGroup = row[0].lines.length > 0;
      row.forEach((cell, c) => {
        const sameAsAbove = cell.lines.length === 0 && r > 0 && owner[c] && (c === 0 || !newGroup);
        if (sameAsAbove) {
          owner[c].rowspan++;
          row[c] = null;
        } else owner[c] = cell;
      });
    });
  }
  return grid;
}

function renderTable(table, variant, nl) {
  const out = [];
  const word = variant === "word";
  out.push(
    word
      ? `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">`
      : `<table class="ke-zeroborder" border="1" cellspacing="0" cellpadding="4" width="100%" align="center">`,
  );
  out.push("<tbody>");
  const cell = (tag, c) => {
    const attrs = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ""}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ""}`;
    if (word) {
      const ps = c.lines.length
        ? c.lines.map((l) => `<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:仿宋_GB2312;font-size:12pt">${esc(l)}</span></p>`).join("")
        : `<p class="MsoNormal" align="center"><span>&nbsp;</span></p>`;
      return `<${tag} width="${Math.floor(600 / 6)}" valign="center"${attrs} style="border:solid windowtext 1pt">${ps}</${tag}>`;
    }
    return `<${tag}${attrs}>${c.lines.map(esc).join("<br>")}</${tag}>`;
  };
  out.push(`<tr>${table.header.map((h) => cell(word ? "td" : "th", { lines: h, rowspan: 1, colspan: 1 })).join(word ? nl : "")}</tr>`);
  for (const row of layoutTable(table)) {
    const cells = row.filter(Boolean).map((c) => cell("td", c));
    if (word) out.push(`<tr style="height:30pt">`, ...cells, `</tr>`);
    else out.push(`<tr>${cells.join("")}</tr>`);
  }
  out.push("</tbody>", "</table>");
  return out;
}

function renderMeta(meta, style) {
  if (style === "ul") {
    return [
      `<ul class="xxgk-meta clearfix">`,
      ...meta.map((p) => `<li><span class="label">${esc(labelText(p.label))}</span><span class="value">${esc(p.value)}</span></li>`),
      `</ul>`,
    ];
  }
  if (style === "dl") {
    return [`<div class="xxgk-head">`, `<dl>`, ...meta.map((p) => `<dt>${esc(labelText(p.label))}</dt><dd>${esc(p.value)}</dd>`), `</dl>`, `</div>`];
  }
  // a table, two pairs a row; a long value (名称) takes a whole row
  const out = [`<table class="xxgk_table" width="100%" border="0" cellspacing="1" cellpadding="3">`, `<tbody>`];
  let pending = [];
  const flushRow = () => {
    if (!pending.length) return;
    const tds = pending.map((p) => `<td class="td_lable" width="12%">${esc(labelText(p.label))}</td><td class="td_value" width="38%">${esc(p.value)}</td>`);
    if (pending.length === 1) tds.push(`<td class="td_lable"></td><td class="td_value"></td>`);
    out.push(`<tr>${tds.join("")}</tr>`);
    pending = [];
  };
  for (const p of meta) {
    if (p.value.length > 24) {
      flushRow();
      out.push(`<tr><td class="td_lable">${esc(labelText(p.label))}</td><td class="td_value" colspan="3">${esc(p.value)}</td></tr>`);
      continue;
    }
    pending.push(p);
    if (pending.length === 2) flushRow();
  }
  flushRow();
  out.push(`</tbody>`, `</table>`);
  return out;
}

function renderParagraph(text) {
  const lead = /^[ \u00a0\u3000]*/.exec(text)[0].length;
  const t = trim(text);
  if (lead >= 8) return `<p style="text-align:right">${esc(t)}</p>`;
  return `<p style="text-indent:2em;line-height:1.8">${esc(t)}</p>`;
}

function renderBody(seed, tableVariant, nl) {
  const out = [];
  for (const b of seed.body) {
    if (b.kind === "table") out.push(...renderTable(b.table, tableVariant, nl));
    else out.push(renderParagraph(b.text));
  }
  return out;
}

function breadcrumbLinks(seed, ch) {
  const own = seed.breadcrumb.find((b) => />/.test(b));
  const parts = own
    ? own.replace(/^[^:：]*[:：]/, "").split(/\s*>\s*/).map(trim).filter(Boolean)
    : [ch.home, ch.gk, ch.column];
  return parts.map((p, k) => `<a href="${k === 0 ? "/" : `/col/col${1000 + k}/index.html`}">${esc(p)}</a>`).join(" &gt; ");
}

function footerLines(stem, seed, ch, region) {
  if (seed.footer.length) return seed.footer.map((f) => `<p>${esc(f)}</p>`);
  return [
    `<p>${ch.host}：${esc(region)}${ch.office}　${ch.undertake}：${esc(region)}${ch.data}</p>`,
    `<p>${ch.siteId}：${digits(stem, "site", 10)}　<a href="https://beian.miit.gov.cn/" target="_blank">${ch.icp}${digits(stem, "icp", 8)}号</a>　<img src="/images/gaba.png" alt="">${ch.ga} ${digits(stem, "ga", 14)}号</p>`,
  ];
}

const SCRIPTS = [
  `<script type="text/javascript">`,
  `var _hmt = _hmt || [];`,
  `(function () { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?" + "0a1b2c3d"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();`,
  `</script>`,
];

function page(stem, seed, seedText, charsetLine) {
  const ch = chromeFor(seedText);
  const publisher = publisherOf(seed);
  const region = regionOf(publisher);
  const site = `${region}${ch.gov}`;
  const title = (seed.title ?? [publisher]).join("");
  const meta = metadataOf(stem, seed);
  const pubDate = isoDate(meta.find((p) => /日期/.test(p.label))?.value ?? "") ?? "";
  const n = Number.parseInt(stem.slice(0, 3), 10) || 0;
  const template = n % 2 === 1 ? "tables" : "divs";
  const metaStyle = ["table", "table", "ul", "dl", "table"][n % 5];
  const titleTag = n % 2 === 0 ? "h1" : "div";
  const tableVariant = seed.body.some((b) => b.kind === "table" && b.table.style === "tab") ? "word" : "plain";
  const nl = "\n";

  const head = [
    `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">`,
    `<html xmlns="http://www.w3.org/1999/xhtml">`,
    `<head>`,
    charsetLine,
    `<title>${esc(title)}_${esc(ch.column)}_${esc(site)}</title>`,
    `<meta name="SiteName" content="${esc(site)}">`,
    `<meta name="ArticleTitle" content="${esc(title)}">`,
    `<meta name="PubDate" content="${esc(pubDate)}">`,
    `<link rel="stylesheet" type="text/css" href="/images/common.css">`,
    `<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>`,
    `<style type="text/css">.xxgk_table td{border:1px solid #ddd}.article-title{font-size:22px;text-align:center}</style>`,
    `</head>`,
  ];

  const navLinks = [ch.home, ch.gk, ch.fw, ch.hd, `${ch.zj}${region}`]
    .map((t, k) => `<li${k === 1 ? ' class="on"' : ""}><a href="${k === 0 ? "/" : `/col/col${k}/index.html`}">${esc(t)}</a></li>`)
    .join("");
  const metaBlock = meta.length ? renderMeta(meta, metaStyle) : [];
  const info = seed.info.map(
    (t) =>
      `<div class="article-info">${t
        .split(/[\s\u00a0]{2,}/)
        .map((part) => `<span>${esc(part)}</span>`)
        .join("&nbsp;&nbsp;")}</div>`,
  );
  const fontTool = `<div class="article-font">${ch.fontsize}<a href="javascript:doZoom(18)">${ch.big}</a> <a href="javascript:doZoom(16)">${ch.mid}</a> <a href="javascript:doZoom(14)">${ch.small}</a></div>`;
  const titleEl =
    titleTag === "h1" ? `<h1 class="article-title">${esc(title)}</h1>` : `<div class="title" align="center"><strong>${esc(title)}</strong></div>`;
  const editor = seed.editor.map((e) => `<div class="article-editor">${esc(trim(e))}</div>`);
  const downloads = seed.download.map(
    (d, k) => `<div class="article-attach">附件：<a href="/uploadfiles/${digits(stem, `file${k}`, 6)}/P0${digits(stem, `doc${k}`, 17)}.doc">${esc(d)}</a></div>`,
  );
  const tools = [
    `<div class="article-tools">`,
    `<a href="javascript:window.print()">${ch.print}</a> <a href="javascript:window.close()">${ch.close}</a>`,
    `</div>`,
    `<div class="bdsharebuttonbox">`,
    `<span>${esc(seed.share[0] ?? ch.share)}</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a>`,
    `</div>`,
    `<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};</script>`,
  ];
  const body = renderBody(seed, tableVariant, nl);
  const footer = footerLines(stem, seed, ch, region);

  let main;
  if (template === "divs") {
    const before = seed.metaAfterTitle ? [] : metaBlock;
    const after = seed.metaAfterTitle ? metaBlock : [];
    main = [
      `<body>`,
      `<header class="header">`,
      `<div class="topbar w1200"><span>${esc(site)}</span><a href="/wza/">无障碍</a><a href="/mobile/">手机版</a></div>`,
      `<div class="logo"><a href="/"><img src="/images/logo.png" alt="${esc(site)}"></a></div>`,
      `<div class="search"><form action="/search" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">${ch.search}</button></form></div>`,
      `</header>`,
      `<div class="nav"><ul class="w1200">${navLinks}</ul></div>`,
      `<div class="container w1200">`,
      `<div class="position">${ch.here}${breadcrumbLinks(seed, ch)}</div>`,
      ...before,
      `<div class="article">`,
      `<!--标题开始-->`,
      titleEl,
      ...info,
      ...after,
      fontTool,
      `<!--正文开始-->`,
      `<div class="article-content" id="zoom">`,
      `<div class="TRS_Editor">`,
      ...body,
      `</div>`,
      `</div>`,
      `<!--正文结束-->`,
      ...editor,
      ...downloads,
      ...tools,
      `</div>`,
      `</div>`,
      `<div class="footer">`,
      `<div class="footer-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></div>`,
      ...footer,
      `</div>`,
      ...SCRIPTS,
      `</body>`,
    ];
  } else {
    main = [
      `<body>`,
      `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="top">`,
      `<tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.png" alt="${esc(site)}" width="500" height="80"></td></tr>`,
      `</table>`,
      `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">`,
      `<tr><td align="center"><ul>${navLinks}</ul></td></tr>`,
      `</table>`,
      `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">`,
      `<tr>`,
      `<td height="32" class="location">${ch.here}${breadcrumbLinks(seed, ch)}</td>`,
      `</tr>`,
      `<tr>`,
      `<td valign="top" style="padding:10px 30px">`,
      ...(seed.metaAfterTitle ? [] : metaBlock),
      `<table width="100%" border="0" cellspacing="0" cellpadding="0">`,
      `<tr><td height="60" align="center" class="title_td">${titleEl}</td></tr>`,
      `</table>`,
      ...info,
      ...(seed.metaAfterTitle ? metaBlock : []),
      `<table width="100%" border="0" cellspacing="0" cellpadding="0">`,
      `<tr>`,
      `<td class="bt_content" id="zoom" style="font-size:16px;line-height:30px">`,
      `<!--ZJEG_RSS.content.begin--><meta name="ContentStart">`,
      `<div class="TRS_Editor">`,
      ...body,
      `</div>`,
      `<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->`,
      `</td>`,
      `</tr>`,
      `</table>`,
      ...editor,
      ...downloads,
      ...tools,
      `</td>`,
      `</tr>`,
      `</table>`,
      `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">`,
      `<tr><td align="center">`,
      ...footer,
      `</td></tr>`,
      `</table>`,
      ...SCRIPTS,
      `</body>`,
    ];
  }
  return [...head, ...main, `</html>`, ``].join(nl);
}

// ---------------------------------------------------------------------------
// Encodings

const gbkSafe = new Map();
function toGbkSafe(s) {
  let out = "";
  for (const ch of s) {
    let ok = gbkSafe.get(ch);
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(ch, "gbk"), "gbk") === ch;
      gbkSafe.set(ch, ok);
    }
    out += ok ? ch : `&#x${ch.codePointAt(0).toString(16)};`;
  }
  return out;
}

const UTF8_META = `<meta charset="utf-8">`;
const GBK_META = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`;

mkdirSync(join(outDir, "utf8"), { recursive: true });
mkdirSync(join(outDir, "gbk"), { recursive: true });
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
for (const f of seeds) {
  const stem = basename(f, ".txt");
  const text = readFileSync(join(seedDir, f), "utf8");
  const seed = readSeed(text);
  const utf8 = page(stem, seed, text, UTF8_META);
  writeFileSync(join(outDir, "utf8", `${stem}.html`), utf8);
  const gbk = toGbkSafe(page(stem, seed, text, GBK_META)).replace(/\n/g, "\r\n");
  writeFileSync(join(outDir, "gbk", `${stem}.html`), iconv.encode(gbk, "gbk"));
  const tables = seed.body.filter((b) => b.kind === "table").map((b) => `${b.table.style} ${b.table.header.length}×${b.table.rows.length}`);
  console.log(`${stem}: title ${JSON.stringify((seed.title ?? []).join(""))}, ${seed.meta.length ? "own" : "made-up"} metadata, ${seed.body.filter((b) => b.kind === "p").length} paragraphs, tables: ${tables.join(", ") || "none"}`);
}
