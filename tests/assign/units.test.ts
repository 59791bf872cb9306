// Units: every phrasing of the genre, and what is not an assignment.
import { describe, expect, it } from "vitest";
import { findAnchors } from "../../src/assign/anchors.js";
import { parseAssignment } from "../../src/assign/units.js";
import { looksLikeUnit, splitUnits, withoutPersons } from "../../src/lexicon/units.js";
import { normalizeLine } from "../../src/normalize/text.js";

/** Units assigned in a line of text, after the pipeline's normalisation. */
const units = (text: string) => {
  const out = { lead: [] as string[], responsible: [] as string[], cooperating: [] as string[] };
  for (const a of findAnchors(normalizeLine(text).text)) {
    out.lead.push(...a.units.lead);
    out.responsible.push(...a.units.responsible);
    out.cooperating.push(...a.units.cooperating);
  }
  return out;
};

describe("splitUnits", () => {
  it("splits on 、，,；; but never inside parentheses", () => {
    expect(splitUnits("市政府办、市司法局；各乡（镇、街道），市直各单位,县法院")).toEqual([
      "市政府办",
      "市司法局",
      "各乡（镇、街道）",
      "市直各单位",
      "县法院",
    ]);
  });
  it("drops a trailing 等, 等部门, 等有关单位", () => {
    expect(splitUnits("市财政局、市农业农村局、市民政局等有关单位")).toEqual(["市财政局", "市农业农村局", "市民政局"]);
    expect(splitUnits("县教体局、卫健局、交通运输局等部门")).toEqual(["县教体局", "卫健局", "交通运输局"]);
    expect(splitUnits("评估中心、就业指导中心等有关处室（单位）")).toEqual(["评估中心", "就业指导中心"]);
    expect(splitUnits("县市场监管局、县农业农村局等")).toEqual(["县市场监管局", "县农业农村局"]);
  });
  it("reads / and 无 as no unit", () => {
    expect(splitUnits("/")).toEqual([]);
    expect(splitUnits("无")).toEqual([]);
  });
});

describe("withoutPersons", () => {
  it("drops a person's name written after a unit in its cell, and keeps units and lists", () => {
    expect(withoutPersons("市民政局 伍某国")).toBe("市民政局");
    expect(withoutPersons("县财政局 县审计局")).toBe("县财政局 县审计局");
    expect(withoutPersons("区住建局、 各街道")).toBe("区住建局、 各街道");
    expect(withoutPersons("张某某 市民政局")).toBe("张某某 市民政局");
  });
});

describe("looksLikeUnit", () => {
  it("keeps asterisks that mask part of a name, and drops a single mark before it", () => {
    expect(units("（责任单位：****分局、县**局、★县财政局）").responsible).toEqual(["****分局", "县**局", "县财政局"]);
  });
  it.each(["市政府办", "县司法局", "各乡（镇、街道）", "市直各有关单位", "攀枝花学院", "人行攀枝花市中心支行", "机关纪委", "国土空间规划科", "县人武部", "市供电分公司"])(
    "%s is a unit",
    (u) => expect(looksLikeUnit(u)).toBe(true),
  );
  it.each(["请认真抓好落实", "认真", "2021年12月底前", "及时公开", "为确保各项规定顺利进行", "严格按程序执行", "上述主管单位"])("%s is not a unit", (u) => expect(looksLikeUnit(u)).toBe(false));
});

