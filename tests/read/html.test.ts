// HTML stage: real portal markup (d02, the seeds rendered as portal pages by
// tests/tools/build-html-fixtures.mjs), page furniture, metadata blocks, tables with
// spans, layout tables, line numbers, and input that must neither throw nor hang.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, LineBlock, TableBlock } from "../../src/blocks.js";
import { htmlToBlocks as readHtml } from "../../src/read/html/index.js";
import { InputFile } from "../../src/file.js";

/** The blocks of a page, and what the reader reported on the file. */
function htmlToBlocks(html: string) {
  const file = new InputFile();
  const blocks = readHtml(html, file);
  return { blocks, warnings: file.messages };
}

const root = join(import.meta.dirname, "..", "..");
const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, "");

const lineBlocks = (bs: Block[]) => bs.filter((b): b is LineBlock => b.kind === "line");
const contentLines = (bs: Block[]) => lineBlocks(bs).filter((b) => !b.boiler);
const texts = (bs: Block[]) => contentLines(bs).map((b) => b.text);
const tables = (bs: Block[]) => bs.filter((b): b is TableBlock => b.kind === "table");
const grid = (t: TableBlock) => t.rows.map((r) => r.cells);
/** Everything the blocks say, whitespace removed: lines, then cells row by row. */
const allText = (bs: Block[]) =>
  bs.map((b) => (b.kind === "line" ? (b.boiler ? "" : squeeze(b.text)) : b.rows.map((r) => r.cells.map(squeeze).join("")).join("\n"))).join("\n");
/** Source lines with character references decoded (GBK pages write what GBK lacks as &#x…;). */
const sourceLines = (html: string) =>
  html
    .split(/\r\n|\r|\n/)
    .map((l) =>
      l
        .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&nbsp;/g, " ")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    );

/** Every line block's text starts on its line; every table and row on its tag's line. */
function expectLinesPointAtSource(html: string, blocks: Block[]) {
  const src = sourceLines(html);
  for (const b of blocks) {
    if (b.kind === "line") {
      const head = squeeze(b.text).slice(0, 3);
      expect(squeeze(src[b.no - 1] ?? ""), `line ${b.no} for «${b.text.slice(0, 20)}»`).toContain(head);
    } else {
      expect(src[b.no - 1]).toMatch(/<table/i);
      for (const r of b.rows) expect(src[r.no - 1], `row line ${r.no}`).toMatch(/<tr/i);
    }
  }
}

// ---------------------------------------------------------------------------

