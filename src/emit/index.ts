// Stage 5: Documents → bytes. Every format can be written incrementally (head,
// one chunk per document, tail), so large runs stream; the result is byte-for-byte
// deterministic for the same input.
import type { Document } from "../schema.js";

export type OutputFormat = "json" | "ndjson" | "yaml" | "csv" | "ics" | "md" | "sqlite";

import type { Writer } from "./writer.js";
import type { CsvOptions } from "./csv.js";
import { createRequire } from "node:module";
import { jsonWriter as json, ndjsonWriter as ndjson } from "./json.js";

const VERSION: string = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

export type { Writer };

let yamlStringify: ((v: unknown, o?: object) => string) | null = null;
async function loadYaml(): Promise<void> {
  if (!yamlStringify) yamlStringify = (await import("yaml")).stringify;
}

// YAML that every reader loads the same: no anchors or aliases, and, written under
// the 1.1 schema, every string a 1.1 reader would take for something else (a date,
// yes/no, a number with a leading zero) is quoted; it is valid YAML 1.2 as well.
const yaml: Writer = {
  head: () => "",
  doc: (d) => yamlStringify!([d], { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" }),
  separator: "",
  tail: (n) => (n ? "" : "[]\n"),
};

export async function writerFor(fmt: OutputFormat, csv: CsvOptions = {}): Promise<Writer> {
  switch (fmt) {
    case "json":
      return json;
    case "ndjson":
      return ndjson;
    case "yaml":
      await loadYaml();
      return yaml;
    case "csv":
      return (await import("./csv.js")).csvWriter(csv);
    case "ics":
      return (await import("./ics.js")).icsWriter(VERSION);
    case "md":
      return (await import("./markdown.js")).markdownWriter();
    case "sqlite":
      // rows are written by the database sink (emit/sqlite.ts) from NDJSON documents,
      // each chunk whole lines: no pieces
      return { head: ndjson.head, doc: ndjson.doc, separator: ndjson.separator, tail: ndjson.tail };
  }
}

/** Format a list of Documents as one string. */
export async function format(docs: Document[], fmt: OutputFormat = "json"): Promise<string> {
  const w = await writerFor(fmt);
  return w.head() + docs.map((d, i) => w.doc(d, i)).join("") + w.tail(docs.length);
}
