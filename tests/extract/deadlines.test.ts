import { describe, expect, it } from "vitest";
import { extractDeadlines, type DeadlineContext } from "../../src/extract/deadlines/index.js";
import { toIsoDate } from "../../src/lexicon/dates.js";

/** The deadlines of a text and the notes reported through ctx.warn, with their offsets. */
function extract(text: string, ctx: Omit<DeadlineContext, "warn">) {
  const notes: Array<{ code: string; message: string; offset: number }> = [];
  const deadlines = extractDeadlines(text, { ...ctx, warn: (code, message, offset) => notes.push({ code, message, offset }) });
  return { deadlines, notes };
}
import type { Deadline } from "../../src/schema.js";

// Expected values below are written by hand from docs/output.md ("Deadline") and its decisions,
// never from the function's output.

type Kind = Deadline["kind"];
type Every = NonNullable<Deadline["every"]>;
interface Expected {
  date: string | null;
  kind: Kind;
  every?: Every;
}
type Mode = DeadlineContext["mode"];
/** [text, mode, context year, expected deadlines in order] */
type Row = readonly [string, Mode, number | null, readonly Expected[]];

const by = (date: string | null): Expected => ({ date, kind: "by" });
const on = (date: string): Expected => ({ date, kind: "on" });
const every = (e: Every): Expected => ({ date: null, kind: "recurring", every: e });
const ongoing: Expected = { date: null, kind: "ongoing" };
const none: readonly Expected[] = [];

const P: Mode = "prose";
const T: Mode = "time";

function run(text: string, mode: Mode, year: number | null): Expected[] {
  return extract(text, { mode, year }).deadlines.map((d) =>
    d.every ? { date: d.date, kind: d.kind, every: d.every } : { date: d.date, kind: d.kind },
  );
}

