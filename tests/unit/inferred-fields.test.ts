// An inferred reading names a field of its record (src/lib/input/inferred-fields.ts): it must exist.
import { expect, test } from "vitest";
import { formatIssue } from "../../src/lib/input/data-issue";
import { checkInferredFields } from "../../src/lib/input/inferred-fields";
import type { Records } from "../../src/schemas/index";

const reading = (field: string) => ({ field, reading: "推断", basis: "依据" });
const issues = (record: object) =>
  checkInferredFields({ economy: [], transport: [{ id: "r", ...record }] } as unknown as Records).map(formatIssue);

test("fields that exist pass: top-level, nested, and in a list at any index", () => {
  const places = Array.from({ length: 11 }, (_, i) => `p${i}`);
  const inferred = ["period", "source.quote", "places[0]", "places[10]"].map(reading);
  expect(issues({ period: "2021", source: { quote: "原文。" }, places, inferred })).toEqual([]);
});

test("a field the record does not have is named by the reading's position", () => {
  const record = {
    period: "2021",
    places: ["a", "b"],
    source: { quote: "原文。" },
    coordinates: null,
    inferred: ["period", "places[2]", "source.quote.length", "coordinates.lat", "date"].map(reading),
  };
  expect(issues(record)).toEqual([
    'data/transport.json › record "r" › field inferred[1].field: names "places[2]", which the record does not have',
    'data/transport.json › record "r" › field inferred[2].field: names "source.quote.length", which the record does not have',
    'data/transport.json › record "r" › field inferred[3].field: names "coordinates.lat", which the record does not have',
    'data/transport.json › record "r" › field inferred[4].field: names "date", which the record does not have',
  ]);
});
