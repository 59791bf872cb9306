// The head of a document (src/segment/head.ts, titles.ts, meta.ts, runtogether.ts):
// notices found by any of their GB/T 9704 elements, titles, metadata layouts, and
// lines that run several elements together.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { splitDocNumber } from "../../src/segment/titles.js";
import { extractMeta } from "../../src/segment/meta.js";
import { InputFile } from "../../src/file.js";

const doc = (text: string) => parse(text, { path: "x.txt" });
const PLAN = "一、加强公开\n（一）做好政策公开。全面公开政策文件。（县政府办负责）\n";

describe("the covering notice", () => {
  it("is recognised without its title line: addressees, issuing sentence, signature", () => {
    const d = doc(`各乡镇人民政府，县直各单位：\n《澜川县2023年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。\n澜川县人民政府办公室\n2023年3月1日\n（此件公开发布）\n澜川县2023年政务公开工作要点\n${PLAN}`);
    expect(d.notice).toMatchObject({ title: null, issuer: "澜川县人民政府办公室", date: "2023-03-01", addressees: ["各乡镇人民政府", "县直各单位"] });
    expect(d.title).toBe("澜川县2023年政务公开工作要点");
    expect(d.region).toBe("澜川县");
  });
  it("reads a note that lost its brackets (此件公开发布) as a note, not as part of the title below it", () => {
    const d = doc(`各市民政局：\n现将《省民政厅2020年政务公开工作要点及任务分工》印发给你们，请认真贯彻落实。\n澜川省民政厅\n2020年8月4日\n此件公开发布\n省民政厅2020年政务公开工作要点及任务分工\n${PLAN}`);
    expect(d.title).toBe("省民政厅2020年政务公开工作要点及任务分工");
  });
  it("takes an undated signature right above the plan's title as its issuer", () => {
    const d = doc(`各乡（镇）人民政府，县直有关单位：\n县生态环境局制定的《澜川县2022年度生态环境保护目标责任书分解方案》经县政府研究同意，现印发给你们，请认真抓好贯彻落实。\n澜川县人民政府办公室\n澜川县2022年度生态环境保护目标责任书分解方案\n${PLAN}`);
    expect(d.notice).toMatchObject({ issuer: "澜川县人民政府办公室", date: null });
    expect(d.notice?.body).not.toContain("澜川县人民政府办公室");
    expect(d.title).toBe("澜川县2022年度生态环境保护目标责任书分解方案");
  });
  it("is recognised without addressees: the issuing sentence and a dated signature", () => {
    const d = doc(`澜川县2023年政务公开工作要点\n《澜川县2023年政务公开工作要点》已经县政府同意，现转给你们，请认真组织落实。\n澜川县人民政府办公室\n2023年3月1日\n澜川县2023年政务公开工作要点\n${PLAN}`);
    expect(d.notice).toMatchObject({ issuer: "澜川县人民政府办公室", date: "2023-03-01" });
  });
  it("splits a document number glued to the title, before or after it", () => {
    expect(splitDocNumber("澜川县人民政府办公室关于印发工作要点的通知（澜政办发〔2023〕7号）")).toEqual({ text: "澜川县人民政府办公室关于印发工作要点的通知", docNumber: "澜政办发〔2023〕7号" });
    expect(splitDocNumber("澜政办发〔2023〕7号《澜川县人民政府办公室关于印发工作要点的通知》")).toEqual({ text: "澜川县人民政府办公室关于印发工作要点的通知", docNumber: "澜政办发〔2023〕7号" });
    expect(splitDocNumber("…的通知澜府办函〔2021〕116号")).toEqual({ text: "…的通知", docNumber: "澜府办函〔2021〕116号" });
    expect(splitDocNumber("澜川市2018年优化营商环境实施方案（澜发改〔2018〕41号）")).toEqual({ text: "澜川市2018年优化营商环境实施方案", docNumber: "澜发改〔2018〕41号" });
    expect(splitDocNumber("(失效)澜政办发〔2017〕14号 澜川区人民政府办公室关于印发工作要点的通知")).toEqual({ text: "澜川区人民政府办公室关于印发工作要点的通知", docNumber: "澜政办发〔2017〕14号" });
    expect(splitDocNumber("澜川省总河长令第2号 关于印发《澜川省河湖长制工作要点》的通知")).toEqual({ text: "关于印发《澜川省河湖长制工作要点》的通知", docNumber: "澜川省总河长令第2号" });
    expect(splitDocNumber("澜川：关于印发《澜川省发改委2021年政务公开工作要点》的通知").text).toBe("关于印发《澜川省发改委2021年政务公开工作要点》的通知");
    expect(splitDocNumber("05.24 澜川省人民政府办公厅关于印发2018年政务公开工作主要任务分解表的通知").text).toBe("澜川省人民政府办公厅关于印发2018年政务公开工作主要任务分解表的通知");
    expect(splitDocNumber("2018年澜川县政务公开工作要点").text).toBe("2018年澜川县政务公开工作要点");
    expect(splitDocNumber("《澜川市政府印发澜川市水污染防治2019年行动计划》").text).toBe("澜川市水污染防治2019年行动计划");
    expect(splitDocNumber("澜川市人民政府办公室印发《关于做好统计工作的通知》").text).toBe("澜川市人民政府办公室印发《关于做好统计工作的通知》");
    expect(splitDocNumber("[澜政办发〔2023〕24号]澜川市人民政府办公室关于印发工作要点的通知")).toEqual({ text: "澜川市人民政府办公室关于印发工作要点的通知", docNumber: "澜政办发〔2023〕24号" });
    expect(splitDocNumber("澜政办〔2019〕1号—区人民政府办公室关于印发工作要点的通知")).toEqual({ text: "区人民政府办公室关于印发工作要点的通知", docNumber: "澜政办〔2019〕1号" });
  });
  it("skips furniture between the title and the addressees, and takes the damaged date the metadata confirms", () => {
    const d = doc(`发布日期：2022-01-21\n澜川县人民政府办公室关于印发工作要点的通知\n澜川县人民政府办公室 2022年01月21日\n各乡镇人民政府：\n现将《澜川县2022年政务公开工作要点》印发给你们。\n澜川县人民政府办公室\n2022121日\n澜川县2022年政务公开工作要点\n${PLAN}`);
    expect(d.notice).toMatchObject({ addressees: ["各乡镇人民政府"], date: "2022-01-21" });
    expect(d.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["repaired-date", "ambiguous-date"]));
  });
  it("is recognised from addressees whose groups are parted by ；, and a notice paragraph with its own time is a task", () => {
    const d = doc(`各县、区人民政府，澜川新区管委会；市各委办局，各直属单位：\n市政府将2019年工作任务分解为12项，现下达给你们，请认真组织实施。\n各地、各部门应于年中和年末分别组织一次自查。\n澜川市人民政府\n2019年2月11日\n`);
    expect(d.notice).toMatchObject({ issuer: "澜川市人民政府", date: "2019-02-11", addressees: ["各县、区人民政府", "澜川新区管委会", "市各委办局", "各直属单位"] });
    expect(d.tasks.map((t) => t.deadlines.map((x) => x.date))).toEqual([["2019-06-30", "2019-12-31"]]);
  });
  it("reads the notice's own numbered requirements as the plan when it has no other, and a filing number under 公网安备 is no title", () => {
    const d = doc("各村委会：\n经镇政府研究决定开展环境卫生整治。现将有关事宜通知如下：\n一、整治任务：\n1.清理村庄内外垃圾；\n二、责任分工：\n1.由保洁公司负责组织各村保洁人员，按区域开展整治工作；\n澜川镇人民政府\n2021年6月23日\n澜公网安备\n61042302000131号\n");
    expect(d.title).toBeNull();
    expect(d.sections.map((s) => s.number)).toEqual(["一", "二"]);
    expect(d.tasks.find((t) => t.id === "二/1.")?.responsibleUnits).toEqual(["保洁公司"]);
  });
  it("takes a missing year from the page's article line when nothing else dates the document", () => {
    const d = doc("首页 > 通知公告\n发布时间：2018-06-22 10:08 来源：澜川县政府办\n各乡镇人民政府：\n一、加强网站整合\n由县政府办牵头，于6月底前完成全县政府网站整合。\n");
    expect(d.tasks[0].deadlines.map((x) => x.date)).toEqual(["2018-06-30"]);
    expect(d.meta).toEqual({});
  });
  it("takes it from a reading widget that dates the page, and from an article line split into bullets", () => {
    const widget = doc("首页 > 督查督办\n发布时间：2024-05-16 09:30 来源：枫林县督查室 浏览次数：\n\n重点任务：改造供水管网。\n责任单位：县住建局\n完成时限：6月底前\n");
    expect(widget.tasks[0].deadlines.map((x) => x.date)).toEqual(["2024-06-30"]);
    const bullets = doc("任务58\n\n  • 听全文\n  • 2023-05-10\n  • 来源: 青崖市政府办公厅\n\n重点工作：建设社区服务设施。\n牵头单位：市民政局\n完成时限：第三季度\n");
    expect(bullets.tasks[0].deadlines.map((x) => x.date)).toEqual(["2023-09-30"]);
  });
  it("reads metadata labels glued to their values (发文字号黄政办发〔2021〕1号), and drops a bare 时间： line", () => {
    const d = doc("关于印发2021年市政府重点工作责任分解的通知\n时间:2021-02-25\n文件名称关于印发2021年市政府重点工作责任分解的通知 文件类型澜政办发\n发文单位澜川市人民政府办公室 发文字号澜政办发〔2021〕1号\n发文日期2021-02-25 10:02:04 发布日期2021-02-25 10:02:04\n效力状态有效 主题分类\n各区人民政府，市政府各部门：\n现将《2021年市政府重点工作责任分解》印发给你们。\n澜川市人民政府办公室\n2021年2月25日\n");
    expect(d.meta).toMatchObject({ publisher: "澜川市人民政府办公室", docNumber: "澜政办发〔2021〕1号", publishedDate: "2021-02-25", validity: "有效" });
    expect(d.notice?.addressees).toEqual(["各区人民政府", "市政府各部门"]);
    expect(d.tasks.map((t) => t.text).join()).not.toContain("时间");
  });
  it("reads the notice's number after a widget's leftovers below its title", () => {
    const d = doc("澜川市交通运输局关于印发2022年政务公开工作要点分工方案的通知\n发表时间:2022-07-19 15:00:01\n-\n市交通运输局\n分享到:\n澜交运函〔2022〕415号\n局机关各处室，局直属各单位：\n现将《2022年政务公开工作要点分工方案》印发给你们，请认真抓好贯彻落实。\n澜川市交通运输局\n2022年7月18日\n");
    expect(d.notice).toMatchObject({ docNumber: "澜交运函〔2022〕415号", addressees: ["局机关各处室", "局直属各单位"] });
  });
  it("a site's owner above a plan title that opens with the same place is no part of it", () => {
    const d = doc("澜川县人民政府\n网站首页 政务公开 政务服务\n首页 > 政务公开 > 工作计划\n澜川县卫生健康局迎检工作方案\n一、加强保洁\n各科室定期开展大扫除。（办公室负责）\n");
    expect(d.title).toBe("澜川县卫生健康局迎检工作方案");
  });
  it("names the plan it issues without quotes, by its year (现将2019年度减贫计划分解下达你们)", () => {
    const d = doc("各乡镇人民政府，县级各部门：\n根据市里要求，现将 2019 年度减贫计划分解下达你们。\n一、签订责任书\n各乡镇于3月底前签订责任书。\n");
    expect(d.title).toBe("2019年度减贫计划");
    expect(d.year).toBe(2019);
  });
  it("skips a site's name and an article-details line above the notice title", () => {
    const d = doc(`澜川省水利厅主站\n信息详情\n澜川省总河长令第2号 关于印发《澜川省河湖长制工作要点》的通知\n各市人民政府：\n现将《澜川省河湖长制工作要点》印发给你们。\n澜川省总河长\n2021年8月20日\n澜川省河湖长制工作要点\n${PLAN}`);
    expect(d.notice).toMatchObject({ title: "关于印发《澜川省河湖长制工作要点》的通知", docNumber: "澜川省总河长令第2号" });
  });
  it("skips a site's slogans above a notice title followed by its addressees, though the notice issues no plan", () => {
    const d = doc("全省职业教育先进单位\n国家示范性职业学校\n工作动态\n\n关于组织开展学习贯彻会议精神的通知\n\n发布日期：2012-11-27\n\n各党支部，各处室、各系部：\n学习贯彻会议精神是当前的一项重要工作。各支部要于12月10日前将学习情况报党委办公室。\n");
    expect(d.notice).toMatchObject({ title: "关于组织开展学习贯彻会议精神的通知", addressees: ["各党支部", "各处室", "各系部"], date: "2012-11-27" });
  });
  it("is shown by its signature alone on a page that begins inside it", () => {
    const d = doc("要认真组织开展好这次大检查。\n五、加强值守，准确及时上报事故信息\n各部门要于4月20日前将落实情况报市政府。\n附件：市政府督查组分组表\n二○一二年四月五日\n");
    expect(d.notice).toMatchObject({ title: null, issuer: null, date: "2012-04-05", addressees: [] });
    // a plan under its own title, signed at its end, has no notice
    expect(doc(`澜川县2012年安全生产工作要点\n${PLAN}澜川县安全生产委员会\n2012年4月5日\n`).notice).toBeNull();
  });
  it("takes a table's title that the page puts after an introduction, and keeps the introduction", () => {
    const d = doc("2023年我县共承办民生实事指标46项。截至4月10日，有8项已提前完成。\n2023年省政府民生实事项目实施计划（截至4月10日）\n序号 | 项目内容 | 工作进度安排 | 牵头单位 |\n1 | 完成县中崛起工程。 | 第一季度：举行结对仪式；第二季度：组织教师结对。 | 县教育局 |\n");
    expect([d.title, d.year]).toEqual(["2023年省政府民生实事项目实施计划（截至4月10日）", 2023]);
    expect(d.preamble).toContain("有8项已提前完成");
    expect(d.tasks.map((t) => [t.leadUnits, t.deadlines.map((x) => x.date)])).toEqual([[["县教育局"], ["2023-03-31", "2023-06-30"]]]);
  });
  it("takes a page's title bar for the notice's title only when it is a whole title", () => {
    const body = `各市人民政府：\n现将主要目标任务分工印发给你们。\n澜川省人民政府办公厅\n2023年2月20日\n2023年主要目标任务分工\n${PLAN}`;
    expect(doc(`《政府工作报告》主要目标任务分工的通知-澜川省人民政府门户网站\n${body}`).notice).toMatchObject({ title: null, issuer: "澜川省人民政府办公厅" });
    expect(doc(`澜川省人民政府办公厅关于印发主要目标任务分工的通知-澜川省人民政府门户网站\n${body}`).notice?.title).toBe("澜川省人民政府办公厅关于印发主要目标任务分工的通知");
  });
  it("reads an attachment's title between the bars a flattened table left around it", () => {
    const d = doc("各镇人民政府：\n现将《澜川县2024年民生实事项目》印发给你们。\n附件：澜川县2024年民生实事项目清单\n澜川县人民政府\n2024年4月2日\n附件：\n|\n澜川县2024年民生实事项目清单 |\n||||\n|\n序号 |\n项目名称 |\n建设时间 |\n责任单位 |\n|\n1 |\n学校运动场改造 |\n2024 |\n教体局 |\n|\n2 |\n道路建设 |\n2024 |\n住建局 |\n");
    expect(d.attachments.map((a) => a.title)).toEqual(["澜川县2024年民生实事项目清单"]);
    expect(d.title).toBe("澜川县2024年民生实事项目清单");
    expect(d.tasks.map((t) => [t.responsibleUnits, t.deadlines.map((x) => x.date)])).toEqual([
      [["教体局"], ["2024-12-31"]],
      [["住建局"], ["2024-12-31"]],
    ]);
  });
  it("has two issuers when two sign, one per line", () => {
    const d = doc(`各县（区）人民政府：\n现将《宿城市服务清单》印发给你们。\n中共宿城市委\n宿城市人民政府\n2024年3月1日\n宿城市服务清单\n${PLAN}`);
    expect(d.notice?.issuer).toBe("中共宿城市委 宿城市人民政府");
  });
  it("is no notice when the document is issued directly under its own title", () => {
    const d = doc(`澜政办〔2016〕23号\n澜川省人民政府办公厅关于\n贯彻落实2016年政务公开工作要点的实施方案\n各市人民政府，省政府各厅委：\n经省政府同意，现提出如下实施方案。\n${PLAN}`);
    expect(d.notice).toBeNull();
    expect(d.title).toBe("澜川省人民政府办公厅关于贯彻落实2016年政务公开工作要点的实施方案");
  });
});

