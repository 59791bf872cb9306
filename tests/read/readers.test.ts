// The readers (src/read): one per input format, chosen by content; each gives blocks
// with the input's own line numbers, and its name is Document.source.format.
import { describe, expect, it } from "vitest";
import { pickReader, READERS } from "../../src/read/index.js";
import { textToBlocks } from "../../src/read/text.js";
import { stripMarkdownLine } from "../../src/read/markdown.js";
import { parseCsv } from "../../src/read/csv.js";
import { pageWidth, unwrap } from "../../src/read/pdf-text.js";
import { InputFile } from "../../src/file.js";
import { parse } from "../../src/index.js";

const PLAN = "澜川县2023年政务公开工作要点\n一、加强公开\n（一）做好政策公开。（县政府办负责）\n";

describe("the registry", () => {
  it("lists each format once, plain text last (it reads anything)", () => {
    expect(READERS.map((r) => r.name)).toEqual(["html", "csv", "markdown", "pdf-text", "text"]);
  });
  it("picks the reader by content, or the one named", () => {
    expect(pickReader(PLAN, { html: false }).name).toBe("text");
    expect(pickReader("<p>x</p>", { html: true }).name).toBe("html");
    expect(pickReader(PLAN, { html: false }, "markdown").name).toBe("markdown");
  });
  it("names the reader in source.format", () => {
    expect(parse(PLAN).source.format).toBe("text");
    expect(parse("序号,工作任务,责任单位,完成时限\n1,做好公开,县政府办,年底前\n2,做好解读,县司法局,6月底前\n").source.format).toBe("csv");
    expect(parse(`# ${PLAN.split("\n")[0]}\n\n一、加强公开\n\n**（一）做好政策公开。**（县政府办负责）见[链接](http://a.b/c)\n`).source.format).toBe("markdown");
  });
});

describe("text", () => {
  it("numbers lines from 1; CRLF, CR and LF end a line", () => {
    expect(textToBlocks("甲\r\n乙\r丙\n丁\n").map((b) => [b.no, b.text])).toEqual([[1, "甲"], [2, "乙"], [3, "丙"], [4, "丁"]]);
  });
});

describe("markdown", () => {
  it.each([
    ["## 一、加强公开", "一、加强公开"],
    ["**（一）做好公开。**", "（一）做好公开。"],
    ["见[通知](http://x.cn/a.html)和![图](a.png)", "见通知和"],
    ["| --- | --- |", ""],
  ])("%s → %s", (md, text) => expect(stripMarkdownLine(md)).toBe(text));
});

describe("csv", () => {
  it("reads RFC 4180 records: quoted commas, doubled quotes, line breaks inside a field", () => {
    const records = parseCsv('序号,工作任务\n1,"做好公开，""按月""更新"\n2,"第一行\n第二行"\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ["序号", "工作任务"]],
      [2, ["1", '做好公开，"按月"更新']],
      [3, ["2", "第一行\n第二行"]],
    ]);
  });
});

describe("pdf-text", () => {
  // a paragraph hard-wrapped at 30 characters (60 display columns), with a page number between pages
  const para = "为深入推进政务公开工作，提高政府工作透明度，根据上级部署要求，结合我县实际，制定本要点。各乡镇各部门要高度重视，认真组织实施，确保各项任务按时完成。";
  const wrapped: string[] = [];
  for (let k = 0; k < 8; k++) for (let i = 0; i < para.length; i += 30) wrapped.push(para.slice(i, i + 30));
  const text = ["澜川县2023年政务公开工作要点", ...wrapped.slice(0, 8), "- 2 -", ...wrapped.slice(8)].join("\n");
  it("finds the page width", () => expect(pageWidth(textToBlocks(text))).toBe(60));
  it("joins wrapped lines to their paragraph, keeps its first line number, drops page numbers", () => {
    const file = new InputFile();
    const blocks = unwrap(textToBlocks(text), 60, file);
    expect(blocks[1]).toMatchObject({ no: 2, text: para });
    expect(blocks.some((b) => b.text === "- 2 -")).toBe(false);
    expect(file.messages.map((m) => m.code)).toEqual(["unwrapped-lines", "boilerplate-dropped"]);
  });
  it("is not picked for ordinary text", () => expect(pageWidth(textToBlocks(PLAN))).toBe(0));
});
