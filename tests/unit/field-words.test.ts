// The English of the field tables on /en/data/ (content/en/fields.yaml): every field row of every dataset
// has its English, no entry is left over from a wording the schemas no longer use, no Chinese in it.
import { expect, test } from "vitest";
import { englishOf, fieldsIn, generatedEnglish, readFieldWords } from "../../src/lib/data/field-words";
import { fieldsOf } from "../../src/lib/data/schema-fields";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index";

const words = readFieldWords();
const rows = DATASET_NAMES.flatMap((name) => fieldsOf(DATASETS[name].schema).map((row) => ({ name, row })));

test("every field row of every dataset has its English description", () => {
  const missing = rows.filter(({ row }) => englishOf(row.description, words) === undefined);
  expect(missing.map(({ name, row }) => `${name}.${row.path}: ${row.description}`)).toEqual([]);
});

test("no English entry is stale: each translates a description some field row has", () => {
  const used = new Set(rows.map(({ row }) => row.description));
  expect([...words.keys()].filter((zh) => !used.has(zh))).toEqual([]);
});

test("no entry duplicates what is generated, and the English holds no Chinese", () => {
  expect([...words.keys()].filter((zh) => generatedEnglish(zh) !== undefined)).toEqual([]);
  for (const { row } of rows) expect(englishOf(row.description, words), row.path).not.toMatch(/[\u3400-\u9fff]/);
});

test("English siblings get their description generated from the Chinese form", () => {
  expect(generatedEnglish("name 的英文（本站译文）")).toBe("The site's English translation of name");
  expect(generatedEnglish("items 的英文（本站译文），与 items 一一对应")).toBe(
    "The site's English translation of items, item for item",
  );
  expect(generatedEnglish("dateText 的英文（本站译文），如 17 October")).toBe(
    "The site's English translation of dateText, e.g. 17 October",
  );
  expect(generatedEnglish("status 的英文（本站译文），如 挂牌运营")).toBeUndefined();
  expect(generatedEnglish("名称，按原文")).toBeUndefined();
});

test("the tables keep their Chinese as the schema gives it and take the English in English", () => {
  const zh = fieldsIn("places", DATASETS.places.schema, "zh");
  expect(zh).toEqual(fieldsOf(DATASETS.places.schema));
  const en = fieldsIn("places", DATASETS.places.schema, "en");
  expect(en.map((r) => r.path)).toEqual(zh.map((r) => r.path));
  expect(en.find((r) => r.path === "coordinates.lat")!.description).toBe("Latitude (WGS84, degrees)");
});
