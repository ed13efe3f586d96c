import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { DEFAULT_LANG, type Lang } from "../locale/lang";
import { fieldsOf, type FieldRow } from "./schema-fields";

/** The English of the schemas' field descriptions: content/en/fields.yaml, Chinese wording → English. */
export const FIELD_WORDS_FILE = "content/en/fields.yaml";

/** Reads the file of English descriptions (keyed by the Chinese); `root` is the repository's. */
export function readFieldWords(root = process.cwd()): Map<string, string> {
  const parsed = parseYaml(readFileSync(join(root, FIELD_WORDS_FILE), "utf8")) as Record<string, string>;
  return new Map(Object.entries(parsed));
}

// "name 的英文（本站译文）" describes a record's English sibling; its English needs no entry of its own.
const TRANSLATION_OF = /^([A-Za-z]+) 的英文（本站译文）(?:，与 \1 一一对应|，如 ([ -~]+))?$/;

/** The English of a generated description ("<x>En" fields), or undefined where it needs an entry. */
export function generatedEnglish(description: string): string | undefined {
  const match = TRANSLATION_OF.exec(description);
  if (!match) return undefined;
  const [whole, field, example] = match;
  const itemForItem = whole.endsWith("一一对应") ? ", item for item" : "";
  return `The site's English translation of ${field}${itemForItem}${example ? `, e.g. ${example}` : ""}`;
}

/** A Chinese description's English: its entry, else its generated English, else undefined. */
export function englishOf(description: string, words: Map<string, string>): string | undefined {
  if (description === "") return "";
  return words.get(description) ?? generatedEnglish(description);
}

let cached: Map<string, string> | undefined;

/**
 * A dataset's field table in a language: the schema's own (Chinese) descriptions, or their English.
 * A description without English stops the build, naming the dataset, the field and the file to add it to.
 */
export function fieldsIn(dataset: string, schema: z.ZodType, lang: Lang = DEFAULT_LANG): FieldRow[] {
  const rows = fieldsOf(schema);
  if (lang === "zh") return rows;
  cached ??= readFieldWords();
  const words = cached;
  return rows.map((row) => {
    const description = englishOf(row.description, words);
    if (description === undefined)
      throw new Error(
        `${FIELD_WORDS_FILE}: no English for the description of ${dataset}.${row.path} (“${row.description}”); add it`,
      );
    return { ...row, description };
  });
}