describe("titles", () => {
  it("drop a tag before them, a site name above them, and a channel name", () => {
    expect(doc(`• 政府信息公开\n【政务公开任务分工】澜川县残联2024年政务公开重点工作任务分工\n${PLAN}`).title).toBe("澜川县残联2024年政务公开重点工作任务分工");
    expect(doc(`枫溪区卫生健康局\n区卫生健康局2021年政务公开重点工作任务分工\n${PLAN}`).title).toBe("区卫生健康局2021年政务公开重点工作任务分工");
  });
  it("are never a table's header row", () => {
    expect(doc(`序号 | 项目名称 | 承办科室 | 计划安排 |\n1 | 澜川县养老服务业发展规划 | 养老服务中心 | 2021/6/30 |\n`).title).toBeNull();
  });
  it("do not go on over the same title shown again", () => {
    expect(doc(`澜川县体育局重点工作目标\n时间：2022-12-13 10:42:53\n澜川县体育局重点工作目标\n${PLAN}`).title).toBe("澜川县体育局重点工作目标");
  });
  it("name a 目标责任书", () => {
    expect(doc(`澜川镇农村工作年度目标责任书\n${PLAN}`).title).toBe("澜川镇农村工作年度目标责任书");
  });
  it("name a plan issued as 若干规定", () => {
    expect(doc(`澜川县进一步优化营商环境的若干规定\n${PLAN}`).title).toBe("澜川县进一步优化营商环境的若干规定");
  });
  it("skip a channel name above them (政策法规)", () => {
    expect(doc(`政策法规\n\n2019年澜川市食品安全重点工作安排\n${PLAN}`).title).toBe("2019年澜川市食品安全重点工作安排");
  });
  it("lose the bars a flattened table left around them", () => {
    expect(doc(`| 2025年度澜川区民政局重点工作任务分解 |\n${PLAN}`).title).toBe("2025年度澜川区民政局重点工作任务分解");
  });
  it("go on over a short line that ends the title again (…主要目标任务 / 责任分解方案)", () => {
    expect(doc(`2022年澜川市政府工作报告主要目标任务\n责任分解方案\n${PLAN}`).title).toBe("2022年澜川市政府工作报告主要目标任务责任分解方案");
    expect(doc(`澜川县体育局重点工作目标\n${PLAN}`).title).toBe("澜川县体育局重点工作目标");
  });
  it("do not take a count under them (（共118项）)", () => {
    expect(doc(`澜川区2024年重点工作目标任务分解落实方案\n（共118项）\n${PLAN}`).title).toBe("澜川区2024年重点工作目标任务分解落实方案");
  });
  it("go on over a short line", () => {
    expect(doc(`2023年市政府工作报告任务分解\n和责任分工方案\n${PLAN}`).title).toBe("2023年市政府工作报告任务分解和责任分工方案");
  });
  it("name no year when they name a period", () => {
    expect(doc(`澜川县社会信用体系建设（2015—2020年）任务分工方案\n${PLAN}`).year).toBeNull();
  });
});

