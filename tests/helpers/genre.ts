// Generators (fast-check) of documents in the genre: Chinese local-government work
// plans and their covering notices, assembled from the pieces they are made of —
// notice titles, 发文字号, 主送 lines, headings 一、/（一）/1./（1）/①, sentences,
// assignments 〔牵头单位：…；责任单位：…〕 and （X牵头落实）, unit lists, dates and
// deadline phrases, flattened tables (tab-led cells, one cell per line, pipe rows,
// space-separated rows), portal boilerplate and metadata, 抄送/印发, attachments —
// and the damage scraping does to them: lost closing brackets, injected pinyin,
// traditional characters, full-width digits, stray CJK and ASCII, odd indentation
// and line endings. Documents are kept small (a few lines) so that properties can
// run many thousands of times.
import fc from "fast-check";

const REGIONS = ["友谊县", "贵溪市", "永济市", "明光市", "某县", "青州市", "广州市天河区", "某自治县", "某市自然资源局"];
const ABBRS = ["友政办发", "贵府办字", "永政办", "明政办秘", "国办发", "皖政办秘", "青政办发"];
const UNITS = [
  "县政府办",
  "市政府办公室",
  "县发改局",
  "市财政局",
  "县司法局",
  "市自然资源局",
  "市审批服务管理局",
  "经开区管委会",
  "各乡（镇）人民政府",
  "各镇（街道）",
  "县直各有关单位",
  "市直各部门",
  "县融媒体中心",
  "市统计局",
  "县卫生健康委",
];
const YEARS = [2017, 2018, 2020, 2021, 2022, 2023];
const TOPICS = ["政务公开", "政府信息公开", "基层政务公开标准化规范化", "重点领域信息公开", "政策解读"];
const VERBS = ["做好", "推进", "加强", "深化", "规范", "完善", "加大", "落实"];
const OBJECTS = [
  "政府信息主动公开",
  "政策解读工作",
  "政府网站集约化建设",
  "重大行政决策公开",
  "财政预决算信息公开",
  "依申请公开办理",
  "政务新媒体管理",
  "“十四五”规划纲要公开",
  "政府信息公开专栏建设",
  "权责清单动态调整",
];
const DEADLINES = [
  "2021年12月底前",
  "12月底前",
  "9月15日前",
  "年底前",
  "年内",
  "上半年",
  "第三季度",
  "三季度前",
  "10月中旬前",
  "2023年5月前",
  "到2023年底",
  "每季度",
  "每月10日前",
  "每年1月31日前",
  "每半年",
  "每周",
  "按月",
  "长期坚持",
  "持续推进",
  "立即落实并长期坚持",
  "常态化",
  "全年",
  "20183月底前",
  "20171110日前",
  "2021-11-30",
  "二〇二一年十二月三十一日前",
  "于2021年9月1日、12月1日两个时间节点",
  "及时公开",
  "不定期",
  "30日内",
  "从2021年起",
];
const ROLE_WORDS = ["牵头", "牵头落实", "分别牵头", "负责", "负责落实", "分别落实", "抓好落实", "配合", "做好配合", "按职责分工负责"];
const HEADER_CELLS = [
  ["序号", "工作任务", "责任单位", "完成时限"],
  ["序号", "公开任务", "公开内容", "牵头单位", "配合单位", "时限要求"],
  ["工作任务", "具体措施", "牵头单位", "责任单位", "完成时间"],
  ["重点任务", "责任部门", "时间进度", "备注"],
  ["序号", "工作事项", "责任领导", "责任单位", "完成时限"],
];
const BOILERPLATE = [
  "首页 > 政务公开 > 工作要点",
  "您当前所在位置：首页 > 政府信息公开",
  "分享到：",
  "【打印本页】【关闭窗口】",
  "京ICP备12345678号",
  "网站标识码：1300000001",
  "上一篇：关于印发2020年政务公开工作要点的通知",
  "主办单位：某县人民政府办公室",
  "责任编辑：王明",
  "字号：[ 大 中 小 ]",
  "www.example.gov.cn",
];
const META = [
  "索 引 号：11330/2021-00012",
  "索引号:MJ00101180200/201711-82991  信息分类: 其它文件",
  "发布机构：某县人民政府办公室",
  "成文日期：2021-07-13",
  "发文日期: 2017-11-03 10:27",
  "文　　号：友政办发〔2021〕16号",
  "号: 明政办秘〔2017〕156号  词: 基层政务公开标准化",
  "主题词：政务公开；要点",
  "有 效 性：有效",
  "  • 发布机构:某县人民政府办公室",
];
/** Traditional forms of characters frequent in the genre. */
const TRADITIONAL: Record<string, string> = {
  务: "務", 开: "開", 点: "點", 县: "縣", 区: "區", 单: "單", 负: "負", 责: "責", 发: "發", 办: "辦",
  门: "門", 实: "實", 时: "時", 进: "進", 财: "財", 规: "規", 划: "劃", 级: "級", 机: "機", 关: "關",
  认: "認", 设: "設", 网: "網", 贯: "貫", 彻: "徹", 监: "監", 统: "統", 调: "調", 动: "動", 态: "態",
};
/** Tone-marked pinyin that some portals inject after characters of traditional pages. */
const PINYIN: Record<string, string> = { 開: "kāi", 區: "qū", 規: "guī", 劃: "huà", 務: "wù", 門: "mén", 責: "zé" };

