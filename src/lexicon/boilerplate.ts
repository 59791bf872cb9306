// Portal boilerplate that scraping leaves in the text: breadcrumbs, reading
// widgets, footers, editor lines. Each rule is a pattern over one normalised,
// trimmed line and the reason reported in the warning. Rules are anchored at the
// start of the line or use words that do not occur in the genre's prose, so that
// a body sentence mentioning 电话 or 网站 is never dropped.

export interface BoilerplateRule {
  reason: string;
  pattern: RegExp;
}

/** Page switches that appear side by side in a portal's top bar. */
const SWITCHES = "无障碍阅读|无障碍版|无障碍浏览|网站无障碍|无障碍|长者助手|长者模式|长辈版|关怀版|适老版|老年版|大字版|简体|繁体|繁體|English|手机版|移动版|登录|注册|读屏|语音播报|政务微博|政务微信|微博|微信|客户端下载|客户端|下载APP|开通VIP|开通会员|设为首页|加入收藏|收藏本站|返回首页|打印整页|打印内容|打印本页|打印|分享|关闭窗口|关闭";

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  { reason: "breadcrumb", pattern: /^(?:您|你)?(?:当前|现在)?(?:所在)?(?:的)?位置\s*[：:>]/ },
  { reason: "breadcrumb", pattern: /^首页\s*(?:[>›»|｜/]|$)/ },
  // a portal's menu bar: 首页　政务公开　政务服务　政民互动
  { reason: "breadcrumb", pattern: /^(?:网站|门户)?首页(?:\s+[\u4e00-\u9fff]{2,6}){2,}\s*$/ },
  // the rest of a breadcrumb broken onto its own line: >> 专题专栏 >> 归档专题
  { reason: "breadcrumb", pattern: /^(?:>{1,2}|»|＞{1,2})\s*[^>»＞]{1,20}(?:(?:>{1,2}|»|＞{1,2})\s*[^>»＞]{1,40})*$/ },
  { reason: "breadcrumb", pattern: /^[\u4e00-\u9fff]{2,16}(?:\s*[>＞›»]{1,2}\s*[\u4e00-\u9fff]{2,16}){2,}\s*$/ },
  { reason: "reading widget", pattern: /(?:选择阅读字号|阅读字号|字号\s*[：:]?\s*[[［【]?\s*大\s*中\s*小|字体\s*[：:]\s*大\s*中\s*小|阅读次数|浏览次数|访问次数|浏览量\s*[：:]|阅读量\s*[：:]|访问量\s*[：:]|点击量\s*[：:]|点击数\s*[：:]|^(?:浏览|点击|阅读|访问)\s*[：:]\s*\d*\s*$)/ },
  { reason: "article info line", pattern: /^(?:(?:发布|更新|发表)?(?:时间|日期)\s*[：:]\s*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$/ },
  { reason: "article info line", pattern: /^(?:来源|信息来源|作者)\s*[：:].{0,40}?(?:发布时间|发布日期|时间)\s*[：:]/ },
  // (a date alone after its label: 时间：2021-02-25)
  // (发布日期：, 发布时间： are metadata labels; 时间： alone is the page's)
  { reason: "article info line", pattern: /^时间\s*[：:]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$/ },
  { reason: "article info line", pattern: /(?:^|\s)(?:[\u4e00-\u9fff]{0,2}时间|[\u4e00-\u9fff]{0,2}日期)\s*[：:]\s*\d{4}.{0,40}来源\s*[：:]|^[^。，；]{0,30}(?:www\.|门户网站)[^。，；]{0,40}(?:时间|来源)\s*[：:]/ },
  { reason: "reading widget", pattern: /^(?:分享到|分享至|打印本页|关闭窗口|【打印】|【关闭】|【我要纠错】|\[打印\]|\[关闭\]|扫一扫|收藏|返回顶部|返回首页|返回列表)/ },
  { reason: "reading widget", pattern: /^分享\s*[：:]/ },
  // a login bar: 登录 | 注册
  { reason: "reading widget", pattern: /^(?:登录|注册|退出|个人中心)(?:\s*[|｜/]?\s*(?:登录|注册|退出|个人中心))+\s*[|｜]?$/ },
  // a pop-up's close button
  { reason: "reading widget", pattern: /^[xX×✕✖]$/ },
  { reason: "reading widget", pattern: /^(?:打印|关闭|收藏|分享|打印本页|关闭窗口|返回|朗读|字体|听全文|朗读全文|语音播报|大字版|无障碍|长辈版|关怀版|适老版|繁体|繁體|简体|English|登录|注册|正文|目录|文章属性|文章信息|信息详情|文章详情|政务微信|政务微博|官方微信|官方微博|微信|微博|手机版|移动版|导航菜单|网站导航|栏目导航|主导航|菜单|展开|收起|展开全文|收起全文)$/ },
  { reason: "reading widget", pattern: /^[\[【［]?字(?:体|号)\s*[：:【\[]/ },
  { reason: "article info line", pattern: /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}[:：]\d{2}$/ },
  // a screen reader's message (不能读取语音阅读器)
  { reason: "reading widget", pattern: /^(?:不能|无法)(?:读取|加载|打开)?语音(?:阅读器|朗读)/ },
  { reason: "reading widget", pattern: /^(?:[【[［](?:打印|关闭|打印本页|关闭窗口|我要纠错|纠错|收藏|返回顶部|返回|字体|大|中|小|红|黄|蓝|绿|白|黑|灰|默认|恢复默认|护眼)[】\]］]\s*)+$/ },
  // accessibility and version switches on one line (无障碍版 长者助手, 丨 网站无障碍 丨 关怀版)
  { reason: "reading widget", pattern: new RegExp(`^[丨|｜\\s]*(?:${SWITCHES})(?:[丨|｜\\s]+(?:${SWITCHES}))+[丨|｜\\s]*$`) },
  // a site search box, and an article line of a date and reading tools (2021-07-16 字体)
  { reason: "reading widget", pattern: /^(?:在(?:整个|本)?(?:网站|站点)(?:范围)?内搜索|站内搜索|全站搜索|本站搜索)$|^请输入(?:关键字|关键词|搜索内容|检索词)\s*(?:搜索|检索)?$/ },
  { reason: "reading widget", pattern: /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:字体|字号|【?打印|分享|大\s*中\s*小)/ },
  // a reading tool's colour and size settings, one per line (字体颜色： [红] … 保护视力色： 恢复默认)
  { reason: "reading widget", pattern: /^(?:(?:字体|文字|背景|页面)(?:颜色|大小)|字号大小|背景色|保护视力色|护眼模式|护眼色|恢复默认|默认字体)\s*[：:]?\s*$/ },
  { reason: "file name", pattern: /^\S.{0,80}\.(?:docx?|pdf|xlsx?|wps|et)$/i },
  { reason: "reading widget", pattern: /^(?:打印|关闭|保存|收藏)(?:本页|窗口)?(?:\s+(?:打印|关闭|保存|收藏)(?:本页|窗口)?|\s*【我要纠错】)+\s*$/ },
  { reason: "neighbouring article link", pattern: /^(?:上一篇|下一篇|上一条|下一条)\s*[：:]/ },
  { reason: "related links", pattern: /^(?:相关链接|友情链接|相关文章|相关阅读|相关文件|相关解读|相关新闻|相关信息|推荐阅读|往期推荐|往期回顾|热点推荐|猜你喜欢)\s*[：:]?\s*$|^(?:相关链接|友情链接|相关文章|相关阅读|相关文件|相关解读)\s*[：:]/ },
  // 主办/承办 are a site footer only beside another footer word: 主办单位：X，协办单位：Y
  // after a task assigns it.
  { reason: "footer", pattern: /^(?:主办|承办|主办单位|承办单位)\s*[：:].*(?:承办|技术支持|维护|网站|ICP|标识码|电话|地址|版权|邮编)/i },
  { reason: "footer", pattern: /^(?:维护单位|技术支持|网站维护)\s*[：:]/ },
  { reason: "footer", pattern: /^(?:免责声明|版权声明|转载声明)\s*[：:]/ },
  // a site's owner alone on a line: 某省人民政府办公厅主办 (承办 / 维护 beside it)
  { reason: "footer", pattern: /^[\u4e00-\u9fff（）()]{4,30}主办(?:\s+[\u4e00-\u9fff（）()]{2,30}(?:承办|维护|技术支持))*$/ },
  { reason: "footer", pattern: /^(?:网站地图|联系我们|版权所有|copyright)/i },
  { reason: "footer", pattern: /(?:ICP备|ICP证|公网安备|网站标识码|网站识别码)/i },
  // a filing number left on its own line under 某公网安备
  { reason: "footer", pattern: /^\d{10,}号?$/ },
  { reason: "footer", pattern: /^(?:电话|联系电话|咨询电话|办公电话|电子邮件|邮箱|传真|地址|邮编)\s*[：:]\s*[\d\-\w@.（）()]{5,}/ },
  { reason: "footer", pattern: /建议使用.{0,30}(?:分辨率|浏览器)|(?:最佳|推荐)(?:浏览|分辨率)/ },
  { reason: "related links", pattern: /^(?:相关附件|附件下载)\s*[：:]\s*(?:无|暂无)?\s*$/ },
  { reason: "editor line", pattern: /^(?:审核|责任编辑|编辑|校对|审签|终审|初审|复审|来源|信息来源|作者|发布人|录入|撰稿|供稿)\s*[：:]\s*\S{0,12}(?:\s+(?:审核|责任编辑|编辑|校对)\s*[：:]\s*\S{0,12})*(?:\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$/ },
  { reason: "social-media header", pattern: /^(?:原创\s|微信号\s|功能介绍\s|点击上方.{0,8}关注|长按.{0,8}(?:识别|关注)|阅读原文$|分享\s*收藏|点赞\s*在看|预览时标签不可点)/ },
  // a numbered list of other articles with their dates (1. 关于…的通知 2021-07-13)
  { reason: "link list", pattern: /^\d{1,3}[.、．]?\s*\S.{3,80}?(?:通知|通报|意见|方案|要点|办法|公告|决定|解读)\s+\d{4}-\d{1,2}-\d{1,2}$/ },
  // a forum's bar for guests (a repost on a bulletin board)
  { reason: "forum bar", pattern: /(?:马上注册|立即注册|没有账号|才可以(?:下载或)?查看|结交更多好友|享用更多功能|轻松玩转社区)/ },
  // a document-sharing site's preview label and member notes (内容预览：, 全文共926字，仅供站内会员…)
  { reason: "forum bar", pattern: /^(?:内容预览|文档预览|预览)\s*[：:]?\s*$|^全文共\d+字|仅供站内会员|加入会员|刷新页面|登录网站/ },
  { reason: "download link", pattern: /^(?:点击下载|下载附件|附件下载|点击下载此文件|点击查看)/ },
  { reason: "site address", pattern: /^(?:https?:\/\/|www\.)\S+(?:\s|$)/i },
  // a sharing site's note that users uploaded the text: the page's dates are the upload's
  { reason: "upload note", pattern: /来源于网友上传|由网友上传|不代表本站观点/ },
  // a page number a PDF viewer left on its own line (P. 22, - 16 -)
  // (the dash before it is stripped as a bullet: - 16 - is looked at as 16 -)
  { reason: "page number", pattern: /^(?:P\.\s*\d{1,4}|[-—–－]?\s*\d{1,4}\s*[-—–－])$/ },
  // a report form's own header: who fills it in and when (单位（盖章）：… 填报时间：…)
  { reason: "form header", pattern: /^(?:填报)?单位\s*[（(]盖章[）)]\s*[：:]|^填报(?:单位|时间|日期|人)\s*[：:]/ },
  // a sharing site's search box and its name with its slogan (某某文档网 - 免费文档分享平台)
  { reason: "reading widget", pattern: /^(?:搜索文档|文档搜索)?\s*热门搜索\s*[：:]|^搜索文档(?:\s|$)/ },
  { reason: "site name", pattern: /^[\u4e00-\u9fff]{2,12}(?:网|平台)\s*[-–—|｜]\s*[\u4e00-\u9fff]{2,20}(?:平台|网站|网)$/ },
  // a mirror's name and its tagline (政策文库镜像站 - 各地政策法规免费查询)
  { reason: "site name", pattern: /^[\u4e00-\u9fff]{2,12}(?:站|网|文库|之家)\s+[-–—|｜]\s+[\u4e00-\u9fff]{2,20}(?:查询|下载|阅读|分享|检索|大全)$/ },
  // a site's name on a line of its own: 某区人民政府网, 某市数字图书馆·地方文献数据库
  { reason: "site name", pattern: /^[\u4e00-\u9fff·・]{2,24}(?:人民政府网|政府网|门户网站|政务网|文献数据库|数据库)$/ },
];

/** The reason a line is boilerplate, or null. `line` is trimmed and normalised; a bullet before it is ignored (• 来源：…). */
export function boilerplateReason(line: string): string | null {
  if (!line) return null;
  const bare = line.replace(LEADING_BULLETS, "");
  // (a dash alone is a table's empty cell: —— under 责任单位)
  if (!bare) return /^[-–—－]{1,4}$/.test(line) ? null : "bullet";
  for (const r of BOILERPLATE_RULES) if (r.pattern.test(bare)) return r.reason;
  return null;
}

const LEADING_BULLETS = /^[•·‧・●◆■□▪►▶◇○√\-–—\s]+/;

/**
 * A site's owner on a line of its own (主办单位：某市人民政府办公室): a footer when it stands
 * next to a footer line; elsewhere it may assign a task.
 */
export const SITE_OWNER_LINE = /^(?:主办|承办|协办)(?:单位)?\s*[：:]\s*[^，,；;。、\s]{2,30}$/;

/** An item of a site's menu on a line of its own: a short word (教育专区, 排行榜, 上传文档). */
export const MENU_ITEM = /^[\u4e00-\u9fff]{2,6}$/;

/** A PDF flipbook's page header before the document's title: Page 22 - 关于印发…的通知. */
export const FLIPBOOK_HEADER = /^Page\s*\d{1,4}\s*[-–—]\s*(?=[\u4e00-\u9fff《])/i;
/** A mirror's mark that the text goes on from the page before ([接上页], （续上页）, （上接第2页）) opening a line. */
export const CONTINUED_MARK = /^[[［【(（]\s*(?:接上页|续上页|上接第?\s*\d{0,3}\s*页|承上页)\s*[\]］】)）]\s*/;

/** After a "related links" heading, the list of other articles under it. */
export const RELATED_ITEM = /^(?:[^。；，,：:]{4,40}$|[\u4e00-\u9fff]{2,4}[：:][^。；，,：:]{4,40}$|[·•\-*◆●■▪►>]\s*\S|.{4,80}?(?:\s|　)\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$|[^。；]{6,80}(?:通知|通报|意见|方案|要点|办法|公告|决定|解读)$)/;
