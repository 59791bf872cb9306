// Document structure on text written in the genre (not the seeds): notice
// elements, metadata layouts, boilerplate, hierarchy, attachments, tables.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { regionOf, termYear, yearOf } from "../../src/extract/region.js";

const doc = (lines: string[]) => parse(lines.join("\n"), { path: "t.txt" });

describe("covering notice (GB/T 9704 elements)", () => {
  const d = doc([
    "青州市人民政府办公室文件",
    "",
    "青政办发〔2023〕7号",
    "",
    "青州市人民政府办公室",
    "关于印发2023年青州市政务公开工作要点的通知",
    "",
    "各县（市、区）人民政府，市政府各部门、各直属机构：",
    "　　经市政府同意，现将《2023年青州市政务公开工作要点》印发给你们，请认真贯彻落实。",
    "",
    "青州市人民政府办公室",
    "                2023年3月15日      ",
    "（此件主动公开）",
    "",
    "2023年青州市政务公开工作要点",
    "",
    "　　为做好全市政务公开工作，根据《国务院办公厅关于印发2023年政务公开工作要点的通知》（国办发［2023］10号），制定本要点。",
    "一、深化政策公开",
    "（一）做好政策解读。坚持同步解读。（市政府办公室负责）",
    "",
    "抄送：市委办公室，市人大常委会办公室，",
    "      市政协办公室。",
    "青州市人民政府办公室　　　　　　2023年3月16日印发",
  ]);
  it("reads the 发文字号 and the title joined over two lines", () => {
    expect(d.notice?.docNumber).toBe("青政办发〔2023〕7号");
    expect(d.notice?.title).toBe("青州市人民政府办公室关于印发2023年青州市政务公开工作要点的通知");
  });
  it("splits the 主送机关 (never inside parentheses)", () => {
    expect(d.notice?.addressees).toEqual(["各县（市、区）人民政府", "市政府各部门", "各直属机构"]);
  });
  it("reads the signature with an indented date followed by spaces", () => {
    expect(d.notice?.issuer).toBe("青州市人民政府办公室");
    expect(d.notice?.date).toBe("2023-03-15");
    expect(d.notice?.body).toContain("经市政府同意");
    expect(d.notice?.body).toContain("（此件主动公开）");
  });
  it("reads the plan title, region, year, preamble and references", () => {
    expect(d.title).toBe("2023年青州市政务公开工作要点");
    expect(d.region).toBe("青州市");
    expect(d.year).toBe(2023);
    expect(d.preamble).toContain("为做好全市政务公开工作");
    expect(d.references).toEqual([{ title: "国务院办公厅关于印发2023年政务公开工作要点的通知", docNumber: "国办发〔2023〕10号" }]);
  });
  it("reads 抄送 over two lines and the 印发 line", () => {
    expect(d.cc).toEqual(["市委办公室", "市人大常委会办公室", "市政协办公室"]);
    expect(d.printed).toEqual({ by: "青州市人民政府办公室", date: "2023-03-16" });
  });
  it("gives the task its unit and its line", () => {
    expect(d.tasks).toHaveLength(1);
    expect(d.tasks[0]).toMatchObject({ path: ["一", "（一）"], responsibleUnits: ["市政府办公室"], line: 19 });
  });
});