describe("d02: a department's page inside a layout table", () => {
  const html = readFileSync(join(root, "fixtures/dev/d02.html"), "utf8");
  const { blocks, warnings } = htmlToBlocks(html);
  const all = texts(blocks);

  it("finds the main content and nothing of the furniture", () => {
    expect(warnings).toEqual([]);
    expect(all).toContain("一、深化自然资源领域重点信息公开");
    expect(all).toContain("梧源市自然资源和规划局关于印发2023年政务公开工作要点的通知");
    expect(all).toContain("各科室、各直属单位要于2023年12月10日前将本年度政务公开工作总结报送局办公室。");
    const joined = all.join("\n");
    for (const furniture of ["走进梧源", "互动交流", "当前位置", "政策文件", "部门文件", "规划计划", "打印本页", "关闭窗口", "主办", "网站标识码", "ICP"])
      expect(joined).not.toContain(furniture);
  });

  it("reads the <ul> metadata block as LABEL：VALUE lines", () => {
    const meta = contentLines(blocks).filter((b) => /^(索引号|主题分类|发布机构|成文日期|文号|发布日期|主题词|有效性)：/.test(b.text));
    expect(meta.map((b) => [b.no, b.text])).toEqual([
      [16, "索引号：11360800MB1C23456Q/2023-00031"],
      [17, "主题分类：国土资源、能源"],
      [18, "发布机构：梧源市自然资源和规划局"],
      [19, "成文日期：2023-03-20"],
      [20, "文号：梧自然资规发〔2023〕6号"],
      [21, "发布日期：2023-03-24"],
      [22, "主题词：政务公开；工作要点"],
      [23, "有效性：有效"],
    ]);
  });

  it("keeps the <br> line structure of the body", () => {
    const at = (text: string) => contentLines(blocks).find((b) => b.text === text)?.no;
    expect(at("梧源市自然资源和规划局关于印发2023年政务公开工作要点的通知")).toBe(25);
    expect(at("局机关各科室、各直属单位，各县（市、区）自然资源和规划局：")).toBe(27);
    expect(at("梧源市自然资源和规划局")).toBe(29);
    expect(at("2023年3月20日")).toBe(29);
    expect(at("梧源市自然资源和规划局2023年政务公开工作要点")).toBe(30);
    expect(at("四、强化工作保障")).toBe(42);
    expect(at("附件")).toBe(49);
  });

  it("keeps the page <title>, marked as boilerplate because the content repeats it", () => {
    const first = blocks[0] as LineBlock;
    expect(first.kind).toBe("line");
    expect(first.no).toBe(5);
    expect(first.text).toBe("梧源市自然资源和规划局关于印发2023年政务公开工作要点的通知_部门文件_梧源市人民政府");
    expect(first.boiler).toBe("page title");
  });

  it("expands the attachment table to the full grid", () => {
    const [t] = tables(blocks);
    expect(tables(blocks)).toHaveLength(1);
    expect(t.no).toBe(51);
    expect(t.rows.map((r) => r.no)).toEqual([52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67]);
    const g = grid(t);
    expect(g.every((r) => r.length === 4)).toBe(true);
    expect(g[0]).toEqual(["序号", "工作任务", "责任单位", "完成时限"]);
    // colspan group rows repeat their text in every column
    expect(g[1]).toEqual(Array(4).fill("一、重点领域信息公开"));
    expect(g[8]).toEqual(Array(4).fill("二、政策解读和回应关切"));
    // rowspan cells fill every row they span
    expect(g.find((r) => r[1] === "公开中心城区控制性详细规划修改论证报告和批后公告")).toEqual([
      "1",
      "公开中心城区控制性详细规划修改论证报告和批后公告",
      "国土空间规划科",
      "2023年9月底前",
    ]);
    expect(g.filter((r) => r[3] === "2023年5月31日前").map((r) => r[0])).toEqual(["3", "3", "3"]);
    expect(g.find((r) => r[1].startsWith("开通不动产登记"))?.[2]).toBe("不动产登记中心牵头，信息中心配合");
    // cells empty in the source stay empty
    expect(g.find((r) => r[1].startsWith("汇总分析群众诉求"))).toEqual(["", "汇总分析群众诉求集中的问题，形成专题分析报告", "", ""]);
    expect(g.find((r) => r[0] === "7")).toEqual(["7", "修订局政府信息公开申请办理工作规程", "", "2023年7月前"]);
  });

  it("gives every block the source line it comes from", () => {
    expectLinesPointAtSource(html, blocks);
  });
});

// ---------------------------------------------------------------------------
// The seeds rendered as portal pages

const STEMS = ["000_cd5b4bd70de94d24", "001_c3ce127ed5ac7737", "002_91d20c59aa68ae6d", "003_94b99fd02a09614a", "004_aefa13907971f65f"];

/** Seed lines that are portal furniture, which the pages render as navigation, metadata, info bar or footer. */
const PORTAL_LINE = [
  /^首页\s*\|?$/,
  /^\|$/,
  /^您当前所在位置/,
  /^[\s\u00a0]*(?:号|词|称)\s*:/, // truncated metadata labels (001)
  /(?:信息分类|内容分类|发布机构|生效日期)\s*:/,
  /^[\s\u00a0]*•/, // bulleted metadata (004)
  /發布時間\s*:/, // info bar (004)
  /^发布日期\s*:/, // info bar (001)
  /^分享到/,
  /^主办\s*:/,
  /^电话\s*:/,
  /公网安备|网站标识码/,
  /^審核\s*:/, // editor line (004)
];

function seedLines(stem: string): string[] {
  const text = readFileSync(join(root, "seeds", `${stem}.txt`), "utf8");
  return text.split(/\r\n|\r|\n/).filter((l) => squeeze(l) && !PORTAL_LINE.some((re) => re.test(l)));
}

function readFixture(enc: "utf8" | "gbk", stem: string): string {
  const bytes = readFileSync(join(root, "fixtures/html", enc, `${stem}.html`));
  return new TextDecoder(enc === "gbk" ? "gbk" : "utf-8").decode(bytes);
}

