// The rest of the lexicon: numerals, dates, heading markers, metadata labels, time
// words and header words, each read through the function that reads it.
import { describe, expect, it } from "vitest";
import { cnDigits, cnNumber } from "../../src/lexicon/numerals.js";
import { damagedDateLine, dateLine, toIsoDate } from "../../src/lexicon/dates.js";
import { markerOf } from "../../src/lexicon/markers.js";
import { META_LABELS } from "../../src/lexicon/meta-labels.js";
import { TIME_WORDS } from "../../src/lexicon/time.js";
import { OTHER_HEADERS, VALUE_HEADERS, headerRoles, roleOfHeader } from "../../src/lexicon/headers.js";
import { ATTACHMENT_TITLE_END, PLAN_TITLE_ENDINGS } from "../../src/lexicon/plan.js";
import { findAnchors } from "../../src/assign/anchors.js";
import { extractMeta } from "../../src/segment/meta.js";
import { InputFile } from "../../src/file.js";

describe("numerals", () => {
  it.each([["一", 1], ["十", 10], ["十二", 12], ["二十一", 21], ["元", 1], ["12", 12], ["一二", null], ["百", null]] as const)("%s → %s", (s, n) =>
    expect(cnNumber(s)).toBe(n),
  );
  it("reads years digit by digit", () => expect(cnDigits("二〇二三")).toBe(2023));
});

describe("dates", () => {
  it.each([
    ["2021年7月13日", "2021-07-13"],
    ["二〇二二年四月八日", "2022-04-08"],
    ["2017-11-3 10:27:35", "2017-11-03"],
    ["2021.3.9", "2021-03-09"],
    ["2021年2月30日", null],
  ])("toIsoDate(%s) = %s", (s, d) => expect(toIsoDate(s)).toBe(d));
  it("a signature line with spaces inside", () => expect(dateLine("2021 年 7 月 13 日")).toBe("2021-07-13"));
  it.each([
    ["202177", { date: "2021-07-07", alternative: null }],
    ["2024115", { date: "2024-11-05", alternative: "2024-01-15" }],
    ["2022121日", { date: "2022-12-01", alternative: "2022-01-21" }],
    ["2020年9月17", { date: "2020-09-17", alternative: null }],
    ["2018年210", { date: "2018-02-10", alternative: null }],
    ["20201", null],
  ])("damagedDateLine(%s)", (s, d) => expect(damagedDateLine(s)).toEqual(d));
});

describe("header words that join two roles or report progress", () => {
  it.each([
    ["牵头、责任部门", "lead"],
    ["牵头/配合单位", "lead"],
    ["落实情况", "other"],
    ["完成情况", "other"],
    // a cell broken by a narrow column keeps its space; a compound of 协助 is a cooperating column
    ["协助 单位", "cooperating"],
    // a report column, with the period it covers
    ["10月-11月完成情况", "other"],
    ["1- 8月实际完成情况", "other"],
    ["1-8月实际完成率%", "other"],
    ["1-9月份工作取得成效", "other"],
    ["本月进展", "other"],
    ["目前完成情况、存在问题及下一步工作措施", "other"],
    ["完成进度(%)", "other"],
    ["今年以来进展", "other"],
    ["任务编号", "seq"],
    ["任务项", "seq"],
    ["完成状况", "other"],
    ["协助配合部门", "cooperating"],
  ])("%s → %s", (w, r) => expect(roleOfHeader(w)).toBe(r));
});

describe("heading markers", () => {
  it.each([
    ["一、加强公开", "section", "一"],
    ["（二）做好解读", "cnParen", "（二）"],
    ["(3)建立台账", "arabicParen", "（3）"],
    ["4.完善机制", "arabic", "4."],
    ["5.2020年8月底前完成编制", "arabic", "5."],
    ["①公开预算", "circled", "①"],
    ["㈦依法治理水源污染", "cnParen", "（七）"],
    ["第一章　总则", "chapter", "第一章"],
    ["第十二条　推进一件事一窗办。", "article", "第十二条"],
    ["㈩加强宣传教育", "cnParen", "（十）"],
    ["⑶建立台账", "arabicParen", "（3）"],
    ["(一加强涉及营商环境的信息公开。公开市场规则。", "cnParen", "（一）"],
    ["01 教育", "section", "01"],
  ])("%s", (line, kind, number) => expect(markerOf(line)).toMatchObject({ kind, number }));
  it.each(["1.5倍", "2021年工作", "12345热线", "一、", "（十四五规划纲要）明确", "（一是加强公开。", "（一批重点项目）", "01 2021年任务", "01 加强学前教育普及普惠水平建设"])("%s is no heading", (line) => expect(markerOf(line)).toBeNull());
});