describe("portal metadata layouts", () => {
  const body = ["", "某县2022年政务公开工作要点", "一、加强公开", "（一）做好公开。公开信息。（县政府办负责）"];
  it("one per line, with spaces inside labels and bullets", () => {
    const d = doc([
      "  • 索 引 号 :113300/2022-00012",
      "  • 发布机构:某县人民政府办公室",
      "  • 成文日期:2022-03-01",
      "  • 文  号:某政办发〔2022〕3号",
      "  • 主题词:政务公开；要点",
      "  • 有 效 性 :有效",
      ...body,
    ]);
    expect(d.meta).toEqual({
      indexNumber: "113300/2022-00012",
      publisher: "某县人民政府办公室",
      writtenDate: "2022-03-01",
      docNumber: "某政办发〔2022〕3号",
      keywords: ["政务公开", "要点"],
      validity: "有效",
    });
  });
  it("several per line", () => {
    const d = doc([
      "索引号：113300/2022-00012    信息分类：政务公开",
      "发布机构：某县人民政府办公室    发文日期：2022-03-02 09:30",
      "生效日期：2022-3-2    文号：某政办发[2022]3号",
      ...body,
    ]);
    expect(d.meta).toMatchObject({
      indexNumber: "113300/2022-00012",
      category: "政务公开",
      publisher: "某县人民政府办公室",
      publishedDate: "2022-03-02",
      effectiveDate: "2022-03-02",
      docNumber: "某政办发〔2022〕3号",
    });
  });
  it("labels that lost their first characters, read from the value's shape", () => {
    const d = doc([" 号：113300/2022-00012  信息分类：其他", "号：某政办发〔2022〕3号  词：政务公开", "称：关于印发某县2022年政务公开工作要点的通知", ...body]);
    expect(d.meta).toMatchObject({ indexNumber: "113300/2022-00012", docNumber: "某政办发〔2022〕3号", keywords: ["政务公开"] });
    // 号 (an index number), 号 (a document number), 词 and 称
    expect(d.warnings.filter((w) => w.code === "inferred-meta-label").length).toBe(4);
    expect(d.notice?.title).toBe("关于印发某县2022年政务公开工作要点的通知");
  });
});

describe("boilerplate", () => {
  it("drops breadcrumbs, widgets, footers and editor lines, with warnings", () => {
    const d = doc([
      "首页 |",
      "|",
      "您当前所在位置：首页 > 政务公开 > 通知公告",
      "选择阅读字号：[ 大 中 小 ]  阅读次数：35",
      "某县2022年政务公开工作要点",
      "一、加强公开",
      "（一）做好公开。公开政府信息，设置政府信息公开咨询电话。（县政府办负责）",
      "审核：王某   责任编辑：李某",
      "点击下载此文件",
      "分享到：",
      "主办：某县人民政府办公室  承办：某县大数据中心",
      "电话：0551-1234567  电子邮件：abc@163.com",
      "皖ICP备12345678号  皖公网安备 3400000000号  网站标识码：3400000001",
    ]);
    expect(d.title).toBe("某县2022年政务公开工作要点");
    expect(d.tasks).toHaveLength(1);
    expect(d.tasks[0].text).toContain("咨询电话");
    expect(d.tasks[0].text).not.toMatch(/审核|主办|ICP/);
    expect(d.warnings.filter((w) => w.code === "boilerplate-dropped").map((w) => w.line)).toEqual([1, 2, 3, 4, 8, 9, 10, 11, 12, 13]);
  });
});

