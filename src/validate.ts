// The check that every Document passes before it is written: the JSON Schema that
// zod generates from src/schema.ts, turned once into a JavaScript test function
// that reads the value without copying it (zod's own parse builds a copy of every
// Document); a Document that fails it is checked again by functions that say where
// and why. It covers the vocabulary that schema uses; anything else is refused when
// it is compiled, so a new kind of constraint cannot slip through unchecked.
import { readFileSync } from "node:fs";

/** Where the build writes the JSON Schema (dist/document.schema.json); a run reads it rather than load zod to generate it. */
export const SCHEMA_FILE = new URL("./document.schema.json", import.meta.url);

type Json = Record<string, unknown>;
/** Appends what is wrong with `v` at `path`; returns nothing. */
type Check = (v: unknown, path: string, problems: string[]) => void;

const KNOWN = new Set([
  "$schema", "$defs", "$ref", "description", "type", "properties", "required", "additionalProperties", "items",
  "anyOf", "enum", "const", "pattern", "minLength", "minimum", "maximum", "exclusiveMinimum",
]);

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function compile(schema: Json, defs: Record<string, Json>, cache: Map<Json, Check>): Check {
  const known = cache.get(schema);
  if (known) return known;
  // recursive schemas ($ref to a definition being compiled) go through this slot
  let compiled: Check = () => {};
  const self: Check = (v, p, out) => compiled(v, p, out);
  cache.set(schema, self);
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`validate: unsupported JSON Schema keyword ${k}`);
  const checks: Check[] = [];
  if (typeof schema.$ref === "string") {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    if (!name || !defs[name]) throw new Error(`validate: unresolved $ref ${schema.$ref}`);
    const target = compile(defs[name], defs, cache);
    checks.push(target);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    checks.push((v, p, out) => {
      const t = typeOf(v);
      if (!types.includes(t) && !(t === "integer" && types.includes("number"))) out.push(`${p || "(root)"}: expected ${types.join(" or ")}, got ${t}`);
    });
  }
  if (schema.const !== undefined) checks.push((v, p, out) => void (v !== schema.const && out.push(`${p}: expected ${JSON.stringify(schema.const)}`)));
  if (Array.isArray(schema.enum)) {
    const allowed = new Set(schema.enum);
    checks.push((v, p, out) => void (!allowed.has(v) && out.push(`${p}: ${JSON.stringify(v)} is not one of ${[...allowed].join(", ")}`)));
  }
  if (typeof schema.pattern === "string") {
    const re = new RegExp(schema.pattern, "u");
    checks.push((v, p, out) => void (typeof v === "string" && !re.test(v) && out.push(`${p}: does not match ${schema.pattern}`)));
  }
  if (typeof schema.minLength === "number") {
    const min = schema.minLength;
    checks.push((v, p, out) => void (typeof v === "string" && v.length < min && out.push(`${p}: shorter than ${min}`)));
  }
  for (const [key, test] of [
    ["minimum", (v: number, m: number) => v >= m],
    ["maximum", (v: number, m: number) => v <= m],
    ["exclusiveMinimum", (v: number, m: number) => v > m],
  ] as const) {
    const m = schema[key];
    if (typeof m === "number") checks.push((v, p, out) => void (typeof v === "number" && !test(v, m) && out.push(`${p}: breaks ${key} ${m}`)));
  }
  if (schema.properties || schema.required || schema.additionalProperties === false) {
    const props = Object.entries((schema.properties ?? {}) as Record<string, Json>).map(([k, s]) => [k, compile(s, defs, cache)] as const);
    const names = new Set(props.map(([k]) => k));
    const required = (schema.required ?? []) as string[];
    const closed = schema.additionalProperties === false;
    checks.push((v, p, out) => {
      if (typeOf(v) !== "object") return;
      const o = v as Json;
      for (const r of required) if (!(r in o) || o[r] === undefined) out.push(`${p}.${r}: required`);
      for (const [k, check] of props) if (o[k] !== undefined) check(o[k], `${p}.${k}`, out);
      if (closed) for (const k of Object.keys(o)) if (!names.has(k)) out.push(`${p}.${k}: not allowed`);
    });
  }
  if (schema.items) {
    const item = compile(schema.items as Json, defs, cache);
    checks.push((v, p, out) => {
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) item(v[i], `${p}[${i}]`, out);
    });
  }
  // anyOf of bare types (a string or null): one type test, no trial of each form
  const bare = Array.isArray(schema.anyOf) && (schema.anyOf as Json[]).every((o) => Object.keys(o).every((k) => k === "type" || k === "description") && typeof o.type === "string");
  if (bare) {
    const types = (schema.anyOf as Json[]).map((o) => o.type as string);
    checks.push((v, p, out) => {
      const t = typeOf(v);
      if (!types.includes(t) && !(t === "integer" && types.includes("number"))) out.push(`${p || "(root)"}: expected ${types.join(" or ")}, got ${t}`);
    });
  } else if (Array.isArray(schema.anyOf)) {
    const options = (schema.anyOf as Json[]).map((s) => compile(s, defs, cache));
    checks.push((v, p, out) => {
      for (const o of options) {
        const mine: string[] = [];
        o(v, p, mine);
        if (!mine.length) return;
      }
      out.push(`${p || "(root)"}: matches none of its ${options.length} forms`);
    });
  }
  compiled = (v, p, out) => {
    for (const c of checks) c(v, p, out);
  };
  return self;
}

