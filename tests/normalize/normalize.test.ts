// Normalisation (src/normalize): character-level repairs of one line, and the page
// furniture marked as boilerplate, with the warnings they give.
import { describe, expect, it } from "vitest";
import { normalizeLine } from "../../src/normalize/text.js";
import { boilerplateReason } from "../../src/lexicon/boilerplate.js";
import { parse } from "../../src/index.js";

describe("one line", () => {
  it.each([
    ["（一）做好公开(县政府办负责)", "（一）做好公开（县政府办负责）"],
    ["１２月底前完成", "12月底前完成"],
    ["国办发[2021]12号", "国办发〔2021〕12号"],
    ["国办发〔201742号", "国办发〔2017〕42号"],
    ["澜政办发201835号", "澜政办发〔2018〕35号"],
    ["澜府发〔202315", "澜府发〔2023〕15号"],
    ["指导思想.以习近平新时代中国特色社会主义思想为指导.", "指导思想。以习近平新时代中国特色社会主义思想为指导。"],
    ["一.加强公开", "一.加强公开"],
    ["以政务公开助力稳增长/div>", "以政务公开助力稳增长"],
    ["公開(kāi)工作", "公開工作"],
    ["会议时间10:30，IPv6改造", "会议时间10:30，IPv6改造"],
    ["? ?二、重点任务", "二、重点任务"],
    ["??（一）做好解读", "（一）做好解读"],
    ["? what", "? what"],
    ["2021年11月22日????????", "2021年11月22日"],
    ["（二OO八年二月二十六日）", "（二〇〇八年二月二十六日）"],
    ["GOOO年度", "GOOO年度"],
  ])("%s → %s", (raw, text) => expect(normalizeLine(raw).text).toBe(text));
});

describe("page furniture", () => {
  it.each([
    ["• 来源：澜川县人民政府", "editor line"],
    ["• 2021-03-05", "article info line"],
    ["时间：2017年06月28日来源：市政府办公厅", "article info line"],
    ["撰写时间：2020-09-16 10：20     来源：澜川县人民政府办公室", "article info line"],
    ["更新日期：2021-04-02 来源：澜川县教育局", "article info line"],
    ["政务公开 > 政策公开 > 政策文件", "breadcrumb"],
    ["澜川新区政府信息公开专栏  >>  澜川新区党政综合办公室 >> 政府信息公开制度", "breadcrumb"],
    ["返回首页", "reading widget"],
    ["打印", "reading widget"],
    ["x", "reading widget"],
    ["字体颜色：", "reading widget"],
    ["[绿]", "reading widget"],
    ["保护视力色:", "reading widget"],
    ["恢复默认", "reading widget"],
    ["无障碍版 长者助手", "reading widget"],
    ["在整个网站范围内搜索", "reading widget"],
    ["2021-07-16 字体", "reading widget"],
    ["丨     网站无障碍 丨 关怀版", "reading widget"],
    ["61042302000131号", "footer"],
    ["免责声明：本网转载此文出于传递信息之目的，如有侵权请联系删除。", "footer"],
    ["政务微博", "reading widget"],
    ["导航菜单", "reading widget"],
    ["展开", "reading widget"],
    ["无障碍阅读 关怀版 返回首页", "reading widget"],
    ["打印整页 打印内容 分享", "reading widget"],
    ["不能读取语音阅读器", "reading widget"],
    ["政策文库镜像站 - 各地政策法规免费查询", "site name"],
    ["登录 | 注册 | 设为首页 | 加入收藏", "reading widget"],
    ["收起全文", "reading widget"],
    ["无障碍  关怀版  手机版  政务微博", "reading widget"],
    ["首页　　政务公开　　政务服务　　政民互动　　走进澜川", "breadcrumb"],
    ["请输入关键字　　搜索", "reading widget"],
    ["登录 |   注册", "reading widget"],
    ["主办：澜川县人民政府办公室　承办：澜川县融媒体中心　网站标识码：1234", "footer"],
    ["终审：王五", "editor line"],
    ["澜川省人民政府办公厅主办", "footer"],
    ["澜川县人民政府办公室主办 澜川县大数据中心承办", "footer"],
    ["马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。", "forum bar"],
    ["您需要 登录 才可以下载或查看，没有账号？立即注册", "forum bar"],
    ["澜川区人民政府网", "site name"],
    ["澜川数字图书馆·地方文献数据库", "site name"],
    ["导语:体育局重点工作目标一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。", "upload note"],
    ["内容预览:", "forum bar"],
    ["全文共926字,仅供站内会员学习参考(会员可打开排版规范的全部文档)", "forum bar"],
    ["某某工作方案.docx", "file name"],
    ["单位(盖章):澜川市自然资源局 填报时间:2025年4月8日", "form header"],
    ["填报单位（盖章）：", "form header"],
    ["P. 22", "page number"],
    ["搜索文档　热门搜索:工作总结 实施方案 心得体会", "reading widget"],
    ["澜川文档网 - 免费文档分享平台", "site name"],
    ["手机版 | 客户端下载", "reading widget"],
    ["- 16 -", "page number"],
    ["网站首页 政务公开 政务服务 互动交流 走进澜川", "breadcrumb"],
  ])("%s is %s", (line, reason) => expect(boilerplateReason(line)).toBe(reason));
  it.each(["——", "主办单位：县文旅局，协办单位：各乡镇人民政府", "时间节点：2023年6月底前", "（一）做好政府门户网站信息公开，完成时间：年底前。"])("%s is content", (line) =>
    expect(boilerplateReason(line)).toBeNull(),
  );
});