/** 003's layout: a cell starts with TAB, a line without one continues it, a blank line ends the row. */
function seedTabRows(stem: string): string[][] {
  const lines = readFileSync(join(root, "seeds", `${stem}.txt`), "utf8").split(/\r\n|\r|\n/);
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (const l of lines) {
    if (l.startsWith("\t")) {
      if (!row) rows.push((row = []));
      row.push(l.slice(1));
    } else if (!l.trim()) row = null;
    else if (row) row[row.length - 1] += l;
  }
  return rows.map((r) => r.map(squeeze));
}

describe.each(["utf8", "gbk"] as const)("seed pages (%s)", (enc) => {
  describe.each(STEMS)("%s", (stem) => {
    const html = readFixture(enc, stem);
    const { blocks, warnings } = htmlToBlocks(html);
    const text = allText(blocks);

    it("yields every body line of the seed", () => {
      expect(warnings).toEqual([]);
      const missing = seedLines(stem).filter((l) => !text.includes(squeeze(l)));
      expect(missing).toEqual([]);
    });

    it("drops navigation, breadcrumb, widgets, footer and scripts", () => {
      const joined = texts(blocks).join("\n");
      for (const furniture of ["无障碍", "手机版", "当前位置", "當前位置", "网站地图", "网站标识码", "網站標識碼", "打印本页", "打印本頁", "分享到微信", "_hmt", "bdSnsKey", "请输入关键字"])
        expect(joined).not.toContain(furniture);
    });

    it("points every block at its source line", () => {
      expectLinesPointAtSource(html, blocks);
    });
  });
});

