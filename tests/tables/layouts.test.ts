// Flattened-table layouts (src/tables/layouts): each read on its own, then the
// interpretation every layout shares (header roles, short rows, merged cells,
// numbering columns).
import { describe, expect, it } from "vitest";
import type { LineBlock } from "../../src/blocks.js";
import { LAYOUTS, findTextTables, headerTail, interpretTable } from "../../src/tables/index.js";
import { alignShort } from "../../src/tables/interpret.js";
import { isGroupLine } from "../../src/tables/layout.js";

const lines = (text: string): LineBlock[] => text.split("\n").map((t, i) => ({ kind: "line", no: i + 1, text: t }));
/** The first table found in the text, interpreted (its rows aligned to the header's roles). */
const interpreted = (text: string) => {
  const [t] = findTextTables(lines(text));
  const table = t ? interpretTable(t.block) : null;
  return { rows: table?.rows ?? [], roles: table?.roles ?? [] };
};
const read = (text: string) => {
  const [t] = findTextTables(lines(text));
  return t ? { layout: t.layout, rows: t.block.rows.map((r) => r.cells), roles: t.block.roles } : null;
};

describe("group lines", () => {
  it("are short numbered group titles; a bracket closing one does not count towards its length", () => {
    expect(isGroupLine("一、主要经济社会发展指标和发改、财政、行政审批等工作目标（牵头领导：某某、某某某、某某）")).toBe(true);
    expect(isGroupLine("（二）做好财政信息公开。")).toBe(true);
    expect(isGroupLine("一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等各项工作目标")).toBe(false);
    expect(isGroupLine("1.做好公开")).toBe(false);
  });
});

describe("the registry", () => {
  it("tries the layouts in a fixed order", () =>
    expect(LAYOUTS.map((l) => l.name)).toEqual(["tab", "box", "card", "cell-bar", "pipe", "pipe-lines", "lines", "pairs", "aligned", "spaced"]));
});

