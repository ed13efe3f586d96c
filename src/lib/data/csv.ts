import { csvFormatRows } from "d3-dsv";

/** Spreadsheet programs read a UTF-8 CSV as Chinese only when it starts with a byte-order mark. */
export const BOM = "\uFEFF";

type Cell = string | number | boolean | null | undefined;

/**
 * The first characters on which a spreadsheet runs a cell as a formula (=, +, -, @, and a tab or a
 * carriage return that some programs skip before reading one), with their names for the /data/ page.
 * White space before one counts too: importers that trim it (LibreOffice's "trim spaces", cleaning
 * tools) leave the starter first.
 */
export const FORMULA_STARTS = [
  { char: "=", name: "=", nameEn: "=" },
  { char: "+", name: "+", nameEn: "+" },
  { char: "-", name: "-", nameEn: "-" },
  { char: "@", name: "@", nameEn: "@" },
  { char: "\t", name: "制表符", nameEn: "a tab" },
  { char: "\r", name: "回车符", nameEn: "a carriage return" },
] as const;

const starts = new Set<string>(FORMULA_STARTS.map((s) => s.char));
/** A plain number written as text ("-3.2", "+5", "1e-3"): a spreadsheet reads it as that number. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A cell's text as a spreadsheet can open it without running anything: text that would start a formula
 * (after any white space) gets a leading apostrophe, the mark spreadsheet users know for "this is
 * text" (OWASP's advice on CSV injection). Numbers, and text that is a plain number, are left as they
 * are. JSON downloads keep the exact text; only CSV needs this.
 */
export function formulaSafe(text: string): string {
  const trimmed = text.trimStart();
  const starter = starts.has(text.charAt(0)) || starts.has(trimmed.charAt(0));
  return starter && !NUMBER.test(trimmed) ? "'" + text : text;
}

/**
 * Flattens a record into dotted columns: nested objects become "source.quote", arrays of objects
 * "figures[0].value", arrays of plain values one cell joined by "；" (the article's own separator).
 */
export function flatten(value: unknown, prefix = "", into: Record<string, Cell> = {}): Record<string, Cell> {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) {
      into[prefix] = value.join("；");
    } else {
      value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, into));
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = value as Cell;
  }
  return into;
}

/**
 * Records as CSV text with a BOM; columns are the union of every record's fields, in first-seen
 * order. Every CSV the site writes comes from here, so every cell, header included, is formula-safe.
 */
export function toCsv(records: readonly unknown[]): string {
  const rows = records.map((r) => flatten(r));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  // As d3-dsv writes a value: nothing for null or undefined, else its text (numbers as JavaScript writes them).
  const table = [columns, ...rows.map((row) => columns.map((c) => String(row[c] ?? "")))];
  return BOM + csvFormatRows(table.map((cells) => cells.map(formulaSafe))) + "\n";
}