describe("metadata layouts", () => {
  const meta = (...lines: string[]) => extractMeta(lines.map((text, i) => ({ text, no: i + 1 })), new InputFile()).meta;
  it("labels without colons, beside other metadata", () =>
    expect(meta("索 引 号 文号", "标题 澜川县通知 有效性 有效")).toMatchObject({ validity: "有效" }));
  it("labels without colons in padded cells, the first after the cell's padding", () =>
    expect(meta("索 引 号  1137/jtysj/2020-0000137  发布机构  澜川市交通运输局", " 存放位置   公开日期  2020-07-08", " 信息名称  2020年政府工作报告责任分工-市交通运输局")).toMatchObject({
      publisher: "澜川市交通运输局",
      title: "2020年政府工作报告责任分工-市交通运输局",
    }));
  it("go on to the department a title is for (…责任分工-市交通运输局)", () =>
    expect(doc(`2020年澜川市政府工作报告责任分工-市交通运输局\n${PLAN}`).title).toBe("2020年澜川市政府工作报告责任分工-市交通运输局"));
  it("lines that a Markdown converter made list items, and two labels for one value (备注/文号)", () =>
    expect(meta("- 索 引 号: sm09101-0120-2022-00013", "- 备注/文号: 澜政办〔2022〕13 号", "- 发布机构: 澜川县人民政府办公室", "- 公文生成日期: 2022-02-22")).toMatchObject({
      docNumber: "澜政办〔2022〕13号",
      publisher: "澜川县人民政府办公室",
      writtenDate: "2022-02-22",
    }));
  it("产生日期 is the written date", () => expect(meta("产生日期 | 2024-04-30 |", "发布机构 | 澜川市司法局 |")).toMatchObject({ writtenDate: "2024-04-30" }));
  it("发文序号 is the document number", () => expect(meta("发文序号:澜兴政办发〔2023〕1 号", "发布日期: 2023-03-09")).toMatchObject({ docNumber: "澜兴政办发〔2023〕1号" }));
  it("政策文号 is the document number", () => expect(meta("政策文号:澜任政字〔2021〕28号", "发布日期: 2021-06-01")).toMatchObject({ docNumber: "澜任政字〔2021〕28号" }));
  it("pairs parted by a dash, and a dash alone on a line", () =>
    expect(meta("- 索 引 号:4311230009/2019-00023", "-", "发文日期: 2019-04-18 15:53 - 名称:", "澜川工业集中区部室简介 - 文号:")).toMatchObject({ publishedDate: "2019-04-18" }));
  it("a metadata table flattened one cell per line, each closed by a bar", () =>
    expect(meta("索引号: |", "ASAWBF/20213 |", "公开目录 |", "应急管理局文件 |", "文号 |", "澜安委办发〔2021〕3号 |", "成文日期 |", "2021年1月18日 |")).toMatchObject({
      docNumber: "澜安委办发〔2021〕3号",
      writtenDate: "2021-01-18",
    }));
  it("labels after a single space", () =>
    expect(meta("名 称: 某通知", "文 号: 文件分类: 综合政务 所属机构: 澜川县政府办")).toMatchObject({ category: "综合政务", publisher: "澜川县政府办" }));
  it("a value before the next label after spaces (公文时效：  有效 发布机构：  X)", () =>
    expect(meta("索引号：  0001/2023-01 主题分类： ", "公文时效：  有效 发布机构：  澜川县人民政府办公室")).toMatchObject({ validity: "有效", publisher: "澜川县人民政府办公室" }));
  it("a legal database's bracketed labels with bullets", () =>
    expect(meta("∙【制定机关】澜川市人民政府办公厅", "∙【公布日期】2020.01.17", "∙【字 号】澜政办〔2020〕1号")).toMatchObject({ publisher: "澜川市人民政府办公厅", publishedDate: "2020-01-17", docNumber: "澜政办〔2020〕1号" }));
  it("labels and values on lines of their own", () =>
    expect(meta("索引号", "0001/2023-01", "文件类型", "通知", "发文字号", "澜政办发〔2023〕7号")).toMatchObject({ indexNumber: "0001/2023-01", docNumber: "澜政办发〔2023〕7号" }));
  it("a value that says there is none (文号：无) is no value; 发布文号 and a spaced 时 效 are labels", () => {
    const m = meta("名称: | 某任务提示单 | 文号: | 无 |", "发布日期: | 2022-11-01 |");
    expect(m.docNumber).toBeUndefined();
    expect(m).toMatchObject({ publishedDate: "2022-11-01" });
    expect(meta("发布文号: 澜政发〔2011〕21号")).toMatchObject({ docNumber: "澜政发〔2011〕21号" });
    expect(meta("文 号 澜委发〔2022〕11号 时 效", "发布机构 澜川县某镇")).toMatchObject({ docNumber: "澜委发〔2022〕11号" });
  });
  it("labels padded with runs of spaces between their characters (文      号, 标     题)", () =>
    expect(meta("文      号 洪政办〔2025〕1号 信息分类: 综合政务", "发布机构 澜川区人民政府办公室 有 效 性 有效", "标     题 区人民政府办公室关于印发某方案的通知")).toMatchObject({
      docNumber: "洪政办〔2025〕1号",
      publisher: "澜川区人民政府办公室",
      validity: "有效",
    }));
  it("several bracketed labels on one line ([ 索引号 ] … [ 发文字号 ] …)", () =>
    expect(meta("[ 索引号 ] 1150000/2020-01891 [ 发文字号 ] 澜两江管办发〔2020〕74号", "[ 成文日期 ] 2020-09-15 [ 发布日期 ] 2020-09-17")).toMatchObject({
      indexNumber: "1150000/2020-01891",
      docNumber: "澜两江管办发〔2020〕74号",
      writtenDate: "2020-09-15",
      publishedDate: "2020-09-17",
    }));
  it("a numbered list of bracketed labels", () =>
    expect(meta("1. [主题分类] 综合政务", "2. [发文机构] 澜川县政府办", "3. [成文日期] 2023-03-01")).toMatchObject({ category: "综合政务", publisher: "澜川县政府办", writtenDate: "2023-03-01" }));
});

