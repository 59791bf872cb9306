// Words of the document's own structure (GB/T 9704 elements and plan titles):
// what a plan title, a notice title, an attachment title ends with, the banner
// and notes of the head, and how a closing paragraph starts.

/** Words a plan title ends with. */
export const PLAN_TITLE_WORDS =
  "要点|方案|分解表|分工表|分工|计划|安排|清单|细则|办法|意见|措施|任务表|台账|规划|责任表|任务书|一览表|实施意见|工作任务|重点任务|工作目标|若干规定|责任书|任务分解|责任分解|分解" +
  // reports on how a plan's tasks stand (…民生实事完成情况表, …第四季度落实情况)
  "|情况表|完成情况|落实情况|进展情况|推进情况|情况报告" +
  // standing rules that divide duties, and school calendars (…政务公开工作制度, …学期校历)
  "|制度|工作规定|暂行规定|校历|行事历";
/** …the plan word, then a note in brackets or the department it is for (…责任分工-市交通运输局). */
export const PLAN_TITLE_ENDINGS = new RegExp(
  `(?:${PLAN_TITLE_WORDS})(?:[（(][^（）()]{1,20}[）)])?(?:\\s*[-—－]\\s*[\u4e00-\u9fff]{1,15}(?:局|委|办|厅|院|中心|政府|办公室))?$`,
);

/** A count under a title, no part of it: （共118项）, (30项). */
export const COUNT_NOTE = /^[（(]共?[\d一二三四五六七八九十百]+(?:项|条|件)[）)]$/;

/** The covering document is a 通知, or a 函 (关于印送…的函). */
export const NOTICE_TITLE_END = /(?:通知|的函|通知》)$/;

/** Verbs of a notice that issues or forwards a plan (关于印发X的通知). */
export const ISSUING_VERBS = /印发|转发|印送/;

/** 发文机关标志: 某某县人民政府文件. */
export const BANNER = /^[\u4e00-\u9fff（）]{2,30}文件$/;

/** A note line of the head or signature: （此件公开发布）, （联系人：…）, and a seal used for another body (（某局代章）). */
export const NOTE_LINE = /^[（(](?:(?:此件|本件|此页|联系人|此文件|发至)[^）)]*|[^（）()]{2,30}(?:代章|代印|代发))[）)]?$|^(?:此件|本件)(?:公开发布|主动公开|依申请公开|不予公开)$/;

/** What an attachment title ends with, once it names a table, list or plan. */
export const ATTACHMENT_TITLE_END = /(?:表|单|安排|方案|要点|小组|清单|目录|办法|细则|分工|计划|名单|指南|模板|模版|样表|台账)$/;

/** Paragraphs that address everyone after the last item: the closing. */
export const CLOSING_START = /^(?:各|请各|本(?:要点|方案|通知|计划)|以上|上述|备注|注[：:])/;

/** A portal channel name standing alone above an article's title (• 政府信息公开): never part of the title. */
export const CHANNEL_NAME =
  /^[•·◆●■▪‧・\-\s]*(?:政府信息公开|信息公开|政务公开|通知公告|政策文件|政策法规|法律法规|政策解读|部门文件|规范性文件|法规文件|其他文件|工作动态|公示公告|新闻头条|头条新闻|要闻动态|决策部署落实情况|重点领域信息公开|[\u4e00-\u9fff]{2,20}(?:主站|门户网站|政府网|官网)|[\u4e00-\u9fff]{2,8}(?:资讯网|新闻网|信息网|网))$/;

/** Bullets before a line (• 索引号：…, ◆牵头单位：…); Big5 pages show • as ‧, Japanese-style pages as ・. */
export const BULLETS = "•·‧・●◆■□▪★☆►▶◇○√∙";
