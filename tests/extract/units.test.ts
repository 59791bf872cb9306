// The unit index of a document (Document.units), restated tasks (sameAs), and where
// each value came from (Deadline.line, mention lines), on the seeds.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/index.js";

const seed = (n: string) => parse(readFileSync(join(import.meta.dirname, "..", "..", "seeds", n)), { path: n });
const S002 = seed("002_91d20c59aa68ae6d.txt");
const S004 = seed("004_aefa13907971f65f.txt");
const lines = (n: string) => readFileSync(join(import.meta.dirname, "..", "..", "seeds", n), "utf8").split("\n");

describe("Document.units", () => {
  it("lists every unit of the tasks once per spelling, with every mention", () => {
    const names = new Set(S002.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits, ...t.cooperatingUnits]));
    expect(S002.units.map((u) => u.name).sort()).toEqual([...names].sort());
    const mentions = S002.units.reduce((n, u) => n + u.mentions.length, 0);
    expect(mentions).toBe(S002.tasks.reduce((n, t) => n + t.leadUnits.length + t.responsibleUnits.length + t.cooperatingUnits.length, 0));
  });
  it("names the line where each unit is named: the line holds the name", () => {
    const text = lines("002_91d20c59aa68ae6d.txt");
    for (const u of S002.units) for (const m of u.mentions) expect(text[m.line - 1]).toContain(u.name);
  });
  it("qualifies by the document's region and marks groups", () => {
    expect(S002.units.find((u) => u.name === "县政府办")).toMatchObject({ canonical: "县人民政府办公室", qualified: "友谊县人民政府办公室", collective: false });
    expect(S002.units.find((u) => u.name === "各乡（镇）政府")).toMatchObject({ collective: true, qualified: "友谊县各乡（镇）人民政府" });
  });
  it("gives one canonical name to two spellings of one unit (seed 004)", () => {
    const byCanonical = (c: string) => S004.units.filter((u) => u.canonical === c).map((u) => u.name).sort();
    expect(byCanonical("市人力资源和社会保障局")).toEqual(["人力资源社会保障局", "市人力资源社会保障局"]);
    expect(byCanonical("市政务服务管理办公室")).toEqual(["市政务服务管理办", "市政务服务管理办公室"]);
  });
});

describe("restated tasks", () => {
  it("links each row of seed 004's 分工表 that restates a body item to it", () => {
    const linked = S004.tasks.filter((t) => t.sameAs);
    expect(linked.length).toBe(20);
    for (const t of linked) {
      expect(t.origin).toBe("attachment");
      const body = S004.tasks.find((b) => b.id === t.sameAs)!;
      expect(body.origin).toBe("body");
      expect(t.path.slice(1, 1 + body.path.length)).toEqual(body.path);
    }
    expect(S004.tasks.find((t) => t.id === "附件/一/（三）/2.")?.sameAs).toBe("一/（三）-2");
  });
  it("warns where a restating row names another lead or leaves a unit out", () => {
    const w = S004.warnings.filter((x) => x.code === "restated-units-differ");
    expect(w.map((x) => x.message)).toEqual([expect.stringContaining("附件/一/（三）/1. restates 一/（三）")]);
    expect(w[0].message).toContain("the attachment leaves out 市公积金管理中心");
  });
});

describe("Deadline.line", () => {
  it("is the line the phrase stands on", () => {
    const text = lines("002_91d20c59aa68ae6d.txt");
    const all = S002.tasks.flatMap((t) => t.deadlines);
    expect(all.length).toBeGreaterThan(5);
    for (const d of all) expect(text[d.line - 1].replace(/\s/g, "")).toContain(d.text.replace(/\s/g, ""));
  });
});

describe("a group heading that names who does the work under it", () => {
  const doc = (text: string) => parse(text, { path: "x.txt" });
  it("gives its units to the items under it that name none, in the body and in a prose attachment", () => {
    const body = "澜川县2025年政府工作报告任务清单\n一、县示范区管委会牵头工作（2项）\n1.建设水产养殖基地。\n2.打造食用菌生产基地。（县农业农村局负责）\n二、县发改局负责的任务\n3.推进重点项目建设。\n";
    const d = doc(body);
    expect(d.tasks.map((t) => [t.id, t.leadUnits, t.responsibleUnits])).toEqual([
      ["一/1.", ["县示范区管委会"], []],
      ["一/2.", [], ["县农业农村局"]],
      ["二/3.", [], ["县发改局"]],
    ]);
    const notice = "各乡镇人民政府：\n现将《澜川县2025年政府工作报告任务清单》印发给你们，请认真贯彻落实。\n附件：澜川县2025年政府工作报告任务清单\n澜川县人民政府办公室\n2025年5月8日\n附件\n澜川县2025年政府工作报告任务清单\n一、县示范区管委会牵头工作（2项）\n1.建设水产养殖基地。\n2.打造食用菌生产基地。\n";
    expect(doc(notice).tasks.map((t) => [t.origin, t.leadUnits])).toEqual([
      ["attachment", ["县示范区管委会"]],
      ["attachment", ["县示范区管委会"]],
    ]);
  });
  it("gives them to the rows of a table under it", () => {
    const d = doc("澜川市2017年政务公开工作要点任务明细表\n一、各区、县（市）政府、市政府各部门负责落实的工作任务\n序号 | 任务事项 | 完成时限\n1 | 公开预期引导信息 | 全年\n2 | 公开抽查结果 | 年底前\n");
    expect(d.tasks.map((t) => [t.id, t.responsibleUnits])).toEqual([
      ["一/1", ["各区", "县（市）政府", "市政府各部门"]],
      ["一/2", ["各区", "县（市）政府", "市政府各部门"]],
    ]);
  });
  it("is no group heading when it is a sentence about the work", () => {
    expect(doc("澜川县工作要点\n一、各部门负责的工作要按时完成，确保质量\n1.建设水产养殖基地。\n").tasks.every((t) => !t.leadUnits.length && !t.responsibleUnits.length)).toBe(true);
  });
});

describe("the preamble", () => {
  it("a label line alone at the page's start (the tail of an item cut off above) is no task; a paragraph that assigns its own work is", () => {
    const d = parse("责任部门：市食药监局、市农业局\n㈦加强水源治理。\n19、加强水源监测。增加监测频率。\n责任部门：市环保局\n", { path: "x.txt" });
    expect(d.tasks.map((t) => t.responsibleUnits)).toEqual([["市环保局"]]);
    const e = parse("● 做好预算公开工作，及时公开部门预算。（县财政局牵头落实）\n一、总体要求\n做好公开。\n", { path: "y.txt" });
    expect(e.tasks[0]).toMatchObject({ leadUnits: ["县财政局"] });
  });
});

describe("the first-unit convention", () => {
  it("逗号前的单位为牵头单位: every unit before the list's first comma leads", () => {
    const d = parse("澜川区政务公开工作分工方案\n一、做好公开。做好审查发布。（责任单位：区委网信办、区司法局，各街道。逗号前的为牵头单位。）\n二、做好解读。（责任单位：区政府办、区发改局，各部门）\n", { path: "x.txt" });
    expect(d.tasks.map((t) => [t.leadUnits, t.responsibleUnits])).toEqual([
      [["区委网信办", "区司法局"], ["各街道"]],
      [["区政府办", "区发改局"], ["各部门"]],
    ]);
  });
});
