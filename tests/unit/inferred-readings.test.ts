import { expect, test } from "vitest";
import { groupedReadings, inferredReadings } from "../../src/lib/data/inferred-readings";
import { readDatasets } from "../support/repo";

const records = readDatasets();

test("every reading marked on a record is listed once on /about/, with every record that makes it", () => {
  const marked = inferredReadings(records);
  const groups = groupedReadings(records);
  expect(marked.length).toBeGreaterThanOrEqual(10);
  expect(groups.map((g) => g.what)).toEqual([
    "“今年上半年”即2021年上半年",
    "这些名次是2021年上半年的名次",
    "年份为2021年",
    "原文的“达州机场”即达州河市机场",
    "“重庆段”即郑万高铁在重庆境内的一段，自巫山县至万州",
    "“西万”之“西”指西安",
  ]);
  // No reading lost or doubled: the groups hold exactly the marked readings.
  expect(groups.flatMap((g) => g.records.map((r) => `${r.dataset}/${r.recordId}/${r.field}`)).sort()).toEqual(
    marked.map((r) => `${r.dataset}/${r.recordId}/${r.field}`).sort(),
  );
  for (const g of groups) expect(new Set(marked.filter((m) => m.what === g.what).map((m) => m.reason)).size).toBe(1);
});

test("in English each reading is its records' whatEn and reasonEn, one English a group, labelled by the English names", () => {
  const groups = groupedReadings(records, "en");
  expect(groups.map((g) => g.what)).toEqual(groupedReadings(records).map((g) => g.what));
  for (const g of groups) {
    const marked = inferredReadings(records, "en").filter((m) => m.what === g.what && m.reason === g.reason);
    // Every record of the group says the same in English as in Chinese: the group shows one.
    expect(new Set(marked.map((m) => `${m.whatEn}\n${m.reasonEn}`)).size, g.what).toBe(1);
    for (const r of g.records) expect(r.label, `${r.dataset}/${r.recordId}`).not.toMatch(/[\u3400-\u9fff]/);
  }
});