describe("each layout", () => {
  it("tab: cells after a leading tab, a blank line ends a row", () => {
    expect(read("\t序号\n\t工作任务\n\t责任单位\n\n\t1\n\t做好公开\n\t县政府办\n")).toEqual({
      layout: "tab",
      rows: [["序号", "工作任务", "责任单位"], ["1", "做好公开", "县政府办"]],
      roles: undefined,
    });
  });
  it("cell-bar: a cell per line closed by a bar; bar lines are merged cells; a cell may close on the next line", () => {
    const t = read("工作任务 |\n具体要求 |\n责任单位 |\n||\n主动公开 |\n基础信息\n|\n规范性文件 |\n做好集中公开。 |\n县司法局牵头 |\n做好动态更新。 |\n||||\n");
    expect(t?.layout).toBe("cell-bar");
    expect(t?.rows).toEqual([
      ["工作任务", "具体要求", "责任单位"],
      ["主动公开", "基础信息", "规范性文件", "做好集中公开。", "县司法局牵头"],
      ["做好动态更新。"],
    ]);
  });
  it("cell-bar without a header: numbered cells start rows, numbered group cells are rows of their own, roles come from the cells", () => {
    const t = read("一、做好基础公开 |\n1.动态调整主动公开目录。 |\n综合股牵头，各业务股配合。 |\n长期 |\n2.规范办理依申请公开。 |\n办公室 |\n长期 |\n二、做好政策解读 |\n3.同步解读重要政策文件。 |\n法规股统筹，各业务股落实。 |\n每季度 |\n4.回应社会关切（市政");
    expect(t?.layout).toBe("cell-bar");
    expect(t?.roles).toEqual(["task", "responsible", "time"]);
    expect(t?.rows).toEqual([
      ["一、做好基础公开"],
      ["1.动态调整主动公开目录。", "综合股牵头，各业务股配合。", "长期"],
      ["2.规范办理依申请公开。", "办公室", "长期"],
      ["二、做好政策解读"],
      ["3.同步解读重要政策文件。", "法规股统筹，各业务股落实。", "每季度"],
    ]);
  });
  it("cell-bar: a bar opening a line opens a row (| 1 |)", () => {
    const t = read("| 序号 |\n责任单位 |\n工作任务 |\n完成时限 |\n| 1 |\n区民政局 |\n按月完成临时救助审核。 |\n2025年12月底 |\n| 2 |\n区残联 |\n落实两项补贴。 |\n2025年6月底 |\n");
    expect(t?.rows).toEqual([
      ["序号", "责任单位", "工作任务", "完成时限"],
      ["1", "区民政局", "按月完成临时救助审核。", "2025年12月底"],
      ["2", "区残联", "落实两项补贴。", "2025年6月底"],
    ]);
  });
  it("cell-bar: a row with as many cells as the header keeps an empty cell in its place", () => {
    const t = read("序号 |\n项目名称 |\n责任单位 |\n目标任务 |\n完成情况 |\n备注 |\n1 |\n新建公办幼儿园（所） |\n县教育局 |\n2所 |\n|\n主体完工 |\n2 |\n新增养老床位 |\n县民政局 |\n60张 |\n40张 |\n|\n");
    expect(t?.rows).toEqual([
      ["序号", "项目名称", "责任单位", "目标任务", "完成情况", "备注"],
      ["1", "新建公办幼儿园（所）", "县教育局", "2所", "", "主体完工"],
      ["2", "新增养老床位", "县民政局", "60张", "40张", ""],
    ]);
  });
  it("lines: a row with a second numbered task cell is two rows, the second sharing the first's merged cells", () => {
    const rows = interpreted("序号\n牵头单位\n工作任务\n完成情况\n完成进度(%)\n备注\n12\n市水利局\n56.做好农村自来水管网改造，补齐短板。\n已完工87个村。\n90%\n86.深入推进河长制，加强湿地保护。\n完成22条河流的河湖长调整。\n").rows;
    expect(rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ["12", "市水利局", "56.做好农村自来水管网改造，补齐短板。"],
      ["12", "市水利局", "86.深入推进河长制，加强湿地保护。"],
    ]);
  });
  it("a short row's value and long report go to report columns rather than a note column", () => {
    const rows = interpreted("序号\n牵头单位\n工作任务\n完成情况\n完成进度(%)\n备注\n12\n市水利局\n56.做好农村自来水管网改造，补齐短板。\n已完工87个村，下一步加快推进剩余工程建设。\n90%\n13\n市林业局\n61.推进造林。\n已完成。\n100%\n").rows;
    expect(rows[0].cells.slice(3)).toEqual(["已完工87个村，下一步加快推进剩余工程建设。", "90%", ""]);
  });
  it("cell-bar: a row as wide as the header whose unit and time cells do not fit is read by what fits (a lost leading cell put last)", () => {
    const rows = interpreted("主要任务 |\n工作要求 |\n责任单位 |\n完成时限 |\n完成进展 |\n1.摸清辖区隐患底数。 |\n区应急局 |\n3月10日前 |\n|\n2.建立隐患整改台账。 |\n各镇街 |\n4月5日前 |\n|\n|\n").rows;
    expect(rows.map((r) => r.cells)).toContainEqual(["", "2.建立隐患整改台账。", "各镇街", "4月5日前", ""]);
  });
  it("pipe-lines: when the header row is closed by a second bar line, so is every row", () => {
    const t = read("|\n工作任务\n|\n具体内容\n|\n责任单位\n|\n|\n一、强化决策公开\n|\n1.公开重大决策目录。\n|\n区政府办公室，各乡镇\n|\n|\n2.做好决策预公开。\n|\n区司法局\n|\n|\n");
    expect(t?.rows).toEqual([
      ["工作任务", "具体内容", "责任单位"],
      ["一、强化决策公开", "1.公开重大决策目录。", "区政府办公室，各乡镇"],
      ["2.做好决策预公开。", "区司法局"],
    ]);
  });
  it("pipe-lines: a row ending in two or more empty cells (merged cells' places) is read short", () => {
    const t = read("序号\n|\n项目\n|\n工作目标\n|\n牵头领导\n|\n责任单位\n|\n1\n|\n预期目标\n|\n1.地区生产总值增长5%。\n|\n某某\n|\n区发改委、区统计局\n|\n2.财政收入增长6%。\n|\n区财政局\n|\n|||\n3.工业投资增长10%。\n|\n某某\n|\n区工信局\n|\n||\n");
    expect(t?.rows).toEqual([
      ["序号", "项目", "工作目标", "牵头领导", "责任单位"],
      ["1", "预期目标", "1.地区生产总值增长5%。", "某某", "区发改委、区统计局"],
      ["2.财政收入增长6%。", "区财政局"],
      ["3.工业投资增长10%。", "某某", "区工信局"],
    ]);
  });
  it("spaced: unit cells of a short row printed one per line below it are that row's", () => {
    const t = read("序号 重点工作任务 主要责任单位 协同配合单位\n1 地区生产总值增长6%左右。 区发改委 区政府各部门，各乡镇人民政府。\n2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门，各乡镇人民政府。\n3 固定资产投资增长7%左右。 区发改委 区住建局、区交通局。\n");
    expect(t?.rows).toEqual([
      ["序号", "重点工作任务", "主要责任单位", "协同配合单位"],
      ["1", "地区生产总值增长6%左右。", "区发改委", "区政府各部门，各乡镇人民政府。"],
      ["2", "一般公共预算收入增长5%左右。", "区财政局、区税务局", "区政府有关部门，各乡镇人民政府。"],
      ["3", "固定资产投资增长7%左右。", "区发改委", "区住建局、区交通局。"],
    ]);
  });
  it("box: cells between vertical rules, one row between two rules, a cell's lines joined", () => {
    const t = [
      "┌──┬──────┬──────────┬─────┐",
      "│序号│ 责任单位 │ 工作任务 │ 完成时间 │",
      "├──┼──────┼──────────┼─────┤",
      "│ 1 │ 东湖区 │1.新建口袋公园三处，每处面积 │2007.10.31│",
      "│ │ │不少于二千平方米。 │ │",
      "├──┼──────┼──────────┼─────┤",
      "│ 2 │ 西湖区 │2.完成老旧小区绿化改造。 │2007.06.30│",
      "└──┴──────┴──────────┴─────┘",
    ].join("\n");
    expect(read(t)).toEqual({
      layout: "box",
      rows: [
        ["序号", "责任单位", "工作任务", "完成时间"],
        ["1", "东湖区", "1.新建口袋公园三处，每处面积不少于二千平方米。", "2007.10.31"],
        ["2", "西湖区", "2.完成老旧小区绿化改造。", "2007.06.30"],
      ],
      roles: undefined,
    });
  });

  it("box: a rule across some columns only ends their cells; the others span, and each row they span gets their text", () => {
    const t = [
      "│序号│责任单位│ 工作任务 │ 完成时间 │责任人│",
      "├──┼────┼──────────┼─────┼───┤",
      "│ 1 │ 东湖区 │1.新建绿地十万平方米。 │2007.11.30│ 区长 │",
      "│ │ ├──────────┼─────┤ │",
      "│ │ │2.新建游园两个。 │2007.09.30│ │",
      "├──┼────┼──────────┼─────┼───┤",
      "│ 2 │ 西湖 │3.新植乔木一万株。 │2007.04.30│ 区长 │",
      "│ │ 区 │ │ │ │",
      "└──┴────┴──────────┴─────┴───┘",
    ].join("\n");
    expect(read(t)?.rows).toEqual([
      ["序号", "责任单位", "工作任务", "完成时间", "责任人"],
      ["1", "东湖区", "1.新建绿地十万平方米。", "2007.11.30", "区长"],
      ["1", "东湖区", "2.新建游园两个。", "2007.09.30", "区长"],
      ["2", "西湖区", "3.新植乔木一万株。", "2007.04.30", "区长"],
    ]);
  });

  it("box: a row the text ends in, short of its cells, stays short (it was cut)", () => {
    const t = ["│序号│责任单位│ 工作任务 │ 完成时间 │", "├──┼────┼──────────┼─────┤", "│ 1 │ 东湖区 │1.新建绿地。 │2007.11.30│", "│ │ ├──────────┼─────┤", "│ │ │2.节日期间在公园"].join("\n");
    expect(read(t)?.rows).toEqual([
      ["序号", "责任单位", "工作任务", "完成时间"],
      ["1", "东湖区", "1.新建绿地。", "2007.11.30"],
      ["1", "东湖区", "2.节日期间在公园"],
    ]);
  });

  it("box: a row whose later line the text ends in keeps only the cells up to the cut", () => {
    const t = ["│序号│责任单位│ 工作任务 │ 完成时间 │", "├──┼────┼──────────┼─────┤", "│ 1 │ 东湖区 │推进裸露土地绿化覆│2007.12.31│", "│ │ │盖，完成覆盖面积3万平"].join("\n");
    expect(read(t)?.rows).toEqual([
      ["序号", "责任单位", "工作任务", "完成时间"],
      ["1", "东湖区", "推进裸露土地绿化覆盖，完成覆盖面积3万平"],
    ]);
  });

  it("box: no table without a header row of the genre's words", () => {
    expect(read("┌──┬──┐\n│ 甲 │ 乙 │\n├──┼──┤\n│ 丙 │ 丁 │\n└──┴──┘")).toBeNull();
  });

  it("pipe: outer bars optional; a header ending in empty cells pads rows at the end", () => {
    expect(read("工作任务 | 具体要求 | 责任单位 | ||\n（一）做好公开 | 公开文件 | 县政府办 |\n公开规划 | 县发改局 | ||\n")?.rows).toEqual([
      ["工作任务", "具体要求", "责任单位"],
      ["（一）做好公开", "公开文件", "县政府办"],
      ["公开规划", "县发改局"],
    ]);
  });
  it("cell-bar: bars standing apart close a cell and add empty ones; a numbered task cell heads its row", () => {
    const t = read("工作任务 |\n贯彻举措 |\n时限要求 |\n牵头单位 |\n责任单位 | ||\n一、深化政务公开 |\n（一）做好财政信息公开。 |\n及时公开本部门预决算信息。 |\n每年度 |\n县财政局 |\n牵头科室：财务股 | |\n（二）做好疫情防控信息公开。 |\n切实增强信息发布的及时性。 |\n");
    expect(t?.layout).toBe("cell-bar");
    expect(t?.rows).toEqual([
      ["工作任务", "贯彻举措", "时限要求", "牵头单位", "责任单位"],
      ["一、深化政务公开"],
      ["（一）做好财政信息公开。"],
      ["及时公开本部门预决算信息。", "每年度", "县财政局", "牵头科室：财务股"],
      ["（二）做好疫情防控信息公开。"],
    ]);
  });
  it("lines: a row whose content and unit cells come again gives sub-rows (merged 序号 and 任务 cells)", () => {
    const t = read("序号\n\n任 务\n\n有关要求\n\n责任单位\n\n1\n\n加强预期引导\n\n加强政策解读信息公开，及时传递政策意图。\n\n县发展改革局、县财政局\n\n召开季度经济运行新闻发布会，发布重要数据。\n\n县发展改革局、县统计局\n\n2\n\n加强监管信息公开\n\n公开抽查结果。\n\n县市场监管局\n");
    expect(t?.rows).toEqual([
      ["序号", "任 务", "有关要求", "责任单位"],
      ["1", "加强预期引导", "加强政策解读信息公开，及时传递政策意图。", "县发展改革局、县财政局"],
      ["召开季度经济运行新闻发布会，发布重要数据。", "县发展改革局、县统计局"],
      ["2", "加强监管信息公开", "公开抽查结果。", "县市场监管局"],
    ]);
  });
  it("lines: after merged group columns, rows are numbered by the 序号 cells, not by numbered group cells", () => {
    const t = read("一级指标\n\n二级指标\n\n序号\n\n主要任务\n\n牵头、责任部门\n\n一、依法履行政府职能\n\n1.推行审批制度改革\n\n1\n\n公开全部行政审批事项清单。\n\n牵头单位：区政务服务办\n\n2\n\n制定并公布区行政许可事项目录。\n\n3\n\n清理规范行政审批中介服务。\n");
    expect(t?.rows).toEqual([
      ["一级指标", "二级指标", "序号", "主要任务", "牵头、责任部门"],
      ["一、依法履行政府职能"],
      ["1.推行审批制度改革", "1", "公开全部行政审批事项清单。", "牵头单位：区政务服务办"],
      ["2", "制定并公布区行政许可事项目录。"],
      ["3", "清理规范行政审批中介服务。"],
    ]);
  });
  it("pipe-lines: a group cell followed by content stands alone; units one per line form a list", () => {
    const t = read("重点工作\n|\n具体任务\n|\n责任单位\n|\n完成时限\n|\n一、强化常态监管\n|\n严格协议管理\n|\n规范医保服务协议管理。\n|\n县医保局\n|\n2021年12月底前\n|\n多形式检查\n|\n开展现场检查。\n|\n县医保局\n县卫生健康委\n县公安局等\n|\n每年开展\n|\n专项整治\n|\n开展典型问题专项整治。\n|\n县医保局\n|\n2021年9月底前\n|\n");
    expect(t?.rows).toEqual([
      ["重点工作", "具体任务", "责任单位", "完成时限"],
      ["一、强化常态监管"],
      ["严格协议管理", "规范医保服务协议管理。", "县医保局", "2021年12月底前"],
      ["多形式检查", "开展现场检查。", "县医保局、县卫生健康委、县公安局等", "每年开展"],
      ["专项整治", "开展典型问题专项整治。", "县医保局", "2021年9月底前"],
    ]);
  });
  it("pipe-lines: rows closed by a second bar line lose that empty cell", () => {
    const t = read("|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n1\n|\n完善管理体制\n|\n县编办、县住建局\n|\n2016年6月底前\n|\n|\n2\n|\n完善工作机制\n|\n县住建局\n|\n2016年底前\n|\n|\n3\n|\n推进平台建设\n|\n县城管局\n|\n常态工作\n|\n|\n");
    expect(t?.rows).toEqual([
      ["序号", "工作任务", "负责部门", "时间进度"],
      ["1", "完善管理体制", "县编办、县住建局", "2016年6月底前"],
      ["2", "完善工作机制", "县住建局", "2016年底前"],
      ["3", "推进平台建设", "县城管局", "常态工作"],
    ]);
  });
  it("lines: a bracketed kind under a header word finishes it; a unit name left in the 备注 column joins the unit list", () => {
    const t = read("序号\n工作任务\n完成时限\n责任股室\n（单位）\n备注\n1\n免费开放服务人次较上年增长15%。\n12月底前\n文化宣传股\n文化馆\n图书馆\n2\n组织文化下乡演出不少于100场。\n年底前\n文化馆\n");
    expect(t?.rows).toEqual([
      ["序号", "工作任务", "完成时限", "责任股室（单位）", "备注"],
      ["1", "免费开放服务人次较上年增长15%。", "12月底前", "文化宣传股、文化馆、图书馆", ""],
      ["2", "组织文化下乡演出不少于100场。", "年底前", "文化馆"],
    ]);
  });
  it("lines: header words a narrow column broke over two lines (责任 / 领导, 责任 / 科室) join as header words, not as a unit's name", () => {
    const t = read("序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n工作任务安排\n\n1\n\n美丽城镇创建\n\n吴某\n\n乡村振兴办\n\n成功创建首批省级美丽城镇。\n");
    expect(t?.rows).toEqual([
      ["序号", "重点工作", "责任领导", "责任科室", "工作任务安排"],
      ["1", "美丽城镇创建", "吴某", "乡村振兴办", "成功创建首批省级美丽城镇。"],
    ]);
  });
  it("cell-bar: a unit list broken after a 、 goes on over the next line", () => {
    const t = read("工作任务 |\n责任科室 |\n时限要求 |\n||\n1 |\n公开安全度汛责任人名单。 |\n防御科、\n运行管理科\n|\n4月底前 |\n||\n");
    expect(t?.rows[1]).toEqual(["1", "公开安全度汛责任人名单。", "防御科、运行管理科", "4月底前"]);
  });
  it("pipe: a header row broken over two lines", () => {
    expect(read("工作任务 | 具体要求\n| 责任单位 |\n做好公开 | 公开文件 | 县政府办 |\n")?.rows[0]).toEqual(["工作任务", "具体要求", "责任单位"]);
  });
  it("pipe: rows without a header, roles read from the cells", () => {
    const t = read("一、加强公开 | 1 | 全面公开政策文件和解读材料 | 县政府办牵头，县直各部门负责落实 | 全年 |\n2 | 做好规划信息的集中公开工作 | 县发改局负责落实 | 全年 |\n3 | 做好预决算信息公开工作 | 县财政局负责落实 | 年底前 |\n");
    expect(t?.layout).toBe("pipe");
    // the width most rows share (the first kept its group cell)
    expect(t?.roles).toEqual(["seq", "content", "responsible", "time"]);
  });
  it("pipe-lines: cells between lines of a bar", () => {
    expect(read("工作任务\n|\n责任单位\n|\n完成时限\n\n做好公开\n|\n县政府办\n|\n年底前\n")?.rows).toEqual([
      ["工作任务", "责任单位", "完成时限"],
      ["做好公开", "县政府办", "年底前"],
    ]);
  });
  it("pipe-lines: every cell closed by a bar line and no blank line between rows: rows of the header's width; ||| closes three cells", () => {
    const t = read("工作任务\n|\n工作要求\n|\n牵头单位\n|\n一、做好规划公开\n|\n||\n1.公开规划纲要\n|\n设立专题\n|\n市发改委\n|\n2.公开历史规划\n|\n集中发布\n|\n市自然资源局\n|\n");
    expect(t?.rows).toEqual([
      ["工作任务", "工作要求", "牵头单位"],
      // (the group's own empty cells are the places of merged cells: it is read as a group line)
      ["一、做好规划公开"],
      ["1.公开规划纲要", "设立专题", "市发改委"],
      ["2.公开历史规划", "集中发布", "市自然资源局"],
    ]);
  });
  it("lines: an unnumbered group row before the first 序号 stands alone", () => {
    const t = read("序号\n\n名称\n\n工作任务\n\n主要责任单位\n\n经济社会发展主要预期目标分解（15项）\n\n1\n\n地区生产总值\n\n地区生产总值增长12%\n\n市发改委、统计局\n\n2\n\n一般预算收入\n\n一般预算收入增长15%\n\n市财政局\n");
    expect(t?.rows.slice(1)).toEqual([
      ["经济社会发展主要预期目标分解（15项）"],
      ["1", "地区生产总值", "地区生产总值增长12%", "市发改委、统计局"],
      ["2", "一般预算收入", "一般预算收入增长15%", "市财政局"],
    ]);
  });
  it("lines: the header repeated further down (a page break) is skipped", () => {
    const t = read("序号\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n108\n\n推进素质教育\n\n教育局\n\n13个街道、镇\n\n2010年\n\n序号\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n109\n\n构建疾病预防控制网络\n\n卫生局\n\n13个街道、镇\n\n2010年\n");
    expect(t?.rows.slice(1)).toEqual([
      ["108", "推进素质教育", "教育局", "13个街道、镇", "2010年"],
      ["109", "构建疾病预防控制网络", "卫生局", "13个街道、镇", "2010年"],
    ]);
  });
  it("lines: rows anchored by a 序号 that starts anywhere and skips numbers", () => {
    expect(read("序号\n\n重点工作任务\n\n主要责任单位\n\n一、经济目标\n\n3\n\n投资增长6%。\n\n区发改委\n\n68\n\n推进学前教育。\n\n区教育局\n")?.rows).toEqual([
      ["序号", "重点工作任务", "主要责任单位"],
      ["一、经济目标"],
      ["3", "投资增长6%。", "区发改委"],
      ["68", "推进学前教育。", "区教育局"],
    ]);
  });
  it("lines: rows anchored by numbered content cells, starting again under a group", () => {
    const t = read("工作任务\n具体措施\n责任单位\n完成时限\n（一）集中公开\n1.完善规章库建设。\n市司法局\n年底前\n2.建成文件库。\n市政府办\n11月底前\n（二）标准化建设\n1.编制标准目录。\n各县政府\n年底前\n");
    expect(t?.rows.slice(1)).toEqual([
      ["（一）集中公开"],
      ["1.完善规章库建设。", "市司法局", "年底前"],
      ["2.建成文件库。", "市政府办", "11月底前"],
      ["（二）标准化建设"],
      ["1.编制标准目录。", "各县政府", "年底前"],
    ]);
  });
  it("lines: a value (42) between 序号 9 and 10 is no row", () => {
    const t = read("序号\n考核指标\n单位\n年度目标\n责任部门\n9\n水产品产量\n万吨\n42\n县农业局\n10\n建设美丽牧场\n个\n3\n县农业局\n");
    expect(t?.rows.slice(1)).toEqual([
      ["9", "水产品产量", "万吨", "42", "县农业局"],
      ["10", "建设美丽牧场", "个", "3", "县农业局"],
    ]);
  });
  it("lines: a 序号 after a merged group column, the group cell before the first row's number", () => {
    const t = read("考核项目\n序号\n考核指标\n单位\n责任部门\n评分部门\n农业生产\n1\n粮食播种面积\n万亩\n县农业局\n市农业局\n2\n生猪存栏\n万头\n县农业局\n市农业局\n");
    expect(t?.rows).toEqual([
      ["考核项目", "序号", "考核指标", "单位", "责任部门", "评分部门"],
      ["农业生产", "1", "粮食播种面积", "万亩", "县农业局", "市农业局"],
      ["2", "生猪存栏", "万头", "县农业局", "市农业局"],
    ]);
  });
  it("lines: a group line whose title closes with its 。 is a group row", () => {
    expect(read("工作任务\n\n牵头单位\n\n责任单位\n\n（一）做好各类规划主动公开。\n\n1.公开发展规划纲要\n\n改革发展局\n\n——\n\n2.公开专项规划\n\n规划局\n\n建设局\n")?.rows).toEqual([
      ["工作任务", "牵头单位", "责任单位"],
      ["（一）做好各类规划主动公开。"],
      ["1.公开发展规划纲要", "改革发展局", "——"],
      ["2.公开专项规划", "规划局", "建设局"],
    ]);
  });
  it("lines: a unit list broken over two lines joins up instead of lengthening the content", () => {
    const t = read("序号\n考核指标\n责任部门\n评分部门\n1\n农业劳动生产率\n县渔业局\n县农业局\n市农业局\n2\n粮食总产量\n县农业局\n市农业局\n");
    expect(t?.rows[1]).toEqual(["1", "农业劳动生产率", "县渔业局、县农业局", "市农业局"]);
  });
  it("lines: numbered content cells are followed by the next numbered cell, not by a bare value", () => {
    const t = read("考核项目\n考核指标\n单位\n年度目标\n责任部门\n评分部门\n（一）文件公开\n1.规范性文件印发后20个工作日内公开。\n%\n100\n区司法局\n区政府办\n2.文件修改后同步更新标注。\n%\n100\n各成员单位\n区司法局\n");
    expect(t?.rows.slice(1)).toEqual([
      ["（一）文件公开"],
      ["1.规范性文件印发后20个工作日内公开。", "%", "100", "区司法局", "区政府办"],
      ["2.文件修改后同步更新标注。", "%", "100", "各成员单位", "区司法局"],
    ]);
  });
  it("pairs: label and value lines", () => {
    expect(read("具体任务\n全面落实疫情防控措施。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n完成时限\n12月底前\n")?.rows).toEqual([
      ["具体任务", "责任单位", "配合单位", "完成时限"],
      ["全面落实疫情防控措施。", "卫健局、文旅局", "各乡镇", "12月底前"],
    ]);
  });
  it("card: label and value on one line, a value running on over lines, a label broken over two", () => {
    const t = read("重点工作: 推进老旧小区改造。\n牵头单位: 市住建局\n年度阶段性工作目标: 第一季度:完成摸底。\n第二季度:完成一半。\n进展情况、存在问题\n及下一步工作建议:\n已完成。\n");
    expect(t?.layout).toBe("card");
    expect(t?.rows).toEqual([
      ["重点工作", "牵头单位", "年度阶段性工作目标", "进展情况、存在问题及下一步工作建议"],
      ["推进老旧小区改造。", "市住建局", "第一季度:完成摸底。 第二季度:完成一半。", "已完成。"],
    ]);
  });
  it("card: values between bars, several fields on a line, points listed in a value", () => {
    const t = read("牵头单位:区民政局、区卫健委 任务编号:12\n重点工作 |\n新建居家养老服务站20个。 |\n完成时限 |\n2023年12月底 |\n本月进展 |\n① 召开推进会。 |\n");
    expect(t?.rows).toEqual([
      ["牵头单位", "任务编号", "重点工作", "完成时限", "本月进展"],
      ["区民政局、区卫健委", "12", "新建居家养老服务站20个。", "2023年12月底", "① 召开推进会。"],
    ]);
    expect(interpreted("牵头单位:区民政局、区卫健委 任务编号:12\n重点工作 |\n新建居家养老服务站20个。 |\n完成时限 |\n2023年12月底 |\n本月进展 |\n① 召开推进会。 |\n").roles).toEqual(["lead", "seq", "task", "time", "other"]);
  });
  it("card: a label met again starts the next card", () => {
    const t = read("重点工作：修缮校舍。\n责任单位：区教育局\n重点工作：改造管网。\n责任单位：区水务局\n");
    expect(t?.rows.slice(1)).toEqual([
      ["修缮校舍。", "区教育局"],
      ["改造管网。", "区水务局"],
    ]);
  });
  it("card: no card from label lines under an item, a header row, a form, or metadata", () => {
    // the item's own label lines: the item is the task
    expect(read("1.推进重点项目建设，加快形成实物工作量，确保按期投产。\n责任单位：区发改局\n工作要求：由区发改局牵头，并负责报进度。\n")?.layout).not.toBe("card");
    // a header row flattened one cell per line
    expect(read("工作任务 |\n责任单位 |\n完成时限 |\n做好公开 |\n县政府办 |\n年底前 |\n")?.layout).not.toBe("card");
    // a form to fill in names no unit
    expect(read("填报时间：　　年　　月　　日\n类别\n姓名\n职务\n")).toBeNull();
    // a value closed by its bar is followed by a label, or the card has ended
    expect(read("公开责任部门 |\n县应急管理局办公室 |\n公开形式 |\n主动公开 |\n")).toBeNull();
  });
  it("aligned: cells under their header words (text saved from a PDF)", () => {
    const t = read("序号  工作任务          责任单位      完成时限\n1     做好政策公开      县政府办      年底前\n2     做好规划公开      县发改局      6月底前\n");
    expect(t?.layout).toBe("aligned");
    expect(t?.rows[2]).toEqual(["2", "做好规划公开", "县发改局", "6月底前"]);
  });
  it("spaced: cells between runs of spaces", () => {
    expect(read("工作任务  责任单位  完成时限\n做好公开  县政府办  年底前\n")?.layout).toBe("spaced");
  });
});

