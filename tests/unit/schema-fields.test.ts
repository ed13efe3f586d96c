import { expect, test } from "vitest";
import { fieldsOf } from "../../src/lib/data/schema-fields";
import { DATASETS, type DatasetName } from "../../src/schemas/index";
import { readDatasets, readRawDatasets } from "../support/repo";

test("every field a record uses has a documented row in its dataset's field table", () => {
  const raw = readRawDatasets();
  const records = readDatasets();
  expect(Object.keys(DATASETS)).toEqual(["economy", "projects", "transport", "investments", "places", "milestones"]);
  for (const [name, info] of Object.entries(DATASETS)) {
    const rows = new Map(fieldsOf(info.schema).map((r) => [r.path, r]));
    const list = raw[name] as Record<string, unknown>[];
    expect(list, name).toHaveLength(records[name as DatasetName].length);
    for (const record of list) {
      for (const key of Object.keys(record)) {
        expect(rows.has(key), `${name}.${key}`).toBe(true);
        expect(rows.get(key)!.description, `${name}.${key} has a description`).not.toBe("");
      }
    }
  }
});

test("closed vocabularies list their values; union variants are marked", () => {
  const rows = fieldsOf(DATASETS.transport.schema);
  expect(rows.find((r) => r.path === "mode")!.values).toEqual(["air", "rail", "road", "water", "freight", "transit"]);
  expect(rows.find((r) => r.path === "source.quote")!.variant).toBe("article");
  expect(rows.find((r) => r.path === "source.url")!.variant).toBe("external");
  expect(rows.find((r) => r.path === "source.kind")!.variant).toBeUndefined();
  expect(rows.find((r) => r.path === "id")!.required).toBe(true);
  expect(rows.find((r) => r.path === "note")!.required).toBe(false);
});
