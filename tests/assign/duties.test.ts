// Duties divided among units (src/assign/duties.ts), on wordings from real pages.
import { describe, expect, it } from "vitest";
import { dutyAfterMust, dutyClauses, openingDuty, unitHeadedDuties } from "../../src/assign/duties.js";

describe("openingDuty", () => {
  it("is the unit a text opens with before 负责, brackets with 、 in its name included", () => {
    expect(openingDuty("党政办负责会场布置和人员邀请")?.responsible).toEqual(["党政办"]);
    expect(openingDuty("各县（市、区）政府办公室负责本区域统计工作")?.responsible).toEqual(["各县（市、区）政府办公室"]);
  });
  it("is none for a person in charge or a text that does not open with a unit", () => {
    expect(openingDuty("主要负责人要亲自抓")).toBeNull();
    expect(openingDuty("要切实加强组织领导，县政府办负责统筹")).toBeNull();
  });
});

describe("dutyClauses", () => {
  it("needs two clauses led by their units, or a unit set off by a colon", () => {
    expect(dutyClauses("县发改局负责项目审批；县财政局负责资金保障。")[0]?.units.responsible).toEqual(["县发改局", "县财政局"]);
    expect(dutyClauses("县发改局负责项目审批。")).toEqual([]);
    // a clause led by several units: 、 between them, 等 or 分别 before 负责
    expect(dutyClauses("市发改委负责节能规划；市规划局、市建设局负责建筑节能；市教育局、市卫生局分别负责系统节能；市农业局、市林业局等负责行业节能。")[0]?.units.responsible).toEqual([
      "市发改委", "市规划局", "市建设局", "市教育局", "市卫生局", "市农业局", "市林业局",
    ]);
    expect(dutyClauses("市住房城乡建设局：负责指导推进基础设施建设。")[0]?.units.responsible).toEqual(["市住房城乡建设局"]);
  });
  it("reads a unit and a run of spaces before its duties as that unit's duties (a two-column table flattened)", () => {
    expect(dutyClauses("法规处  负责规范性文件的法律审核，参与信息公开属性的审核。")[0]?.units.responsible).toEqual(["法规处"]);
    expect(dutyClauses("各业务处室  在草拟公文的同时审查并明确其公开属性。")[0]?.units.responsible).toEqual(["各业务处室"]);
    // a short topic before the spaces is no unit; one space is no column break
    expect(dutyClauses("工作要求  各处室要在草拟公文的同时明确公开属性。")).toEqual([]);
    expect(dutyClauses("法规处 负责规范性文件的法律审核，参与信息公开属性的审核。")).toEqual([]);
  });
  it("reads a unit, what it is, then its duty (X为…部门，负责…) as a duty clause", () => {
    expect(dutyClauses("市政府办公室为全市信息公开工作的主管部门，负责推进、指导全市工作。市行政服务管理办公室为全市信息公开的工作部门，负责组织、协调全市工作。")[0]?.units.responsible).toEqual(["市政府办公室", "市行政服务管理办公室"]);
    expect(dutyClauses("市政府办公室为全市信息公开工作的主管部门，负责推进、指导全市工作。")).toEqual([]);
    // what it is may say it leads; a comma-joined clause after it still counts
    expect(dutyClauses("领导小组负责研究重要问题。办公室为处理日常事务的牵头责任部门，负责组织日常工作，其他处室负责具体工作。")[0]?.units).toEqual({
      lead: ["办公室"],
      responsible: ["领导小组", "其他处室"],
      cooperating: [],
    });
  });
  it("counts parallel clauses joined by a comma when the paragraph opens with one", () => {
    expect(dutyClauses("市政府办公室负责发布会的组织协调，市新闻办负责新闻办发布会的组织协调，各部门要提前申报内容。")[0]?.units.responsible).toEqual(["市政府办公室", "市新闻办"]);
    // one clause and a later one that is not led by a unit's duty: no assignment
    expect(dutyClauses("市新闻办负责邀请媒体参加发布会，并提前预告发布会时间。")).toEqual([]);
    // a paragraph that does not open with a duty clause
    expect(dutyClauses("为做好发布工作，市新闻办负责邀请媒体，市政府办公室负责会场。")).toEqual([]);
  });
});

describe("dutyAfterMust", () => {
  it("reads 区委农办要…，负责… as the unit's duty, and nothing else", () => {
    expect(dutyAfterMust("区委农办要结合美丽乡村建设，负责做好村庄整治工作。")?.responsible).toEqual(["区委农办"]);
    expect(dutyAfterMust("各单位要高度重视，切实加强领导。")).toBeNull();
  });
});

describe("unitHeadedDuties", () => {
  it("ends each unit's duties where the next unit starts, when at least two units are set off by a stop before 负责", () => {
    const t = "各成员单位职责如下：县环保局。负责统一监督。县交通局、公路局。负责公路两侧巡查。县农委。负责综合利用督导。";
    expect(unitHeadedDuties(t).map((a) => [t.slice(0, a.end).split("。").slice(-2)[0], a.units.responsible])).toEqual([
      ["负责统一监督", ["县环保局"]],
      ["负责公路两侧巡查", ["县交通局", "公路局"]],
      ["负责综合利用督导", ["县农委"]],
    ]);
    expect(unitHeadedDuties("县环保局。负责统一监督。")).toEqual([]);
  });
});
