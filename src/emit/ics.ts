// iCalendar (RFC 5545): one all-day VEVENT per dated deadline, and one per recurring
// deadline with an RRULE over the plan's year. Ongoing deadlines and dates without a
// year are no events (the CLI counts them). A row that restates a body task (sameAs)
// adds nothing. UIDs are stable: the document's sha256, the task id and the
// deadline's index. Lines end in CRLF and are folded at 75 octets.
import type { Deadline, Document, Task } from "../schema.js";
import type { Writer } from "./writer.js";

/** TEXT values escape backslash, semicolon, comma and newline. */
const text = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Fold a content line at 75 octets (continuation lines start with a space), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = "";
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = "";
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join("\r\n ") + "\r\n";
}

const day = (iso: string) => iso.replace(/-/g, "");
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The plan's year for a recurring deadline: its title's, else its notice's or metadata's date's. */
function planYear(d: Document): number | null {
  const date = d.notice?.date ?? d.meta.writtenDate ?? d.meta.publishedDate ?? null;
  return d.year ?? (date ? Number(date.slice(0, 4)) : null);
}

/** First occurrence and rule of each frequency: the end of its first period. */
const RECUR: Record<NonNullable<Deadline["every"]>, { first: (y: number) => string; rule: string }> = {
  week: { first: (y) => `${y}-01-07`, rule: "FREQ=WEEKLY" },
  month: { first: (y) => `${y}-01-31`, rule: "FREQ=MONTHLY;BYMONTHDAY=-1" },
  quarter: { first: (y) => `${y}-03-31`, rule: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1" },
  "half-year": { first: (y) => `${y}-06-30`, rule: "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1" },
  year: { first: (y) => `${y}-12-31`, rule: "FREQ=YEARLY" },
};

function describeTask(d: Document, t: Task, x: Deadline): string {
  const parts = [
    t.leadUnits.length ? `牵头：${t.leadUnits.join("、")}` : "",
    t.responsibleUnits.length ? `责任：${t.responsibleUnits.join("、")}` : "",
    t.cooperatingUnits.length ? `配合：${t.cooperatingUnits.join("、")}` : "",
    `${x.text}`,
    `${d.title ?? d.notice?.title ?? d.source.path} (${d.source.path}, line ${x.line}, task ${t.id})`,
  ];
  return parts.filter(Boolean).join("\n");
}

function events(d: Document): string {
  // a stamp that depends on the document only, so that the output is deterministic
  const stamp = `${day(d.notice?.date ?? d.meta.publishedDate ?? "2000-01-01")}T000000Z`;
  const year = planYear(d);
  let out = "";
  for (const t of d.tasks) {
    if (t.sameAs) continue;
    t.deadlines.forEach((x, k) => {
      let start: string | null = null;
      let rule = "";
      if (x.date && (x.kind === "by" || x.kind === "on")) start = x.date;
      else if (x.kind === "recurring" && x.every && year) {
        start = RECUR[x.every].first(year);
        rule = `${RECUR[x.every].rule};UNTIL=${year}1231`;
      }
      if (!start) return;
      out += "BEGIN:VEVENT\r\n";
      out += fold(`UID:${d.source.sha256}-${t.id}-${k}@gkparse`);
      out += `DTSTAMP:${stamp}\r\n`;
      out += `DTSTART;VALUE=DATE:${day(start)}\r\n`;
      out += `DTEND;VALUE=DATE:${day(nextDay(start))}\r\n`;
      if (rule) out += `RRULE:${rule}\r\n`;
      out += fold(`SUMMARY:${text(t.title ?? t.text.slice(0, 60))}`);
      out += fold(`DESCRIPTION:${text(describeTask(d, t, x))}`);
      out += "END:VEVENT\r\n";
    });
  }
  return out;
}

export function icsWriter(version: string): Writer {
  return {
    head: () => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//gkparse//gkparse ${version}//ZH\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:gkparse deadlines\r\n`,
    doc: (d) => events(d),
    separator: "",
    tail: () => "END:VCALENDAR\r\n",
  };
}