describe("every metadata label fills its field", () => {
  const VALUES: Record<string, string> = {
    indexNumber: "0001/2023-01",
    category: "综合政务",
    publisher: "澜川县人民政府办公室",
    docNumber: "澜政办发〔2023〕7号",
    keywords: "政务公开",
    validity: "有效",
    writtenDate: "2023-03-01",
    publishedDate: "2023-03-02",
    effectiveDate: "2023-03-03",
  };
  for (const { label, key } of META_LABELS) {
    if (key === "ignore" || key === "title") continue;
    it(`${label} → ${key}`, () => {
      const { meta } = extractMeta([{ text: `${label}：${VALUES[key]}`, no: 1 }, { text: "发布机构：澜川县人民政府办公室", no: 2 }], new InputFile());
      expect(meta[key as keyof typeof meta]).toEqual(key === "keywords" ? [VALUES[key]] : VALUES[key]);
    });
  }
});

describe("time words", () => {
  for (const w of TIME_WORDS) {
    if (w.as.includes("label"))
      it(`label ${w.word}：`, () => expect(findAnchors(`做好公开。（责任单位：县财政局；${w.word}：2023年6月底前）`)[0].times).toEqual(["2023年6月底前"]));
    if (w.as.includes("header")) it(`header ${w.word}`, () => expect(roleOfHeader(w.word)).toBe("time"));
  }
});

describe("header words", () => {
  it.each(OTHER_HEADERS.map(([w, r]) => [w, r]))("%s → %s", (w, r) => expect(roleOfHeader(w)).toBe(r));
  it("reads short cells by the words they contain", () => {
    expect(roleOfHeader("任务事项")).toBe("task");
    expect(roleOfHeader("考核指标")).toBe("task");
    expect(roleOfHeader("年度目标")).toBe("content");
    expect(roleOfHeader("主要协作单位")).toBe("cooperating");
    expect(roleOfHeader("起止日期")).toBe("time");
  });
  it("reads a progress table's header: a unit column that names its head, a report that holds 落实", () =>
    expect(headerRoles(["大类", "序号", "工作任务", "分管 市领导", "牵头单位及 主要负责人", "落实进展情况"])).toEqual(["other", "seq", "task", "person", "lead", "other"]));
  it("reads a press-release plan's header: topic, issuing unit, month", () =>
    expect(headerRoles(["序号", "发布主题", "发布单位", "拟发布月"])).toEqual(["seq", "task", "responsible", "time"]));
  it.each(VALUE_HEADERS.map((w) => [w]))("%s is a value beside a task column, the content alone", (w) => {
    expect(headerRoles(["考核指标", w, "责任部门"])).toEqual(["task", "other", "responsible"]);
    expect(headerRoles([w, "责任部门", "完成时限"])?.[0]).not.toBe("other");
  });
  it("reads a column of units that names no role as the units that do the row, but no unit's own name", () => {
    expect(roleOfHeader("访谈单位")).toBe("responsible");
    expect(roleOfHeader("各有关单位")).toBeNull();
    expect(roleOfHeader("市直各部门")).toBeNull();
    expect(headerRoles(["上线时间", "访谈单位", "备注"])).toEqual(["time", "responsible", "note"]);
    expect(headerRoles(["序号", "单位", "联系人", "电话"])).toBeNull();
  });
  it("reads a longer phrase only in a row of cells", () => {
    expect(roleOfHeader("工作举措及实施计划")).toBeNull();
    expect(headerRoles(["实事项目", "工作举措及实施计划", "责任单位"])).toEqual(["task", "task", "responsible"]);
  });
});

describe("plan and attachment titles", () => {
  it.each(["某区数字政府建设五年行动任务分工（2021—2025年）", "某县2023年政务公开工作要点", "某市营商环境工作方案(征求意见稿)", "某市水务局政务公开工作制度", "某省政府信息公开工作年度报告制度（试行）", "某小学2022-2023学年第二学期校历"])("%s names a plan", (t) =>
    expect(PLAN_TITLE_ENDINGS.test(t)).toBe(true),
  );
  it.each(["某县人民政府网站", "关于做好政务公开工作的通知（2021年）"])("%s names no plan", (t) => expect(PLAN_TITLE_ENDINGS.test(t)).toBe(false));
  it.each(["事项标准目录编制模板", "联络员名单", "任务分解表"])("%s is a whole attachment title", (t) => expect(ATTACHMENT_TITLE_END.test(t)).toBe(true));
});
