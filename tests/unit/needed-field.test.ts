// What a chart needs of a record it shows (src/lib/input/needed-field.ts): never a fallback.
import { expect, test } from "vitest";
import { DataError, formatIssue } from "../../src/lib/input/data-issue";
import {
  localizedWords,
  neededField,
  neededMeasureEn,
  neededMeasureWords,
  neededWordList,
  neededWords,
} from "../../src/lib/input/needed-field";

/** The one issue of the DataError `run` throws. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues.map(formatIssue).join("\n");
  }
  throw new Error("nothing was thrown");
}

test("a field that is there is handed back, whatever its value but null or undefined", () => {
  expect(neededField("economy", { id: "r", shortName: "万州" }, "shortName")).toBe("万州");
  expect(neededField("economy", { id: "r", rank: 0 }, "rank")).toBe(0);
  expect(neededField("economy", { id: "r", shortName: "" }, "shortName")).toBe("");
});

test("a missing or null field stops the build, naming dataset, record and field", () => {
  const message =
    'data/economy.json › record "r" › field shortName: shows this record and needs its shortName, which it lacks (charts never fall back)';
  expect(thrown(() => neededField("economy", { id: "r" } as { id: string; shortName?: string }, "shortName"))).toBe(
    message,
  );
  expect(thrown(() => neededField("economy", { id: "r", shortName: null }, "shortName"))).toBe(message);
});

test("a figure whose text says what it measures is handed back; a bare number, or no figure, stops the build", () => {
  const figure = (text: string) => ({ value: 12.1, unit: "亿元" as const, bound: "exact" as const, text });
  const record = { id: "i", figures: [figure("协议投资12.1亿元"), figure(" 12.1亿元 ")] };
  expect(neededMeasureWords("investments", record, 0)).toEqual(figure("协议投资12.1亿元"));
  const message = (i: number) =>
    `data/investments.json › record "i" › field figures[${i}].text: shows this figure and needs the article's words for what it measures in its text (协议投资 or 总投资达 before the amount), which gives only the number`;
  expect(thrown(() => neededMeasureWords("investments", record, 1))).toBe(message(1));
  expect(thrown(() => neededMeasureWords("investments", record, 2))).toBe(message(2));
  expect(thrown(() => neededMeasureWords("investments", { id: "i" }, 0))).toBe(message(0));
});

test("words in both languages: the Chinese field and its English sibling, either missing stops the build", () => {
  expect(localizedWords("projects", { id: "p", name: "两江新区", nameEn: "Liangjiang New Area" }, "name")).toEqual({
    zh: "两江新区",
    en: "Liangjiang New Area",
  });
  expect(thrown(() => localizedWords("projects", { id: "p", name: "两江新区" }, "name"))).toContain("field nameEn");
});

test("a list's English goes entry for entry with the Chinese; another length stops the build", () => {
  const record = { id: "p", items: ["粮油加工", "仓储物流"], itemsEn: ["grain and oil processing", "warehousing"] };
  expect(neededWordList("projects", record, "items", "zh")).toEqual(["粮油加工", "仓储物流"]);
  expect(neededWordList("projects", record, "items", "en")).toEqual(["grain and oil processing", "warehousing"]);
  expect(neededWordList("projects", { id: "p" } as { id: string; items?: string[] }, "items", "en")).toEqual([]);
  expect(thrown(() => neededWordList("projects", { ...record, itemsEn: ["grain"] }, "items", "en"))).toBe(
    'data/projects.json › record "p" › field itemsEn: gives 1 English entries for the 2 of items; they go one for one',
  );
});

test("a figure shown in English needs its measureEn", () => {
  const figure = { value: 12.1, unit: "亿元" as const, bound: "exact" as const, text: "协议投资12.1亿元" };
  expect(neededMeasureEn("investments", { id: "i", figures: [{ ...figure, measureEn: "agreed investment" }] }, 0)).toBe(
    "agreed investment",
  );
  expect(thrown(() => neededMeasureEn("investments", { id: "i", figures: [figure] }, 0))).toContain(
    "field figures[0].measureEn",
  );
});

test("a record's words: the field in Chinese, its <field>En in English; a missing English stops the build", () => {
  const record = { id: "wanzhou", name: "万州", nameEn: "Wanzhou", shortName: "万州" };
  expect(neededWords("places", record, "name", "zh")).toBe("万州");
  expect(neededWords("places", record, "name", "en")).toBe("Wanzhou");
  try {
    neededWords("places", record, "shortName", "en");
    expect.unreachable("a record without shortNameEn must stop the build");
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).issues.map(formatIssue)).toEqual([
      'data/places.json › record "wanzhou" › field shortNameEn: shows this record and needs its shortNameEn, which it lacks (charts never fall back)',
    ]);
  }
});