const el = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const year = el(YEARS);
const region = el(REGIONS);
const unit = el(UNITS);
const deadline = el(DEADLINES);

/** One to three units as a list: 、 or ，, sometimes with 等部门. */
export const unitList = fc
  .tuple(fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }), el(["、", "，", "、"]), el(["", "", "等部门", "等有关单位", "等"]))
  .map(([us, sep, etc]) => us.join(sep) + etc);

/** Who does it: a bracket with labels, a role parenthesis, or a label line. */
export const assignment = fc.oneof(
  fc.tuple(unitList, unitList).map(([a, b]) => `〔牵头单位：${a}；责任单位：${b}〕`),
  fc.tuple(unitList, el(ROLE_WORDS)).map(([a, r]) => `（${a}${r}）`),
  fc.tuple(unit, unitList).map(([a, b]) => `（${a}牵头，${b}配合）`),
  unitList.map((a) => `【牵头单位：${a}】`),
  fc.tuple(unitList, deadline).map(([a, d]) => `（责任单位：${a}；完成时限：${d}）`),
  fc.tuple(unitList, el(ROLE_WORDS)).map(([a, r]) => `由${a}${r}。`),
);

/** A sentence of the genre, possibly with a deadline clause and an assignment. */
export const sentence = fc
  .tuple(el(VERBS), el(OBJECTS), fc.option(deadline, { nil: undefined }), fc.option(assignment, { nil: undefined }), fc.boolean())
  .map(([v, o, d, a, front]) => {
    const body = `${v}${o}${front ? "" : "，" + (d ?? "及时") + "完成"}`;
    return `${front && d ? d + "，" : ""}${body}。${a ?? ""}`;
  });

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];
/** A heading line: 一、 （一） 1. （1） ①, a title, sometimes its text on the same line. */
export const heading = fc
  .tuple(
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 10 }),
    el(VERBS),
    el(OBJECTS),
    fc.option(sentence, { nil: undefined }),
    el(["、", ".", "．", ""]),
  )
  .map(([kind, n, v, o, rest, sep]) => {
    const marker = [`${CN[n]}、`, `（${CN[n]}）`, `${n + 1}${sep || "."}`, `（${n + 1}）`, String.fromCharCode(0x2460 + n)][kind];
    return `${marker}${v}${o}${rest ? "。" + rest : ""}`;
  });

/** The covering notice: title, 发文字号 (sometimes damaged), 主送, body, signature, date. */
export const notice = fc
  .tuple(region, year, el(ABBRS), fc.integer({ min: 1, max: 200 }), fc.boolean(), el(TOPICS), fc.boolean())
  .map(([r, y, abbr, n, damaged, topic, signed]) => [
    `${r}人民政府办公室`,
    `关于印发${r}${y}年${topic}工作要点的通知`,
    damaged ? `${abbr}〔${y}${n}号` : `${abbr}〔${y}〕${n}号`,
    "各乡（镇）人民政府，县政府各部门、各直属机构：",
    `　　经县政府同意，现将《${r}${y}年${topic}工作要点》印发给你们，请认真贯彻落实。`,
    ...(signed ? [`${r}人民政府办公室`, `${y}年7月13日`, "（此件公开发布）"] : []),
  ]);

/** A plan title, sometimes broken over two lines. */
export const planTitle = fc
  .tuple(region, year, el(TOPICS), el(["工作要点", "工作实施方案", "工作要点任务分解表", "重点工作任务分工"]), fc.boolean())
  .map(([r, y, t, kind, broken]) => (broken ? [`${r}${y}年${t}`, kind] : [`${y}年${r}${t}${kind}`]));