describe("a site's menu flattened one item per line", () => {
  it("is dropped at the top of the page, and a table's header cells are not", () => {
    const page = parse("澜川文档网 - 免费文档分享平台\n首页\n教育专区\n行业资料\n工作范文\n党团工作\n实用文档\n排行榜\n桐岭区建设局2020年创建文明城市工作方案\n一、加强领导\n成立领导小组。（局办公室负责）\n", { path: "x.txt" });
    expect(page.title).toBe("桐岭区建设局2020年创建文明城市工作方案");
    const table = parse("澜川县2023年工作任务分解表\n序号\n工作任务\n责任单位\n完成时限\n备注\n1\n做好政策公开\n县政府办\n年底前\n无\n", { path: "y.txt" });
    expect(table.tasks[0]?.responsibleUnits).toEqual(["县政府办"]);
  });
});

describe("a site's list of other articles at the top of the page", () => {
  it("is furniture, and the title below the site's name and motto is the page's", () => {
    const d = parse("澜川市第二实验小学\n崇德 尚学 健体 乐群\n· 关于做好寒假学生安全教育工作的告家长书\n· 春季学期课后服务报名须知\n· 我校召开年度教职工述职考评大会\n澜川市第二实验小学2022-2023学年第二学期校历\n起止日期 | 主要工作 | 责任处室\n2月6日 | 全体教职工返校 | 校长室\n", { path: "x.txt" });
    expect(d.title).toBe("澜川市第二实验小学2022-2023学年第二学期校历");
    expect(d.warnings.filter((w) => w.message.includes("related links"))).toHaveLength(3);
    expect(d.tasks.map((t) => t.deadlines.map((x) => x.date))).toEqual([["2023-02-06"]]);
  });
});

describe("a bulleted label whose value stands on the next line", () => {
  it("takes that value, and the item above it takes the labels", () => {
    const d = parse("澜川区2022年民生实事：实施环境优化行动\n将6个社区零星地块改造为共建花园，打造家门口的绿洲。\n  • 牵头单位:\n  • 区城管局\n  • 协办单位:\n  • 各街道\n", { path: "x.txt" });
    expect(d.tasks.map((t) => [t.leadUnits, t.cooperatingUnits])).toEqual([[["区城管局"], ["各街道"]]]);
  });
  it("is left alone when the next line is a sentence or another label", () => {
    const d = parse("澜川区2022年民生实事\n将社区零星地块改造为共建花园。\n牵头单位:\n协办单位:各街道\n", { path: "x.txt" });
    expect(d.tasks.flatMap((t) => t.leadUnits)).toEqual([]);
  });
});