describe("seed pages: metadata and tables", () => {
  const load = (stem: string, enc: "utf8" | "gbk" = "utf8") => htmlToBlocks(readFixture(enc, stem)).blocks;

  it("000: made-up index number, the notice's own date and publisher", () => {
    const lines = texts(load("000_cd5b4bd70de94d24"));
    expect(lines.some((l) => /^索引号：\d{9}\/2021-\d{5}$/.test(l))).toBe(true);
    expect(lines).toContain("成文日期：2021-06-08");
    expect(lines).toContain("发布机构：贵溪市人民政府办公室");
  });

  it("001: the seed's own metadata as a <table>, truncated labels completed", () => {
    const lines = texts(load("001_c3ce127ed5ac7737", "gbk"));
    for (const l of [
      "索引号：MJ00101180200/201711-82991",
      "信息分类：其它文件",
      "发布机构：明光市人民政府(办公室)",
      "文号：明政办秘〔2017〕156号",
      "主题词：基层政务公开标准化",
      "名称：关于印发明光市基层政务公开标准化规范化试点工作实施方案的通知",
    ])
      expect(lines).toContain(l);
    // a label with no value gives no line
    expect(lines.some((l) => l.startsWith("废止时间"))).toBe(false);
  });

  it("002: <ul> metadata with the notice's number", () => {
    const lines = texts(load("002_91d20c59aa68ae6d"));
    expect(lines).toContain("文号：友政办发〔2021〕16号");
    expect(lines).toContain("成文日期：2021-07-13");
  });

  it("003: <dl> metadata", () => {
    const lines = texts(load("003_94b99fd02a09614a"));
    expect(lines.some((l) => /^索引号：\d{9}\/2021-\d{5}$/.test(l))).toBe(true);
    expect(lines).toContain("发布机构：永济市人民政府办公室");
  });

  it("004: traditional labels with spaces inside (索 引 號, 文  號) lose the spaces", () => {
    const lines = texts(load("004_aefa13907971f65f", "gbk"));
    expect(lines).toContain("索引號：008320033/2015-00041");
    expect(lines).toContain("文號：攀辦發〔2015〕40號");
    expect(lines).toContain("有效性：1");
  });

  it("001: the attachment table, one cell per line in the seed, is a 4-column grid", () => {
    for (const enc of ["utf8", "gbk"] as const) {
      const ts = tables(load("001_c3ce127ed5ac7737", enc));
      expect(ts).toHaveLength(1);
      const seed = readFileSync(join(root, "seeds/001_c3ce127ed5ac7737.txt"), "utf8").split(/\r\n|\r|\n/);
      const from = seed.findIndex((l) => l.trim() === "序号");
      const to = seed.findIndex((l, i) => i > from && l.trim() === "附件2");
      const cells = seed.slice(from, to).map((l) => l.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "")).filter(Boolean);
      const expected: string[][] = [];
      for (let k = 0; k < cells.length; k += 4) expected.push(cells.slice(k, k + 4));
      expect(grid(ts[0])).toEqual(expected);
      expect(expected).toHaveLength(10);
    }
  });

  it("003: the plan table keeps its header and fills merged cells within a 序号 group", () => {
    for (const enc of ["utf8", "gbk"] as const) {
      const ts = tables(load("003_94b99fd02a09614a", enc));
      expect(ts).toHaveLength(1);
      const g = grid(ts[0]);
      expect(g[0]).toEqual(["序号", "公开任务", "公开内容", "具体要求", "责任部门", "时限及要求"]);
      const seedRows = seedTabRows("003_94b99fd02a09614a");
      expect(g).toHaveLength(seedRows.length);
      seedRows.forEach((row, r) => {
        expect(g[r]).toHaveLength(6);
        row.forEach((cell, c) => {
          const got = squeeze(g[r][c]);
          if (cell) expect(got).toBe(cell);
          else if (r > 1 && (c === 0 || !seedRows[r][0])) expect(got).toBe(squeeze(g[r - 1][c]));
          else expect(got).toBe("");
        });
      });
      const row = (start: string) => g.find((r) => r[3].startsWith(start))!;
      expect(row("内容具有普遍指导意义")[5]).toMatch(/^2021年11月底前，各单位将发文台账/);
      expect(row("内容具有普遍指导意义").slice(0, 3)).toEqual(["1", "扩大公开范围打造阳光政府", "进一步规范拟发公文公开属性认定"]);
      expect(row("力争在全省评选")[0]).toBe("5");
      expect(row("力争在全省评选")[5]).toBe(""); // a new 序号 inherits nothing
      expect(row("加强经费保障")[5]).toMatch(/^2021年11月底前/);
    }
  });

  it("004: the space-separated task table, group rows spanning all columns", () => {
    for (const enc of ["utf8", "gbk"] as const) {
      const ts = tables(load("004_aefa13907971f65f", enc));
      expect(ts).toHaveLength(1);
      const g = grid(ts[0]);
      expect(g[0]).toEqual(["工作任務", "牽頭單位", "責任單位"]);
      expect(g[1]).toEqual(Array(3).fill("一、推進重點領域信息公開"));
      expect(g).toContainEqual(Array(3).fill("二、全面加強主動公開工作"));
      expect(g).toContainEqual(["(一)進一步拓展主動公開內容", "", "各縣(區)人民政府,市級各部門"]);
      expect(g).toContainEqual(["(三)推進公共資源配置信息公開", "", ""]);
      expect(g).toContainEqual(["1.做好社會保險信息公開", "人力資源社會保障局、市衛生計生委分別牽頭", "各縣(區)人民政府"]);
      // every seed row, its cells in order
      const seed = readFileSync(join(root, "seeds/004_aefa13907971f65f.txt"), "utf8").split(/\r\n|\r|\n/);
      const from = seed.findIndex((l) => l.startsWith("工作任務"));
      const rows = seed.slice(from).slice(0, seed.slice(from).findIndex((l) => !l.trim()));
      expect(g).toHaveLength(rows.length);
      rows.forEach((l, r) => {
        const toks = l.trim().split(/\s+/);
        const cells = g[r].filter(Boolean);
        expect(toks.length === 1 && cells.length === 3 ? [cells[0]] : cells).toEqual(toks);
      });
    }
  });
});

// ---------------------------------------------------------------------------
// Markup rules on small pages

