// The output contract (docs/output.md, schema version 1) as one zod schema.
// Every Document is validated against it before it is emitted; the TypeScript
// types of the public API are inferred from it, and `gkparse schema` prints the
// JSON Schema generated from it.
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const nonEmpty = z.string().min(1);

export const WarningSchema = z
  .object({
    code: nonEmpty.describe("stable machine-readable code, e.g. repaired-docnumber; `gkparse warnings` lists them with their severity"),
    message: nonEmpty.describe("what was repaired, guessed or skipped, for people (may change between versions)"),
    line: z.number().int().nonnegative().describe("1-based input line, 0 when not tied to a line"),
  })
  .describe("a repair, guess or skipped piece");

export const DeadlineSchema = z
  .object({
    text: nonEmpty.describe("the phrase as written, e.g. 2021年12月底前, 每季度, 持续推进"),
    date: isoDate.nullable().describe("the due or fixed date, YYYY-MM-DD; null for recurring and ongoing deadlines, or when no year is known"),
    kind: z
      .enum(["by", "on", "recurring", "ongoing"])
      .describe("by: due by the date; on: on a fixed date; recurring: repeated (see every); ongoing: a standing task (持续推进, 长期坚持, 常态化)"),
    every: z.enum(["week", "month", "quarter", "half-year", "year"]).optional().describe("for recurring deadlines: how often (每周, 每月, 每季度, 每半年, 每年)"),
    line: z.number().int().positive().describe("1-based input line the phrase stands on"),
  })
  .describe("a time limit of a task");

export const TaskSchema = z
  .object({
    id: nonEmpty.describe("unique within the document: the numbering path joined by / (一/（一）), -2 for a second part of one item, notice/N, preamble/N, closing/N for paragraphs outside the numbering"),
    path: z.array(nonEmpty).describe('numbering path, e.g. ["一","（一）"] or ["附件1","3"]'),
    section: z.string().nullable().describe("title of the enclosing section (or of the table group the row belongs to)"),
    title: z.string().nullable().describe("the item's heading (up to the first 。) or the table's task cell"),
    text: z.string().describe("the task's full text; for a table row, its cells joined"),
    leadUnits: z.array(nonEmpty).describe("lead units (牵头单位, X牵头, 主办单位), as written"),
    responsibleUnits: z.array(nonEmpty).describe("responsible units (责任单位, X负责落实, a plain 责任 column), as written"),
    cooperatingUnits: z.array(nonEmpty).describe("cooperating units (配合单位, X配合, 协办单位), as written"),
    deadlines: z.array(DeadlineSchema).describe("the task's time limits, in order of appearance"),
    origin: z.enum(["body", "table", "attachment"]).describe("body: a prose plan; table: a plan written as a table; attachment: a task table in an attachment"),
    line: z.number().int().positive().describe("1-based line of the decoded input where the task starts"),
    sameAs: nonEmpty
      .optional()
      .describe("for a row of an attachment's task table that restates a task of the body: that task's id (count the pair once)"),
  })
  .describe("an actionable item: the lowest numbered item, a table row, or a paragraph with its own assignment or deadline");

export interface ItemShape {
  number: string;
  title: string;
  text: string;
  items: ItemShape[];
}

export const ItemSchema: z.ZodType<ItemShape> = z.lazy(() =>
  z
    .object({
      number: nonEmpty.describe("as written: （一）, 1., （1）"),
      title: z.string().describe("the heading up to the first 。, or the whole line of a heading-only line"),
      text: z.string().describe("prose before the first child item"),
      items: z.array(ItemSchema).describe("child items"),
    })
    .describe("a numbered item of a section"),
);

export const SectionSchema = z
  .object({
    number: nonEmpty.describe("the section numeral, e.g. 一"),
    title: z.string().describe("the heading up to the first 。"),
    text: z.string().describe("prose before the first item"),
    items: z.array(ItemSchema).describe("the section's numbered items"),
  })
  .describe("a top-level section of the plan (一、…), or a group row of a table plan");

export const TableSchema = z
  .object({
    header: z.array(z.string()).describe("the header row's cells"),
    rows: z.array(z.array(z.string())).describe("the rows' cells, merged cells filled"),
  })
  .describe("a table of an attachment");

export const AttachmentSchema = z
  .object({
    label: nonEmpty.describe("as written: 附件1, 附件"),
    title: z.string().nullable().describe("the attachment's title"),
    text: z.string().describe("the attachment's text"),
    tables: z.array(TableSchema).describe("its tables"),
  })
  .describe("an attachment (附件)");

export const MetaSchema = z
  .object({
    indexNumber: nonEmpty.describe("索引号"),
    category: nonEmpty.describe("信息分类 / 主题分类"),
    publisher: nonEmpty.describe("发布机构"),
    docNumber: nonEmpty.describe("文号"),
    keywords: z.array(nonEmpty).describe("主题词"),
    validity: nonEmpty.describe("有效性"),
    writtenDate: isoDate.describe("成文日期, YYYY-MM-DD"),
    publishedDate: isoDate.describe("发布日期 / 发文日期, YYYY-MM-DD"),
    effectiveDate: isoDate.describe("生效日期, YYYY-MM-DD"),
  })
  .partial()
  .strict()
  .describe("the portal's metadata block: only the keys found");