describe("body hierarchy", () => {
  it("reads the chapters and articles of rules (第一章, 第一条) as sections and items", () => {
    const d = doc(["澜川县进一步优化营商环境的若干规定", "第一章　总则", "第一条　为全面提升行政效能，制定本规定。", "第二章　推进改革", "第二条　推进一件事一窗办。（牵头责任单位：县行政审批局）", "第三条　推进政务服务事项网上办。"]);
    expect(d.sections.map((s) => [s.number, s.title, s.items.map((i) => i.number)])).toEqual([
      ["第一章", "总则", ["第一条"]],
      ["第二章", "推进改革", ["第二条", "第三条"]],
    ]);
    expect(d.tasks.find((t) => t.id === "第二章/第二条")?.leadUnits).toEqual(["县行政审批局"]);
  });
  it("does not take 第一条 inside a sentence for an article", () => {
    expect(doc(["澜川县2023年工作方案", "一、重点任务", "第一条线路年底前建成。（县交通局负责）"]).sections[0].items).toEqual([]);
  });
  it("on a page that starts inside a document, an item of a higher level after lower ones is no child of them", () => {
    const d = doc([
      "（责任部门：省农委、省财政厅）",
      "（2）农民健康工程。新建村卫生室300个。",
      "（责任部门：省卫生厅）",
      "（3）农村文化工程。新增农家书屋200个。",
      "（责任部门：省文化厅）",
      "16.深化农村各项改革。新增适度规模经营面积30万亩。",
      "（责任部门：省农委）",
    ]);
    expect(d.sections.map((s) => [s.number, s.items.length])).toEqual([["（2）", 0], ["（3）", 0], ["16.", 0]]);
  });
  it("keeps a document's own order when it starts at its first item ((1) above 1.)", () => {
    const d = doc(["某县2022年工作方案", "（1）公开决策目录。", "1.年初编制目录。（县司法局负责）", "（2）公开执行情况。", "1.每季度公开进展。（县发改局负责）"]);
    expect(d.sections.map((s) => [s.number, s.items.map((i) => i.number)])).toEqual([["（1）", ["1."]], ["（2）", ["1."]]]);
  });
  it("reads （1） under （一） under 一、, heading-only lines and heading。body", () => {
    const d = doc([
      "某县2022年政务公开实施方案",
      "一、重点任务",
      "（一）深化决策公开",
      "（1）公开决策目录。年初编制目录。责任单位：县司法局；完成时间：2022年4月底前。",
      "（2）公开征求意见。决策草案公开征求意见。责任单位：县直各部门；完成时间：长期坚持。",
      "（二）深化执行公开",
      "（1）公开执行情况。每季度公开进展。责任单位：县发展改革局；完成时间：每季度。",
    ]);
    expect(d.sections).toHaveLength(1);
    const s = d.sections[0];
    expect(s.items.map((i) => [i.number, i.title, i.items.map((x) => [x.number, x.title])])).toEqual([
      ["（一）", "深化决策公开", [["（1）", "公开决策目录"], ["（2）", "公开征求意见"]]],
      ["（二）", "深化执行公开", [["（1）", "公开执行情况"]]],
    ]);
    expect(d.tasks.map((t) => t.path)).toEqual([
      ["一", "（一）", "（1）"],
      ["一", "（一）", "（2）"],
      ["一", "（二）", "（1）"],
    ]);
    // 每季度 in the text and in the time label: listed twice, as the gold annotations do.
    expect(d.tasks.map((t) => t.deadlines.map((x) => x.date ?? x.kind))).toEqual([["2022-04-30"], ["ongoing"], ["recurring", "recurring"]]);
  });
  it("a table's last row whose last cell lacks the 。 that closes every other row's is cut by the page's end", () => {
    const d = doc([
      "澜川区2025年重点工作任务分解表",
      "序号 重点工作任务 主要责任单位 协同配合单位",
      "1 地区生产总值增长6%左右。 区发改委 区政府各部门，各乡镇人民政府。",
      "2 一般公共预算收入增长5%左右。 区财政局 区税务局，各乡镇人民政府。",
      "3 社会消费品零售总额增长8%左右。 区商务局 区市场监管局，各乡镇人民政府。",
      "4 城乡居民人均可支配收入增长与经济增长基本同步。 区统计局 区人社局、区农业农村局，各乡",
    ]);
    expect(d.tasks.map((t) => t.responsibleUnits.length > 0)).toEqual([true, true, true, false]);
  });
  it("a unit label line that the page's end cuts in a name assigns nothing; a whole one at the end does", () => {
    const cut = doc(["某县2023年政务公开工作要点", "一、做好公开", "1.规范执法公开。依法公示执法信息。", "责任单位：县市场监管局", "2.规范处罚公开。及时公开处罚决定。", "责任单位：县市场监管局、县交通运"]);
    expect(cut.tasks.map((t) => t.responsibleUnits)).toEqual([["县市场监管局"], []]);
    const whole = doc(["某县2023年政务公开工作要点", "一、做好公开", "1.规范执法公开。依法公示执法信息。", "责任单位：县市场监管局、县交通局"]);
    expect(whole.tasks.map((t) => t.responsibleUnits)).toEqual([["县市场监管局", "县交通局"]]);
  });
  it("reads 1. items numbered straight through the sections, with label lines", () => {
    const d = doc([
      "某县2022年政务公开重点工作任务分工",
      "一、助力稳定经济运行",
      "1.加强政策公开。集中发布政策。",
      "牵头单位：县发展改革局",
      "责任单位：县财政局、县商务局",
      "完成时限：2022年6月底前",
      "责任领导：副县长 张某",
      "二、助力保障民生",
      "2.做好社保信息公开。及时发布信息。",
      "牵头单位：县人力资源社会保障局",
      "配合单位：县医疗保障局",
      "完成时限：上半年",
    ]);
    expect(d.sections.map((s) => [s.number, s.items.map((i) => i.number)])).toEqual([
      ["一", ["1."]],
      ["二", ["2."]],
    ]);
    expect(d.tasks.map((t) => [t.leadUnits, t.responsibleUnits, t.cooperatingUnits, t.deadlines.map((x) => x.date)])).toEqual([
      [["县发展改革局"], ["县财政局", "县商务局"], [], ["2022-06-30"]],
      [["县人力资源社会保障局"], [], ["县医疗保障局"], ["2022-06-30"]],
    ]);
  });
  it("splits an item whose paragraphs carry their own assignments, keeps parts that share one", () => {
    const d = doc([
      "某区2022年政务公开工作要点",
      "一、深化公开",
      "（一）做好惠企政策公开。一是集中发布惠企政策。（区发展改革局负责）二是公开兑现情况，每半年公开一次。（区财政局负责）",
      "（二）做好监管信息公开。一是公开抽查结果；二是公开抽检信息。（区市场监管局负责）",
      "（三）做好规章公开。2022年11月底前公开规章。〔牵头单位：区司法局；责任单位：区直各部门〕",
      "2022年11月底前，清理规范性文件。〔牵头单位：区司法局〕",
      "各部门要于2022年12月10日前报送落实情况。",
    ]);
    expect(d.tasks.map((t) => [t.id, t.leadUnits.concat(t.responsibleUnits), t.deadlines.map((x) => x.date ?? x.every)])).toEqual([
      ["一/（一）", ["区发展改革局"], []],
      ["一/（一）-2", ["区财政局"], ["half-year"]],
      ["一/（二）", ["区市场监管局"], []],
      ["一/（三）", ["区司法局", "区直各部门"], ["2022-11-30"]],
      ["一/（三）-2", ["区司法局"], ["2022-11-30"]],
      ["closing/1", [], ["2022-12-10"]],
    ]);
    expect(d.closing).toBe("各部门要于2022年12月10日前报送落实情况。");
  });
  it("makes a section without items a task", () => {
    const d = doc(["某县2022年政务公开工作要点", "一、总体目标", "到2022年底，政务公开质量明显提升。", "二、工作要求", "各单位加强领导。"]);
    expect(d.tasks.map((t) => [t.path, t.deadlines.map((x) => x.date)])).toEqual([
      [["一"], ["2022-12-31"]],
      [["二"], []],
    ]);
  });
});