const TABLE: Record<string, readonly Row[]> = {
  "month end": [
    ["2021年12月底前", P, null, [by("2021-12-31")]],
    ["12月底", T, 2021, [by("2021-12-31")]],
    ["12月末", T, 2021, [by("2021-12-31")]],
    ["2021年11月底前完成", P, 2020, [by("2021-11-30")]],
    ["9月底前完成惠企政策汇编上线", P, 2022, [by("2022-09-30")]],
    ["2023年6月底前", T, null, [by("2023-06-30")]],
    ["4月底前", T, 2021, [by("2021-04-30")]],
    ["2021年6月末前", T, null, [by("2021-06-30")]],
    ["2021 年 9 月底前", P, null, [by("2021-09-30")]],
  ],
  "fixed day with 前 (by)": [
    ["9月15日前", P, 2021, [by("2021-09-15")]],
    ["2021年8月15日前，在政府门户网站制作转型政策专题。", T, 2021, [by("2021-08-15")]],
    ["2022年9月30日前", T, null, [by("2022-09-30")]],
    ["于2022年11月30日之前报送", P, null, [by("2022-11-30")]],
    ["2022年10月15日以前", T, null, [by("2022-10-15")]],
    ["截至2021年9月30日", P, null, [by("2021-09-30")]],
  ],
  "year end, within the year": [
    ["年底前完成全市重点排污单位环境信息依法披露情况核查", P, 2022, [by("2022-12-31")]],
    ["年底", T, 2021, [by("2021-12-31")]],
    ["年内", T, 2022, [by("2022-12-31")]],
    ["年末", T, 2022, [by("2022-12-31")]],
    ["今年底前", P, 2021, [by("2021-12-31")]],
    ["今年年底前完成", P, 2021, [by("2021-12-31")]],
    ["市级行政机关年内要对本行政机关的公开指南进行复查", P, 2015, [by("2015-12-31")]],
    ["到2023年底", T, null, [by("2023-12-31")]],
    ["2023年底前", T, null, [by("2023-12-31")]],
    ["2022年底前完成网站适老化改造", P, 2021, [by("2022-12-31")]],
    ["到2021年底，全县政务公开制度体系更加健全", P, 2021, [by("2021-12-31")]],
    ["二〇二一年底前", P, null, [by("2021-12-31")]],
  ],
  "durations are not deadlines": [
    ["一年内完成", P, 2021, none],
    ["半年内", P, 2021, none],
    ["两年内建成", P, 2021, none],
    ["上年底", P, 2021, none],
  ],
  "half year": [
    ["上半年", T, 2022, [by("2022-06-30")]],
    ["下半年", T, 2022, [by("2022-12-31")]],
    ["2021年上半年完成一轮全面清理", P, 2020, [by("2021-06-30")]],
    ["上半年完成标准目录复核，覆盖率达到60%", P, 2022, [by("2022-06-30")]],
  ],
  quarter: [
    ["第三季度", T, 2022, [by("2022-09-30")]],
    ["三季度", T, 2023, [by("2023-09-30")]],
    ["3季度", T, 2023, [by("2023-09-30")]],
    ["三季度前", T, 2021, [by("2021-09-30")]],
    ["三季度末", T, 2021, [by("2021-09-30")]],
    ["一季度", T, 2021, [by("2021-03-31")]],
    ["第二季度末前", T, 2021, [by("2021-06-30")]],
    ["第四季度组织一次典型案例讲评", P, 2022, [by("2022-12-31")]],
    ["2021年第一季度", P, null, [by("2021-03-31")]],
    ["二〇二二年第三季度", P, null, [by("2022-09-30")]],
    ["一年四季", P, 2021, none],
  ],
  "periods listed together name what is reported, not when": [
    ["于7月10日前和12月10日前分别将上半年、全年工作进展情况报送", P, 2022, [by("2022-07-10"), by("2022-12-10")]],
    ["上半年完成改造", P, 2022, [by("2022-06-30")]],
  ],
  "a time cell that is nothing but a year is due by its end; in prose a bare year is none": [
    ["2024", T, null, [by("2024-12-31")]],
    ["2024年度", T, null, [by("2024-12-31")]],
    ["2024", P, null, []],
  ],
  "M月前 is the end of the month before": [
    ["2023年5月前", T, null, [by("2023-04-30")]],
    ["7月前", T, 2022, [by("2022-06-30")]],
    ["2023年1月前", T, null, [by("2022-12-31")]],
    ["1月前", T, 2023, [by("2022-12-31")]],
    ["2024年3月前", T, null, [by("2024-02-29")]],
    ["2023年3月之前", T, null, [by("2023-02-28")]],
  ],
  "ten-day periods": [
    ["10月中旬前", P, 2022, [by("2022-10-20")]],
    ["于7月初和12月初报送", P, 2018, [by("2018-07-10"), by("2018-12-10")]],
    ["10月上旬", T, 2022, [by("2022-10-10")]],
    ["2月下旬前", T, 2024, [by("2024-02-29")]],
    ["十月中旬前", P, 2022, [by("2022-10-20")]],
  ],
  "bare month": [
    ["2021年6月完成", P, null, [by("2021-06-30")]],
    ["6月份完成", P, 2021, [by("2021-06-30")]],
    ["2023年5月", T, null, [by("2023-05-31")]],
    ["2021年6月，省政府印发了实施意见", P, null, none],
    ["截至2021年6月", P, null, [by("2021-06-30")]],
  ],
  "leap years": [
    ["2024年2月底前", P, null, [by("2024-02-29")]],
    ["2023年2月底前", P, null, [by("2023-02-28")]],
    ["2100年2月底", P, null, [by("2100-02-28")]],
    ["2000年2月底", P, null, [by("2000-02-29")]],
    ["2月底前", P, 2028, [by("2028-02-29")]],
  ],
  "fixed dates (on) and several in one phrase": [
    ["于2021年9月1日、12月1日两个时间节点", P, null, [on("2021-09-01"), on("2021-12-01")]],
    ["于2022年7月1日、10月1日两个时间节点报送公开情况", T, null, [on("2022-07-01"), on("2022-10-01")]],
    ["分别于2021年7月15日、12月15日两个时间节点进行督查", P, 2020, [on("2021-07-15"), on("2021-12-15")]],
    ["2022年9月30日", T, null, [on("2022-09-30")]],
    ["9月1日", T, 2021, [on("2021-09-01")]],
    ["7月10日前、11月30日前分两次报送", P, 2015, [by("2015-07-10"), by("2015-11-30")]],
  ],
  "year inheritance": [
    ["2022年6月底前完成专栏建设，9月底前完成检查", P, 2021, [by("2022-06-30"), by("2022-09-30")]],
    ["2022年6月底前完成专栏建设。9月底前完成检查", P, 2021, [by("2022-06-30"), by("2021-09-30")]],
    ["2022年6月底前完成；9月底前复查", P, 2021, [by("2022-06-30"), by("2022-09-30")]],
    ["2022年6月底前完成\n9月底前复查", P, 2021, [by("2022-06-30"), by("2021-09-30")]],
    ["9月底前", P, null, [by(null)]],
    ["从2021年起，各单位9月底前报送", P, null, [by("2021-09-30")]],
    ["《2020年工作要点》明确，9月底前报送", P, 2021, [by("2021-09-30")]],
  ],
  recurring: [
    ["每周", T, 2022, [every("week")]],
    ["每周发布辖区安全生产和防汛工作动态", P, 2022, [every("week")]],
    ["每星期通报一次", P, 2022, [every("week")]],
    ["每月", T, 2023, [every("month")]],
    ["每个月", T, 2023, [every("month")]],
    ["每月底前", T, 2022, [every("month")]],
    ["每月10日前", T, 2021, [every("month")]],
    ["按月公开", P, 2021, [every("month")]],
    ["每季度", T, 2021, [every("quarter")]],
    ["每季更新", P, 2021, [every("quarter")]],
    ["每个季度", T, 2021, [every("quarter")]],
    ["每季度末", T, 2022, [every("quarter")]],
    ["按季度通报", P, 2022, [every("quarter")]],
    ["每半年", T, 2022, [every("half-year")]],
    ["每半年通报一次各科室工作开展情况", P, 2023, [every("half-year")]],
    ["每年", T, 2022, [every("year")]],
    ["每年度", T, 2022, [every("year")]],
    ["每年1月31日前", T, 2022, [every("year")]],
    ["各部门主要负责同志每年至少听取1次政务公开工作汇报", P, 2021, [every("year")]],
    ["各单位分管负责人每季度至少听取一次政务公开工作汇报。", P, 2021, [every("quarter")]],
    ["按照规定每季度公开一次", P, 2021, [every("quarter")]],
    ["每月底前将本单位的执行情况报送", P, 2021, [every("month")]],
    ["每月发布空气质量状况，年底前完成核查", P, 2022, [every("month"), by("2022-12-31")]],
  ],
  "frequencies that are not the task's": [
    ["根据省政府每季度开展的政府网站和政务新媒体监测通报问题清单，第一时间督促各责任单位整改", P, 2021, none],
    ["参照上级每月发布的数据", P, 2021, none],
    ["开展政府网站和政务新媒体季度检查", P, 2023, none],
    ["季度抽查", T, 2022, none],
    ["季度督查", P, 2021, none],
    ["定期公开住房公积金管理运行情况", P, 2015, none],
  ],
  ongoing: [
    ["长期坚持", T, 2022, [ongoing]],
    ["长期坚持", P, 2022, none],
    ["立即落实并长期坚持", T, 2021, [ongoing]],
    ["立即落实并长期坚持。", P, 2021, none],
    ["持续推进", T, 2017, [ongoing]],
    ["持续推进长江经济带“共抓大保护”攻坚行动", P, 2021, none],
    ["常态化", T, 2023, [ongoing]],
    ["准确把握常态化疫情防控的阶段性特征", P, 2021, none],
    ["全年", T, 2023, [ongoing]],
    ["长期", T, 2023, [ongoing]],
    ["持续开展", T, 2023, [ongoing]],
    ["2021年6月底前，长期坚持", T, null, [by("2021-06-30"), ongoing]],
    ["2022年9月底前，长期坚持", T, null, [by("2022-09-30"), ongoing]],
    ["于2022年12月10日前将全年任务完成情况报送", P, null, [by("2022-12-10")]],
  ],
  "damaged dates": [
    ["20183月底前", T, null, [by("2018-03-31")]],
    ["201711月底前", T, null, [by("2017-11-30")]],
    ["20171110日前", T, null, [by("2017-11-10")]],
    ["20181月底前", T, null, [by("2018-01-31")]],
    ["20216月底前完成历史规划集中归档公开", P, 2021, [by("2021-06-30")]],
    ["20211015日前完成", P, 2021, [by("2021-10-15")]],
    ["2021115日前", T, null, [by("2021-11-05")]],
    ["2021131日前", T, null, [by("2021-01-31")]],
    ["202115日前", T, null, [by("2021-01-05")]],
    // 月 lost, the year from the context; only before 前, and only where one reading exists
    ["并于1030日前收集汇总", P, 2021, [by("2021-10-30")]],
    ["请于130日前报送", P, 2022, [by("2022-01-30")]],
    ["请于111日前报送", P, 2022, []],
    ["1030日内办结", P, 2022, []],
  ],
  "Chinese numerals": [
    ["二〇二一年十二月底前", P, null, [by("2021-12-31")]],
    ["二〇二二年四月八日", P, null, [on("2022-04-08")]],
    ["二〇二一年十二月三十一日前", P, null, [by("2021-12-31")]],
    ["十二月二十日前", P, 2021, [by("2021-12-20")]],
    ["九月底前", P, 2021, [by("2021-09-30")]],
  ],
  "starts, ranges and verbs after a date": [
    ["2021年12月底前起草完成", P, null, [by("2021-12-31")]],
    ["9月底前开始试运行", P, 2021, [by("2021-09-30")]],
    ["9月1日起草", P, 2021, [on("2021-09-01")]],
    ["9月1日起", P, 2021, none],
    ["从9月1日开始", P, 2021, none],
    ["2021年9月1日至2021年12月31日", P, null, [by("2021-12-31")]],
    ["8月9号—8月20号", T, 2021, [by("2021-08-20")]],
    ["8月9日-8月20日", T, 2021, [by("2021-08-20")]],
    ["6月1日至30日，县电视台滚动播出宣传标语", P, 2021, [by("2021-06-30")]],
    ["6月1至30日", T, 2021, [by("2021-06-30")]],
    ["2021.8", T, null, [by("2021-08-31")]],
    ["2021.12", T, null, [by("2021-12-31")]],
    ["升级到2021.8版本", P, null, none],
  ],
  "not deadlines": [
    ["及时公开", P, 2021, none],
    ["及时公开，市政府办公室不定期检查。", T, 2021, none],
    ["不定期", T, 2021, none],
    ["定期", T, 2021, none],
    ["按时反馈", T, 2023, none],
    ["征求意见期限一般不少于30日", P, 2022, none],
    ["解读材料原则上在文件公开后3个工作日内发布", P, 2022, none],
    ["对重大舆情原则上24小时内作出回应", P, 2022, none],
    ["30日内", T, 2022, none],
    ["预决算批复后及时公开", T, 2023, none],
    ["第一时间发布权威信息", P, 2021, none],
    ["从2021年起各单位政策多样化解读率不得低于90％", P, 2021, none],
    ["自2021年1月1日起施行", P, 2021, none],
    ["2021年是实施“十四五”规划的第一年", P, 2021, none],
    ["加强对2020年政府信息公开年报检查中发现问题的整改", P, 2021, none],
    ["年初梳理本年度县政府重大行政决策事项", P, 2021, none],
    ["京政办发〔2021〕12号", P, null, none],
    ["省政府令〔2020〕第247号", P, null, none],
    ["京政办发2021115号", P, null, none],
    ["《2021年上半年工作要点》", P, null, none],
    ["《关于做好2021年12月底前有关工作的通知》", P, 2021, none],
    ["统筹12345热线、3651890热线", P, 2021, none],
    ["试点工作期间", T, 2017, none],
    ["以优异成绩庆祝中国共产党成立100周年", P, 2021, none],
    ["2021年7月13日印发", P, 2021, none],
    ["2021年9月1日以来", P, 2021, none],
    ["2021年内部审计发现的问题", P, 2021, none],
    ["长期不更新", T, 2021, none],
    ["明确了年内完成和持续推进的12项任务", P, 2022, none],
    ["将低保补差水平从每人每月574元提高到每人每月609元", P, 2020, none],
    ["对困难老人每月补助200元", P, 2020, none],
    ["在本月底以前将垃圾死角清理完毕", P, 2020, [by(null)]],
    ["2024年一季度全县经济运行情况", P, 2024, none],
    ["一季度完成项目选址", P, 2024, [by("2024-03-31")]],
    ["应当于每年3月10日前报送年度报告，3月31日前向社会公布", P, 2010, [every("year"), every("year")]],
    ["请于每月25日（本次报送于6月26日）前报送进度表", P, 2022, [every("month"), by("2022-06-26")]],
    ["截至4月10日，有8项已提前完成", P, 2023, none],
    ["第四季度（11月份）：完成考核评估", T, 2023, [by("2023-11-30")]],
    ["截至2025年，全面完成改造任务", P, 2023, [by("2025-12-31")]],
    ["每年3月10日前报送年度报告。3月31日前完成本年度公布", P, 2010, [every("year"), by("2010-03-31")]],
    ["完成情况将纳入年底绩效考核", P, 2022, none],
    ["新开通公交线路8条。（年内完成）", P, 2022, [by("2022-12-31")]],
    ["（国办发〔2021〕12号）要求，2021年12月底前完成", P, null, [by("2021-12-31")]],
    ["2021年9月1日至12月31日开展专项行动", P, null, [by("2021-12-31")]],
    ["于7月17日下班前将纸质版报市政府督查室", P, 2019, [by("2019-07-17")]],
    ["围绕2018年全区完成的项目开展评估。", P, null, none],
  ],
  "events, past events, targets and damage (real pages)": [
    ["已经2013年2月25日市政府第57次常务（扩大）会议研究通过", P, null, none],
    ["经2022年3月1日县政府常务会议审议通过", P, null, none],
    ["整治时间：2021年6月23日-2021年7月1日", P, null, none],
    ["活动时间：2023年6月9日", P, null, none],
    ["公示时间：2015年6月1日至6月10日", P, null, none],
    ["时间：2021年11月30日上午9:00—12:00。", P, null, none],
    ["2023年6月9日（周五）上午10:00", P, null, none],
    ["请于2023年6月30日下午5点前报送", P, null, [by("2023-06-30")]],
    ["完成时间：2023年6月30日", P, null, [on("2023-06-30")]],
    ["2018年全区PM2.5浓度下降到52微克/立方米及以下。", P, null, [by("2018-12-31")]],
    ["4月底，全面完成企业整治。2018年，全区完成产业结构优化调整项目28项。", P, 2018, [by("2018-04-30"), by("2018-12-31")]],
    ["2018年是打赢蓝天保卫战的关键一年。", P, null, none],
    ["以防事故、保安全为主线，力争2025年全县道路交通事故死亡人数同比下降10%。", P, null, [by("2025-12-31")]],
    ["力争2024年是全面起势之年。", P, null, none],
    ["2020年，是新区实现高质量发展的关键之年。", P, null, none],
    ["决定将2025年作为攻坚年，从即日起至2025年12月31日，在全县范围内开展整治行动。", P, null, [by("2025-12-31")]],
    ["2020年，通过实施细颗粒物（PM2.5）和臭氧（O3）浓度协同控制，环境空气质量继续保持全省领先位置。", P, null, [by("2020-12-31")]],
    ["2016 年 6 底前", T, null, [by("2016-06-30")]],
    ["常态工作", T, 2016, [ongoing]],
    ["持续实施", T, 2016, [ongoing]],
  ],
};

