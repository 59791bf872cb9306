#!/usr/bin/env node
// Builds the inputs of fixtures/check/ from seeds/: the five seeds as they are, and
// variants derived from them (other encodings, traditional script, scraping damage,
// an HTML rendering). Deterministic: the same seeds give the same bytes. It writes
// only inputs; the expected outputs are made with `gkparse check fixtures/check
// --update` and then read by hand (see fixtures/check/README.md).
//
//   node tests/tools/build-check-fixtures.mjs [--out DIR] [--pending DIR] [--no-html]
//
// Inputs on which the tool is known to be wrong go to fixtures/pending/ instead
// (PENDING below; their expected files there were corrected by hand, see
// fixtures/pending/README.md). When the parser is fixed, move the name out of
// PENDING and the input and its expected file into fixtures/check/.
//
// Every edit below names the exact text it changes and fails when that text is not
// found exactly as often as expected, so a change to a seed cannot silently yield a
// variant that no longer carries the damage it is meant to carry.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const iconv = require("iconv-lite");

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
const outDir = outIdx >= 0 ? args[outIdx + 1] : join(root, "fixtures", "check");
const pendIdx = args.indexOf("--pending");
const pendingDir = pendIdx >= 0 ? args[pendIdx + 1] : join(root, "fixtures", "pending");

/** Inputs whose correct output the tool does not give yet (fixtures/pending/README.md). */
const PENDING = new Set([]);
const withHtml = !args.includes("--no-html");

const SEEDS = {
  s000: "000_cd5b4bd70de94d24",
  s001: "001_c3ce127ed5ac7737",
  s002: "002_91d20c59aa68ae6d",
  s003: "003_94b99fd02a09614a",
  s004: "004_aefa13907971f65f",
};
const seedText = (stem) => readFileSync(join(root, "seeds", `${stem}.txt`), "utf8");

/** Encode, and refuse any encoding that would not give the text back exactly. */
function encode(text, encoding, { bom = false } = {}) {
  const bytes = iconv.encode(text, encoding, { addBOM: bom });
  const back = iconv.decode(bytes, encoding, { stripBOM: true });
  if (back !== text) {
    let i = 0;
    while (back[i] === text[i]) i++;
    throw new Error(`${encoding} cannot represent the text: first loss at ${i} (${JSON.stringify(text.slice(i, i + 10))})`);
  }
  return bytes;
}

/** Replace `from` by `to`, which must occur exactly `times` times. */
function replaceExact(text, from, to, times = 1) {
  const n = text.split(from).length - 1;
  if (n !== times) throw new Error(`expected ${times} occurrence(s) of ${JSON.stringify(from)}, found ${n}`);
  return text.split(from).join(to);
}

/** Insert lines before the (1-based) line `at` of the text; `at` past the end appends. */
function insertLines(text, at, lines) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const all = text.split(eol);
  all.splice(at - 1, 0, ...lines);
  return all.join(eol);
}

const out = new Map();
const put = (name, content) => out.set(name, typeof content === "string" ? Buffer.from(content, "utf8") : content);

// 1. The seeds as they are (UTF-8).
for (const stem of Object.values(SEEDS)) put(`${stem}.txt`, seedText(stem));

// 2. Re-encodings. GB18030 of a full-width-punctuation plan and of a portal page;
// UTF-16LE with a BOM; UTF-16BE without one (found by detection, not by a BOM);
// Big5 of the traditional seed.
put(`${SEEDS.s002}.gb18030.txt`, encode(seedText(SEEDS.s002), "gb18030"));
put(`${SEEDS.s001}.gb18030.txt`, encode(seedText(SEEDS.s001), "gb18030"));
put(`${SEEDS.s000}.utf16le.txt`, encode(seedText(SEEDS.s000), "utf-16le", { bom: true }));
put(`${SEEDS.s003}.utf16be.txt`, encode(seedText(SEEDS.s003), "utf-16be"));
// Big5 has no U+00A0 (no-break space), U+2003 (em space) or U+2022 (bullet), which
// the seed's portal header uses: a Big5 page carries plain spaces and a middle dot.
put(
  `${SEEDS.s004}.big5.txt`,
  encode(seedText(SEEDS.s004).replace(/[\u00a0\u2003]/g, " ").replace(/\u2022/g, "\u00b7"), "big5"),
);

// 3. Traditional script (OpenCC, mainland → Taiwan characters, no phrase changes).
const cn2tw = require("opencc-js/cn2t").Converter({ from: "cn", to: "tw" });
put(`${SEEDS.s002}.traditional.txt`, cn2tw(seedText(SEEDS.s002)));
put(`${SEEDS.s003}.traditional.txt`, cn2tw(seedText(SEEDS.s003)));

// 4. Scraping damage on seed 002: lost 年 in three deadlines (as in `20183月底前`),
// a lost 〕 in a cited document number (as in `国办发〔201742号`), and portal
// boilerplate around the text (a breadcrumb, a share widget, a footer).
{
  let t = seedText(SEEDS.s002);
  t = replaceExact(t, "2021年12月底前，在政府门户网站", "202112月底前，在政府门户网站");
  t = replaceExact(t, "（八）做好政务信息管理工作。2021年11月底前", "（八）做好政务信息管理工作。202111月底前");
  t = replaceExact(t, "2021年8月底前，对上一年度", "20218月底前，对上一年度");
  t = replaceExact(t, "（国办发〔2021〕12号）", "（国办发〔202112号）");
  const lines = t.split("\n").length;
  // footer first (it does not move the lines above it), then the head
  t = insertLines(t, lines + 1, ["分享到：", "主办：友谊县人民政府办公室  技术支持：某某网络科技有限公司"]);
  t = insertLines(t, 1, ["您当前所在位置：首页 > 政务公开 > 政策文件", "【字体：大 中 小】"]);
  put(`${SEEDS.s002}.damaged.txt`, t);
}

// 5. An HTML rendering of seed 002 as a portal page: navigation, a breadcrumb,
// the content in <p> elements, a footer. One element per input line, so the
// lines of the HTML source are easy to relate to the seed's lines.
if (withHtml) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = seedText(SEEDS.s002)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `      <p>${esc(l)}</p>`);
  const html = [
    "<!DOCTYPE html>",
    "<html lang=\"zh-CN\">",
    "<head>",
    "  <meta charset=\"utf-8\">",
    "  <title>友谊县人民政府办公室关于印发友谊县2021年政务公开工作实施方案的通知_友谊县人民政府</title>",
    "</head>",
    "<body>",
    "  <div class=\"header\"><div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li></ul></div></div>",
    "  <div class=\"location\">您当前所在位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 政策文件</div>",
    "  <div class=\"article\">",
    "    <div class=\"content\" id=\"zoom\">",
    ...body,
    "    </div>",
    "    <div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>",
    "  </div>",
    "  <div class=\"footer\"><p>主办：友谊县人民政府办公室</p><p>网站标识码：2305220001</p></div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
  put(`${SEEDS.s002}.portal.html`, html);
}

for (const dir of [outDir, pendingDir]) mkdirSync(dir, { recursive: true });
for (const [name, bytes] of [...out].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const dir = PENDING.has(name) ? pendingDir : outDir;
  writeFileSync(join(dir, name), bytes);
  process.stdout.write(`${join(dir, name)}\t${bytes.length} bytes\n`);
}