describe("attachments", () => {
  it("reads the 附件 list and each attachment with its title joined over lines", () => {
    const d = doc([
      "某县2022年政务公开工作要点",
      "一、加强公开",
      "（一）做好公开。公开信息。（县政府办负责）",
      "附件：1.某县2022年政务公开",
      "　　　2.联络员名单",
      "",
      "附件1",
      "",
      "某县2022年政务公开",
      "",
      "重点任务分解表",
      "",
      "序号  工作任务  牵头单位  完成时限",
      "1  公开预决算  县财政局  2022年8月底前",
      "",
      "附件2",
      "联络员名单",
      "张某  县政府办公室",
    ]);
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([
      ["附件1", "某县2022年政务公开重点任务分解表"],
      ["附件2", "联络员名单"],
    ]);
    expect(d.attachments[0].tables[0]).toEqual({
      header: ["序号", "工作任务", "牵头单位", "完成时限"],
      rows: [["1", "公开预决算", "县财政局", "2022年8月底前"]],
    });
    expect(d.tasks.map((t) => [t.origin, t.path, t.leadUnits, t.deadlines.map((x) => x.date)])).toEqual([
      ["body", ["一", "（一）"], [], []],
      ["attachment", ["附件1", "1"], ["县财政局"], ["2022-08-31"]],
    ]);
    expect(d.tasks[0].responsibleUnits).toEqual(["县政府办"]);
  });
  it("reads 附件： alone on its line as the list of the numbered entries below it", () => {
    const d = doc([
      "某县2022年政务公开工作要点",
      "一、加强公开",
      "（一）做好公开。公开信息。（县政府办负责）",
      "联系人：张某 电话：1234567",
      "附件：",
      "1.公平交易工作考评标准",
      "2.集贸市场创建考评标准",
      "附件1",
      "公平交易工作考评标准",
      "类别  考核目标  分值",
    ]);
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([["附件1", "公平交易工作考评标准"]]);
    expect(d.tasks.map((t) => t.path)).toEqual([["一", "（一）"]]);
  });
  it("ends an attachment's title at a header row, even of a table with no rows (a template)", () => {
    const d = doc([
      "某县2022年政务公开工作要点",
      "一、加强公开",
      "（一）做好公开。公开信息。（县政府办负责）",
      "",
      "附件2",
      "事项标准目录编制",
      "",
      "序号　事项名称　公开内容　公开时限　公开主体　备注",
    ]);
    expect(d.attachments.map((a) => a.title)).toEqual(["事项标准目录编制"]);
  });
});

