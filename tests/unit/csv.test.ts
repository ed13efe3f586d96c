import { csvParse } from "d3-dsv";
import { describe, expect, test } from "vitest";
import { BOM, flatten, formulaSafe, toCsv } from "../../src/lib/data/csv";
import { readDatasets } from "../support/repo";

test("starts with a byte-order mark so spreadsheet programs read Chinese", () => {
  const csv = toCsv([{ id: "a", name: "万州" }]);
  expect(csv.startsWith(BOM)).toBe(true);
  expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});

test("flattens nested records into dotted columns", () => {
  expect(
    flatten({
      id: "x",
      places: ["wanzhou", "kaizhou"],
      figures: [{ value: 5, unit: "条" }],
      source: { kind: "article" },
    }),
  ).toEqual({
    id: "x",
    places: "wanzhou；kaizhou",
    "figures[0].value": 5,
    "figures[0].unit": "条",
    "source.kind": "article",
  });
});

test("quotes commas, quotes and line breaks, and parses back to the same values", () => {
  const records = [{ id: "q", quote: '一句话，带“引号”和"直引号"，\n换行' }];
  const parsed = csvParse(toCsv(records).slice(1));
  expect(parsed[0]).toEqual({ id: "q", quote: records[0]!.quote });
});

test("every real dataset round-trips: one row per record, every id and quote intact", () => {
  const datasets = readDatasets();
  expect(Object.keys(datasets)).toEqual(["economy", "projects", "transport", "investments", "places", "milestones"]);
  for (const list of Object.values(datasets)) {
    const rows = csvParse(toCsv(list).slice(BOM.length));
    expect(rows).toHaveLength(list.length);
    rows.forEach((row, i) => {
      const record = list[i] as { id: string; source?: { quote?: string } };
      expect(row.id).toBe(record.id);
      if (record.source?.quote) expect(row["source.quote"]).toBe(record.source.quote);
    });
  }
});

describe("formula-safe cells", () => {
  // One case per character a spreadsheet starts a formula with.
  test.each([
    ["=", '=HYPERLINK("http://example.invalid/x","click")'],
    ["+", "+1+cmd|' /C calc'!A0"],
    ["-", "-2+3"],
    ["@", "@SUM(1,1)"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
  ])("text starting with %s gets a leading apostrophe, in a cell and in a header", (_, text) => {
    expect(formulaSafe(text)).toBe("'" + text);
    const [row] = csvParse(toCsv([{ [text]: text }]).slice(BOM.length));
    expect(row).toEqual({ ["'" + text]: "'" + text });
  });

  // Importers that trim leading white space would leave the starter first.
  test.each([
    ["a space", ' =HYPERLINK("http://example.invalid/x","click")'],
    ["spaces", "   +1+1"],
    ["an ideographic space", "\u3000@SUM(1,1)"],
    ["a no-break space", "\u00a0-2+3"],
    ["a line break", "\n=1+1"],
  ])("text with %s before a starter gets a leading apostrophe too", (_, text) => {
    expect(formulaSafe(text)).toBe("'" + text);
    expect(csvParse(toCsv([{ value: text }]).slice(BOM.length))[0]!.value).toBe("'" + text);
  });

  test.each(["-3.2", "+5", "-0.5", "12", "1e-3", "-.5", "-12.5", "-.55", "-1e-3", "+1e5", "-2E10", " -3.2"])(
    "%s stays a number",
    (text) => {
      expect(formulaSafe(text)).toBe(text);
      expect(csvParse(toCsv([{ value: Number(text) }, { value: text }]).slice(BOM.length)).map((r) => r.value)).toEqual(
        [String(Number(text)), text],
      );
    },
  );

  // A tab or carriage return is a starter itself, though trimming would remove it.
  test.each(["\tabc", "\rabc", "\t万州"])(
    "text that starts with a white-space starter (%j) gets a leading apostrophe",
    (text) => expect(formulaSafe(text)).toBe("'" + text),
  );

  test("text that only contains a starter, or starts with anything else, is left as it is", () => {
    for (const text of ["a=b", "万州 -3.2", "'=already", " 万州", "", "−3.2"]) expect(formulaSafe(text)).toBe(text);
  });

  test("a joined list is guarded as the one cell it becomes", () => {
    expect(flatten({ places: ["=a", "b"] }).places).toBe("=a；b");
    expect(toCsv([{ places: ["=a", "b"] }])).toContain("'=a；b");
  });
});

test("a list of plain values is one cell; a list holding any object is flattened item by item", () => {
  expect(flatten({ x: [null, "a"] })).toEqual({ x: "；a" });
  expect(flatten({ x: [1, { a: 2 }] })).toEqual({ "x[0]": 1, "x[1].a": 2 });
});

test("a field a record lacks is an empty cell, and the text ends with a line break", () => {
  expect(toCsv([{ a: 1, b: 2 }, { a: 3 }])).toBe(`${BOM}a,b\n1,2\n3,\n`);
});
