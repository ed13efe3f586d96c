// Mutations of the site's input for the fuzz tests (tests/fuzz/): plain data fast-check can print,
// replay from a seed and shrink, and one function that applies them to the input files. A dataset
// is edited as JSON (any node of any record), a chapter as its YAML frontmatter, its body or its text.
import fc from "fast-check";
import { stringify as yamlStringify } from "yaml";
import { splitFrontmatter } from "../../src/lib/input/check-chapter";
import type { InputFile } from "../../src/lib/input/input-files";
import { FORMULAS, longText, MARKUP, ODD_TEXT } from "./hostile";

/** A value JSON cannot write but a file can hold: NaN and Infinity are not JSON, 1e999 parses as Infinity. */
export type Raw = { raw: "NaN" | "Infinity" | "-Infinity" | "1e999" | "-1e999" };
export type Value = string | number | boolean | null | Raw | Value[] | { [key: string]: Value };

export type Edit =
  | { op: "set"; at: number; value: Value }
  | { op: "append"; at: number; text: string; before: boolean }
  | { op: "delete"; at: number }
  | { op: "add"; at: number; key: string; value: Value }
  | { op: "duplicate-id"; at: number; from: number }
  | { op: "copy-record"; at: number }
  | { op: "line"; at: number; line: string }
  | { op: "cut"; at: number; insert: string };

export interface Mutation {
  file: string;
  edits: Edit[];
}

const piece = fc.constantFrom<string>(...MARKUP, ...FORMULAS, ...ODD_TEXT);
const date = fc.constantFrom("2021-13-45", "0000-00-00", "9999-12-31", "1900-01-01", "2021-02-29", "2021-10", "2021");
const id = fc.constantFrom("nope", "wanzhou", "lead", "regional-map", "__proto__", "constructor", "a b", "万州");

/** Text: hostile pieces, alone or joined, very long, any UTF-16 units (lone surrogates too), bad dates and ids. */
export const text: fc.Arbitrary<string> = fc.oneof(
  piece,
  fc.tuple(piece, piece).map(([a, b]) => a + b),
  fc.integer({ min: 200, max: 20_000 }).map((n) => longText(n)),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
  date,
  id,
);

const raw = fc.constantFrom<Raw>(
  { raw: "NaN" },
  { raw: "Infinity" },
  { raw: "-Infinity" },
  { raw: "1e999" },
  { raw: "-1e999" },
);
const number = fc.oneof(
  raw,
  fc.constantFrom(-1, -0, 0, -3.2, 0.1 + 0.2, 1e308, -1e308, 2 ** 53 + 1, 1e-300),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
/** Any value: text, numbers, the wrong type (null, booleans, arrays and objects where a scalar goes). */
export const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: number },
  fc.constantFrom<Value>(null, true, false, [], {}, [null], { "<x-pwn>": 1 }),
  fc.array(text, { maxLength: 3 }),
);

const at = fc.nat();
const line = fc.oneof(
  fc
    .tuple(fc.oneof(text, id, fc.constantFrom("not-a-chart", "Regional-Map", "regional-map ")))
    .map(([chart]) => `::chart{id="${chart}"}`),
  text,
);

/** One edit of one file: any kind, for datasets and chapters alike (an edit that does not fit is skipped). */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("set" as const), at, value }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("append" as const), at, text: piece, before: fc.boolean() }) },
  fc.record({ op: fc.constant("delete" as const), at }),
  fc.record({ op: fc.constant("add" as const), at, key: fc.constantFrom("extra", "<x-pwn>", "__proto__"), value }),
  fc.record({ op: fc.constant("duplicate-id" as const), at, from: at }),
  fc.record({ op: fc.constant("copy-record" as const), at }),
  fc.record({ op: fc.constant("line" as const), at, line }),
  fc.record({ op: fc.constant("cut" as const), at, insert: fc.constantFrom("", "NaN", "{", "\u0000", "---", ":") }),
);

/** A mutation of one of `paths` (a few edits in a row). */
export function mutation(paths: string[], maxEdits = 3): fc.Arbitrary<Mutation> {
  return fc.record({ file: fc.constantFrom(...paths), edits: fc.array(edit, { minLength: 1, maxLength: maxEdits }) });
}

/** Markup and formulas added to the text of one of `paths`: what hostile text brings to what the site shows. */
export function markupMutation(paths: string[]): fc.Arbitrary<Mutation> {
  const append = fc.record({
    op: fc.constant("append" as const),
    at,
    text: fc.constantFrom<string>(...MARKUP, ...FORMULAS),
    before: fc.boolean(),
  });
  return fc.record({ file: fc.constantFrom(...paths), edits: fc.array(append, { minLength: 1, maxLength: 2 }) });
}

