// The catalogue of warning codes (src/warnings.ts): every code is documented with a
// severity and a meaning, and every code can occur — each has an input here that
// gives it, run through the real pipeline.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { parse } from "../src/index.js";
import { WARNINGS, type WarningCode } from "../src/warnings.js";

const root = join(import.meta.dirname, "..");
const html = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html>\n<html><head>${head}<title>某县政务公开</title></head>\n<body>${body}</body></html>\n`;
const PLAN = "澜川县2023年政务公开工作要点\n一、加强公开\n（一）做好政策公开。全面公开政策文件。（县政府办负责）\n";

/** An input (text, or bytes with options) that gives each code. */
const CASES: Record<WarningCode, () => { input: string | Uint8Array; encoding?: string }> = {
  "decode-replaced": () => ({ input: Buffer.concat([Buffer.from(PLAN), Buffer.from([0xff, 0xfe, 0x41])]), encoding: "utf-8" }),
  "charset-mismatch": () => ({ input: iconv.encode(html(`<div class="content"><p>${PLAN.replace(/\n/g, "</p><p>")}</p></div>`), "gbk") }),
  "html-no-content": () => ({ input: html(`<div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div>`) }),
  "html-deep-nesting": () => ({ input: html(`<div class="content">${"<div>".repeat(400)}${PLAN}${"</div>".repeat(400)}</div>`) }),
  "html-table-capped": () => ({
    input: html(`<div class="content"><p>${PLAN}</p><table><tr><td>工作任务</td><td>责任单位</td></tr>${'<tr><td rowspan="50">做好公开</td><td>县政府办</td></tr>'.repeat(6000)}</table></div>`),
  }),
  mojibake: () => ({ input: PLAN + "浣犲ソ锛屾枃浠舵槸閿欑殑缂栫爜锛屼贡鐮佷簡鈥︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€\n".repeat(3) }),
  "unwrapped-lines": () => ({ input: readFileSync(join(root, "fixtures/blind4/e01.txt")) }),
  "pinyin-removed": () => ({ input: "澜川縣2023年政務公開(kāi)工作要點\n一、加強公開\n（一）做好政策公開。（縣政府辦負責）\n" }),
  "repaired-docnumber": () => ({ input: `${PLAN}（二）落实《某通知》（澜政办发〔202317号）要求。（县司法局负责）\n` }),
  "boilerplate-dropped": () => ({ input: `首页 > 政务公开\n${PLAN}` }),
  "inferred-meta-label": () => ({ input: `索引号：0001/2023-01\n号：澜政办发〔2023〕7号\n发布机构：澜川县人民政府办公室\n${PLAN}` }),
  "guessed-heading": () => ({ input: "澜川县2023年政务公开工作要点\n一、加强公开\n（一）健全政策文件公开和更新机制形成统一标准认真组织实施县发改局、县财政局等县直业务主管部门要梳理本系统文件并于年底前公开（县政府办负责）\n" }),
  "plan-in-attachment": () => ({
    input: "澜川县人民政府办公室关于印发工作要点的通知\n各乡镇人民政府：\n现将工作要点印发给你们，请认真贯彻执行。\n澜川县人民政府办公室\n2023年3月1日\n附件\n澜川县2023年政务公开工作要点\n一、加强公开\n（一）做好政策公开。（县政府办负责）\n二、强化解读\n（一）做好政策解读。（县司法局负责）\n",
  }),
  "title-from-notice": () => ({ input: "澜川县人民政府办公室关于印发澜川县2023年政务公开工作要点的通知\n各乡镇人民政府：\n现将《澜川县2023年政务公开工作要点》印发给你们。\n澜川县人民政府办公室\n2023年3月1日\n" }),
  "table-shifted-cells": () => ({ input: "澜川县2023年政务公开工作要点\n工作任务 | 具体要求 | 责任单位 | 完成时限\n（一）做好公开 | 全面公开政策文件 | 县政府办 | 年底前\n公开规划信息 | 县发改局 | 6月底前\n" }),
  "repaired-date": () => ({ input: `${PLAN}（二）做好预算公开。20236月底前完成。（县财政局负责）\n` }),
  "ambiguous-date": () => ({ input: `${PLAN}（二）做好数据公开。2023115日前完成。（县数据局负责）\n` }),
  "invalid-date": () => ({ input: `${PLAN}（二）做好数据公开。2023年2月30日前完成。（县数据局负责）\n` }),
  "year-unknown": () => ({ input: "一、加强公开\n（一）做好政策公开。9月底前完成。（县政府办负责）\n" }),
  "truncated-end": () => ({ input: `${PLAN}（二）做好规划信息公开。全面公开各类规划，责任单位：县发改局、县财` }),
  "restated-units-differ": () => ({
    input:
      "澜川县2023年政务公开工作要点\n一、加强公开\n（一）做好政府信息公开目录编制和更新工作。（县政府办牵头）\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n一、加强公开\n（一）\t做好政府信息公开目录编制和更新工作\t县司法局\t年底前\n",
  }),
  "not-a-plan": () => ({ input: "澜川县召开政务公开工作会议\n3月1日，县政府召开会议，听取了工作汇报，研究部署了下一阶段工作。\n" }),
  "no-title": () => ({ input: "一、加强公开\n（一）做好政策公开。（县政府办负责）\n" }),
};

describe("the warning catalogue", () => {
  it("gives every code a severity (info or warning) and a one-line meaning", () => {
    for (const [code, d] of Object.entries(WARNINGS)) {
      expect(["info", "warning"], code).toContain(d.severity);
      expect(d.meaning.length, code).toBeGreaterThan(20);
      expect(d.meaning, code).not.toMatch(/\n/);
    }
  });

  it.each(Object.keys(WARNINGS) as WarningCode[])("%s can occur", (code) => {
    const { input, encoding } = CASES[code]();
    const doc = parse(input, { path: `${code}.txt`, encoding });
    expect(doc.warnings.map((w) => w.code)).toContain(code);
  });

  it("no code is emitted that the catalogue does not list", () => {
    for (const code of Object.keys(CASES) as WarningCode[]) {
      const { input, encoding } = CASES[code]();
      for (const w of parse(input, { path: "x.txt", encoding }).warnings) expect(Object.keys(WARNINGS)).toContain(w.code);
    }
  });
});
