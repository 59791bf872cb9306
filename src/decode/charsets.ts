// The Han characters of the two national code tables, read from the platform's
// own decoders (no table is shipped): GB2312 (rows B0–D7 are level 1, the 3,755
// frequent characters; B0–F7 all of it) and Big5 (leads A4–C6 are the 5,401
// frequent characters; A4–F9 all of it). Used to detect encodings and scripts.

type TrailRange = readonly [number, number];

/** Code points of the Han characters a double-byte table puts at leads `firstLead`..`lastLead`. */
function tableHan(
  label: string,
  firstLead: number,
  lastLead: number,
  trails: readonly TrailRange[],
): Set<number> {
  const decoder = new TextDecoder(label);
  const pair = new Uint8Array(2);
  const out = new Set<number>();
  for (let lead = firstLead; lead <= lastLead; lead++) {
    for (const [lo, hi] of trails) {
      for (let trail = lo; trail <= hi; trail++) {
        pair[0] = lead;
        pair[1] = trail;
        const s = decoder.decode(pair);
        const c = s.codePointAt(0)!;
        if (s.length === 1 && c >= 0x3400) out.add(c);
      }
    }
  }
  return out;
}

/** Code points of the GB2312 Han characters with lead bytes from 0xB0 to `lastLead`. */
export const gb2312Han = (lastLead: number): Set<number> =>
  tableHan("gb18030", 0xb0, lastLead, [[0xa1, 0xfe]]);

/** Code points of the Big5 Han characters with lead bytes from 0xA4 to `lastLead`. */
export const big5Han = (lastLead: number): Set<number> =>
  tableHan("big5", 0xa4, lastLead, [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ]);

/** Last lead bytes: the frequent characters, and the whole table. */
export const GB2312_LEVEL1 = 0xd7;
export const GB2312_ALL = 0xf7;
export const BIG5_FREQUENT = 0xc6;
export const BIG5_ALL = 0xf9;