/** A flattened table in one of the four layouts. */
export const table = fc
  .tuple(
    el(HEADER_CELLS),
    fc.array(fc.tuple(el(VERBS), el(OBJECTS), unitList, deadline, fc.boolean()), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([header, rows, layout]) => {
    const rowCells = rows.map(([v, o, u, d, merged], i) =>
      header.map((h) => {
        if (/序号/.test(h)) return String(i + 1);
        if (/单位|部门/.test(h)) return merged ? "" : u;
        if (/时|进度/.test(h)) return d;
        if (/领导|备注/.test(h)) return merged ? "" : "王明";
        return `${v}${o}`;
      }),
    );
    switch (layout) {
      case 0: // tab-led cells, a blank line between rows
        return [...header.map((h) => `\t${h}`), "", ...rowCells.flatMap((r) => [...r.map((c) => `\t${c}`), ""])];
      case 1: // one cell per line
        return [...header, ...rowCells.flat().filter(Boolean)];
      case 2: // pipe rows
        return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rowCells.map((r) => `| ${r.join(" | ")} |`)];
      default: // space-separated rows
        return [header.join("  "), ...rowCells.map((r) => r.map((c) => c || "　").join("  "))];
    }
  });

/** 抄送, the 印发 line, an attachment label and list, a closing paragraph. */
export const colophon = fc
  .tuple(fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }), region, year, fc.integer({ min: 0, max: 3 }))
  .map(([cc, r, y, kind]) =>
    [
      [`抄送：${cc.join("，")}。`],
      [`${r}人民政府办公室　　　　${y}年7月13日印发`],
      ["附件：1.任务分解表", "2.责任清单", "附件1", `${r}${y}年政务公开工作任务分解表`],
      ["各单位要高度重视，认真抓好落实，每季度报送一次进展情况。"],
    ][kind],
  );

const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
/** Random CJK text. */
export const randomCjk = fc.string({ unit: cjkChar, minLength: 1, maxLength: 40 });
/** Random printable ASCII (and tabs). */
export const randomAscii = fc.string({ unit: fc.oneof(fc.constant("\t"), fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c))), minLength: 1, maxLength: 40 });

/** A group of lines: one piece of a document. */
export const piece: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: heading.map((h) => [h]), weight: 5 },
  { arbitrary: sentence.map((s) => [`　　${s}`]), weight: 4 },
  { arbitrary: assignment.map((a) => [a]), weight: 1 },
  { arbitrary: unitList.map((u) => [`责任单位：${u}`]), weight: 1 },
  { arbitrary: deadline.map((d) => [`完成时限：${d}`]), weight: 1 },
  { arbitrary: table, weight: 2 },
  { arbitrary: notice, weight: 1 },
  { arbitrary: planTitle, weight: 1 },
  { arbitrary: colophon, weight: 1 },
  { arbitrary: el(BOILERPLATE).map((b) => [b]), weight: 1 },
  { arbitrary: el(META).map((m) => [m]), weight: 1 },
  { arbitrary: el(["", "", " ", "\t", "　"]).map((b) => [b]), weight: 1 },
  { arbitrary: randomCjk.map((s) => [s]), weight: 1 },
  { arbitrary: randomAscii.map((s) => [s]), weight: 1 },
);

/** Scraping damage to one line. */
const damage: fc.Arbitrary<(s: string) => string> = fc.oneof(
  { arbitrary: fc.constant((s: string) => s), weight: 12 },
  // a closing bracket lost
  { arbitrary: fc.constant((s: string) => s.replace(/[〕）)】]/, "")), weight: 1 },
  // traditional characters, sometimes followed by injected pinyin
  {
    arbitrary: fc.boolean().map((pinyin) => (s: string) =>
      [...s].map((c) => {
        const t = TRADITIONAL[c] ?? c;
        return pinyin && PINYIN[t] ? `${t}(${PINYIN[t]})` : t;
      }).join(""),
    ),
    weight: 1,
  },
  // full-width digits and ASCII punctuation
  { arbitrary: fc.constant((s: string) => s.replace(/[0-9:;,()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))), weight: 1 },
  // half-width brackets and colons
  { arbitrary: fc.constant((s: string) => s.replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":")), weight: 1 },
  // a year glued to its month, as in 20183月底前
  { arbitrary: fc.constant((s: string) => s.replace(/(\d{4})年(\d)/, "$1$2")), weight: 1 },
  // stray text inserted somewhere
  {
    arbitrary: fc.tuple(fc.nat(), fc.oneof(randomCjk, randomAscii, el(["〔", "〕", "（", "）", "：", "；", "、", "一、", "\t", "  ", "|", "每", "2021年"]))).map(
      ([at, x]) => (s: string) => {
        const k = s.length ? at % (s.length + 1) : 0;
        return s.slice(0, k) + x + s.slice(k);
      },
    ),
    weight: 2,
  },
  // the line cut short
  { arbitrary: fc.nat().map((at) => (s: string) => s.slice(0, s.length ? at % s.length : 0)), weight: 1 },
  // indentation
  { arbitrary: el(["　　", "  ", "\t", " \t"]).map((ind) => (s: string) => ind + s), weight: 1 },
);

