// Property-based tests of the input check and the charts against mutated input (fast-check). Each
// case mutates one real file (tests/support/mutations.ts: wrong types, missing and extra fields,
// empty, very long and odd text, markup, formula starters, duplicate ids, NaN, Infinity, huge and
// negative numbers, bad dates, unknown chart ids) and checks that the input check reports every
// problem as file › record › field without throwing, and that input it accepts draws every chart
// with none of its markup let through. Seeded, so a failure replays: fast-check prints the seed and
// the path of the failing case; FUZZ_SEED=<seed> FUZZ_RUNS=<n> npx vitest run tests/fuzz replays it.
import fc from "fast-check";
import { expect, test } from "vitest";
import { CHART_IDS, CHARTS, type ChartId } from "../../src/charts/index";
import type { ChartDefinition } from "../../src/charts/types";
import { formatIssue, type DataIssue } from "../../src/lib/input/data-issue";
import { checkInput } from "../../src/pipeline/check-input";
import { renderChart } from "../../src/pipeline/render-chart";
import type { DatasetName, Records } from "../../src/schemas/index";
import { injected } from "../support/hostile";
import { applyMutation, markupMutation, mutation, type Mutation } from "../support/mutations";
import { readInput } from "../support/repo";

const seed = Number(process.env.FUZZ_SEED ?? 20211017);
const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const { files, records: base } = readInput();
const paths = files.map((f) => f.path);
const datasetFiles = paths.filter((p) => p.startsWith("data/"));

/** The maps take seconds a rendering (county labels are placed by search), so they get runs of their own. */
const MAPS: ChartId[] = ["regional-map", "zone-map"];

/** The datasets each chart's selection reads, found by watching it read the real records. */
const reads = new Map<ChartId, Set<string>>(
  CHART_IDS.map((id) => {
    const read = new Set<string>();
    const watched = new Proxy(base, { get: (t, k: string) => (read.add(k), t[k as DatasetName]) });
    (CHARTS[id] as unknown as ChartDefinition<unknown>).select(watched);
    return [id, read];
  }),
);

/** What must hold of every issue: a file of the input (or a chart's file), a record, a field, a message. */
function wellFormed(issue: DataIssue): void {
  for (const file of issue.file.split(", "))
    expect(paths.includes(file) || /^src\/charts\/[a-z-]+\.ts$/.test(file)).toBe(true);
  expect(issue.record).toEqual(expect.any(String));
  expect(issue.record.length).toBeGreaterThan(0);
  expect(issue.field).toEqual(expect.any(String));
  expect(issue.message.trim().length).toBeGreaterThan(0);
  expect(formatIssue(issue).startsWith(issue.file)).toBe(true);
}

/** Renders the charts and looks for the input's markup in their SVG. */
function drawsSafely(ids: ChartId[], records: Records): void {
  for (const id of ids) {
    const chart = renderChart(id, records);
    for (const svg of [chart.svg.narrow, chart.svg.wide]) expect(injected(svg), id).toEqual([]);
  }
}

/** Checks the mutated input; returns the records when the check accepts it. */
function checked(m: Mutation): Records | undefined {
  const input = applyMutation(files, m);
  const { issues, records } = checkInput(input);
  issues.forEach(wellFormed);
  const text = input.find((f) => f.path === m.file)!.text;
  if (m.file.endsWith(".json") && !isJson(text))
    expect(issues.map(formatIssue)).toContainEqual(expect.stringMatching(new RegExp(`^${m.file}: malformed JSON`)));
  return issues.length === 0 ? records : undefined;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const options = (numRuns: number) => ({ seed, numRuns, verbose: 0 as const });

/** The charts but the maps whose selection reads the mutated file (the others draw as they always do). */
const chartsOf = (m: Mutation) =>
  CHART_IDS.filter((id) => !MAPS.includes(id) && reads.get(id)!.has(m.file.replace(/^data\/|\.json$/g, "")));

test(`${runs} mutated inputs: every problem named, accepted input drawn safely (seed ${seed})`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(mutation(paths), (m) => {
      const records = checked(m);
      if (!records) return;
      accepted++;
      drawsSafely(chartsOf(m), records);
    }),
    options(runs),
  );
  console.log(`fuzz: ${runs} cases, ${accepted} accepted by the input check (seed ${seed})`);
});

const markupRuns = Math.round(runs / 4);
test(`${markupRuns} datasets with markup added to their text: no chart lets it through (seed ${seed})`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(markupMutation(datasetFiles), (m) => {
      const records = checked(m);
      if (!records) return;
      accepted++;
      drawsSafely(chartsOf(m), records);
    }),
    options(markupRuns),
  );
  console.log(`fuzz: ${markupRuns} cases with markup, ${accepted} accepted by the input check (seed ${seed})`);
});

// Each case draws both maps in both languages (some four seconds): five cases by default.
const mapRuns = Math.max(3, Math.round(runs / 400));
test(`${mapRuns} mutated map datasets: accepted input draws both maps safely (seed ${seed})`, () => {
  const mapFiles = datasetFiles.filter((p) => MAPS.some((id) => reads.get(id)!.has(p.slice(5, -5))));
  fc.assert(
    fc.property(fc.oneof(mutation(mapFiles, 2), markupMutation(mapFiles)), (m) => {
      const records = checked(m);
      if (records) drawsSafely(MAPS, records);
    }),
    options(mapRuns),
  );
});
