// Tasks outside numbered items (src/extract/tasks.ts): paragraphs before the first
// section that carry their own assignment or time limit, on real-shaped text. Ids count
// the paragraphs of the preamble (a signature line with its date is two).
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";

const tasksOf = (text: string) =>
  parse(text, { path: "t.txt" }).tasks.map((t) => ({
    id: t.id,
    responsible: t.responsibleUnits,
    deadlines: t.deadlines.map((d) => d.date ?? d.kind),
  }));

describe("paragraphs before the first section", () => {
  it("an unnumbered item followed by its label lines is one task with those labels", () => {
    const text = [
      "澜川市2012年十件实事任务分解",
      "市区新增公办幼儿园学位3000个。",
      "主管领导：某某",
      "责任单位：市教育局",
      "主要责任人：某某某",
      "进度安排：6月底前完成选址；12月底前投入使用。",
      "新建城市公园5个。",
      "责任单位：市园林局",
      "进度安排：10月底前完工。",
    ].join("\n");
    expect(tasksOf(text)).toEqual([
      { id: "preamble/1", responsible: ["市教育局"], deadlines: ["2012-06-30", "2012-12-31"] },
      { id: "preamble/6", responsible: ["市园林局"], deadlines: ["2012-10-31"] },
    ]);
  });
  it("a sentence that sets its own time limit is a task; a date line and a year that states no target are not", () => {
    const text = [
      "澜川县2025年道路交通安全整治行动方案",
      "澜川县人民政府办公室　2025年4月18日",
      "2025年，是全县交通安全工作的攻坚之年。决定从即日起至2025年12月31日，在全县范围内开展整治行动。",
      "一、工作目标",
      "力争2025年全县道路交通事故死亡人数同比下降10%。",
    ].join("\n");
    const tasks = tasksOf(text);
    expect(tasks.filter((t) => t.id.startsWith("preamble"))).toEqual([{ id: "preamble/3", responsible: [], deadlines: ["2025-12-31"] }]);
    expect(tasks.find((t) => t.id === "一")?.deadlines).toEqual(["2025-12-31"]);
  });
  it("a bracket opening a line closes the sentence the line before broke off after", () => {
    const text = [
      "澜川市“十一五”规划纲要主要目标和任务分工",
      "一、主要目标",
      "1.主要指标的责任部门。",
      "常住人口控制在150万人左右。（市卫健委、市公安局牵头）耕地保有量保持在省确定的面积。",
      "（市自然资源局牵头）主要污染物排放总量减少10%。（市环保局牵头）",
    ].join("\n");
    const byKey = (k: string) => parse(text, { path: "t.txt" }).tasks.find((t) => t.text.includes(k));
    expect(byKey("耕地保有量")?.leadUnits).toEqual(["市自然资源局"]);
    expect(byKey("主要污染物")?.leadUnits).toEqual(["市环保局"]);
  });
  it("paragraphs that divide duties among themselves, each opening with its unit, are each a task of that unit", () => {
    const text = [
      "为确保按时完成村庄环境整治任务，现将各单位职责明确如下：",
      "区住建局负责全区村庄环境整治总协调工作，指导督查康居乡村的创建。",
      "区财政局负责村庄环境整治专项经费的落实，监督资金的使用情况。",
      "区城管局负责村庄生活垃圾的收集、转运和处置的技术指导和督查。",
    ].join("\n");
    expect(tasksOf(text).map((t) => t.responsible)).toEqual([["区住建局"], ["区财政局"], ["区城管局"]]);
    // one such paragraph alone opens a sentence: no task
    expect(tasksOf("澜川县2023年村庄整治方案\n区住建局负责全区村庄环境整治总协调工作。")).toEqual([]);
  });
  it("among paragraphs that divide duties, one whose unit first says what it must do (X要…，负责…) is X's", () => {
    const text = [
      "为确保按时完成村庄环境整治任务，现将各单位职责明确如下：",
      "区住建局负责全区村庄环境整治总协调工作。",
      "区委农办要结合美丽乡村建设，负责做好村庄整治与农村改革各项工作。",
      "区财政局负责村庄环境整治专项经费的落实。",
    ].join("\n");
    expect(tasksOf(text).map((t) => t.responsible)).toEqual([["区住建局"], ["区委农办"], ["区财政局"]]);
  });
});

