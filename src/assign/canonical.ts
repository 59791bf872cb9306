// Canonical names of units, so that one body counts once across spellings and
// documents: short forms expanded (县政府办 → 县人民政府办公室), the level word added
// from the document when a department's name lacks it, and the name qualified by
// its place (南屏县财政局), which tells it apart from its namesakes elsewhere.
import { COLLECTIVE_UNIT, DEPARTMENT_END, GOVERNMENT, LEVEL_WORDS, NAMED_BODY, UNIT_ALIASES, VERTICAL_BODY, ZONE } from "../lexicon/unit-names.js";
import { PROVINCE_SHORT } from "../lexicon/regions.js";

export interface CanonicalUnit {
  /** as the document wrote it */
  name: string;
  /** the official full name at its level, without a place name (县人民政府办公室) */
  canonical: string;
  /** the place and the name (南屏县人民政府办公室); null when the place cannot be known */
  qualified: string | null;
  /** a group of units (各乡镇人民政府, 县直有关部门) rather than one body */
  collective: boolean;
}

export interface CanonicalOptions {
  /** the document's region (南屏县, 南昌市新建区) */
  region?: string | null;
  /** the document's level word, when there is no region to read it from */
  level?: string | null;
}

const ALIASES = [...UNIT_ALIASES].sort((a, b) => b[0].length - a[0].length);
const LEVEL_START = new RegExp(`^(?:${LEVEL_WORDS.join("|")})`);
/** Place names at the start of a name: two or more characters and a level (攀枝花市, 南昌市新建区). */
const PLACE = /^(?:[\u4e00-\u9fff]{2,8}?(?:省|市|州|盟|县|区|旗))+/;
const BARE_PLACE = /^[\u4e00-\u9fff]{2,8}?(?:省|市|州|盟|县|区|旗|镇|乡|街道)$/;
const NATIONAL = /^(?:国务院|国家|中央|全国|中共中央)/;
/** Words a level character begins that are no level (市场监管局, 区域…). */
const NOT_A_LEVEL = /^(?:市场|区域|县域|市域|乡镇|乡（镇）|镇（乡）|镇街|街道办事处$)/;
/** Generic names that no level makes a department (an office of any body). */
const GENERIC = /^(?:办公室|机关[\u4e00-\u9fff]{1,6})$/;
/** A zone with a name of its own (西咸新区, 嘉鱼经济开发区), not a bare 高新区 or 经开区. */
const NAMED_ZONE =
  /^(?!(?:工业|经济|高新|产业|科技|物流|综合|现代|农业|生态|文化|旅游)(?:园区|开发区|新区|实验区|试验区))[\u4e00-\u9fff]{2,}?(?:新区|经济开发区|开发区|经开区|高新区|园区|综合实验区|实验区)/;
/** Levels from the top: a group of units of a lower level than the region's lies within it. */
const RANK: Record<string, number> = { 省: 0, 市: 1, 州: 1, 盟: 1, 县: 2, 区: 2, 旗: 2, 乡: 3, 镇: 3, 街道: 3 };

/** The level word a region ends with (南昌市新建区 → 区), or null. */
export function levelOf(region: string | null | undefined): string | null {
  if (!region) return null;
  if (region.endsWith("街道")) return "街道";
  const last = region.at(-1)!;
  return LEVEL_WORDS.includes(last) ? last : null;
}

/** Short forms expanded: at the start of a name's core (发改委 → 发展和改革委员会), and 政府 anywhere. */
function expand(core: string): string {
  let out = core;
  for (const [short, full] of ALIASES) {
    if (out === short) {
      out = full;
      break;
    }
    // a prefix only where the short form ends a word (政府办 + 督查科); an ending after
    // the body it belongs to (政府 + 法制办, 人大常委会 + 法制办)
    const word = /[办委局厅]$/.test(short);
    if (word && out.startsWith(short) && !out.startsWith(full)) {
      out = full + out.slice(short.length);
      break;
    }
    if (word && short.length >= 3 && out.endsWith(short) && !out.endsWith(full)) {
      out = out.slice(0, -short.length) + full;
      break;
    }
  }
  // an office named by its short ending after what it manages (政务服务管理办, 电子政务办)
  if (/(?:管理|服务|事务|政务)办$/.test(out)) out += "公室";
  // a commission named by its short ending (旅游发展委 → 旅游发展委员会); not a party committee
  if (/委$/.test(out) && out.length >= 4 && !/(?:纪|党|工|团|常)委$/.test(out)) out += "员会";
  return out.replace(GOVERNMENT, "人民政府");
}