describe("a page cut short after a heading's number", () => {
  it("drops the number standing alone at the text's end, and says so", () => {
    const d = doc(["澜川县2023年迎检工作方案", "一、加强宣传", "各科室开展宣传活动。", "责任科室：办公室", "完成时限：8月15日前", "二、"]);
    expect(d.sections.map((s) => s.number)).toEqual(["一"]);
    expect(d.tasks[0].text).not.toContain("二、");
    expect(d.warnings.map((w) => w.code)).toContain("truncated-end");
  });
});

describe("a page cut short inside a table", () => {
  const PLAN = ["某市医保局2024年政务公开任务分工", "工作任务 |", "具体要求 |", "责任科室 |", "时限要求 |", "||", "1 |", "公开医保政策文件和解读。 |", "待遇保障科 |", "持续推进 |", "||"];
  it("does not read a row whose cell was cut before its bar: it would take the units of the row above", () => {
    const d = doc([...PLAN, "2 |", "公开年度报告并逐项整改。 |", "办公室、待遇保障科、基金监"]);
    expect(d.tasks.map((t) => [t.path.at(-1), t.responsibleUnits, t.deadlines.length])).toEqual([
      ["1", ["待遇保障科"], 1],
      ["2", [], 0],
    ]);
    expect(d.warnings.map((w) => w.code)).toContain("truncated-end");
  });
  it("does not read a last pipe row one cell short where every row before it was whole", () => {
    const d = doc([
      "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |",
      "1 | 推行企业开办一网通办 | 市市场监管局 | 市公安局、市税务局 | 2022年6月底前 |",
      "2 | 推进工程建设项目审批制度改革 | 市住建局 | 市自然资源局 | 2022年9月底前 |",
      "3 | 优化不动产登记服务，一般登记业务办理时限压缩 | 市自然资源局 | 市住建局、市税务局、市行",
    ]);
    expect(d.tasks.map((t) => t.leadUnits)).toEqual([["市市场监管局"], ["市住建局"], []]);
  });
});