describe("lines that run elements together", () => {
  it("items on one line", () => {
    const d = doc("澜川县2023年工作要点\n一、总体要求 （一）做好公开。全面公开文件。（县政府办负责） （二）做好解读。（县司法局负责）\n");
    expect(d.tasks.map((t) => t.id)).toEqual(["一/（一）", "一/（二）"]);
  });
  it("a list opened by a colon, and the first item under the first heading, on the line of the addressees", () => {
    const d = doc("澜川市人民政府关于做好就业工作的意见\n各县（市、区）人民政府，市政府各部门： 为做好就业工作，现提出以下意见： 一、实施就业优先战略 1.坚持就业优先。各级政府要把扩大就业作为优先选项。（市发展改革委牵头，市财政局配合）\n");
    expect(d.sections.map((s) => [s.number, s.title, s.items.map((c) => c.number)])).toEqual([["一", "实施就业优先战略", ["1."]]]);
    expect(d.tasks[0]).toMatchObject({ id: "一/1.", leadUnits: ["市发展改革委"], cooperatingUnits: ["市财政局"] });
  });
  it("numbering starts again under a new heading on a run-together line (… 二、某副县长牵头重点工作 1.…)", () => {
    const d = doc("澜川县工作要点\n一、县长牵头重点工作 1.做好财政工作。责任单位：县财政局 2.做好审计工作。责任单位：县审计局 二、常务副县长牵头重点工作 1.坚持集体学法。责任单位：县司法局。\n");
    expect(d.tasks.map((t) => [t.id, t.responsibleUnits])).toEqual([
      ["一/1.", ["县财政局"]],
      ["一/2.", ["县审计局"]],
      ["二/1.", ["县司法局"]],
    ]);
  });
  it("addressees with the notice body, and signature, date and title", () => {
    const d = doc(`澜政办函〔2022〕21号\n各区、县人民政府，市政府各部门： 《澜川市政务公开任务分工方案》已经市政府同意，现印发给你们。 澜川市人民政府办公室\n2022年4月28日 澜川市政务公开任务分工方案\n${PLAN}`);
    expect(d.notice).toMatchObject({ issuer: "澜川市人民政府办公室", date: "2022-04-28", docNumber: "澜政办函〔2022〕21号" });
    expect(d.title).toBe("澜川市政务公开任务分工方案");
  });
});

