// Role words are data (src/lexicon/roles.ts). Every row is checked in each use it
// declares, so a new word is one row there; the phrase table below holds wordings
// from real pages, with the units a careful reader gives them.
import { describe, expect, it } from "vitest";
import { findAnchors } from "../../src/assign/anchors.js";
import { roleOfHeader } from "../../src/lexicon/headers.js";
import { FIRST_UNIT_LEADS, ROLE_WORDS } from "../../src/lexicon/roles.js";
import { normalizeLine } from "../../src/normalize/text.js";

type Units = { lead: string[]; responsible: string[]; cooperating: string[] };
const unitsOf = (text: string): Units => {
  const out: Units = { lead: [], responsible: [], cooperating: [] };
  for (const a of findAnchors(normalizeLine(text).text)) {
    out.lead.push(...a.units.lead);
    out.responsible.push(...a.units.responsible);
    out.cooperating.push(...a.units.cooperating);
  }
  return out;
};
const only = (role: keyof Units | "person", unit: string): Units => {
  const out: Units = { lead: [], responsible: [], cooperating: [] };
  if (role !== "person") out[role].push(unit);
  return out;
};

describe("every role word, in each use it declares", () => {
  for (const w of ROLE_WORDS) {
    if (w.as.includes("label"))
      it(`label ${w.word}：`, () => expect(unitsOf(`做好公开。（${w.word}：县财政局）`)).toEqual(only(w.role, "县财政局")));
    if (w.as.includes("verb"))
      it(`verb …${w.word}`, () => expect(unitsOf(`做好公开。（县财政局${w.word}）`)).toEqual(only(w.role, "县财政局")));
    if (w.as.includes("header")) it(`header ${w.word}`, () => expect(roleOfHeader(w.word)).toBe(w.role));
  }
});