describe("a mirror's mark that the text goes on from the page before", () => {
  it("is no part of the line it opens, and the items run together after it are split", () => {
    const d = parse("[接上页] 38.建立执法监督机制，加大执法力度。（责任部门：市环保局） 39.建立河道长效治理机制。（责任部门：市水利局）\n", { path: "x.txt" });
    expect(d.tasks.map((t) => [t.path.at(-1), t.responsibleUnits])).toEqual([
      ["38.", ["市环保局"]],
      ["39.", ["市水利局"]],
    ]);
  });
});

describe("a PDF flipbook's page header", () => {
  it("is no part of the notice title after it", () => {
    const d = parse("Page 22 - 澜川市人民政府办公室关于印发澜川市老旧小区改造实施方案的通知\nP. 22\n一、加强组织领导\n建立联席会议制度。（市住建局牵头）\n", { path: "x.txt" });
    expect(d.notice?.title).toBe("澜川市人民政府办公室关于印发澜川市老旧小区改造实施方案的通知");
  });
});

describe("a site's owner on a line of its own", () => {
  it("is footer beside the site's footer, and assigns a task elsewhere", () => {
    const page = parse("澜川县2023年工作要点\n一、做好公开\n（一）更新网站栏目。（县政府办负责）\n【关闭窗口】\n主办单位: 澜川县人民政府办公室\n承办单位: 澜川县大数据中心\n网站标识码: 9903000047\n", { path: "x.txt" });
    expect(page.tasks.map((t) => t.text).join()).not.toContain("大数据中心");
    const plan = parse("澜川县2023年文化活动安排\n一、举办读书节\n4月举办全县读书节。\n主办单位：县文旅局\n协办单位：县教育局\n", { path: "y.txt" });
    expect(plan.tasks.flatMap((t) => [...t.leadUnits, ...t.cooperatingUnits])).toEqual(["县文旅局", "县教育局"]);
  });
});

describe("warnings", () => {
  it("a garbled page", () => {
    const garbled = "澜川县2023年政务公开工作要点\n" + "浣犲ソ锛屾枃浠舵槸閿欑殑缂栫爜鈥︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€︹€\n".repeat(4);
    expect(parse(garbled).warnings.map((w) => w.code)).toContain("mojibake");
  });
  it("not for a table drawn with box rules, circled numbers and shape bullets", () => {
    const drawn = "澜川县2007年绿化工作任务\n" + "┌──┬────┬──────────┬─────┐\n│序号│责任单位│ 工作任务 │ 完成时间 │\n├──┼────┼──────────┼─────┤\n│ ① │ 东湖区 │■新建绿地。 │2007.11.30│\n├──┼────┼──────────┼─────┤\n".repeat(4);
    expect(parse(drawn).warnings.map((w) => w.code)).not.toContain("mojibake");
  });
  it("one message for all lines of bars", () => {
    const d = parse("澜川县2023年工作要点\n|\n||\n|\n一、加强公开\n（一）做好公开。（县政府办负责）\n");
    expect(d.warnings.filter((w) => w.code === "boilerplate-dropped")).toHaveLength(1);
  });
});

describe("question marks where spaces were lost", () => {
  it("go from the ends of lines and cells when many lines have them; a lone one stays", () => {
    const d = parse(
      "各镇人民政府、街道办事处，区直各单位：?\n现将《澜川区2018年政府工作报告工作任务分解表》印发给你们。?\n澜川区人民政府办公室?\n2018年3月18日?\n澜川区2018年政府工作报告工作任务分解表?\n序号? | 工作任务? | 牵头单位? |\n1? | 建设科创园区? | 区发改局? |\n",
      { path: "x.txt" },
    );
    expect(d.notice).toMatchObject({ issuer: "澜川区人民政府办公室", date: "2018-03-18" });
    expect(d.tasks[0]).toMatchObject({ leadUnits: ["区发改局"] });
    expect(parse("澜川县工作要点\n一、做好公开。是否公开?\n", { path: "y.txt" }).tasks[0].text).toContain("是否公开?");
  });
});
