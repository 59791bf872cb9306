// Run by `npm run build` after the compiler: writes the tables the parser would
// otherwise build at every start — the JSON Schema of a Document (generated from the
// zod schema, for the validator) and the character table (from the platform's own
// GB2312 and Big5 decoders, for encoding and script detection) — next to the
// compiled modules that read them.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { documentJsonSchema } from "../schema.js";
import { buildCharTable, CHAR_TABLE_FILE } from "../decode/charsets.js";
import { SCHEMA_FILE } from "../validate.js";

writeFileSync(fileURLToPath(SCHEMA_FILE), JSON.stringify(documentJsonSchema()));
writeFileSync(fileURLToPath(CHAR_TABLE_FILE), buildCharTable());