describe("extractDeadlines: phrase table", () => {
  const rows = Object.entries(TABLE).flatMap(([cat, list]) => list.map((r) => [cat, ...r] as const));
  it("has at least 100 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });
  it.each(rows)("%s: %s (%s, year %s)", (_cat, text, mode, year, expected) => {
    expect(run(text, mode, year)).toEqual(expected);
  });
});

// Real sentences and cells from the seeds and the development set (fixtures/dev),
// as normalised input (simplified script, full-width CJK punctuation), with the deadlines
// their gold files expect.
const REAL: ReadonlyArray<readonly [string, string, Mode, number | null, readonly Expected[]]> = [
  ["seed 000", "在 2021年9月底前系统清理本机关现行有效规范性文件，通过政府网站的政府信息公开专栏集中公开。", P, 2021, [by("2021-09-30")]],
  ["seed 000", "潭市建设政府网站统一信息资源库。2021年12月底前，政府门户网站全部支持互联网协议第6版。", P, 2021, [by("2021-12-31")]],
  ["seed 000", "各部门主要负责同志每年至少听取1次政务公开工作汇报，专题研究部署推进政务公开工作", P, 2021, [every("year")]],
  ["seed 000", "形成年初部署、日常督促、季度督查、年终评议的考核管理机制。根据省政府每季度开展的政府网站和政务新媒体监测通报问题清单，第一时间督促各责任单位整改", P, 2021, none],
  ["seed 000", "健全完善政务舆情常态化处置回应机制，持续推进行政执法信息公开", P, 2021, none],
  ["seed 001", "20183月底前，完成基层政务公开标准化规范化试点任务", P, 2017, [by("2018-03-31")]],
  ["seed 001", "20171110日前", T, 2017, [by("2017-11-10")]],
  ["seed 001", "201711月底前", T, 2017, [by("2017-11-30")]],
  ["seed 001", "持续推进", T, 2017, [ongoing]],
  ["seed 001", "试点工作期间", T, 2017, none],
  ["seed 002", "各牵头单位和部门要于2021年9月1日、12月1日两个时间节点，将任务推进落实情况报县政府政务公开办公室。", P, 2021, [on("2021-09-01"), on("2021-12-01")]],
  ["seed 002", "（十六）狠抓任务落实。2021年8月底前，对上一年度工作要点落实情况开展“回头看”", P, 2021, [by("2021-08-31")]],
  ["seed 002", "为贯彻落实《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔2021〕12号）", P, 2021, none],
  ["seed 003", "市政府办公室每月对相关工作公开情况进行检查。", T, 2021, [every("month")]],
  ["seed 003", "及时公开，市政府办公室不定期检查。", T, 2021, none],
  ["seed 003", "立即落实并长期坚持。", T, 2021, [ongoing]],
  ["seed 003", "2021年9月15日前完成。", T, 2021, [by("2021-09-15")]],
  ["seed 003", "市政府办公室不定期对政府网站部门信息公开栏及政务新媒体管理工作进行检查；市政务服务平台与市政府门户网站及政务新媒体对接于2021年11月底前完成。", T, 2021, [by("2021-11-30")]],
  ["seed 003", "各镇（街道）、涉及单位每月底前将已公布标准目录执行情况报送至市政府办公室209室。", T, 2021, [every("month")]],
  ["seed 003", "提升解读质量。从2021年起各单位政策多样化解读率不得低于90％。", P, 2021, none],
  ["seed 003", "对《永济市2021年政务公开工作要点》进行细化分解，制定具体的落实方案，各单位分管负责人每季度至少听取一次政务公开工作汇报。", P, 2021, [every("quarter")]],
  ["seed 004", "各区县、各牵头单位于7月10日前将相关工作进展情况报市政府办公室。各县（区）、各部门要在11月30日前向市政府办公室报送本年度信息公开工作要点落实情况。", P, 2015, [by("2015-07-10"), by("2015-11-30")]],
  ["seed 004", "完善政府信息公开指南，市级行政机关年内要对本行政机关的公开指南进行复查", P, 2015, [by("2015-12-31")]],
  ["d01", "依法公开执法依据、执法程序和执法结果，规范行政裁量权行使。每季度更新“双随机、一公开”抽查计划和抽查结果", P, 2022, [every("quarter")]],
  ["d01", "集中公开项目审批、招标投标、施工管理、竣工验收等信息，三季度前完成市级重点项目信息公开专栏改版。", P, 2022, [by("2022-09-30")]],
  ["d01", "每月发布空气质量和重点河流断面水质状况，及时公开中央和省生态环境保护督察反馈问题整改进展。年底前完成全市重点排污单位环境信息依法披露情况核查。", P, 2022, [every("month"), by("2022-12-31")]],
  ["d01", "决策草案一律向社会公开征求意见，征求意见期限一般不少于30日。", P, 2022, none],
  ["d01", "解读材料原则上在文件公开后3个工作日内发布。健全政务舆情监测、研判、处置和回应机制，对涉及本地区的重大舆情原则上24小时内作出回应。", P, 2022, none],
  ["d01", "市直各部门要对照本要点细化工作措施，明确责任人员，于2022年11月30日前将落实情况书面报送市政府办公室。", P, 2022, [by("2022-11-30")]],
  ["d02", "常态化", T, 2023, [ongoing]],
  ["d02", "全年", T, 2023, [ongoing]],
  ["d02", "2023年7月前", T, 2023, [by("2023-06-30")]],
  ["d02", "2023年5月31日前", T, 2023, [by("2023-05-31")]],
  ["d02", "将政务公开工作纳入局年度目标管理考核，每半年通报一次各科室、各直属单位工作开展情况。", P, 2023, [every("half-year")]],
  ["d03", "围绕县政府工作报告确定的年度重点任务，每季度公开推进措施、工作进展和下一步安排。", P, 2021, [every("quarter")]],
  ["d03", "每月10日前。", T, 2021, [every("month")]],
  ["d03", "2021年10月底前，长期坚持。", T, 2021, [by("2021-10-31"), ongoing]],
  ["d03", "三季度前。", T, 2021, [by("2021-09-30")]],
  ["d03", "年初梳理本年度县政府重大行政决策事项，编制目录并向社会公开", P, 2021, none],
  ["d03", "县政务公开办分别于2021年7月15日、12月15日两个时间节点对各单位任务落实情况进行督查", P, 2021, [on("2021-07-15"), on("2021-12-15")]],
  ["d04", "每月底前", T, 2022, [every("month")]],
  ["d04", "2022年7月前", T, 2022, [by("2022-06-30")]],
  ["d04", "及时", T, 2022, none],
  ["d04", "依托12345热线汇总企业和群众高频咨询问题，编制政策问答库并每季度更新一次", P, 2022, [every("quarter")]],
  ["d04", "规范政务新媒体运维管理，开展政务新媒体日常监测和季度抽查", P, 2022, none],
  ["d04", "备注：各牵头单位于每季度末将任务进展情况报送市政府办公室，配合单位要积极支持牵头单位做好相关工作。", P, 2022, [every("quarter")]],
  ["d05", "每季度末", T, 2022, [every("quarter")]],
  ["d05", "年内", T, 2022, [by("2022-12-31")]],
  ["d05", "每年1月31日前", T, 2022, [every("year")]],
  ["d05", "第三季度", T, 2022, [by("2022-09-30")]],
  ["d05", "完成县政府门户网站适老化和无障碍改造，加强政务新媒体内容保障，杜绝长期不更新现象。", P, 2022, none],
  ["d05", "各牵头单位要加强统筹协调，于2022年12月10日前将全年任务完成情况报送县政府办公室政务公开科。", P, 2022, [by("2022-12-10")]],
  ["d06", "在区政府门户网站分类集中发布，9月底前完成惠企政策汇编上线。", P, 2022, [by("2022-09-30")]],
  ["d06", "二是公开辖区医疗机构服务项目、收费标准和就医指南，10月中旬前完成社区卫生服务中心公开栏规范化改造。", P, 2022, [by("2022-10-20")]],
  ["d06", "公开项目批准、招标投标、征收补偿、施工管理和竣工验收信息，第四季度开展一次项目信息公开情况专项检查。", P, 2022, [by("2022-12-31")]],
  ["d06", "严格落实突发事件信息发布制度，每周发布辖区安全生产和防汛工作动态", P, 2022, [every("week")]],
  ["d06", "各部门、各街道主要负责同志每年至少听取一次政务公开工作汇报，研究解决工作中的重要问题。", P, 2022, [every("year")]],
  ["d07", "全面公开县“十四五”规划纲要及专项规划，20216月底前完成历史规划集中归档公开。", P, 2021, [by("2021-06-30")]],
  ["d07", "解读材料与文件同步起草、同步审签、同步发布，20211015日前完成", P, 2021, [by("2021-10-15")]],
  ["d07", "对“僵尸”账号、“睡眠”账号依法关停整合，2021年上半年完成一轮全面清理。", P, 2021, [by("2021-06-30")]],
  ["d07", "县政府办公室每半年对各单位工作落实情况进行一次通报", P, 2021, [every("half-year")]],
  ["d07", "《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔202112号）", P, 2021, none],
  ["d08", "到2023年底", T, 2023, [by("2023-12-31")]],
  ["d08", "2024年1月31日前", T, 2023, [by("2024-01-31")]],
  ["d08", "2023年5月前", T, 2023, [by("2023-04-30")]],
  ["d08", "预决算批复后及时公开", T, 2023, none],
  ["d08", "于2023年4月28日前报送区政府办公室政务公开科。区政府办公室将每季度对任务落实情况进行调度", P, 2023, [by("2023-04-28"), every("quarter")]],
  ["d08", "开展政府网站和政务新媒体季度检查，通报检查发现的问题并督促整改", P, 2023, none],
];

describe("extractDeadlines: real sentences with their gold deadlines", () => {
  it.each(REAL)("%s: %s", (_src, text, mode, year, expected) => {
    expect(run(text, mode, year)).toEqual(expected);
  });
});

describe("extractDeadlines: text, offsets and notes", () => {
  it("keeps each phrase as written", () => {
    const texts = (t: string, mode: Mode = P) => extract(t, { mode, year: 2021 }).deadlines.map((d) => d.text);
    expect(texts("于2021年9月1日、12月1日两个时间节点")).toEqual(["2021年9月1日", "12月1日"]);
    expect(texts("到2023年底", T)).toEqual(["到2023年底"]);
    expect(texts("每月10日前", T)).toEqual(["每月10日前"]);
    expect(texts("立即落实并长期坚持", T)).toEqual(["立即落实并长期坚持"]);
    expect(texts("在 2021年9月底前系统清理")).toEqual(["2021年9月底前"]);
    expect(texts("每年1月31日前", T)).toEqual(["每年1月31日前"]);
    expect(texts("2021年6月底前，长期坚持", T)).toEqual(["2021年6月底前", "长期坚持"]);
  });

  it("reports a missing year", () => {
    const r = extract("请于9月底前报送", { mode: P, year: null });
    expect(r.deadlines).toEqual([{ text: "9月底前", date: null, kind: "by" }]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ code: "year-unknown", offset: 2 });
  });

  it("needs no note when the year comes from the sentence or the context", () => {
    expect(extract("2021年9月1日、12月1日", { mode: P, year: null }).notes).toEqual([]);
    expect(extract("9月底前", { mode: P, year: 2021 }).notes).toEqual([]);
  });

  it("notes every repaired date with the original and the repaired date", () => {
    const r = extract("完成时间：20183月底前", { mode: T, year: null });
    expect(r.deadlines).toEqual([{ text: "20183月底前", date: "2018-03-31", kind: "by" }]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0].code).toBe("repaired-date");
    expect(r.notes[0].offset).toBe(5);
    expect(r.notes[0].message).toContain("20183月底前");
    expect(r.notes[0].message).toContain("2018-03-31");
    for (const t of ["201711月底前", "20171110日前", "20216月底前", "20211015日前"]) {
      const codes = extract(t, { mode: T, year: 2021 }).notes.map((n) => n.code);
      expect(codes, t).toEqual(["repaired-date"]);
    }
  });

  it("takes the two-digit month when damaged digits allow two readings, and says so", () => {
    const r = extract("2021115日", { mode: T, year: null });
    expect(r.deadlines.map((d) => d.date)).toEqual(["2021-11-05"]);
    expect(r.notes.map((n) => n.code)).toEqual(["repaired-date", "ambiguous-date"]);
    expect(r.notes[1].message).toContain("2021-01-15");
  });

  it("drops a date that is not on the calendar, with a note", () => {
    const r = extract("2021年2月30日前", { mode: P, year: null });
    expect(r.deadlines).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(["invalid-date"]);
  });

  it("gives deadlines in order of appearance", () => {
    const r = extract("每月公开一次，2022年6月底前完成专栏建设，第三季度开展检查，每半年通报一次。", { mode: P, year: 2022 });
    expect(r.deadlines.map((d) => d.text)).toEqual(["每月", "2022年6月底前", "第三季度", "每半年"]);
  });
});

