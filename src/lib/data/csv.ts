import { csvFormat } from "d3-dsv";

/** Spreadsheet programs read a UTF-8 CSV as Chinese only when it starts with a byte-order mark. */
export const BOM = "\uFEFF";

type Cell = string | number | boolean | null | undefined;

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

/** Records as CSV text with a BOM; columns are the union of every record's fields, in first-seen order. */
export function toCsv(records: readonly unknown[]): string {
  const rows = records.map((r) => flatten(r));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return BOM + csvFormat(rows, columns) + "\n";
}
