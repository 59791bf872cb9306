// Attachments (附件): the notice's list of them (附件：1.… 2.…), and each attachment
// itself — its label line, its title (up to three short lines, complete once it
// names a table, list or plan) and its own body.
import type { InputFile } from "../file.js";
import { markerOf } from "../lexicon/markers.js";
import { headerRoles, roleOfHeader } from "../lexicon/headers.js";
import { ATTACHMENT_TITLE_END } from "../lexicon/plan.js";
import { parseBody, type Body } from "./body.js";
import type { Para, Unit } from "./types.js";

export interface AttachmentDraft {
  label: string;
  title: string | null;
  line: number;
  units: Unit[];
  body: Body;
  /** messages of reading the body, adopted when the attachment is kept as such */
  file: InputFile;
}

export interface ListedAttachment {
  label: string;
  title: string;
  line: number;
}

/** An attachment's own first line: 附件, 附件1, 附件 2：, 附件一 (a label alone). */
const ATTACHMENT_LABEL = /^附\s*件\s*([0-9一二三四五六七八九十]{0,3})\s*[：:]?\s*[|｜]*$/;
/** 附件1：Title on one line (only after the notice listed its attachments). */
const ATTACHMENT_LABEL_TITLED = /^附\s*件\s*(\d{1,2})\s*[：:]\s*([^\d\s].{2,60})$/;
/** The notice's list of attachments: 附件：1.… / 附件：Title. */
const ATTACHMENT_LIST = /^附\s*件\s*[：:]\s*(.+)$/;
const LIST_ITEM = /^(\d{1,2})\s*[.、．]\s*(.+)$/;

/** The notice's attachment list: its entries and the indexes of its lines. */
export function attachmentList(units: Unit[]): { list: ListedAttachment[]; lines: Set<number> } {
  const list: ListedAttachment[] = [];
  const lines = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== "line") continue;
    const m = ATTACHMENT_LIST.exec(u.text);
    // …or 附件： alone with its numbered entries on the lines below (附件： / 1.… / 2.…)
    const next = units.slice(i + 1, i + 4).find((x): x is Para => x.kind === "line" && !!x.text);
    const bare = !m && /^附\s*件\s*[：:]\s*$/.test(u.text) && !!next && LIST_ITEM.test(next.text) && LIST_ITEM.exec(next.text)![1] === "1";
    if ((!m && !bare) || ATTACHMENT_LABEL_TITLED.test(u.text)) continue;
    lines.add(i);
    const first = m ? LIST_ITEM.exec(m[1].trim()) : ["", "0", ""];
    if (m && first) list.push({ label: `附件${first[1]}`, title: first[2].trim(), line: u.no });
    else if (m) list.push({ label: "附件", title: m[1].trim(), line: u.no });
    for (let j = i + 1; j < units.length; j++) {
      const v = units[j];
      if (v.kind !== "line") break;
      if (!v.text) continue;
      const item = LIST_ITEM.exec(v.text);
      if (!item || !first) break;
      list.push({ label: `附件${item[1]}`, title: item[2].trim(), line: v.no });
      lines.add(j);
      i = j;
    }
  }
  return { list, lines };
}

function attachmentTitle(units: Unit[], from: number): { title: string | null; end: number } {
  let title = "";
  let k = from;
  let taken = 0;
  for (; k < units.length && taken < 3; k++) {
    const u = units[k];
    if (u.kind !== "line") break;
    if (!u.text) continue;
    if (/[。；：:，,]/.test(u.text) || u.text.length > 50 || markerOf(u.text) || /^\d+$/.test(u.text)) break;
    // a table's header row (序号　事项名称　公开内容 …) starts the table, even with no rows under it
    const cells = u.text.split(/\s+/);
    // (a row of header words is one, even of a 考核 table that names no unit or time: 类别 考核目标 分值)
    if (/^(?:序号|编号)$/.test(cells[0]) || (cells.length >= 3 && (headerRoles(cells) || cells.every((c) => roleOfHeader(c) !== null)))) break;
    // …or its first header cell alone on a line (一级指标 / 二级指标 / 序号 …), once a title is read
    if (title && cells.length === 1 && roleOfHeader(cells[0], 4) !== null) break;
    // (bars a flattened table left around its title line are no part of it)
    const part = u.text.replace(/\s+/g, "").replace(/^[|｜]+|[|｜]+$/g, "");
    if (!part) continue;
    title += part;
    taken++;
    // A title is complete once it names a table, list or plan.
    if (ATTACHMENT_TITLE_END.test(title)) {
      k++;
      break;
    }
  }
  return { title: title || null, end: k };
}

/** Indexes of the units that start an attachment (outside the notice's list). */
export function attachmentStarts(units: Unit[], listLines: Set<number>, listSeen: boolean): number[] {
  const starts: number[] = [];
  units.forEach((u, i) => {
    if (u.kind !== "line" || listLines.has(i)) return;
    if (ATTACHMENT_LABEL.test(u.text) || (listSeen && ATTACHMENT_LABEL_TITLED.test(u.text))) starts.push(i);
  });
  return starts;
}

/** The attachments starting at `starts`, each running to the next. */
export function readAttachments(units: Unit[], starts: number[], listed: ListedAttachment[], file: InputFile): AttachmentDraft[] {
  return starts.map((s, k) => {
    const u = units[s] as Para;
    const end = k + 1 < starts.length ? starts[k + 1] : units.length;
    const titled = ATTACHMENT_LABEL_TITLED.exec(u.text);
    const labelNo = titled ? titled[1] : ATTACHMENT_LABEL.exec(u.text)![1];
    const label = `附件${labelNo}`;
    let title: string | null = titled ? titled[2].replace(/\s+/g, "") : null;
    let from = s + 1;
    if (!title) {
      const t = attachmentTitle(units, s + 1);
      title = t.title;
      from = t.end;
    }
    if (!title) title = listed.find((a) => a.label === label)?.title ?? null;
    const own = units.slice(from, end);
    const scratch = file.scratch();
    return { label, title, line: u.no, units: own, body: parseBody(own, scratch), file: scratch };
  });
}
