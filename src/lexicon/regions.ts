// Administrative divisions: the suffixes of region names, longest first, and what
// may not follow a one-character suffix (it would be the middle of a word).

export const REGION_SUFFIXES: readonly string[] = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "街道", "省", "市", "州", "盟", "县", "区", "旗", "镇", "乡"];
/** One-character suffixes that may stand twice in a name (青州市, 贵州省). */
export const SINGLE_SUFFIX = /^[省市州盟县区旗]/;
/** What may not follow a region name: it would be the middle of a word (市场, 区域, 县直, 市长; not 上海市长宁区). */
export const NOT_AFTER_REGION = /^(?:场|域|直|级|属|长(?![\u4e00-\u9fff]{1,3}[市区县])|内|外)/;
/** Words a title starts with that are no region. */
export const NOT_A_REGION_START = /^(?:关于|印发|转发|各|本|全)/;
/** A place masked or left blank in a template (XX县, xx镇, **县, ××市): a placeholder, no region. */
export const PLACEHOLDER_PLACE = /^[xX×＊*○〇□]{1,4}[\u4e00-\u9fff]/;
/** Words after a first level that are part of an organisation, not a second level (市人民政府). */
export const NOT_A_SECOND_LEVEL = /^(?:人民|政府|党委|委员)/;
/** Words that no place name contains: a "region" holding them is the start of a sentence (贯彻落实省…). */
export const NOT_IN_A_PLACE = /贯彻|落实|推进|加强|深化|全面|进一步|关于|印发|做好|开展|实施|建设|政府|人民|工作|住房/;
/** Provinces by the short names bodies are named with (湖北证监局). */
export const PROVINCE_SHORT: readonly string[] = [
  "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
  "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆",
];