describe("bracketed labels, any bracket and any colon", () => {
  it.each([
    ["〔牵头单位∶市政府办、市司法局;责任单位∶各乡(镇、街道)〕", "〔", "∶"],
    ["〔牵头单位：市政府办、市司法局；责任单位：各乡（镇、街道）〕", "〔", "："],
    ["【牵头单位：市政府办、市司法局；责任单位：各乡（镇、街道）】", "【", "："],
    ["（牵头单位:市政府办、市司法局；责任单位:各乡（镇、街道））", "（", ":"],
    ["[牵头单位：市政府办、市司法局；责任单位：各乡（镇、街道）]", "[", "："],
  ])("%s", (text) => {
    expect(units(`做好公开工作。${text}`)).toEqual({
      lead: ["市政府办", "市司法局"],
      responsible: ["各乡（镇、街道）"],
      cooperating: [],
    });
  });
  it("reads 配合单位 and 责任科室", () => {
    expect(units("〔牵头单位：县财政局；配合单位：县审计局〕")).toEqual({ lead: ["县财政局"], responsible: [], cooperating: ["县审计局"] });
    expect(units("明确专人负责。（责任科室：办公室、机关纪委）")).toEqual({ lead: [], responsible: ["办公室", "机关纪委"], cooperating: [] });
  });
  it("lets wording inside a label win over the label", () => {
    expect(units("每季度公开。责任单位：县发展改革局牵头，县直各有关部门配合；完成时间：每季度。")).toEqual({
      lead: ["县发展改革局"],
      responsible: [],
      cooperating: ["县直各有关部门"],
    });
  });
});

describe("trailing role parentheses", () => {
  it.each([
    ["（市财政局牵头落实）", ["市财政局"], [], []],
    ["（市国资委牵头落实）", ["市国资委"], [], []],
    ["（市人力资源社会保障局、市卫生计生委分别落实）", [], ["市人力资源社会保障局", "市卫生计生委"], []],
    ["（市级相关部门分别落实）", [], ["市级相关部门"], []],
    ["（市财政局、市审计局分别牵头）", ["市财政局", "市审计局"], [], []],
    ["（区发展改革局牵头，区住房城乡建设局配合）", ["区发展改革局"], [], ["区住房城乡建设局"]],
    ["（市发展改革委牵头，市财政局、市税务局参与）", ["市发展改革委"], [], ["市财政局", "市税务局"]],
    ["（市司法局负责，市政府办公室配合）", [], ["市司法局"], ["市政府办公室"]],
    ["（市市场监管局负责）", [], ["市市场监管局"], []],
    ["（各县区政府负责落实）", [], ["各县区政府"], []],
    ["（市教育局、市卫生健康委、市住房城乡建设局按职责分工负责）", [], ["市教育局", "市卫生健康委", "市住房城乡建设局"], []],
    ["（市住房城乡建设局、市交通运输局、市城管局等部门按职责分工负责）", [], ["市住房城乡建设局", "市交通运输局", "市城管局"], []],
    ["（区民政局负责，各街道办事处配合）", [], ["区民政局"], ["各街道办事处"]],
    ["（市民政局、各县（区）人民政府负责）", [], ["市民政局", "各县（区）人民政府"], []],
  ])("%s", (paren, lead, responsible, cooperating) => {
    expect(units(`公开相关信息。${paren}`)).toEqual({ lead, responsible, cooperating });
  });
});

describe("label lines and table cells", () => {
  it("reads 牵头单位：/责任单位：/配合单位： lines", () => {
    expect(units("牵头单位：县发展改革局")).toEqual({ lead: ["县发展改革局"], responsible: [], cooperating: [] });
    expect(units("责任单位：县财政局、县工业和信息化局、县商务局").responsible).toEqual(["县财政局", "县工业和信息化局", "县商务局"]);
    expect(units("配合单位：县医疗保障局").cooperating).toEqual(["县医疗保障局"]);
  });
  it("never reads people as units", () => {
    expect(units("责任领导：县委常委、常务副县长 周海涛")).toEqual({ lead: [], responsible: [], cooperating: [] });
    expect(units("责任领导：县政府办公室主任 刘明远")).toEqual({ lead: [], responsible: [], cooperating: [] });
  });
  it("reads cells such as X牵头，Y、Z抓好落实 and X牵头，Y做好配合", () => {
    expect(parseAssignment("市政府办公室牵头，各镇（街道）、经开区管委会、市直各有关单位抓好落实", "responsible").units).toEqual({
      lead: ["市政府办公室"],
      responsible: ["各镇（街道）", "经开区管委会", "市直各有关单位"],
      cooperating: [],
    });
    expect(parseAssignment("市政府办公室牵头，各镇（街道）、市直各有关单位做好配合", "responsible").units).toEqual({
      lead: ["市政府办公室"],
      responsible: [],
      cooperating: ["各镇（街道）", "市直各有关单位"],
    });
    expect(parseAssignment("各县（市、区）政府负责落实", "cooperating").units.responsible).toEqual(["各县（市、区）政府"]);
    expect(parseAssignment("/", "cooperating").units).toEqual({ lead: [], responsible: [], cooperating: [] });
  });
});

