import { expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { checkCharts } from "../../src/pipeline/check-charts";
import { formatIssue } from "../../src/lib/input/data-issue";
import { DATASET_NAMES, type Records } from "../../src/schemas/index";
import { readDatasets } from "../support/repo";

const records = readDatasets();

test("every chart has something to show from the real records", () => {
  expect(checkCharts(records).map(formatIssue)).toEqual([]);
});

test("with no records at all, every chart is named, with the datasets it reads, and nothing throws", () => {
  const empty = Object.fromEntries(DATASET_NAMES.map((name) => [name, []])) as unknown as Records;
  const issues = checkCharts(empty);
  expect(issues.map((i) => i.message.match(/^chart "([^"]+)"/)?.[1])).toEqual(CHART_IDS);
  for (const issue of issues) expect(issue.file).toMatch(/^data\/\w+\.json(, data\/\w+\.json)*$/);
  expect(issues.find((i) => i.message.startsWith('chart "transport-status"'))!.file).toBe("data/transport.json");
});

// Which charts have nothing left when one dataset is emptied. investments empties no chart on its
// own: investment-amounts and partners-network still draw from projects; emptying places leaves the
// regional map its transport (listed in its table as undrawable ends) but the zone map nothing; without
// milestones every item reads “未查到此后报道”, which is something to show.
const EMPTIED: Record<string, string[]> = {
  economy: ["gdp-growth", "growth-rankings"],
  projects: ["groundbreaking-projects"],
  transport: ["transport-status", "transport-since", "regional-map"],
  investments: [],
  places: ["zone-map"],
  milestones: ["transport-since"],
};

test.each(DATASET_NAMES)("emptying %s stops exactly the charts left with nothing, each naming it", (name) => {
  const issues = checkCharts({ ...records, [name]: [] });
  expect(issues.map((i) => i.message.match(/^chart "([^"]+)"/)?.[1])).toEqual(EMPTIED[name]);
  for (const issue of issues) expect(issue.file.split(", ")).toContain(`data/${name}.json`);
});