describe("label lines after the last of an item's items", () => {
  it("close the item and go to each of its items when the others assign nothing", () => {
    const t = tasksOf("澜川县迎检工作方案\n一、职责分工\n（一）加强保洁。\n1、机关：各科室定期开展大扫除。\n2、河段：确保包保河段清洁。\n责任科室：局办公室\n责 任 人：\n完成时限：8月9号—8月20号\n（二）加强宣传。\n责任科室：宣传科\n完成时限：8月15日前\n");
    expect(t.filter((x) => x.id.startsWith("一/（一）")).map((x) => x.responsible)).toEqual([["局办公室"], ["局办公室"]]);
    expect(t.find((x) => x.id === "一/（一）/1、")?.deadlines).toEqual(["by"]);
  });
  it("stay with the last item when another item has its own", () => {
    const t = tasksOf("澜川县迎检工作方案\n一、职责分工\n（一）加强保洁。\n1、机关：各科室定期开展大扫除。\n责任科室：机关党委\n2、河段：确保包保河段清洁。\n责任科室：局办公室\n");
    expect(t.map((x) => x.responsible)).toEqual([["机关党委"], ["局办公室"]]);
  });
});

describe("items run together on one line with no space before their numbers", () => {
  it("split at a bracketed number that goes on with the line's numbering", () => {
    const d = parse("澜川区建设局创建文明城市工作方案\n实施专项整治工作(一)建筑工地专项整治：要求施工企业文明施工，做到围挡到位。牵头领导：某某副局长责任部门：建工科、安全站(二)小街巷专项整治：对路面坑洼、路灯照明开展专项整治。牵头领导：某某副局长责任部门：城建科、市政管理处\n（三）加强组织领导。\n", { path: "t.txt" });
    expect(d.tasks.map((t) => t.responsibleUnits).slice(0, 2)).toEqual([["建工科", "安全站"], ["城建科", "市政管理处"]]);
  });
  it("do not split at a bracketed number inside a sentence", () => {
    const d = parse("澜川区工作方案\n一、加强管理\n按照第(二)项规定，各单位要做好(一)类设施的检查。（区住建局负责）\n", { path: "t.txt" });
    expect(d.tasks).toHaveLength(1);
  });
});

describe("items run together on one line, their numbers running through the sections", () => {
  it("split after a heading's title and after a closed assignment bracket", () => {
    const d = parse("（五）加快推进海绵城市建设 22.出台试点详细规划。按照部署编制完成。（牵头单位：区规划局；\n\n协办单位：区发改局、各街道办） 23.编制年度建设计划。牵头梳理项目清单。（牵头单位：区水务局；\n\n协办单位：区住建局）\n", { path: "t.txt" });
    expect(d.tasks.map((x) => [x.id, x.leadUnits, x.cooperatingUnits])).toEqual([
      ["（五）/22.", ["区规划局"], ["区发改局", "各街道办"]],
      ["（五）/23.", ["区水务局"], ["区住建局"]],
    ]);
  });
});