const page = (body: string, head = "<title>某市人民政府</title>") =>
  `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const BODY_TEXT = [
  "一、总体要求",
  "深入贯彻落实国务院办公厅关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外。",
  "二、重点任务",
  "（一）加强政策解读。坚持谁起草谁解读，政策文件与解读材料同步起草、同步审签、同步发布。",
  "（二）做好回应关切。市政府办公室牵头，各县区人民政府负责落实。2021年12月底前完成。",
];

describe("page furniture", () => {
  it("drops elements by name and by class/id word parts", () => {
    const html = page(
      [
        `<div class="top-nav"><a href="/">首页</a><a href="/a">政务公开</a></div>`,
        `<div id="breadcrumb">当前位置：首页 &gt; 通知公告</div>`,
        `<div class="curPosition">您的位置：首页</div>`,
        `<nav>导航栏目</nav>`,
        `<div class="content">`,
        ...BODY_TEXT.map((t) => `<p>${t}</p>`),
        `<div class="bdsharebuttonbox">分享到：微信 微博</div>`,
        `<div class="article-tools">【打印】【关闭】</div>`,
        `<div id="printBtn">打印此页</div>`,
        `</div>`,
        `<div class="sidebar">热点新闻排行</div>`,
        `<div id="footer">主办单位：某市人民政府办公室</div>`,
        `<div class="copyright">版权所有 某市人民政府</div>`,
        `<script>document.write("脚本里的中文");</script>`,
        `<style>.x{content:"样式里的中文"}</style>`,
        `<noscript>请启用脚本</noscript>`,
        `<!-- 注释里的中文 -->`,
        `<form><select><option>选项一</option></select><button>搜索按钮</button></form>`,
        `<iframe src="x.html">框架</iframe>`,
      ].join("\n"),
    );
    const { blocks } = htmlToBlocks(html);
    expect(texts(blocks)).toEqual(["某市人民政府", ...BODY_TEXT]);
  });

  it("never drops the element holding the content, whatever its class says", () => {
    const html = page(
      [
        `<form id="form1" method="post" action="./Default.aspx">`,
        `<div class="nav"><a href="/">首页</a></div>`,
        `<div class="printContent">`,
        ...BODY_TEXT.map((t) => `<p>${t}</p>`),
        `</div>`,
        `</form>`,
      ].join("\n"),
    );
    expect(texts(htmlToBlocks(html).blocks)).toEqual(["某市人民政府", ...BODY_TEXT]);
  });

  it("a page with only navigation gives no blocks and a warning", () => {
    const html = page(
      [
        `<div class="header"><img src="logo.png" alt="某市人民政府"></div>`,
        `<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li></ul></div>`,
        `<ul><li><a href="/a">关于印发某某工作要点的通知</a></li><li><a href="/b">关于开展某某工作的通知</a></li><li><a href="/c">某某实施方案</a></li></ul>`,
        `<div class="footer">主办：某市人民政府办公室</div>`,
      ].join("\n"),
    );
    expect(htmlToBlocks(html)).toEqual({
      blocks: [],
      warnings: [{ code: "html-no-content", message: expect.any(String), line: 0 }],
    });
    for (const empty of ["", "   ", "<html></html>", "<p>&nbsp;</p>", "<script>var a='中文很多很多很多很多很多很多';</script>"])
      expect(htmlToBlocks(empty).warnings.map((w) => w.code)).toEqual(["html-no-content"]);
  });

  it("keeps the title and metadata standing before the article, and attachment links after it", () => {
    const html = page(
      [
        `<div class="nav"><a href="/">首页</a></div>`,
        `<table class="xxgk"><tr><td>索引号：</td><td>0083/2015-00041</td><td>发布机构：</td><td>某市人民政府办公室</td></tr>`,
        `<tr><td>文号：</td><td>某政办发〔2021〕3号</td><td>成文日期：</td><td>2021-03-01</td></tr></table>`,
        `<div class="wrap"><div class="left"><h1>某市2021年政务公开工作要点</h1><div class="date">2021-03-01</div></div>`,
        `<div class="TRS_Editor">`,
        ...BODY_TEXT.map((t) => `<p>${t}</p>`),
        `<p>${BODY_TEXT[1].repeat(6)}</p>`,
        `</div>`,
        `<div class="fj">附件：<a href="/u/P0201.docx">1.任务分解表</a></div>`,
        `<div class="xglj"><h3>相关文章</h3><ul><li><a href="/1">某县政务公开要点</a></li><li><a href="/2">某区政务公开要点</a></li><li><a href="/3">某镇政务公开要点</a></li></ul></div>`,
        `</div>`,
      ].join("\n"),
    );
    const { blocks } = htmlToBlocks(html);
    // the page <title> (the site's name) stands in the content already: kept, marked
    expect(blocks[0]).toMatchObject({ kind: "line", text: "某市人民政府", boiler: "page title" });
    const lines = texts(blocks);
    expect(lines.slice(0, 5)).toEqual([
      "索引号：0083/2015-00041",
      "发布机构：某市人民政府办公室",
      "文号：某政办发〔2021〕3号",
      "成文日期：2021-03-01",
      "某市2021年政务公开工作要点",
    ]);
    expect(lines).toContain("附件：1.任务分解表");
    expect(lines.join("\n")).not.toContain("某县政务公开要点");
  });
});

describe("metadata blocks", () => {
  it("a metadata table row gives one LABEL：VALUE line per pair", () => {
    const html = page(
      [
        `<table><tr><td>索引号：</td><td>0083/2015-00041</td><td>发布机构：</td><td>X</td></tr></table>`,
        ...BODY_TEXT.map((t) => `<p>${t}</p>`),
      ].join("\n"),
    );
    const lines = contentLines(htmlToBlocks(html).blocks);
    expect(lines.slice(1, 3).map((b) => [b.no, b.text])).toEqual([
      [8, "索引号：0083/2015-00041"],
      [8, "发布机构：X"],
    ]);
  });

  it("reads labels without colons, spaced labels, <dl>, spans and several pairs in one cell", () => {
    const html = page(
      [
        `<table class="info">`,
        `<tr><th>索 引 号</th><td>11/2021-1</td><th>主题分类</th><td>综合政务</td></tr>`,
        `<tr><td colspan="4">发布机构：某县人民政府办公室　　成文日期：2021年06月08日</td></tr>`,
        `</table>`,
        `<dl class="meta"><dt>发文字号：</dt><dd>某政发〔2021〕1号</dd><dt>主题词：</dt><dd><span>政务</span><span>公开</span></dd></dl>`,
        `<ul><li><label>有效性</label><span>有效</span></li><li><label>发文机关</label>：<span>某县人民政府</span></li></ul>`,
        ...BODY_TEXT.map((t) => `<p>${t}</p>`),
      ].join("\n"),
    );
    const lines = texts(htmlToBlocks(html).blocks);
    for (const l of ["索引号：11/2021-1", "主题分类：综合政务", "发布机构：某县人民政府办公室", "成文日期：2021年06月08日", "发文字号：某政发〔2021〕1号", "主题词：政务公开", "有效性：有效", "发文机关：某县人民政府"])
      expect(lines).toContain(l);
  });
});

describe("tables", () => {
  const tableOf = (rows: string) => {
    const { blocks } = htmlToBlocks(page([`<div class="content">`, ...BODY_TEXT.map((t) => `<p>${t}</p>`), `<table border="1">`, rows, `</table>`, `</div>`].join("\n")));
    return tables(blocks);
  };

  it("expands colspan and rowspan, rowspan=0 to the end, and pads short rows", () => {
    const [t] = tableOf(
      [
        `<tr><th>序号</th><th>任务</th><th>牵头单位</th><th>时限</th></tr>`,
        `<tr><td colspan="4">一、重点工作</td></tr>`,
        `<tr><td rowspan="2">1</td><td>任务甲</td><td rowspan="0">市政府办</td><td>6月底前</td></tr>`,
        `<tr><td>任务乙</td><td>年底前</td></tr>`,
        `<tr><td>2</td><td>任务丙</td></tr>`,
        `<tr><td>3</td></tr>`,
      ].join("\n"),
    );
    expect(grid(t)).toEqual([
      ["序号", "任务", "牵头单位", "时限"],
      ["一、重点工作", "一、重点工作", "一、重点工作", "一、重点工作"],
      ["1", "任务甲", "市政府办", "6月底前"],
      ["1", "任务乙", "市政府办", "年底前"],
      ["2", "任务丙", "市政府办", ""],
      ["3", "", "市政府办", ""],
    ]);
    // a colspan after a rowspanned column goes right of it, as in a browser
    const [u] = tableOf([`<tr><td rowspan="2">甲</td><td>乙</td><td>丙</td></tr>`, `<tr><td colspan="2">丁</td></tr>`].join("\n"));
    expect(grid(u)).toEqual([
      ["甲", "乙", "丙"],
      ["甲", "丁", "丁"],
    ]);
  });

  it("joins the lines of a cell: nothing between CJK characters, a space otherwise", () => {
    const [t] = tableOf(
      [
        `<tr><td>序号</td><td>任务</td><td>单位</td></tr>`,
        `<tr><td>1</td><td><p>扩大公开范围</p><p>打造阳光政府</p></td><td>市政府办牵头，<br>\n  各镇抓好落实</td></tr>`,
        `<tr><td>2</td><td>推进IPv6<br>改造</td><td>2021年<br/>8月&nbsp;&nbsp;底前</td></tr>`,
        `<tr><td>3</td><td>“十四五”<br>规划</td><td>APP<br>Web</td></tr>`,
      ].join("\n"),
    );
    expect(grid(t).slice(1)).toEqual([
      ["1", "扩大公开范围打造阳光政府", "市政府办牵头，各镇抓好落实"],
      ["2", "推进IPv6 改造", "2021年 8月 底前"],
      ["3", "“十四五”规划", "APP Web"],
    ]);
  });

  it("drops rows with no text and keeps the lines of <tr>s", () => {
    const [t] = tableOf([`<tr><td>甲</td><td>乙</td></tr>`, `<tr><td></td><td>&nbsp;</td></tr>`, `<tr>`, `<td>丙</td><td>丁</td></tr>`].join("\n"));
    expect(grid(t)).toEqual([
      ["甲", "乙"],
      ["丙", "丁"],
    ]);
    expect(t.rows.map((r) => r.no)).toEqual([15, 17]);
  });

  it("unwraps layout tables and reads their cells as content, data tables inside them kept", () => {
    const html = page(
      [
        `<table width="1000" align="center"><tr>`,
        `<td width="200"><a href="/1">栏目一</a><br><a href="/2">栏目二</a><br><a href="/3">栏目三</a></td>`,
        `<td>`,
        `<table><tr><td class="bt">某县2021年政务公开工作要点</td></tr></table>`,
        ...BODY_TEXT.map((t) => `<p>${t}</p>`),
        `<table border="1"><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>公开预算</td></tr></table>`,
        `<p>附件：任务分解表</p>`,
        `</td>`,
        `</tr></table>`,
      ].join("\n"),
    );
    const { blocks } = htmlToBlocks(html);
    expect(blocks.map((b) => (b.kind === "line" ? b.text : grid(b)))).toEqual([
      "某市人民政府",
      "某县2021年政务公开工作要点",
      ...BODY_TEXT,
      [
        ["序号", "任务"],
        ["1", "公开预算"],
      ],
      "附件：任务分解表",
    ]);
  });

  it("a one-column or one-cell table is layout too", () => {
    const html = page([`<table><tr><td>${BODY_TEXT[0]}</td></tr><tr><td>${BODY_TEXT[1]}</td></tr></table>`, `<table><tr><td><p>${BODY_TEXT[2]}</p><p>${BODY_TEXT[3]}</p></td></tr></table>`].join("\n"));
    const { blocks } = htmlToBlocks(html);
    expect(tables(blocks)).toEqual([]);
    expect(texts(blocks).slice(1)).toEqual(BODY_TEXT.slice(0, 4));
  });
});

describe("text and lines", () => {
  it("inline elements do not break lines; block elements and <br> do; whitespace collapses", () => {
    const html = page(
      [
        `<div class="content">`,
        `<p>（一）<strong>加强</strong><span style="color:red">政策</span><a href="#">解读</a>。</p>`,
        `<div>第一行&nbsp;&nbsp;&nbsp;第二段<br>第三行</div>`,
        `<p>跨行的`,
        `   中文不加空格，English`,
        `   words keep one.</p>`,
        `<ul><li>列表一</li><li>列表二</li></ul>`,
        `<h2>二、标题</h2>`,
        `<p>&lt;转义&gt; &amp; “引号”　全角空格</p>`,
        `<pre>预排一\n预排二</pre>`,
        ...BODY_TEXT.map((t) => `<p>${t}</p>`),
        `</div>`,
      ].join("\n"),
    );
    const { blocks } = htmlToBlocks(html);
    expect(contentLines(blocks).map((b) => [b.no, b.text]).slice(1, 11)).toEqual([
      [9, "（一）加强政策解读。"],
      [10, "第一行 第二段"],
      [10, "第三行"],
      [11, "跨行的中文不加空格，English words keep one."],
      [14, "列表一"],
      [14, "列表二"],
      [15, "二、标题"],
      [16, "<转义> & “引号” 全角空格"],
      [17, "预排一"],
      [18, "预排二"],
    ]);
  });

  it("counts CRLF, CR and LF line ends as the decoded text does", () => {
    const body = BODY_TEXT.map((t) => `<p>${t}</p>`);
    for (const eol of ["\r\n", "\r", "\n"]) {
      const html = ["<html>", "<body>", "<div class=content>", ...body, "</div>", "</body>", "</html>"].join(eol);
      const lines = contentLines(htmlToBlocks(html).blocks);
      expect(lines.map((b) => b.no)).toEqual([4, 5, 6, 7, 8]);
    }
  });

  it("marks a title repeated right below itself", () => {
    const html = page([`<h1>某市2021年政务公开工作要点</h1>`, `<div class="content"><p>某市2021年政务公开工作要点</p>`, ...BODY_TEXT.map((t) => `<p>${t}</p>`), `</div>`].join("\n"));
    const lines = lineBlocks(htmlToBlocks(html).blocks).filter((b) => b.text === "某市2021年政务公开工作要点");
    expect(lines.map((b) => b.boiler ?? null)).toEqual([null, "repeated title"]);
  });
});

// ---------------------------------------------------------------------------
// Any input: no throw, time roughly linear

describe("robustness", () => {
  it("malformed markup does not throw and still yields its text", () => {
    const broken = [
      `<html><body><div class="content"><p>${BODY_TEXT[0]}<p>${BODY_TEXT[1]}<table><tr><td>甲<td>乙<tr><td>丙</table></div>`,
      `<div><p>${BODY_TEXT.join("</div><p>")}</span></font></b></td></tr></table>`,
      `<table><p>${BODY_TEXT[1]}</p><tr><td>一</td></tr><div>${BODY_TEXT[3]}</div></table>`,
      `<<<>>><div class="=">${BODY_TEXT[1]}<!-- never closed`,
      `<td rowspan="-3" colspan="abc">${BODY_TEXT[1]}</td><td rowspan="99999999">x</td>`,
      `\u0000\ufffd<![CDATA[${BODY_TEXT[1]}]]><?xml version="1.0"?><svg><text>图形</text></svg>`,
      `<div class="content">${BODY_TEXT[1]}<br/><br/><hr><img src=x alt="图片">`,
    ];
    for (const html of broken) {
      const r = htmlToBlocks(html);
      expect(r.blocks.length + r.warnings.length).toBeGreaterThan(0);
    }
    expect(texts(htmlToBlocks(broken[0]).blocks)).toEqual([BODY_TEXT[0], BODY_TEXT[1]]);
    expect(allText(htmlToBlocks(broken[2]).blocks)).toContain(squeeze(BODY_TEXT[3]));
  });

  it("never throws on arbitrary strings and tag soup", () => {
    const tag = fc.constantFrom("<div>", "</div>", "<p>", "<table>", "</table>", "<tr>", "<td rowspan=2>", "<td colspan=3>", "</td>", "<br>", "<li>", "<ul class=nav>", "<script>", "</script>", "<!--", "-->", "<b>", "<a href=x.doc>", "&nbsp;", "&#x4e2d;", "索引号：", "发布机构：", "中文内容", "\n", "\r\n", " ");
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, fc.string({ maxLength: 8 })), { maxLength: 120 }), (parts) => {
        const r = htmlToBlocks(parts.join(""));
        expect(Array.isArray(r.blocks)).toBe(true);
        for (const b of r.blocks) expect(b.no).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        htmlToBlocks(s);
      }),
      { numRuns: 200 },
    );
  });

  const MB = 1 << 20;
  const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length));

  it.each([
    ["1 MB of unclosed <div>s", fill("<div>")],
    ["512 KB of unclosed <ul>s", fill("<ul>", MB / 2)],
    ["512 KB of nested layout tables", fill("<table><tr><td>中文", MB / 2)],
    ["512 KB of content fostered out of a table", "<table>" + fill("<br>", MB / 2)],
    ["512 KB of divs fostered out of a table", "<table>" + fill("<div>", MB / 2)],
    ["512 KB of colspan bombs", "<table>" + fill("<tr><td colspan=1000 rowspan=1000>中", MB / 2)],
    ["512 KB of flat paragraphs", fill("<p>中文段落内容</p>\n", MB / 2)],
    ["512 KB of metadata soup", fill("<li>索引号：1</li><li>发布机构：某单位</li>", MB / 2)],
  ])("%s: in time", (_name, html) => {
    const t0 = performance.now();
    const r = htmlToBlocks(html);
    const ms = performance.now() - t0;
    expect(Array.isArray(r.blocks)).toBe(true);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  it("time grows roughly linearly with size", () => {
    const time = (html: string) => {
      const t0 = performance.now();
      htmlToBlocks(html);
      return performance.now() - t0;
    };
    for (const unit of ["<div>", "<table><tr><td>中", "<span><p>中"]) {
      time(fill(unit, MB / 16)); // warm up
      const small = time(fill(unit, MB / 8));
      const large = time(fill(unit, MB / 2));
      expect(large, unit).toBeLessThan(Math.max(12 * small, 2000));
    }
  }, 120_000);
});
