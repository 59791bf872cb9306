// The labels of a portal's metadata block (索引号, 信息分类, 发布机构, 成文日期, 文号 …)
// and the Document.meta field each fills. `block` says how the label marks a
// metadata block in an HTML page: "strong" alone, "weak" only beside others;
// labels without it are read in text but never used to find the block.
import type { MetaKey } from "./types.js";

export interface MetaLabel {
  label: string;
  key: MetaKey;
  block?: "strong" | "weak";
}

const row = (label: string, key: MetaKey, block?: "strong" | "weak"): MetaLabel => ({ label, key, block });

export const META_LABELS: readonly MetaLabel[] = [
  row("索引号", "indexNumber", "strong"),
  row("信息索引号", "indexNumber"),
  row("信息分类", "category", "strong"),
  row("主题分类", "category", "strong"),
  row("内容分类", "category", "strong"),
  row("所属分类", "category"),
  row("组配分类", "category"),
  row("所属主题", "category"),
  row("文件分类", "category"),
  row("发布机构", "publisher", "strong"),
  row("发文机关", "publisher", "strong"),
  row("发文单位", "publisher"),
  row("发布单位", "publisher"),
  row("制定机关", "publisher"),
  row("公开主体", "publisher"),
  row("发布机关", "publisher"),
  row("所属机构", "publisher"),
  row("文号", "docNumber", "weak"),
  row("发文字号", "docNumber", "strong"),
  row("文件编号", "docNumber"),
  row("发文文号", "docNumber"),
  row("发布文号", "docNumber"),
  row("政策文号", "docNumber"),
  row("发文序号", "docNumber"),
  row("主题词", "keywords", "strong"),
  row("关键词", "keywords"),
  row("关键字", "keywords"),
  row("有效性", "validity", "strong"),
  row("效力状态", "validity"),
  row("时效性", "validity"),
  row("时效", "validity", "weak"),
  row("公文时效", "validity"),
  row("文件时效", "validity"),
  row("成文日期", "writtenDate", "strong"),
  row("成文时间", "writtenDate"),
  row("生成日期", "writtenDate"),
  row("公文生成日期", "writtenDate"),
  row("产生日期", "writtenDate"),
  row("发文日期", "publishedDate", "strong"),
  row("发布日期", "publishedDate", "strong"),
  row("发布时间", "publishedDate"),
  row("公开日期", "publishedDate"),
  row("公布日期", "publishedDate"),
  row("生效日期", "effectiveDate", "strong"),
  row("生效时间", "effectiveDate"),
  row("实施日期", "effectiveDate"),
  row("施行日期", "effectiveDate"),
  row("名称", "title", "weak"),
  row("标题", "title", "weak"),
  row("文件名称", "title"),
  row("信息名称", "title"),
  row("废止日期", "ignore", "weak"),
  row("废止时间", "ignore"),
  row("失效日期", "ignore"),
  row("公开方式", "ignore"),
  row("公开属性", "ignore"),
  row("公开类型", "ignore"),
  row("公开形式", "ignore"),
  row("公开目录", "ignore"),
  row("公开责任部门", "ignore"),
  row("公开期限", "ignore"),
  row("存放位置", "ignore"),
  row("效力等级", "ignore"),
  row("公开范围", "ignore"),
  row("公开时限", "ignore"),
  row("体裁分类", "ignore"),
  row("服务对象分类", "ignore"),
  row("来源", "ignore"),
  row("统一编号", "ignore"),
  row("联合发文单位", "ignore"),
  row("文件来源", "ignore"),
  row("制发单位", "publisher"),
  row("发文机构", "publisher"),
  row("文件类型", "ignore"),
  row("文种", "ignore"),
  row("公文种类", "ignore"),
  row("内容概述", "ignore"),
  row("摘要", "ignore"),
];

/** Traditional forms of the characters used in the labels (HTML is read before conversion). */
export const LABEL_CHAR_VARIANTS: Readonly<Record<string, string>> = {
  号: "號", 类: "類", 题: "題", 发: "發", 机: "機", 构: "構", 关: "關", 词: "詞",
  称: "稱", 标: "標", 内: "內", 废: "廢",
};