type Node = Record<string | number, unknown>;

/** Every place inside a parsed document, as the key path to it (the root excluded). */
function pathsIn(node: unknown, path: (string | number)[] = [], into: (string | number)[][] = []) {
  if (node !== null && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) {
      const at = [...path, Array.isArray(node) ? Number(key) : key];
      into.push(at);
      pathsIn(child, at, into);
    }
  }
  return into;
}

/** A value as it goes into a parsed document: for JSON a marker the text then carries raw; for YAML the number. */
function place(v: Value, json: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => place(x, json));
  if (v !== null && typeof v === "object") {
    if ("raw" in v && typeof v.raw === "string") return json ? `\u0000RAW:${v.raw}\u0000` : Number(v.raw);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, place(x as Value, json)]));
  }
  return v;
}

/**
 * The place an edit goes to. Text edits go to text; the others pick a depth first (a whole record, a
 * field of one, or deeper), so that records and their top fields are hit as often as nested ones.
 */
function pick(root: unknown, e: Edit & { at: number }): (string | number)[] | undefined {
  const paths = pathsIn(root);
  const valueAt = (p: (string | number)[]) => p.reduce<unknown>((n, k) => (n as Node)[k], root);
  if (e.op === "append") {
    const texts = paths.filter((p) => typeof valueAt(p) === "string");
    return texts[e.at % Math.max(1, texts.length)];
  }
  const groups = [1, 2, 3]
    .map((d) => paths.filter((p) => (d < 3 ? p.length === d : p.length >= d)))
    .filter((g) => g.length);
  const group = groups[e.at % Math.max(1, groups.length)];
  return group?.[Math.floor(e.at / groups.length) % group.length];
}

/** Applies one structured edit to a parsed document; false when it does not fit this document. */
function editTree(root: unknown, e: Edit, json: boolean): boolean {
  if (!("at" in e)) return false;
  const path = pick(root, e);
  if (!path) return false;
  const parent = path.slice(0, -1).reduce<Node>((n, k) => n[k] as Node, root as Node);
  const key = path.at(-1)!;
  // Records that are objects, for the edits that copy ids or records (a record may be anything by now).
  const records = Array.isArray(root)
    ? (root as unknown[]).filter((r): r is Node => r !== null && typeof r === "object")
    : [];
  if (e.op === "set") parent[key] = place(e.value, json);
  else if (e.op === "append" && typeof parent[key] === "string")
    parent[key] = e.before ? e.text + parent[key] : parent[key] + e.text;
  else if (e.op === "delete") Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
  else if (e.op === "add" && parent[key] !== null && typeof parent[key] === "object")
    (parent[key] as Node)[e.key] = place(e.value, json);
  else if (e.op === "duplicate-id" && records.length > 1)
    records[e.at % records.length]!.id = records[e.from % records.length]!.id;
  else if (e.op === "copy-record" && records.length > 0) records.push(structuredClone(records[e.at % records.length]!));
  else return false;
  return true;
}

/** Applies one edit to a file's text (a text it cannot parse takes only the text edits). */
function editText(path: string, text: string, e: Edit): string {
  if (e.op === "cut") return text.slice(0, e.at % (text.length + 1)) + e.insert;
  if (path.endsWith(".json")) {
    if (e.op === "line") return text;
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch {
      return text;
    }
    if (!editTree(root, e, true)) return text;
    return JSON.stringify(root, null, 2).replace(/"\\u0000RAW:(.*?)\\u0000"/g, "$1") + "\n";
  }
  let parts: { frontmatter: unknown; body: string };
  try {
    parts = splitFrontmatter(text);
  } catch {
    return text;
  }
  if (e.op === "line") {
    const paragraphs = parts.body.split("\n\n");
    paragraphs.splice(e.at % (paragraphs.length + 1), 0, e.line);
    return text.slice(0, text.length - parts.body.length) + paragraphs.join("\n\n");
  }
  if (!editTree(parts.frontmatter, e, false)) return text;
  return `---\n${yamlStringify(parts.frontmatter)}---\n${parts.body}`;
}

/** The input files with a mutation applied. */
export function applyMutation(files: InputFile[], m: Mutation): InputFile[] {
  return files.map((f) =>
    f.path === m.file ? { path: f.path, text: m.edits.reduce((t, e) => editText(f.path, t, e), f.text) } : f,
  );
}