describe("interpreting a table", () => {
  const table = (rows: string[][]) => interpretTable({ kind: "table", no: 1, rows: rows.map((cells, i) => ({ no: i + 1, cells })) });
  it("takes a level's name in a list (13个街道、镇) for a unit cell when placing a short row", () => {
    expect(alignShort(["加强婴幼儿教育", "教育局", "13个街道、镇", "2010年"], ["task", "content", "lead", "responsible", "time"])).toEqual(["", "加强婴幼儿教育", "教育局", "13个街道、镇", "2010年"]);
  });
  it("places the cells of a short row in the columns they fit, the rightmost of equal placements", () => {
    expect(alignShort(["做好规划公开工作，及时发布", "县发改局"], ["task", "content", "responsible"])).toEqual(["", "做好规划公开工作，及时发布", "县发改局"]);
    expect(alignShort(["3", "做好公开", "县政府办"], ["seq", "content", "responsible", "time"])).toEqual(["3", "做好公开", "县政府办", ""]);
  });
  it("holds the content in the last task column when no column is content (类别 | 事项名称 | 任务目标)", () => {
    const t = table([
      ["类别", "民生事项名称", "2022年度任务目标", "责任单位", "分管市领导", "1-9月份工作完成情况"],
      ["四、教育文化", "14.改扩建某某学校", "完成一期教学楼建设并投入使用。", "教育体育局", "某某某", "主体完工"],
      ["15.推进塑胶运动场地建设", "完成13处农村学校塑胶运动场地建设。", "教育体育局", "某某某", "已开工"],
    ]);
    expect(t?.roles).toEqual(["task", "task", "task", "responsible", "person", "other"]);
    expect(t?.pathCols).toEqual([0]);
  });
  it("reads numbering kept on a group's first row as the rows' path", () => {
    const t = table([
      ["工作任务", "具体要求", "责任单位"],
      ["（一）围绕法治政府推进公开", "1.政府常务会议讨论决定的事项应及时公开。", "市政府办负责"],
      ["2.出台涉及公共利益的政策要公开相关信息。", "市法制局牵头"],
    ]);
    expect(t?.pathCols).toEqual([0]);
    expect(t?.rows[1].cells[0]).toBe("（一）围绕法治政府推进公开");
  });
  it("splits numbered group cells leading a row wider than the header into group rows", () => {
    const t = table([
      ["序号", "工作任务", "责任单位", "完成时限"],
      ["一、推进决策公开", "（一）推进预公开", "1", "重大决策事项向社会公开征求意见。", "县政府办牵头", "全年"],
      ["2", "编制年度决策事项目录并公布。", "县司法局牵头", "6月底前"],
    ]);
    expect(t?.rows.map((r) => r.group?.number ?? r.cells[0])).toEqual(["一", "（一）", "1", "2"]);
  });
  it("gives back the leading columns a header lost: a numbered group cell on a group's first row, and the 序号", () => {
    const t = table([
      ["具体要求", "责任科室"],
      ["一、抓好主动公开。", "1", "深化民生领域信息公开。", "办公室牵头，各股室配合"],
      ["二、抓好政策解读", "2", "政策文件与解读同步发布。", "办公室牵头，各股室配合"],
      ["3", "丰富解读形式。", "办公室牵头，各股室配合"],
      ["三、抓好决策公开。", "4", "建立公众参与机制"],
    ]);
    expect(t?.roles).toEqual(["task", "seq", "content", "responsible"]);
    expect(t?.pathCols).toEqual([0]);
    expect(t?.rows.map((r) => [r.own[0], r.own[1], r.own[2]])).toEqual([
      ["一、抓好主动公开。", "1", "深化民生领域信息公开。"],
      ["二、抓好政策解读", "2", "政策文件与解读同步发布。"],
      ["", "3", "丰富解读形式。"],
      ["三、抓好决策公开。", "4", "建立公众参与机制"],
    ]);
  });
  it("reads item numbers of their own in the title column (1.… 2.…) as the rows' names, not as numbering columns", () => {
    const t = table([
      ["工作任务", "工作要求", "牵头单位"],
      ["（一）做好规划公开"],
      ["1.公开规划纲要", "设立专题集中展示", "市发改委"],
      ["2.公开历史规划", "集中发布", "市自然资源局"],
    ]);
    expect(t?.pathCols).toEqual([]);
    expect(t?.rows.map((r) => r.group?.number ?? r.cells[0])).toEqual(["（一）", "1.公开规划纲要", "2.公开历史规划"]);
  });
  it("places a row of one cell numbered like a column's cells above it in that column", () => {
    const t = table([
      ["工作任务", "工作要求", "牵头单位"],
      ["1.公开规划纲要", "设立专题集中展示", "市发改委"],
      ["2.公开历史规划", "集中发布", "市自然资源局"],
      ["3.公开政府和"],
    ]);
    expect(t?.rows[2].own).toEqual(["3.公开政府和", "", ""]);
  });
  it("reads a schedule (who does it when) whose rows are its tasks", async () => {
    const { parse } = await import("../../src/index.js");
    const d = parse("澜川县政府门户网站在线访谈安排表\n上线时间 | 访谈单位 | 备注 |\n2012年3月 | 县科技局 | 具体日期另行通知 |\n2012年4月 | 县林业局 | |\n", { path: "x.txt" });
    expect(d.tasks.map((t) => [t.responsibleUnits, t.deadlines.map((x) => x.date)])).toEqual([
      [["县科技局"], ["2012-03-31"]],
      [["县林业局"], ["2012-04-30"]],
    ]);
  });
  it("reads a task column of bare numbers as the 序号", () => {
    const t = table([
      ["工作任务", "具体要求", "责任科室", "时限要求"],
      ["1", "及时发布医保政策文件和解读产品。", "待遇保障科", "持续推进"],
      ["2", "按月度公开参保人数和基金收支情况。", "规划财务科", "持续推进"],
    ]);
    expect(t?.roles).toEqual(["seq", "content", "responsible", "time"]);
  });
  it("reads a target-value column (年度目标) as a value beside a task column", () => {
    const t = table([
      ["考核项目", "考核指标", "单位", "年度目标", "责任部门", "评分部门"],
      ["（一）文件公开"],
      ["1.规范性文件印发后20个工作日内公开。", "%", "100", "区司法局牵头区级文件公开工作，各成员单位负责做好本单位工作", "区政府办"],
      ["2.文件修改后同步更新标注。", "%", "100", "各成员单位", "区司法局"],
    ]);
    // (考核项目 stays a task column: it names the rows' group; 考核指标, the last task column, holds the content)
    expect(t?.roles).toEqual(["task", "task", "other", "other", "responsible", "other"]);
    expect(t?.rows[1].cells[4]).toBe("区司法局牵头区级文件公开工作，各成员单位负责做好本单位工作");
  });
  it("fills a blank cell from above within one 序号 group only", () => {
    const t = table([
      ["序号", "工作任务", "责任单位"],
      ["1", "做好公开", "县政府办"],
      ["", "做好解读", ""],
      ["2", "做好回应", ""],
    ]);
    expect(t?.rows.map((r) => r.cells[2])).toEqual(["县政府办", "县政府办", ""]);
  });
});

