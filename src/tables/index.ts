// Tables: flattened text tables recognised by layout (layouts/), and any table
// (from text or HTML) interpreted by its header words (interpret.ts).
export { findTextTables, headerTail, LAYOUTS, type TableLayout, type TextTable } from "./layouts/index.js";
export { interpretTable, type InterpretedTable, type TableRowInfo } from "./interpret.js";
export { contentColumns } from "./columns.js";