describe("b24's classes", () => {
  const d = (text: string) => parse(text, { path: "t.txt" });
  it("a bare list of units closes each run of sentences, a note after the list aside", () => {
    const a = d("澜川部落实工作要点实施方案\n一、加强信息公开\n（一）质量信息\n实时发布空气质量数据。（监测司、大气司） 公开近岸海域水质信息。（监测司、海洋司）\n（二）粮食安全\n把粮食安全放在突出位置。（市发改委、市农委、中储粮澜川直属库。排名第一的为牵头单位，下同）\n");
    expect(a.tasks.map((t) => [t.leadUnits, t.responsibleUnits])).toEqual([
      [[], ["监测司", "大气司"]],
      [[], ["监测司", "海洋司"]],
      [["市发改委"], ["市农委", "中储粮澜川直属库"]],
    ]);
  });
  it("a sentence cut after a bracket that closed the sentence before it leaves that task whole", () => {
    const a = d("澜川部落实工作要点实施方案\n一、加强信息公开\n（一）质量信息\n公开近岸海域水质信息。（监测司） 公布排放情况等信息。（气候司）公布国家生态文明建设示范市县相关信息，公布重点区域生态状况调查评估结");
    expect(a.tasks.map((t) => t.responsibleUnits)).toEqual([["监测司"], ["气候司"]]);
  });
  it("an item whose text the page's end cuts gives no deadline from its title either", () => {
    const a = d("澜川县督查通知\n一、督查安排\n（一）督查要求：各单位于6月27日前报送自查情况。对抽查事项，每月初由县政府办公室具体做好组织协调和服务保");
    expect(a.tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });
  it("a person with a post leads nothing; 总牵头 is lead", () => {
    const a = d("澜川省十大工程推进方案\n一、粮食产能工程\n任务分工：吕某某副省长负责，省农委总牵头。\n");
    expect(a.tasks.map((t) => [t.leadUnits, t.responsibleUnits])).toEqual([[["省农委"], []]]);
  });
  it("a heading's title ends at an ASCII point between Han words (text from a PDF)", () => {
    const a = d("澜川区海绵城市建设实施方案\n一、重点任务\n1.出台建设项目管理办法.按照源头减排的要求明确配建标准.(牵头单位:区水务局)\n");
    expect(a.sections[0].items[0].title).toBe("出台建设项目管理办法");
  });
});

describe("a table row that names only who and when", () => {
  it("adds its units and time limit to the row above, whose content cell it shares", () => {
    const d = parse("澜川县2021年民生实事进展情况登记表\n项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n1.城市环境提升项目 | 对3条城区道路进行综合提升改造; | 11月 | 建设局 |\n2021.8 | 城投集团 | ||\n对重点区域进行绿化亮化提档升级; | 2021.12 | 城投集团 | |\n", { path: "t.txt" });
    expect(d.tasks.map((t) => [t.leadUnits, t.deadlines.map((x) => x.date)])).toEqual([
      [["建设局", "城投集团"], ["2021-11-30", "2021-08-31"]],
      [["城投集团"], ["2021-12-31"]],
    ]);
  });
  it("is a task of its own in a schedule, which names no task column", () => {
    const d = parse("澜川县2014年政策宣讲安排\n时间 | 承办单位 | 备注 |\n2014年3月 | 县教育局 | 具体日期另行通知 |\n2014年4月 | 县人社局 | |\n", { path: "t.txt" });
    expect(d.tasks.map((t) => t.responsibleUnits)).toEqual([["县教育局"], ["县人社局"]]);
  });
});

describe("a heading's assignment over its items", () => {
  it("gives its lead to each item, which keeps its own responsible units; the heading is no task", () => {
    const d = parse("澜川县人居环境整治分工方案\n一、整治提升村容村貌（县委农办、县农业农村局牵头）\n1.提升村庄公共环境。清理私搭乱建。（责任单位：各镇街）\n2.实施乡村绿化行动。开展庭院绿化。（责任单位：县自然资源局）\n二、保障措施\n", { path: "t.txt" });
    expect(d.tasks.map((t) => [t.id, t.leadUnits, t.responsibleUnits])).toEqual([
      ["一/1.", ["县委农办", "县农业农村局"], ["各镇街"]],
      ["一/2.", ["县委农办", "县农业农村局"], ["县自然资源局"]],
    ]);
  });
});

describe("the year of deadlines on a page that begins inside a document", () => {
  it("comes from the date that signs the text when nothing else gives one", () => {
    const text = "要认真组织开展好这次大检查。\n五、加强值守，准确及时上报事故信息\n各部门要严格执行事故信息报送制度。\n各部门要于4月20日前将落实情况报市政府。\n附件：市政府督查组分组表\n二○一二年四月五日\n附件：\n市政府督查组分组表\n";
    expect(tasksOf(text).flatMap((t) => t.deadlines)).toEqual(["2012-04-20"]);
  });
});

describe("an attachment's unnumbered items with label lines", () => {
  it("are a task each, with their labels", () => {
    const text = [
      "澜川县人民政府办公室关于做好新闻发布工作的通知",
      "各乡镇人民政府，县政府各部门：",
      "现将《澜川县2024年新闻发布任务清单》印发给你们，请认真落实。",
      "附件：澜川县2024年新闻发布任务清单",
      "澜川县人民政府办公室",
      "2024年3月5日",
      "附件",
      "澜川县2024年新闻发布任务清单",
      "定期举办县政府新闻发布会，全年举办不少于十二场。",
      "牵头单位：县政府办公室",
      "责任单位：县融媒体中心、县财政局",
      "完成时限：2024年12月底前",
      "加强新闻发言人队伍建设，开展业务培训。",
      "牵头单位：县委宣传部",
      "完成时限：2024年9月底前",
    ].join("\n");
    const d = parse(text, { path: "t.txt" });
    expect(d.tasks.map((t) => [t.origin, t.leadUnits, t.responsibleUnits, t.deadlines.map((x) => x.date)])).toEqual([
      ["attachment", ["县政府办公室"], ["县融媒体中心", "县财政局"], ["2024-12-31"]],
      ["attachment", ["县委宣传部"], [], ["2024-09-30"]],
    ]);
  });
});

describe("a time limit alone closing a paragraph that assigns its units earlier", () => {
  it("belongs to that paragraph's task", () => {
    const text = "澜溪县2023年民生实事任务分工方案\n一、开展老年人免费健康体检。为全县老年人免费提供健康体检，由县卫健局牵头，各乡镇卫生院每月底前报送体检进度。（年内完成）\n二、开展就业专项行动。组织专场招聘会20场以上，由县人社局牵头实施。（年内完成）\n";
    expect(tasksOf(text).map((t) => [t.id, t.deadlines])).toEqual([
      ["一", ["recurring", "2023-12-31"]],
      ["二", ["2023-12-31"]],
    ]);
  });
});

describe("an item whose heading sentence and paragraph divide duties among units", () => {
  it("gives the heading sentence's unit to the item with the others", () => {
    const text = "澄溪市关于进一步加强政府信息公开工作的意见\n一、健全工作机构\n（一）市政府办公室为全市政府信息公开工作的主管部门，负责组织、协调和推进全市工作。市监察局为监督检查的牵头部门，负责开展监督检查。市档案局为查阅场所的设置单位，负责设立查阅中心。\n";
    const d = parse(text, { path: "t.txt" });
    expect(d.tasks.map((t) => [t.leadUnits, t.responsibleUnits])).toEqual([[["市监察局"], ["市政府办公室", "市档案局"]]]);
  });
});

describe("a page of one item: paragraphs that describe it, then its label lines", () => {
  it("is one task of all of them", () => {
    const text = "澜川区2022年民生实事：背街小巷整治\n对辖区内路面破损、照明不足的28条背街小巷实施综合整治，年内全部完成。\n项目计划总投资4800万元，由区级财政保障，惠及居民约2.1万户。\n牵头单位：区城管局\n协办单位：各街道\n完成时限：2022年12月底\n";
    const d = parse(text, { path: "t.txt" });
    expect(d.tasks).toHaveLength(1);
    expect(d.tasks[0].text.startsWith("对辖区内路面破损")).toBe(true);
    expect([d.tasks[0].leadUnits, d.tasks[0].cooperatingUnits]).toEqual([["区城管局"], ["各街道"]]);
  });
  it("but on a list of such items, the paragraph before the first is an introduction", () => {
    const text = "澜川市2012年十件实事\n市政府常务会议研究确定了今年的十件实事，并逐项明确了责任单位。\n新建城区公办幼儿园5所，新增学位2700个。\n责任单位：市教育局\n改造城区老旧小区20个，惠及居民5000户。\n责任单位：市住建局\n";
    expect(tasksOf(text).map((t) => t.responsible)).toEqual([["市教育局"], ["市住建局"]]);
    expect(parse(text, { path: "t.txt" }).tasks[0].text.startsWith("新建城区")).toBe(true);
  });
});

describe("a notice's paragraphs on a page without its head", () => {
  it("are tasks when they set their own limit or schedule, the closing formula showing the notice", () => {
    const text = "按照我县2017年的总体部署，本年度林区公路项目要求在8月底前全部完工。\n请各乡镇人民政府于每月28日之前将建设进度表报送至县林业局。\n特此通知。\n";
    expect(tasksOf(text).map((t) => t.deadlines)).toEqual([["2017-08-31"], ["recurring"]]);
    // a limit whose year the page does not give counts too
    expect(tasksOf("全县今年计划实施公路提档升级，工程须在9月底前全面完成主体施工。\n特此通知。\n").map((t) => t.deadlines)).toEqual([["by"]]);
    // without the formula, a news page's paragraphs are no tasks
    expect(tasksOf("按照我县2017年的总体部署，本年度林区公路项目要求在8月底前全部完工。\n记者了解到，各乡镇每月28日前报送进度。\n")).toEqual([]);
  });
});