describe("tables flattened into text", () => {
  const expectRows = (d: ReturnType<typeof doc>) =>
    d.tasks.map((t) => [t.origin, t.title, t.leadUnits, t.responsibleUnits, t.cooperatingUnits, t.deadlines.map((x) => x.date ?? x.kind)]);

  it("one cell per line with a leading tab; merged cells inherit within one 序号", () => {
    const d = doc([
      "某市2022年政务公开工作要点任务分解表",
      "",
      "\t序号",
      "\t重点任务",
      "\t具体措施",
      "\t责任单位",
      "\t完成时限",
      "",
      "\t1",
      "\t推进决策",
      "公开",
      "\t公开决策目录。",
      "\t市司法局牵头，市直各部门抓好落实",
      "\t2022年5月底前",
      "",
      "\t",
      "\t",
      "\t公开征求意见。",
      "\t",
      "\t",
      "",
      "\t2",
      "\t做好解读",
      "\t同步解读。",
      "\t市政府办公室牵头，各县区做好配合",
      "\t",
    ]);
    expect(expectRows(d)).toEqual([
      ["table", "推进决策公开", ["市司法局"], ["市直各部门"], [], ["2022-05-31"]],
      ["table", "推进决策公开", ["市司法局"], ["市直各部门"], [], ["2022-05-31"]],
      ["table", "做好解读", ["市政府办公室"], [], ["各县区"], []],
    ]);
  });

  it("one cell per line without tabs, anchored by 序号", () => {
    const d = doc([
      "某县2022年政务公开任务分解表",
      "序号",
      "",
      "工作任务",
      "",
      "责任单位",
      "",
      "时间进度",
      "1",
      "",
      "编制公开目录",
      "",
      "县政务公开办",
      "",
      "2022年6月底前",
      "2",
      "健全工作机制",
      "各乡镇，县直各部门",
      "持续推进",
    ]);
    expect(expectRows(d)).toEqual([
      ["table", "编制公开目录", [], ["县政务公开办"], [], ["2022-06-30"]],
      ["table", "健全工作机制", [], ["各乡镇", "县直各部门"], [], ["ongoing"]],
    ]);
  });

  it("rows split by spaces, group rows as sections, continuation lines, shifted rows", () => {
    const d = doc([
      "2022年某市政务公开工作要点任务分解表",
      "",
      "工作任务 牵头单位 责任单位",
      "一、推进重点领域公开",
      "（一）推进财政信息公开 市财政局 各县（区）人民政府",
      "（二）推进教育信息公开",
      "1.做好招生信息公开 市教育局 各县（区）人民政府",
      "二、加强主动公开",
      "（一）拓展主动公开内容 各县（区）人民政府，市级各部门",
    ]);
    expect(d.sections.map((s) => [s.number, s.title])).toEqual([
      ["一", "推进重点领域公开"],
      ["二", "加强主动公开"],
    ]);
    expect(expectRows(d)).toEqual([
      ["table", "推进财政信息公开", ["市财政局"], ["各县（区）人民政府"], [], []],
      ["table", "做好招生信息公开", ["市教育局"], ["各县（区）人民政府"], [], []],
      ["table", "拓展主动公开内容", [], ["各县（区）人民政府", "市级各部门"], [], []],
    ]);
    expect(d.tasks.map((t) => t.path)).toEqual([
      ["一", "（一）"],
      ["一", "（二）", "1."],
      ["二", "（一）"],
    ]);
    expect(d.warnings.some((w) => w.code === "table-shifted-cells" && w.line === 9)).toBe(true);
  });

  it("rows split by two or more spaces, with a row running onto the next line", () => {
    const d = doc([
      "2022年柏林市政務公開工作要點任務分解表",
      "",
      "序號  工作任務  牽頭單位  配合單位  完成時限",
      "一、深化政策發佈解讀",
      "1  建立政策問答庫並  市政務服務中心  /  2022年9月15日前",
      "   每季度更新一次",
      "2  公開審計整改情況  市財政局、市審計局分別牽頭  各縣（市、區）政府負責落實  年內",
    ]);
    expect(d.source.script).toBe("traditional");
    expect(expectRows(d)).toEqual([
      // the content cell comes first in the row, then the time cell
      ["table", "建立政策问答库并每季度更新一次", ["市政务服务中心"], [], [], ["recurring", "2022-09-15"]],
      ["table", "公开审计整改情况", ["市财政局", "市审计局"], ["各县（市、区）政府"], [], ["2022-12-31"]],
    ]);
  });

  it("rows between | separators", () => {
    const d = doc([
      "某县2022年政务公开工作任务清单",
      "| 序号 | 工作任务 | 责任单位 | 完成时限 |",
      "|---|---|---|---|",
      "| 1 | 公开预决算 | 县财政局 | 2022年8月底前 |",
      "| 2 | 公开低保信息 | 县民政局 | 每月 |",
    ]);
    expect(expectRows(d)).toEqual([
      ["table", "公开预决算", [], ["县财政局"], [], ["2022-08-31"]],
      ["table", "公开低保信息", [], ["县民政局"], [], ["recurring"]],
    ]);
  });
});

