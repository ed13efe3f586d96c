import { expect, test } from "vitest";
import { DataError, formatIssue } from "../../src/lib/input/data-issue";
import { parseJson, validateRecords } from "../../src/lib/input/validate";
import { DATASETS } from "../../src/schemas/index";
import { clone, readRawDatasets } from "../support/repo";

const transport = readRawDatasets().transport as { id: string; mode: string }[];

test("a file that is not an array of records is named, as a problem of the whole file", () => {
  const issues = validateRecords("data/transport.json", { records: [] }, DATASETS.transport.schema);
  expect(formatIssue(issues[0]!)).toBe("data/transport.json: a dataset file holds a JSON array of records");
});

test("every bad field of every record is listed, not only the first", () => {
  const broken = clone(transport);
  broken[0]!.mode = "plane";
  (broken[3] as Record<string, unknown>).places = "wanzhou";
  const issues = validateRecords("data/transport.json", broken, DATASETS.transport.schema);
  expect(issues.map((i) => `${i.record}/${i.field}`)).toEqual([`${broken[0]!.id}/mode`, `${broken[3]!.id}/places`]);
});

test("a duplicate id and a record without an id are named", () => {
  const broken = clone(transport);
  broken[1]!.id = broken[0]!.id;
  delete (broken[2] as Partial<(typeof broken)[number]>).id;
  const issues = validateRecords("data/transport.json", broken, DATASETS.transport.schema);
  expect(issues).toContainEqual(
    expect.objectContaining({ record: broken[0]!.id, field: "id", message: "duplicate id" }),
  );
  expect(issues).toContainEqual(expect.objectContaining({ record: "#2", field: "id" }));
});

test("malformed JSON throws a DataError naming the file, the line and the column", () => {
  expect(() => parseJson("data/economy.json", "[{]")).toThrow(DataError);
  expect(() => parseJson("data/economy.json", "[\n  {]")).toThrow(
    "data/economy.json: malformed JSON at line 2, column 4: expected property name or '}'",
  );
});

test("an unknown extra field is refused (records are strict)", () => {
  const broken = clone(transport);
  (broken[0] as Record<string, unknown>).colour = "red";
  const issues = validateRecords("data/transport.json", broken, DATASETS.transport.schema);
  expect(issues[0]!.message).toMatch(/colour/);
});

test("a record without a readable id is named by its position", () => {
  const schema = DATASETS.transport.schema;
  const names = (input: unknown[]) => [
    ...new Set(validateRecords("data/transport.json", input, schema).map((i) => i.record)),
  ];
  expect(names([null])).toEqual(["#0"]);
  expect(names([{ id: "" }, { id: 5 }, "x"])).toEqual(["#0", "#1", "#2"]);
});
