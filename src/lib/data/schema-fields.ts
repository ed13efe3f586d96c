import { z } from "zod";

/** One row of a dataset's field table on /data/. */
export interface FieldRow {
  /** Dotted path, e.g. source.quote; "[]" marks an array's items. */
  path: string;
  /** JSON type(s), e.g. "string", "number", "array", "string | null". */
  type: string;
  required: boolean;
  /** The schema's own description. */
  description: string;
  /** Allowed values, where the schema closes them. */
  values?: string[];
  /** Set where the field belongs to one variant of a union only: that variant's `kind`. */
  variant?: string;
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
};

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return [...new Set(alternatives.map(typeOf))].join(" | ");
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  return s.format ? `${type} (${s.format})` : type;
}

function walk(
  s: JsonSchema,
  path: string,
  required: boolean,
  rows: FieldRow[],
  inherited = "",
  variant?: string,
): void {
  const start = rows.length;
  walkInner(s, path, required, rows, inherited);
  if (variant !== undefined) for (const row of rows.slice(start)) row.variant = variant;
}

function walkInner(s: JsonSchema, path: string, required: boolean, rows: FieldRow[], inherited: string): void {
  const alternatives = (s.anyOf ?? s.oneOf)?.filter((a) => a.type !== "null");
  const description = s.description ?? inherited;
  if (alternatives && alternatives.length > 0 && alternatives.some((a) => a.properties)) {
    // A union of objects (a source is an article quote or an outside reference): list each variant's fields.
    if (path) rows.push({ path, type: typeOf(s), required, description });
    for (const variant of alternatives) {
      const kind = variant.properties?.kind?.const;
      walk(variant, path, required, rows, description, typeof kind === "string" ? kind : undefined);
    }
    return;
  }
  if (s.properties) {
    if (path && !rows.some((r) => r.path === path)) rows.push({ path, type: "object", required, description });
    for (const [key, child] of Object.entries(s.properties)) {
      walk(child, path ? `${path}.${key}` : key, (s.required ?? []).includes(key), rows);
    }
    return;
  }
  if (s.items && (s.items.properties || s.items.anyOf)) {
    rows.push({ path, type: "array", required, description });
    walk(s.items, `${path}[]`, true, rows);
    return;
  }
  const row: FieldRow = { path, type: s.items ? `array of ${typeOf(s.items)}` : typeOf(s), required, description };
  const values = s.enum ?? s.items?.enum;
  if (values) row.values = values.map(String);
  rows.push(row);
}

/** Rows of the same path from a union's variants become one: types joined, required only if always. */
function mergeVariants(rows: FieldRow[]): FieldRow[] {
  const byPath = new Map<string, FieldRow>();
  for (const row of rows) {
    const seen = byPath.get(row.path);
    if (!seen) {
      byPath.set(row.path, { ...row });
      continue;
    }
    if (!seen.type.split(" | ").includes(row.type)) seen.type += ` | ${row.type}`;
    seen.required &&= row.required;
    if (seen.variant !== row.variant) delete seen.variant;
    seen.description ||= row.description;
  }
  return [...byPath.values()];
}

/** The field table of a record schema, generated from the schema itself so it cannot drift. */
export function fieldsOf(schema: z.ZodType): FieldRow[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const rows: FieldRow[] = [];
  walk(json, "", true, rows);
  return mergeVariants(rows);
}

/** The record schema as a JSON Schema document, for data users' own tools. */
export function jsonSchemaOf(schema: z.ZodType, title: string): object {
  return { title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) };
}