function splitLevel(name: string): { level: string | null; core: string } {
  const m = LEVEL_START.exec(name);
  if (!m || name.length <= m[0].length || NOT_A_LEVEL.test(name)) return { level: null, core: name };
  return { level: m[0], core: name.slice(m[0].length) };
}

/** A place the name begins with: a place name, a province's short name, or the region without its level (贵溪 of 贵溪市). */
function ownPlace(name: string, region: string | null): string | null {
  const m = PLACE.exec(name);
  // a bare zone (经开区, 高新区) is no place of its own
  if (m && m[0].length < name.length && !(ZONE.test(m[0]) && !NAMED_ZONE.test(m[0]))) return m[0];
  const province = PROVINCE_SHORT.find((p) => name.startsWith(p) && name.length > p.length + 1);
  if (province) return province;
  const stem = region && levelOf(region) ? region.slice(0, -levelOf(region)!.length) : null;
  if (stem && stem.length >= 2 && name.startsWith(stem) && !name.startsWith(region!)) return stem;
  return null;
}

/** `region` + the name, its level word dropped when it is the region's own; null when the levels differ. */
function qualify(region: string | null, name: string, regionLevel: string | null): string | null {
  if (!region) return null;
  const { level, core } = splitLevel(name);
  if (!level) return region + name;
  return level === regionLevel ? region + core : null;
}

/**
 * The canonical name of a unit as a document wrote it, in that document's region.
 * Text that is no unit name comes back as it is (canonical = name).
 */
export function canonicalUnit(name: string, opts: CanonicalOptions = {}): CanonicalUnit {
  const written = name.trim();
  const region = opts.region?.trim() || null;
  const regionLevel = opts.level ?? levelOf(region);
  if (COLLECTIVE_UNIT.test(written)) {
    const canonical = written.replace(GOVERNMENT, "人民政府").replace(/街办/g, "街道办事处");
    const level = splitLevel(canonical).level;
    // a group of lower-level units (县（市）人民政府 in a 市 plan) lies within the region
    const lower = level && regionLevel && region && RANK[level] > RANK[regionLevel];
    const qualified = NATIONAL.test(canonical) ? null : lower ? region + canonical : qualify(region, canonical, regionLevel);
    return { name: written, canonical, qualified, collective: true };
  }
  // a place named alone stands for its government (荔湾区 → 区人民政府)
  if (BARE_PLACE.test(written) && !ZONE.test(written) && !LEVEL_START.test(written)) {
    const level = written.endsWith("街道") ? "街道" : written.at(-1)!;
    const body = level === "街道" ? "办事处" : "人民政府";
    return { name: written, canonical: level + body, qualified: written + body, collective: false };
  }
  // bodies that are not departments keep their names
  const stem = region && levelOf(region) ? region.slice(0, -levelOf(region)!.length) : "";
  const branch = stem.length >= 2 && written.startsWith(stem) && !written.startsWith(region!);
  if (NAMED_BODY.test(written) || VERTICAL_BODY.test(written) || ZONE.test(written) || /(?:新区|开发区|经开区|园区)管委会$/.test(written) || branch) {
    const own = ownPlace(written, region) ?? (NAMED_ZONE.test(written) && !LEVEL_START.test(written) ? written : null);
    const qualified = own ? written : NATIONAL.test(written) ? null : qualify(region, written, regionLevel);
    return { name: written, canonical: written, qualified, collective: false };
  }
  const placed =
    region && written.startsWith(region) && written.length > region.length
      ? { place: region, rest: written.slice(region.length) }
      : (() => {
          const m = PLACE.exec(written);
          const rest = m ? written.slice(m[0].length) : "";
          return m && rest && !LEVEL_START.test(m[0]) && DEPARTMENT_END.test(expand(rest)) ? { place: m[0], rest } : null;
        })();
  if (placed) {
    const level = levelOf(placed.place);
    const core = expand(splitLevel(placed.rest).core);
    return { name: written, canonical: (level ?? "") + core, qualified: placed.place + core, collective: false };
  }
  const split = splitLevel(written);
  const core = expand(split.core);
  // a department named without its level takes its document's
  const level = split.level ?? (DEPARTMENT_END.test(core) && !NATIONAL.test(core) && !GENERIC.test(core) ? regionLevel : null);
  const canonical = (level ?? "") + core;
  const qualified = !region || NATIONAL.test(core) ? null : !level || level === regionLevel ? region + core : null;
  return { name: written, canonical, qualified, collective: false };
}
