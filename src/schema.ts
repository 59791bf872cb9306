// The output contract (docs/output.md, schema version 1) as one zod schema.
// Every Document is validated against it before it is emitted; the TypeScript
// types of the public API are inferred from it, and `gkparse schema` prints the
// JSON Schema generated from it.
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const nonEmpty = z.string().min(1);

export const WarningSchema = z.object({
  code: nonEmpty.describe("stable machine-readable code, e.g. repaired-docnumber"),
  message: nonEmpty,
  line: z.number().int().nonnegative().describe("1-based input line, 0 when not tied to a line"),
});

export const DeadlineSchema = z.object({
  text: nonEmpty.describe("the phrase as written"),
  date: isoDate.nullable(),
  kind: z.enum(["by", "on", "recurring", "ongoing"]),
  every: z.enum(["week", "month", "quarter", "half-year", "year"]).optional(),
});

export const TaskSchema = z.object({
  id: nonEmpty,
  path: z.array(nonEmpty),
  section: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  leadUnits: z.array(nonEmpty),
  responsibleUnits: z.array(nonEmpty),
  cooperatingUnits: z.array(nonEmpty),
  deadlines: z.array(DeadlineSchema),
  origin: z.enum(["body", "table", "attachment"]),
  line: z.number().int().positive(),
});

export interface ItemShape {
  number: string;
  title: string;
  text: string;
  items: ItemShape[];
}

export const ItemSchema: z.ZodType<ItemShape> = z.lazy(() =>
  z.object({
    number: nonEmpty,
    title: z.string(),
    text: z.string(),
    items: z.array(ItemSchema),
  }),
);

export const SectionSchema = z.object({
  number: nonEmpty,
  title: z.string(),
  text: z.string(),
  items: z.array(ItemSchema),
});

export const TableSchema = z.object({
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

export const AttachmentSchema = z.object({
  label: nonEmpty,
  title: z.string().nullable(),
  text: z.string(),
  tables: z.array(TableSchema),
});

export const MetaSchema = z
  .object({
    indexNumber: nonEmpty,
    category: nonEmpty,
    publisher: nonEmpty,
    docNumber: nonEmpty,
    keywords: z.array(nonEmpty),
    validity: nonEmpty,
    writtenDate: isoDate,
    publishedDate: isoDate,
    effectiveDate: isoDate,
  })
  .partial()
  .strict();

export const NoticeSchema = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  addressees: z.array(nonEmpty),
  date: isoDate.nullable(),
  body: z.string(),
});

export const SourceSchema = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.enum(["utf-8", "gb18030", "big5", "utf-16le", "utf-16be"]),
  format: z.enum(["text", "html", "markdown", "csv", "pdf-text"]),
  script: z.enum(["simplified", "traditional", "mixed"]),
});

export const ReferenceSchema = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
});

export const DocumentSchema = z.object({
  schemaVersion: z.literal("1"),
  source: SourceSchema,
  meta: MetaSchema,
  notice: NoticeSchema.nullable(),
  title: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  references: z.array(ReferenceSchema),
  preamble: z.string().nullable(),
  sections: z.array(SectionSchema),
  attachments: z.array(AttachmentSchema),
  tasks: z.array(TaskSchema),
  closing: z.string().nullable(),
  cc: z.array(nonEmpty),
  printed: z.object({ by: z.string().nullable(), date: isoDate.nullable() }).nullable(),
  warnings: z.array(WarningSchema),
});

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

/** The JSON Schema of a Document, generated from the zod schema. */
export function documentJsonSchema(): unknown {
  return z.toJSONSchema(DocumentSchema, { target: "draft-2020-12" });
}