export const NoticeSchema = z
  .object({
    title: z.string().nullable().describe("the notice's title; null when the page shows none"),
    docNumber: z.string().nullable().describe("发文字号, e.g. 某政办发〔2021〕16号 (else the metadata's 文号)"),
    issuer: z.string().nullable().describe("发文机关"),
    addressees: z.array(nonEmpty).describe("主送机关"),
    date: isoDate.nullable().describe("成文日期, YYYY-MM-DD (else the metadata's date)"),
    body: z.string().describe("the notice's text"),
  })
  .describe("the covering notice (通知 or 函)");

export const UnitMentionSchema = z
  .object({
    task: nonEmpty.describe("the id of the task that names the unit"),
    role: z.enum(["lead", "responsible", "cooperating"]).describe("the unit's role in that task"),
    line: z.number().int().positive().describe("1-based input line where the unit is named"),
  })
  .describe("one place where a unit is given a task");

export const UnitSchema = z
  .object({
    name: nonEmpty.describe("the unit as the document writes it (as in the tasks' unit lists)"),
    canonical: nonEmpty.describe("the official full name at its level, short forms expanded, level word added (县人民政府办公室)"),
    qualified: z.string().nullable().describe("the place and the name (南屏县人民政府办公室), which tells the unit apart across documents; null when the place cannot be known"),
    collective: z.boolean().describe("a group of units (各乡镇人民政府, 县直有关部门) rather than one body"),
    mentions: z.array(UnitMentionSchema).describe("every task that names it, with the role and the line"),
  })
  .describe("a unit named by the document's tasks");

export const SourceSchema = z
  .object({
    path: z.string().describe("the input path as given (- for standard input)"),
    bytes: z.number().int().nonnegative().describe("size of the input in bytes"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the input bytes, hex"),
    encoding: z.enum(["utf-8", "gb18030", "big5", "utf-16le", "utf-16be"]).describe("the input's encoding (WHATWG label); GBK and GB2312 are reported as gb18030"),
    format: z
      .enum(["text", "html", "markdown", "csv", "pdf-text"])
      .describe("the reader that read the input, chosen by content: text, html, markdown (converted from a web page), csv (a spreadsheet), pdf-text (text saved from a PDF)"),
    script: z.enum(["simplified", "traditional", "mixed"]).describe("the script of the input (values are simplified unless --script keep)"),
  })
  .describe("where the document came from");

export const ReferenceSchema = z
  .object({
    title: z.string().nullable().describe("the cited document's title"),
    docNumber: z.string().nullable().describe("its document number, repaired when damaged"),
  })
  .describe("a document cited as the basis");

export const DocumentSchema = z
  .object({
    schemaVersion: z.literal("1").describe("the version of this contract"),
    source: SourceSchema,
    meta: MetaSchema,
    notice: NoticeSchema.nullable().describe("the covering notice, or null"),
    title: z.string().nullable().describe("the plan's own title; null for a notice that only forwards another body's document"),
    region: z.string().nullable().describe("the issuing jurisdiction (e.g. 友谊县); a department's document gives its jurisdiction"),
    year: z.number().int().nullable().describe("the year the plan is for, when its title names one"),
    references: z.array(ReferenceSchema).describe("documents cited as the basis, unique, in order of first mention"),
    preamble: z.string().nullable().describe("text between the plan title and the first section"),
    sections: z.array(SectionSchema).describe("the plan's numbered structure"),
    attachments: z.array(AttachmentSchema).describe("attachments (附件)"),
    tasks: z.array(TaskSchema).describe("every actionable item, flattened: the main product"),
    units: z.array(UnitSchema).describe("every unit the tasks name, once per spelling, in order of first mention, with its canonical and qualified names"),
    closing: z.string().nullable().describe("text after the last section that belongs to none"),
    cc: z.array(nonEmpty).describe("抄送 recipients"),
    printed: z
      .object({ by: z.string().nullable().describe("who printed it (印发机关)"), date: isoDate.nullable().describe("印发 date, YYYY-MM-DD") })
      .nullable()
      .describe("the 印发 line"),
    warnings: z.array(WarningSchema).describe("what was repaired, guessed or skipped"),
  })
  .describe("one input file, parsed (gkparse output contract, docs/output.md)");

export type Document = z.infer<typeof DocumentSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Item = ItemShape;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Notice = z.infer<typeof NoticeSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Encoding = Source["encoding"];
export type Script = Source["script"];

/** Validate a Document; returns the list of problems (empty when valid). */
export function validateDocument(doc: unknown): string[] {
  const r = DocumentSchema.safeParse(doc);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** The JSON Schema of a Document (or, with `array`, of the -f json output), generated from the zod schema. */
export function documentJsonSchema(opts: { array?: boolean } = {}): unknown {
  const schema = opts.array ? z.array(DocumentSchema).describe("gkparse -f json: one Document per input file, in input order") : DocumentSchema;
  return z.toJSONSchema(schema, { target: "draft-2020-12" });
}