describe("region and year", () => {
  it.each([
    ["2021年贵溪市政务公开工作要点", "贵溪市", 2021],
    ["友谊县2021年政务公开工作实施方案", "友谊县", 2021],
    ["梧源市自然资源和规划局2023年政务公开工作要点", "梧源市", 2023],
    ["广州市天河区2022年政务公开工作要点", "广州市天河区", 2022],
    ["某市民政局2022年政务公开工作要点", "某市", 2022],
    ["峨边彝族自治县2022年政务公开工作要点", "峨边彝族自治县", 2022],
    ["明光市基层政务公开标准化规范化试点工作实施方案", "明光市", null],
    ["关于印发工作要点的通知", null, null],
    ["澜川市贯彻落实省政务公开工作要点分工方案", "澜川市", null],
    ["2022年度市县民生实事未完成项目进度表", null, 2022],
    ["2022年县（市、区）人民政府消防工作目标任务", null, 2022],
    ["柳州市住房和城乡建设局关于转发老旧小区改造计划的通知", "柳州市", null],
    ["XX县2023年度根治欠薪冬季攻坚行动实施方案", null, 2023],
    ["2025年**县食品安全重点工作任务清单", null, 2025],
    ["兴县2023年政务公开工作要点", "兴县", 2023],
  ])("%s → %s, %s", (title, region, year) => {
    expect(regionOf(title)).toBe(region);
    expect(yearOf(title)).toBe(year);
  });
});

describe("the calendar year of a school term", () => {
  it.each([
    ["澜川市第二中学2020-2021学年第二学期校历", 2021],
    ["澜川县实验小学2019—2020学年度第一学期工作行事历", 2019],
    ["澜川市2021年政务公开工作要点", null],
    ["澜川市2020-2022学年第二学期校历", null],
  ])("%s → %s", (title, year) => expect(termYear(title)).toBe(year));
  it("dates a term calendar's year-less dates, and reads 起止日期 as its time column", () => {
    const d = parse("澜川市第二中学2020-2021学年第二学期校历\n起止日期 | 主要工作 | 责任处室\n2月24日 | 行政务虚会 | 办公室\n3月1日-3月7日 | 开学典礼 | 教育处\n", { path: "x.txt" });
    expect(d.year).toBeNull();
    expect(d.tasks.map((t) => [t.responsibleUnits, t.deadlines.map((x) => x.date)])).toEqual([
      [["办公室"], ["2021-02-24"]],
      [["教育处"], ["2021-03-07"]],
    ]);
  });
});