describe("a row as wide as the header only through empty cells at its end", () => {
  it("has its filled cells placed where they fit when they fit better there", () => {
    const t = "| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n| 一、加大治理力度 | (一)强化源头治理 | 1.加强农用地污染源头防控。 | 县生态分局 | 2025年11月底前 |\n| 2.持续开展农药减量行动。 | 县农业农村局 | 2025年11月底前 | ||\n";
    expect(interpreted(t).rows.map((r) => r.cells.slice(2))).toEqual([
      ["1.加强农用地污染源头防控。", "县生态分局", "2025年11月底前"],
      ["2.持续开展农药减量行动。", "县农业农村局", "2025年11月底前"],
    ]);
  });
  it("stays in place when its cells fit where they stand (an empty last column)", () => {
    const t = "| 序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n| 1 | 完成管网改造。 | 县住建局 | 2025年11月底前 | |\n| 2 | 完成道路绿化。 | 县林业局 | 2025年10月底前 | |\n";
    expect(interpreted(t).rows.map((r) => r.cells)).toEqual([
      ["1", "完成管网改造。", "县住建局", "2025年11月底前", ""],
      ["2", "完成道路绿化。", "县林业局", "2025年10月底前", ""],
    ]);
  });
});

describe("a header row run onto the end of a line", () => {
  it("is split off a title", () => {
    expect(headerTail("澜川县2019年重点工作任务分解表 序号 名称 工作任务 牵头责任单位")).toEqual({
      head: "澜川县2019年重点工作任务分解表",
      header: "序号 名称 工作任务 牵头责任单位",
    });
  });
  it.each(["序号  工作任务  牵头单位  完成时限", "做好公开 县政府办 年底前 全年", "澜川县2019年重点工作任务分解表"])("%s is left alone", (line) => expect(headerTail(line)).toBeNull());
  it("rows with single spaces follow it across blank lines and group lines", () => {
    const t = read("序号 名称 工作任务 牵头责任单位\n\n一、预期目标(2项)\n\n1 地区生产总值增长7%以上. 发改局\n\n2 一般公共预算收入增长8%. 财政局、税务局\n");
    expect(t?.rows.slice(1)).toEqual([["一、预期目标(2项)"], ["1", "地区生产总值增长7%以上.", "发改局"], ["2", "一般公共预算收入增长8%.", "财政局、税务局"]]);
  });
});