describe("what is not an assignment", () => {
  it.each([
    "各单位要将本要点落实情况纳入年度报告予以公开。",
    "市大数据中心要定期组织开展针对各地各部门政府网站管理人员的技术培训。",
    "请认真抓好落实。",
    "成立领导小组（见附件）。",
    "公开事项（以下简称五公开）。",
    "结合《江西省统一行政权力清单（2020 年本）》开展梳理。",
    "推动村（居）务公开。",
  ])("%s", (text) => {
    expect(units(text)).toEqual({ lead: [], responsible: [], cooperating: [] });
  });
});

describe("several assignments in one paragraph", () => {
  it("keeps each bracket's units apart, in order", () => {
    const a = findAnchors(
      "一是做好棚户区改造信息公开。（市住房城乡建设局牵头落实）二是做好土地供应计划公开。（市国土资源局牵头落实）三是做好征收补偿公开。（市住房城乡建设局牵头落实）",
    );
    expect(a.map((x) => x.units.lead)).toEqual([["市住房城乡建设局"], ["市国土资源局"], ["市住房城乡建设局"]]);
  });
});

describe("duties divided among units", () => {
  it("two or more clauses X负责… each make their unit responsible, for the paragraph as a whole", () => {
    const a = findAnchors("实行清单管理。市政府督查室负责跟踪督查并定期通报；市营商环境建设局负责汇总分析工作进展；市统计局负责审核指标数据。");
    expect(a).toHaveLength(1);
    expect(a[0].units.responsible).toEqual(["市政府督查室", "市营商环境建设局", "市统计局"]);
  });
  it("one such clause is the subject of a sentence, not an assignment", () => {
    expect(units("县政府办公室负责对任务推进情况进行跟踪督查。")).toEqual({ lead: [], responsible: [], cooperating: [] });
  });
  it("由X负责 opening a clause after a purpose clause assigns X; 由X负责的 names what X is in charge of", () => {
    expect(units("为确保活动安全有序进行，由局政务公开工作领导小组办公室负责组织实施工作。").responsible).toEqual(["局政务公开工作领导小组办公室"]);
    expect(units("按照计划，由市财政局负责的资金年底前拨付到位。").responsible).toEqual([]);
    expect(units("为确保各项规定顺利进行，由局办公室负责组织实施。").responsible).toEqual(["局办公室"]);
    expect(units("整改要求：由包片单位县气象局负责清除。").responsible).toEqual(["县气象局"]);
    expect(units("各市政府和省政府各有关部门年度报告组织工作由省政府办公厅信息公开工作组负责；各县及有关部门年度报告组织工作由各市人民政府信息公开工作组负责。").responsible).toEqual(["省政府办公厅信息公开工作组", "各市人民政府信息公开工作组"]);
    expect(units("整改要求：按照先劝阻再处罚的要求，由沿线包片单位县职教中心、县消防大队、县委党校负责对商户开展劝阻。").responsible).toEqual(["县职教中心", "县消防大队", "县委党校"]);
  });
  it("负责人 names a person's post, not a duty", () => {
    expect(units("县财政局负责人参加会议；县审计局负责人列席会议。")).toEqual({ lead: [], responsible: [], cooperating: [] });
  });
});

