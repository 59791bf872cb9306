// The catalogue of warning codes: every message a Document can carry, with its
// severity and what it means. `info` is a confident repair or a piece of page
// furniture dropped; `warning` is a guess, or content that may have been lost —
// what a user should look at. `gkparse warnings` prints this table.

export type Severity = "info" | "warning";

export interface WarningDef {
  severity: Severity;
  meaning: string;
}

export const WARNINGS = {
  "decode-replaced": { severity: "warning", meaning: "bytes not valid in the detected encoding were replaced by U+FFFD: some text is lost" },
  "charset-mismatch": { severity: "warning", meaning: "an HTML page declares a charset its bytes do not fit; the encoding was detected instead" },
  "html-no-content": { severity: "warning", meaning: "an HTML page has no main content, only navigation or furniture" },
  "html-deep-nesting": { severity: "warning", meaning: "tags nested too deeply to be read were ignored" },
  "html-table-capped": { severity: "warning", meaning: "a table's spans were too large to expand in full" },
  "mojibake": { severity: "warning", meaning: "many characters are not ordinary Chinese text: the page looks garbled by a wrong decoding before it was saved" },
  "unwrapped-lines": { severity: "info", meaning: "lines hard-wrapped at a page width (text saved from a PDF) were joined to their paragraphs" },
  "pinyin-removed": { severity: "info", meaning: "tone-marked pinyin injected after characters was removed" },
  "repaired-docnumber": { severity: "info", meaning: "a document number that lost a bracket was repaired" },
  "boilerplate-dropped": { severity: "info", meaning: "a line of page furniture (breadcrumb, footer, share bar, page number) was dropped" },
  "inferred-meta-label": { severity: "warning", meaning: "a metadata label cut by scraping was read from the shape of its value" },
  "guessed-heading": { severity: "warning", meaning: "a heading without 。 was cut where its body seems to start" },
  "plan-in-attachment": { severity: "info", meaning: "the plan is printed as the notice's attachment: read as the body, or its title taken as the plan's" },
  "title-from-notice": { severity: "info", meaning: "the plan has no title line; its title was taken from the notice that issues it" },
  "table-shifted-cells": { severity: "warning", meaning: "a table row had fewer cells than its header and was aligned by guess" },
  "repaired-date": { severity: "info", meaning: "a date that lost 年 or 月 was repaired" },
  "ambiguous-date": { severity: "warning", meaning: "a damaged date allows two readings; the one the page's metadata confirms (else the first) was taken" },
  "invalid-date": { severity: "warning", meaning: "a date that does not exist in the calendar was ignored" },
  "year-unknown": { severity: "warning", meaning: "a deadline names no year and the document gives none: its date is null" },
  "truncated-end": { severity: "warning", meaning: "the text ends mid-line (a page cut short): a heading cut there is dropped, a task cut there keeps its text but not its units and deadlines" },
  "restated-units-differ": { severity: "warning", meaning: "an attachment's task table restates a task of the body with other units: the document contradicts itself" },
  "not-a-plan": { severity: "warning", meaning: "no sections, items or task tables were found: the file does not look like a work plan" },
  "no-title": { severity: "warning", meaning: "neither a notice title nor a plan title was found" },
} as const satisfies Record<string, WarningDef>;

export type WarningCode = keyof typeof WARNINGS;

export const severityOf = (code: string): Severity | undefined => (WARNINGS as Record<string, WarningDef>)[code]?.severity;
