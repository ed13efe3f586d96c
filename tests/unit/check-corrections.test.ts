// The corrections log's checks (src/lib/input/check-corrections.ts) and the datasets' (check-datasets.ts):
// issues, and the parsed entries or records only when there is none.
import { expect, test } from "vitest";
import { checkCorrections } from "../../src/lib/input/check-corrections";
import { checkDatasets } from "../../src/lib/input/check-datasets";
import { formatIssue } from "../../src/lib/input/data-issue";
import { DATASET_NAMES } from "../../src/schemas/index";
import { readInputFiles } from "../support/repo";

const FILE = "data/corrections.json";
const entry = (id: string, date: string) => ({
  id,
  date,
  wrong: "画成了全线在建。",
  right: "画成重庆境内一段。",
  where: [{ label: "交通连线地图", href: "/charts/regional-map/" }],
});
const log = (...entries: unknown[]) => [{ path: FILE, text: JSON.stringify(entries) }];

test("a log newest first (same day allowed) passes and is handed on, parsed", () => {
  const entries = [entry("c", "2026-12-01"), entry("b", "2026-11-29"), entry("a", "2026-11-29")];
  expect(checkCorrections(log(...entries))).toEqual({ issues: [], corrections: entries });
  expect(checkCorrections(log())).toEqual({ issues: [], corrections: [] });
});

test("an entry newer than the one before it is named, and no entries are handed on", () => {
  const { issues, corrections } = checkCorrections(
    log(entry("c", "2026-12-01"), entry("a", "2026-11-01"), entry("b", "2026-11-29"), entry("d", "2026-10-01")),
  );
  expect(corrections).toBeUndefined();
  expect(issues.map(formatIssue)).toEqual([
    `${FILE} › record "b" › field date: entries are newest first: 2026-11-29 comes after 2026-11-01 ("a")`,
  ]);
});

test("a missing, malformed or invalid log is named, and no entries are handed on", () => {
  expect(checkCorrections([])).toEqual({
    issues: [{ file: FILE, record: "(file)", field: "", message: "file is missing" }],
  });
  expect(checkCorrections([{ path: FILE, text: "[{]" }]).issues.map(formatIssue)).toEqual([
    `${FILE}: malformed JSON at line 1, column 3: expected property name or '}'`,
  ]);
  const invalid = checkCorrections(log({ ...entry("a", "2026-11-29"), where: [] }));
  expect(invalid.corrections).toBeUndefined();
  expect(invalid.issues.map((i) => `${i.record} ${i.field}`)).toEqual(["a where"]);
});

test("datasets: the records are handed on only when every file passes", () => {
  const files = readInputFiles();
  const good = checkDatasets(files);
  expect(good.issues).toEqual([]);
  expect(Object.keys(good.records!)).toEqual(DATASET_NAMES);
  const broken = files.map((f) => (f.path === "data/places.json" ? { ...f, text: "{}" } : f));
  expect(checkDatasets(broken)).toEqual({
    issues: [
      {
        file: "data/places.json",
        record: "(file)",
        field: "",
        message: "a dataset file holds a JSON array of records",
      },
    ],
  });
  const missing = checkDatasets(files.filter((f) => f.path !== "data/economy.json"));
  expect(missing).toEqual({
    issues: [{ file: "data/economy.json", record: "(file)", field: "", message: "dataset file is missing" }],
  });
});