describe("label values", () => {
  it("a time label runs on over ； to the next time clause", () => {
    const [a] = findAnchors("完成时限：1.4月底前完成集中开工；2.8月底前完成投资计划的70%");
    expect(a.times).toEqual(["1.4月底前完成集中开工；2.8月底前完成投资计划的70%"]);
  });
  it("a unit label runs on over ； to more unit names, and stops at anything else", () => {
    const [a] = findAnchors("责任单位：市司法局、市审计局；市档案局、市地方志办公室");
    expect(a.units.responsible).toEqual(["市司法局", "市审计局", "市档案局", "市地方志办公室"]);
    const [b] = findAnchors("责任单位：市司法局；各单位要加强协调配合");
    expect(b.units.responsible).toEqual(["市司法局"]);
  });
  it("a time label stops at a ； followed by something else", () => {
    const [a] = findAnchors("完成时限：6月底前；各单位要加强协调");
    expect(a.times).toEqual(["6月底前"]);
  });
  it("a time limit alone in a bracket closing the paragraph is the paragraph's limit; inside a sentence it is not", () => {
    const [a] = findAnchors("新建一百个老年日间照料中心。（年内持续推进）");
    expect(a).toMatchObject({ kind: "parens", times: ["年内持续推进"], units: { lead: [], responsible: [], cooperating: [] } });
    expect(findAnchors("完成（2021年）计划任务的编制并公开。")).toEqual([]);
    expect(findAnchors("做好发布工作（年内持续推进），并及时总结。")).toEqual([]);
  });
  it("a bracket's label may say first which items it covers (1-4项牵头落实单位：…)", () => {
    expect(units("公开各类清单。（1-4项牵头落实单位：省编办、财政厅，省督查室等部门，各州、市人民政府负责落实。完成时限：全年工作）")).toEqual({
      lead: ["省编办", "财政厅", "省督查室"],
      responsible: ["各州", "市人民政府"],
      cooperating: [],
    });
  });
  it("a unit list ends with its sentence: a note after 。 names nobody", () => {
    expect(units("（责任单位：市数据局、各县（区）政府。以下各任务均需各县（区）政府落实，不再一一列出）")).toEqual({
      lead: [],
      responsible: ["市数据局", "各县（区）政府"],
      cooperating: [],
    });
  });
});

describe("sixth round phrasings", () => {
  it("a role label with 为 for its colon (…的主办单位为X，承办单位为Y)", () => {
    expect(units("新闻发布会的主办单位为市政府办、市政府新闻办，承办单位为市直有关单位。")).toEqual({ lead: ["市政府办", "市政府新闻办"], responsible: ["市直有关单位"], cooperating: [] });
    expect(units("我们认为责任单位为何要明确，值得研究。")).toEqual({ lead: [], responsible: [], cooperating: [] });
  });
  it("负责主办 leads; a matter named before 由 is no part of the unit", () => {
    expect(units("做好议案办理工作。（市工业和信息化局负责主办，市财政局协办）")).toEqual({ lead: ["市工业和信息化局"], responsible: [], cooperating: ["市财政局"] });
    expect(units("开展抗震加固。（议案由省地震局负责主办，省住建厅协办）").lead).toEqual(["省地震局"]);
  });
  it("牵头指导 leads; a note after the list assigns nobody", () => {
    expect(units("排查排涝设施现状。（住房和城乡建设部牵头指导，城市人民政府负责落实。以下均需城市人民政府落实，不再列出）")).toEqual({ lead: ["住房和城乡建设部"], responsible: ["城市人民政府"], cooperating: [] });
  });
  it("a list of department names ending in 司 between sentences is responsible", () => {
    expect(units("公布空气质量最好的20个城市名单。（监测司、大气司） 实时公开水质信息。").responsible).toEqual(["监测司", "大气司"]);
  });
});

describe("addressee and 抄送 lists", () => {
  it("keep levels that share one name as one body", async () => {
    const { splitBodies } = await import("../../src/lexicon/units.js");
    expect(splitBodies("各县、区人民政府，市政府各部门")).toEqual(["各县、区人民政府", "市政府各部门"]);
    expect(splitBodies("各省、自治区、直辖市生态环境厅（局）")).toEqual(["各省、自治区、直辖市生态环境厅（局）"]);
    expect(splitBodies("大冶市、阳新县、各区人民政府")).toEqual(["大冶市", "阳新县", "各区人民政府"]);
  });
});