export interface GenreDoc {
  /** the document as decoded text */
  text: string;
  /** its lines as the tool counts them (CRLF, CR and LF end a line; a final line break adds none) */
  lines: number;
}

/** Lines of a text as the tool numbers them (as textToBlocks in src/blocks.ts splits them). */
export function countLines(text: string): number {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts.length;
}

/** A skeleton in the genre's order (notice, title, sections, items, tables, 版记), pieces mixed in. */
const planShaped = fc
  .tuple(
    fc.option(notice, { nil: undefined }),
    planTitle,
    fc.array(fc.oneof(piece, heading.map((h) => [h]), sentence.map((s) => [s])), { minLength: 1, maxLength: 5 }),
    fc.option(colophon, { nil: undefined }),
  )
  .map(([n, t, body, c]) => [...(n ?? []), ...t, ...body.flat(), ...(c ?? [])]);

/** Pieces in any order. */
const anyOrder = fc.array(piece, { minLength: 1, maxLength: 5 }).map((ps) => ps.flat());

/** A small document of the genre, damaged here and there. */
export const genreDoc: fc.Arbitrary<GenreDoc> = fc
  .tuple(
    fc.oneof(planShaped, anyOrder),
    fc.array(damage, { minLength: 1, maxLength: 12 }),
    el(["\n", "\n", "\r\n", "\r"]),
    fc.boolean(),
  )
  .map(([lines, damages, eol, finalEol]) => {
    const damaged = lines.map((l, i) => damages[i % damages.length](l));
    const text = damaged.join(eol) + (finalEol ? eol : "");
    return { text, lines: countLines(text) };
  });

/** Random bytes, sometimes behind a BOM or a magic number, sometimes valid GB18030-looking pairs. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 6 },
  {
    arbitrary: fc.tuple(el([[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x4d, 0x5a]]), fc.uint8Array({ maxLength: 120 })).map(
      ([head, rest]) => Uint8Array.from([...head, ...rest]),
    ),
    weight: 2,
  },
  {
    // pairs in the GB2312 level-1 range with ASCII between: text in a legacy encoding, or not
    arbitrary: fc
      .array(fc.oneof(fc.tuple(fc.integer({ min: 0xb0, max: 0xd7 }), fc.integer({ min: 0xa1, max: 0xfe })), fc.integer({ min: 0x0a, max: 0x7e }).map((b) => [b])), { maxLength: 80 })
      .map((xs) => Uint8Array.from(xs.flat())),
    weight: 2,
  },
);

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A line as HTML: a paragraph, a div, text after <br>, a heading, a list item or table cells. */
const htmlLine: fc.Arbitrary<(s: string) => string> = fc.oneof(
  fc.constant((s: string) => `<p>${escapeHtml(s)}</p>`),
  fc.constant((s: string) => `<div class="p">${escapeHtml(s).replace(/　/g, "&nbsp;")}</div>`),
  fc.constant((s: string) => `${escapeHtml(s)}<br>`),
  fc.constant((s: string) => `<p><span style="font-size:16px"><font>${escapeHtml(s)}</font></span></p>`),
  fc.constant((s: string) => `<li><a href="/a.html">${escapeHtml(s)}</a></li>`),
  fc.constant((s: string) => `<h2>${escapeHtml(s)}</h2>`),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
    .map(([rs, cs]) => (s: string) => `<table><tr><td rowspan="${rs}">${escapeHtml(s.split(/\s{2,}|\t|\|/)[0] ?? "")}</td><td colspan="${cs}">${escapeHtml(s)}</td></tr><tr><td>${escapeHtml(s.slice(0, 8))}</td></tr></table>`),
);

/** A genre document saved as an HTML page: lines in markup, with portal furniture around the content. */
export const genreHtml: fc.Arbitrary<GenreDoc> = fc
  .tuple(genreDoc, fc.array(htmlLine, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean())
  .map(([doc, wraps, nav, newlines]) => {
    const lines = doc.text.split(/\r\n|\r|\n/);
    const body = lines.map((l, i) => wraps[i % wraps.length](l)).join(newlines ? "\n" : "");
    const text = [
      "<!DOCTYPE html>",
      '<html><head><meta charset="utf-8"><title>政务公开_某县人民政府</title></head><body>',
      nav ? '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>' : "",
      `<div class="content" id="zoom">${body}</div>`,
      '<div class="footer">版权所有：某县人民政府 京ICP备12345678号</div>',
      "</body></html>",
    ].join("\n");
    return { text, lines: countLines(text) };
  });