type Test = (v: unknown) => boolean;

/**
 * The same schema as a yes/no test, generated as one JavaScript function (each
 * definition one more), which builds no paths or messages: every Document takes
 * this, and only one that fails it goes through the check that says why.
 */
function generateTest(root: Json): Test {
  const defs = (root.$defs ?? {}) as Record<string, Json>;
  const constants: unknown[] = [];
  const constant = (x: unknown) => `K[${constants.push(x) - 1}]`;
  let n = 0;
  const fresh = (base: string) => `${base}${n++}`;
  const functions: string[] = [];
  const defName = (name: string) => `def_${name.replace(/\W/g, "_")}`;
  const typeCond = (types: string[], v: string) =>
    types
      .map((t) =>
        t === "null" ? `${v} === null` : t === "array" ? `Array.isArray(${v})` : t === "integer" ? `Number.isInteger(${v})` : t === "object" ? `(typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v}))` : `typeof ${v} === "${t}"`,
      )
      .join(" || ");
  const gen = (schema: Json, v: string): string => {
    let out = "";
    if (typeof schema.$ref === "string") out += `if (!${defName(/^#\/\$defs\/(.+)$/.exec(schema.$ref)![1])}(${v})) return false;\n`;
    if (schema.type !== undefined) out += `if (!(${typeCond(Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string], v)})) return false;\n`;
    if (schema.const !== undefined) out += `if (${v} !== ${constant(schema.const)}) return false;\n`;
    if (Array.isArray(schema.enum)) out += `if (!${constant(new Set(schema.enum))}.has(${v})) return false;\n`;
    if (typeof schema.pattern === "string") out += `if (typeof ${v} === "string" && !${constant(new RegExp(schema.pattern, "u"))}.test(${v})) return false;\n`;
    if (typeof schema.minLength === "number") out += `if (typeof ${v} === "string" && ${v}.length < ${schema.minLength}) return false;\n`;
    if (typeof schema.minimum === "number") out += `if (typeof ${v} === "number" && ${v} < ${schema.minimum}) return false;\n`;
    if (typeof schema.maximum === "number") out += `if (typeof ${v} === "number" && ${v} > ${schema.maximum}) return false;\n`;
    if (typeof schema.exclusiveMinimum === "number") out += `if (typeof ${v} === "number" && ${v} <= ${schema.exclusiveMinimum}) return false;\n`;
    if (schema.properties || schema.required || schema.additionalProperties === false) {
      const props = (schema.properties ?? {}) as Record<string, Json>;
      let body = "";
      for (const r of (schema.required ?? []) as string[]) body += `if (${v}[${JSON.stringify(r)}] === undefined) return false;\n`;
      for (const [k, sub] of Object.entries(props)) {
        const x = fresh("p");
        body += `{ const ${x} = ${v}[${JSON.stringify(k)}]; if (${x} !== undefined) {\n${gen(sub, x)}} }\n`;
      }
      if (schema.additionalProperties === false) {
        const k = fresh("k");
        body += `for (const ${k} in ${v}) if (!${constant(new Set(Object.keys(props)))}.has(${k})) return false;\n`;
      }
      out += `if (typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})) {\n${body}}\n`;
    }
    if (schema.items) {
      const i = fresh("i");
      const e = fresh("e");
      out += `if (Array.isArray(${v})) for (let ${i} = 0; ${i} < ${v}.length; ${i}++) { const ${e} = ${v}[${i}];\n${gen(schema.items as Json, e)}}\n`;
    }
    if (Array.isArray(schema.anyOf)) {
      const names = (schema.anyOf as Json[]).map((o) => {
        const f = fresh("any");
        functions.push(`function ${f}(x) {\n${gen(o, "x")}return true;\n}`);
        return f;
      });
      out += `if (!(${names.map((f) => `${f}(${v})`).join(" || ")})) return false;\n`;
    }
    return out;
  };
  for (const [name, sub] of Object.entries(defs)) functions.push(`function ${defName(name)}(x) {\n${gen(sub, "x")}return true;\n}`);
  const main = `function test(x) {\n${gen(root, "x")}return true;\n}`;
  return new Function("K", `${functions.join("\n")}\n${main}\nreturn test;`)(constants) as Test;
}

let documentCheck: Check | null = null;
let documentTest: Test | null = null;

/** The built schema, else (running from the sources) the one zod generates: zod is loaded only then. */
function built(): Json | null {
  try {
    return JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Json;
  } catch {
    return null;
  }
}
const SCHEMA: Json = built() ?? ((await import("./schema.js")).documentJsonSchema() as Json);

/** What is wrong with a Document (empty when it keeps the contract). */
export function documentProblems(doc: unknown): string[] {
  const defs = (SCHEMA.$defs ?? {}) as Record<string, Json>;
  documentTest ??= generateTest(SCHEMA);
  if (documentTest(doc)) return [];
  documentCheck ??= compile(SCHEMA, defs, new Map());
  const problems: string[] = [];
  documentCheck(doc, "", problems);
  return problems;
}
