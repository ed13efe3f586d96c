import { DataError } from "./data-issue";
import type { Lang } from "../locale/lang";

/** Where a value sits in the input, for the message that names it when it is missing. */
export interface InputPlace {
  /** Repository-relative file, e.g. data/places.json. */
  file: string;
  record: string;
  /** Dotted path of the object that holds the words inside the record, "" for the record itself. */
  at: string;
}

/**
 * Words of an object of the input in a language: its `key` (Chinese) or its `<key>En` (the site's
 * English translation). The English edition never falls back to the Chinese: a missing translation
 * stops the build, naming the file, the record and the field, like neededWords does for datasets.
 */
export function wordsIn(object: object, key: string, lang: Lang, where: InputPlace): string {
  const field = lang === "en" ? `${key}En` : key;
  const value = (object as Record<string, unknown>)[field];
  if (typeof value === "string" && value !== "") return value;
  const path = where.at ? `${where.at}.${field}` : field;
  const message = `shows these words in ${lang === "en" ? "English" : "Chinese"} and needs its ${field}, which it lacks (pages never fall back)`;
  throw new DataError([{ file: where.file, record: where.record, field: path, message }]);
}