describe("table headers over two rows", () => {
  it("takes the more specific word of the lower row (责任单位 over 牵头单位 | 配合单位)", async () => {
    const { interpretTable } = await import("../../src/tables/index.js");
    const t = interpretTable({
      kind: "table",
      no: 1,
      rows: [
        { no: 1, cells: ["序号", "工作任务", "责任单位", "责任单位", "完成时限"] },
        { no: 2, cells: ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"] },
        { no: 3, cells: ["1", "公开预算", "县财政局", "县直各部门", "2022年6月底前"] },
      ],
    })!;
    expect(t.header).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]);
    expect(t.roles).toEqual(["seq", "task", "lead", "cooperating", "time"]);
    expect(t.rows.map((r) => r.cells)).toEqual([["1", "公开预算", "县财政局", "县直各部门", "2022年6月底前"]]);
  });
  it("keeps the one-row header when the lower row would take the place of its task column", async () => {
    const { interpretTable } = await import("../../src/tables/index.js");
    // Merging would give 序号 | 配合单位 | 牵头单位 | 完成时限: no task column, not a header.
    const t = interpretTable({
      kind: "table",
      no: 1,
      rows: [
        { no: 1, cells: ["序号", "工作任务", "牵头单位", "完成时限"] },
        { no: 2, cells: ["", "配合单位", "", ""] },
        { no: 3, cells: ["1", "公开预算", "县财政局", "2022年6月底前"] },
      ],
    })!;
    expect(t.header).toEqual(["序号", "工作任务", "牵头单位", "完成时限"]);
    expect(t.roles).toEqual(["seq", "task", "lead", "time"]);
    expect(t.rows.map((r) => r.cells)).toContainEqual(["1", "公开预算", "县财政局", "2022年6月底前"]);
  });
});

describe("tab-separated rows and short labels", () => {
  it("keeps empty cells of tab-separated rows; a blank cell inherits within its 序号 group", () => {
    const d = doc([
      "某县2022年政务公开任务分解表",
      "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
      "1\t公开预算\t县财政局\t县直各部门\t2022年6月底前",
      "\t公开决算\t\t县审计局\t",
      "3\t公开统计信息（牵头：县发改局；配合：县统计局）\t\t\t每月",
    ]);
    expect(d.tasks.map((t) => [t.leadUnits, t.cooperatingUnits, t.deadlines.map((x) => x.date ?? x.every)])).toEqual([
      [["县财政局"], ["县直各部门"], ["2022-06-30"]],
      [["县财政局"], ["县审计局"], ["2022-06-30"]],
      [["县发改局"], ["县统计局"], ["month"]],
    ]);
  });
  it("reads metadata separated by single tabs", () => {
    const d = doc(["索引号：\t0001/2022-01\t信息分类：\t政务公开", "某县2022年政务公开工作要点", "一、公开", "（一）做好公开。公开信息。（县政府办负责）"]);
    expect(d.meta).toEqual({ indexNumber: "0001/2022-01", category: "政务公开" });
  });
});

describe("a table the text ends in, inside a new row's first cell", () => {
  it("keeps the row above whole when it is as short as the rows before it, and drops the cut line", () => {
    const d = parse(
      "澜川县2023年绿化任务\n时间 | 工作任务 | 责任单位 | 备注 |\n3月 | 完成苗木采购 | 县林业局 | |\n补植道路两侧行道树 | 县住建局 | | |\n整治河道两岸绿化带 | 县水利局 | | |\n组织全县机关干部开展义务植树活动并检查各单位",
      { path: "x.txt" },
    );
    expect(d.tasks.map((t) => t.responsibleUnits)).toEqual([["县林业局"], ["县住建局"], ["县水利局"]]);
  });
});