describe("a page cut short", () => {
  it("drops a heading cut mid-line and does not read a cut assignment", () => {
    const d = doc(`澜川县2023年工作要点\n${PLAN}（二）做好规划公开。全面公开规划。责任单位：县发改局、县财政局、县统\n`);
    expect(d.tasks.find((t) => t.id === "一/（二）")).toMatchObject({ responsibleUnits: [], deadlines: [] });
    expect(doc(`澜川县2023年工作要点\n${PLAN}二、强化政策解读与回应关`).sections.map((s) => s.number)).toEqual(["一"]);
  });
  it("cuts only the item the text ends in when items run together on the cut line", () => {
    const d = doc("澜川县2023年工作要点\n一、加强公开 1.做好政策公开。全面公开政策文件。（县政府办牵头，县司法局参加） 2.做好解读。全面解读政策。（县司法局、县财");
    expect(d.tasks.map((t) => [t.id, t.leadUnits, t.cooperatingUnits, t.responsibleUnits])).toEqual([
      ["一/1.", ["县政府办"], ["县司法局"], []],
      ["一/2.", [], [], []],
    ]);
  });
  it("takes the title off a first line that runs on into the text (a PDF's text on one line)", () => {
    const d = doc("澜川省 2023 年数字政府建设工作要点 为深入贯彻落实国务院有关精神，结合我省工作实际，制定本要点。 一、加快编制总体方案。全面加强顶层设计，6 月底前完成编制工作。（责任单位:省政府办公厅;完 成时限:6 月底）\n");
    expect([d.title, d.region, d.year]).toEqual(["澜川省2023年数字政府建设工作要点", "澜川省", 2023]);
    expect(d.tasks[0]).toMatchObject({ responsibleUnits: ["省政府办公厅"] });
  });
  it("splits a paragraph run on into 一、 and its first （一） after a sentence's end", () => {
    const d = doc("某市2022年政务公开工作要点分工方案\n为认真落实政府信息公开条例，推动重点领域信息公开，结合实际，制定本分工方案。 一、强化重点领域信息公开，促进政策措施阳光透明 （一）加强稳增长信息公开。及时公开稳增长政策。（市发改委负责）\n");
    expect(d.sections.map((s) => [s.number, s.title, s.items.map((i) => i.title)])).toEqual([["一", "强化重点领域信息公开，促进政策措施阳光透明", ["加强稳增长信息公开"]]]);
  });
  it("takes the issuer above a seal note ((某局代章)), not the note", () => {
    const d = doc("区政府各委、办、局，各街道办事处：\n《澜川区2022年政务公开工作要点》已经区政务公开领导小组同意，现印发给你们，请认真贯彻落实。\n澜川区政务公开 领导小组 办公室\n（澜川区政务服务管理局代章）\n2022年3月30日\n澜川区2022年政务公开工作要点\n一、加强公开\n（一）做好公开。公开信息。（区政府办负责）\n");
    expect(d.notice).toMatchObject({ issuer: "澜川区政务公开领导小组办公室", date: "2022-03-30" });
  });
  it("splits items run together after the closing bracket of the item before (…（责任单位：区发改委）2.做好…)", () => {
    const d = doc("澜川区2019年政务公开工作要点\n一、加强公开\n（一）推进品牌建设信息公开。1.制定发布三年行动计划，提升获得感。（责任单位：区发改委）2.做好社区事务网上预约功能的推介工作。（责任单位：区民政局）3.加大改革进展公开宣传力度。（责任单位：区房管局）\n");
    expect(d.tasks.map((t) => [t.id, t.responsibleUnits])).toEqual([
      ["一/（一）/1.", ["区发改委"]],
      ["一/（一）/2.", ["区民政局"]],
      ["一/（一）/3.", ["区房管局"]],
    ]);
  });
  it("splits a group heading standing between items run together, and a section heading before its first item", () => {
    const d = doc("29.强化扬尘管理。落实防尘措施。(责任部门:市住建局) (五)实施生态保护修复工程 30.开展废弃矿山生态修复。对87处矿山治理。(责任部门:市自然资源局) 四、保障措施 (一)加强组织领导。各部门要高度重视。(二)强化资金保障。\n");
    const walk = (n: { number: string; items: unknown[] }, p: string): string[] => [p + n.number, ...(n.items as Array<{ number: string; items: unknown[] }>).flatMap((c) => walk(c, `${p}${n.number}/`))];
    expect(d.sections.flatMap((s) => walk(s, ""))).toEqual(["29.", "（五）", "（五）/30.", "四", "四/（一）", "四/（二）"]);
    // a marker whose text is a sentence is no group heading
    const e = doc("29.强化扬尘管理。(责任部门:市住建局) (五)严格执法，加大处罚力度 30.开展废弃矿山生态修复。(责任部门:市自然资源局)\n");
    expect(e.sections.map((s) => s.number)).toEqual(["29.", "30."]);
  });
  it("ends a heading at a space after a short title when the body runs on after it", () => {
    const d = doc("某市人民政府关于分解落实2007年政府工作报告目标任务的通知\n一、加强组织领导 市政府各位领导同志及各有关部门和单位，要按照各自分工，进一步强化责任。\n二、加大督查力度 市政府督查室在上半年结束时和年终分两次进行全面督查。\n");
    expect(d.sections.map((s) => [s.title, s.text.slice(0, 6)])).toEqual([
      ["加强组织领导", "市政府各位领"],
      ["加大督查力度", "市政府督查室"],
    ]);
  });
  it("splits a heading from the first item of the level below it written on the same line without a space", () => {
    const d = doc("澜川县2023年工作要点\n一、主要目标\n全面完成年度任务。\n二、主要任务（一）加强基础设施建设。\n1.改造棚户区1000户。（县住建局负责）\n（二）推进业务流程再造1.推动“一件事”改革落地。（县政务服务中心负责）\n");
    const walk = (n: { number: string; items: unknown[] }, p: string): string[] => [p + n.number, ...(n.items as Array<{ number: string; items: unknown[] }>).flatMap((c) => walk(c, `${p}${n.number}/`))];
    expect(d.sections.flatMap((s) => walk(s, ""))).toEqual(["一", "二", "二/（一）", "二/（一）/1.", "二/（二）", "二/（二）/1."]);
    expect(d.tasks.map((t) => [t.id, t.responsibleUnits])).toEqual([
      ["一", []],
      ["二/（一）/1.", ["县住建局"]],
      ["二/（二）/1.", ["县政务服务中心"]],
    ]);
  });
  it("reads a head run together on one line, and an attachment list, signature and date run onto the last paragraph", () => {
    const d = doc(
      `编辑: 小澜 2019-03-14\n澜川县人民政府办公室文件 澜政办发〔2019〕12号 县政府办公室关于分解落实2019年 重点工作任务的通知 各乡镇人民政府,县直各单位: 根据县委部署,现将任务下达给你们,请认真组织实施.\n确保各项工作任务圆满完成. 附件:澜川县2019年重点工作任务分解表 澜川县人民政府办公室 2019年3月2日 澜川县2019年重点工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n一、预期目标\n\n1 地区生产总值增长7%以上. 县发改局\n\n2 一般公共预算收入增长8%. 县财政局\n`,
    );
    expect(d.notice).toMatchObject({
      title: "县政府办公室关于分解落实2019年重点工作任务的通知",
      docNumber: "澜政办发〔2019〕12号",
      issuer: "澜川县人民政府办公室",
      date: "2019-03-02",
      addressees: ["各乡镇人民政府", "县直各单位"],
    });
    expect(d.title).toBe("澜川县2019年重点工作任务分解表");
    // the table is the attachment the notice lists, printed without its label line
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([["附件", "澜川县2019年重点工作任务分解表"]]);
    expect(d.tasks.map((t) => [t.origin, t.path.join("/"), t.leadUnits])).toEqual([
      ["attachment", "附件/一/1", ["县发改局"]],
      ["attachment", "附件/一/2", ["县财政局"]],
    ]);
  });
});

