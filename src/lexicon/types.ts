// Types the vocabulary refers to, kept here so that the lexicon depends on nothing.

/** How often a recurring task is done (Deadline.every). */
export type Every = "week" | "month" | "quarter" | "half-year" | "year";

/** What a table column holds, recognised by its header words. */
export type ColumnRole =
  | "seq"
  | "task"
  | "content"
  | "lead"
  | "responsible"
  | "cooperating"
  | "time"
  | "note"
  | "person"
  | "other";

/** The Document.meta field a metadata label fills; title and ignore are read but not output as meta. */
export type MetaKey =
  | "indexNumber"
  | "category"
  | "publisher"
  | "docNumber"
  | "keywords"
  | "validity"
  | "writtenDate"
  | "publishedDate"
  | "effectiveDate"
  | "title"
  | "ignore";