describe("toIsoDate", () => {
  it.each([
    ["2021年7月13日", "2021-07-13"],
    ["二〇二二年四月八日", "2022-04-08"],
    ["二〇二一年十二月三十一日", "2021-12-31"],
    ["2017-11-3 10:27:35", "2017-11-03"],
    ["2017-11-03 10:27", "2017-11-03"],
    ["2021.3.9", "2021-03-09"],
    ["2021/03/09", "2021-03-09"],
    [" 2021年7月13日 ", "2021-07-13"],
    ["2024年2月29日", "2024-02-29"],
  ])("%s → %s", (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });
  it.each([
    "2021年2月30日",
    "2023年2月29日",
    "2021年13月1日",
    "2021-02-29",
    "2021年12月",
    "2021年12月底前",
    "2021.3",
    "abc",
    "",
    "2021-11-30前",
  ])("%s → null", (text) => {
    expect(toIsoDate(text)).toBeNull();
  });
});

describe("extractDeadlines runs in linear time", () => {
  /** Minimum of a few runs: robust against a busy machine. */
  function timeOf(text: string, mode: Mode, runs = 3): number {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      extract(text, { mode, year: 2021 });
      best = Math.min(best, performance.now() - t0);
    }
    return Math.max(best, 1);
  }
  const MB = 1_000_000;
  /** size of each sample; the ratio does not depend on it when the cost is linear */
  const SAMPLE = MB / 4;
  const fill = (unit: string, size = SAMPLE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  /** A deterministic pseudo-random line of CJK characters (no line breaks, no punctuation). */
  function randomCjk(size: number): string {
    let seed = 12345;
    const codes = new Uint16Array(size);
    for (let i = 0; i < size; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      codes[i] = 0x4e00 + ((seed >>> 8) % 20000);
    }
    let s = "";
    for (let i = 0; i < size; i += 8192) s += String.fromCharCode(...codes.subarray(i, i + 8192));
    return s;
  }
  // ordinary plan prose, dense in dates, frequencies and numbers
  const PROSE =
    "（一）做好各类规划主动公开。2021年12月底前，在政府门户网站政府信息公开专栏主动公开国民经济和社会发展第十四个五年规划纲要。" +
    "各单位要于2021年9月1日、12月1日两个时间节点将任务推进落实情况报县政府办公室，每季度至少听取一次政务公开工作汇报。" +
    "按照《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔2021〕12号）要求，及时公开建设高标准市场体系行动方案。" +
    "征求意见期限一般不少于30日，年底前完成全市重点排污单位环境信息依法披露情况核查，三季度前完成专栏改版。\n";

  it("costs about the same per MB on adversarial text as on ordinary plan text", { timeout: 120_000 }, () => {
    // mode "time" runs every rule (prose skips the ongoing words), so it is the costlier one
    const baseline = fill(PROSE);
    timeOf(baseline, T); // warm up
    const base = timeOf(baseline, T);
    const adversarial: Array<[string, string]> = [
      ["random CJK", randomCjk(SAMPLE)],
      ["每", fill("每")],
      ["年", fill("年")],
      ["月", fill("月")],
      ["2021年", fill("2021年")],
      ["digits", fill("2021")],
      ["每月", fill("每月")],
      ["1月底前", fill("1月底前")],
      ["十月", fill("十月")],
      ["9月1日至", fill("9月1日至")],
      ["长期", fill("长期")],
      ["《", fill("《")],
      ["〔2021", fill("〔2021")],
    ];
    for (const [name, text] of adversarial) {
      const t = timeOf(text, T);
      expect(t / base, `${name}: ${t.toFixed(0)} ms vs ${base.toFixed(0)} ms for ordinary text`).toBeLessThan(20);
    }
  });

  it("handles a 5 MB line of random CJK like 5 MB of ordinary text", { timeout: 120_000 }, () => {
    const base = timeOf(fill(PROSE, 5 * MB), T, 2);
    const t = timeOf(randomCjk(5 * MB), T, 2);
    expect(t / base).toBeLessThan(20);
  });
});

describe("a period that qualifies a noun is not a time limit", () => {
  it.each([
    ["汇总通报上半年任务落实情况", []],
    ["一季度数据同步公开", []],
    ["上半年完成专栏建设", ["2023-06-30"]],
    ["三季度前完成改版", ["2023-09-30"]],
  ])("%s", (text, dates) => {
    expect(extract(text, { year: 2023, mode: "prose" }).deadlines.map((d) => d.date)).toEqual(dates);
  });
});