/** [text, lead, responsible, cooperating] */
const PHRASES: Array<[string, string[], string[], string[]]> = [
  ["主办单位：县文旅局，协办单位：各乡镇人民政府", ["县文旅局"], [], ["各乡镇人民政府"]],
  ["部门分工：县发改局牵头，县财政局、县统计局配合", ["县发改局"], [], ["县财政局", "县统计局"]],
  ["（县司法局牵头各行政机关负责）", ["县司法局"], ["各行政机关"], []],
  ["主要责任单位：县教育局；协同配合单位：县财政局", [], ["县教育局"], ["县财政局"]],
  ["牵头责任单位：县卫健委 主要协作单位：各乡镇人民政府", ["县卫健委"], [], ["各乡镇人民政府"]],
  ["（牵头领导：王明，牵头单位：市发改委，责任单位：市统计局，数据提供单位：市统计局）", ["市发改委"], ["市统计局"], []],
  ["牵头领导：副县长张三 责任人：李四 责任单位：县政府办", [], ["县政府办"], []],
  ["（市政府办公室、市有关单位（见附件1，下同），各县人民政府负责）", [], ["市政府办公室", "市有关单位", "各县人民政府"], []],
  ["责任单位：各县（区）政府、各管理区管委会，以下统称各县（区）政府，市政府各部门", [], ["各县（区）政府", "各管理区管委会", "市政府各部门"], []],
  ["[县水务局牵头，县财政局配合，各乡镇负责落实。以下均需各乡镇落实，乡镇无相关职能的，由县直部门负责，不再列出]", ["县水务局"], ["各乡镇"], ["县财政局"]],
  ["（县文旅局、县财政局负责，6月底前完成）", [], ["县文旅局", "县财政局"], []],
  ["（县交通局配合落实）", [], [], ["县交通局"]],
  ["（市财政局主办，市税务局、市统计局协办）", ["市财政局"], [], ["市税务局", "市统计局"]],
  ["（市人社局牵头，市财政局、市教育局参加）", ["市人社局"], [], ["市财政局", "市教育局"]],
  ["厅内分工：规划处牵头，监测处配合", ["规划处"], [], ["监测处"]],
  ["（分管副市长、协管副秘书长负责，市科技局牵头）", ["市科技局"], [], []],
  ["市政府将对各项任务实施动态管理，具体由市发改委牵头负责。", ["市发改委"], [], []],
  ["（市发展和改革局牵头，市直有关部门配合；各镇（街）参照落实）", ["市发展和改革局"], ["各镇（街）"], ["市直有关部门"]],
  ["（区税务局牵头，区财政局按职能分工落实）", ["区税务局"], ["区财政局"], []],
  ["（县政府各部门按职责分别负责落实）", [], ["县政府各部门"], []],
  ["（县应急局、县消防大队牵头，各有关部门分工负责）", ["县应急局", "县消防大队"], ["各有关部门"], []],
  ["（区房管局等公共企事业单位行业主管部门负责）", [], ["区房管局"], []],
  ["推进集约共享，由县政府办牵头，各乡镇政府、各有关部门全力配合，于6月底前完成。", ["县政府办"], [], ["各乡镇政府", "各有关部门"]],
  ["由保洁公司负责组织各村保洁人员，按区域开展整治工作。", [], ["保洁公司"], []],
  ["（责任单位：各区县政府﹝含南太湖新区管委会，下同﹞。以下责任单位均包含各区县政府）", [], ["各区县政府"], []],
  ["（责任单位：计划财务股、办公室）", [], ["计划财务股", "办公室"], []],
  ["（责任单位：省河长办、省级河长会议成员单位、省级湖长协助单位）", [], ["省河长办", "省级河长会议成员单位", "省级湖长协助单位"], []],
  ["市政府将对各项任务实施动态管理，具体工作由市发改委牵头负责。", ["市发改委"], [], []],
  ["（市卫生健康委、市财政局负责，排在第一位的为牵头部门，下同）", [], ["市卫生健康委", "市财政局"], []],
  ["牵头领导：张明\n责 任 人：李华\n责任队室：公园管理中队", [], ["公园管理中队"], []],
  ["不断提升标准化水平。（各县（区、市）人民政府、开发区管委会、市直各单位）", [], ["各县（区、市）人民政府", "开发区管委会", "市直各单位"], []],
  ["制定本地工作方案。（试行）", [], [], []],
  ["地区生产总值增长11%（市发改委，市政府相关部门，各县市区政府，荆州开发区）。", [], ["市发改委", "市政府相关部门", "各县市区政府", "荆州开发区"], []],
  ["完成后及时将落实情况报县政府办公室（县政务公开办）。", [], [], []],
  ["构建统一框架。（责任单位:省政府办公厅、省发展改革委;完 成时限:6 月底）", [], ["省政府办公厅", "省发展改革委"], []],
  ["人人参与环境卫生整治活动责任单位各社区居委会、驻辖区单位、物业管理小区", [], ["各社区居委会", "驻辖区单位", "物业管理小区"], []],
  ["联邦路门前积存垃圾责任单位环卫分公司配合单位办事处、城管中队", [], ["环卫分公司"], ["办事处", "城管中队"]],
  ["各责任单位要切实履行职责，配合单位要主动对接", [], [], []],
  ["（市人保局，各市（县）、区政府）", [], ["市人保局", "各市（县）", "区政府"], []],
  ["（征求意见稿）", [], [], []],
  ["推进农村环境综合治理。由王建平总工负责，污染物排放总量控制处落实。", [], ["污染物排放总量控制处"], []],
  ["提升村屯人居环境质量。（责任单位;住建局、畜牧局、各乡镇场）", [], ["住建局", "畜牧局", "各乡镇场"], []],
  ["公开目录（县政府办公室、县司法局）并及时更新。", [], [], []],
  ["〔各县（市）区人民政府，开发区管委会，市政府各部门（单位）按照职能分别落实〕", [], ["各县（市）区人民政府", "开发区管委会", "市政府各部门（单位）"], []],
  ["镇环境办负责检查评比；镇执法队负责拆除棚舍；各包村干部负责督促农户清理庭院；网格员负责巡查。", [], ["镇环境办", "镇执法队"], []],
];

describe("phrases from real pages", () => {
  it.each(PHRASES)("%s", (text, lead, responsible, cooperating) => {
    expect(unitsOf(text)).toEqual({ lead, responsible, cooperating });
  });
});

describe("the first-unit-leads convention", () => {
  it.each(["（排名第一位为牵头单位，下同）", "列第一位者为牵头单位", "（逗号前的单位为牵头单位，下同）", "排在第一位的为牵头部门，下同", "原则上由排名首位的部门牵头负责。下同", "列第一者为牵头单位，下同"])("%s", (t) =>
    expect(FIRST_UNIT_LEADS.test(t)).toBe(true),
  );
  it.each(["全省排名第一位", "逗号前后不加空格", "第一位的是市财政局"])("not: %s", (t) => expect(FIRST_UNIT_LEADS.test(t)).toBe(false));
});

describe("role nouns", () => {
  it("a role's name is no unit (责任单位按职责抓好落实)", () => {
    expect(unitsOf("清单所列任务由牵头单位统筹协调，责任单位按职责抓好落实。")).toEqual({ lead: [], responsible: [], cooperating: [] });
  });
});
