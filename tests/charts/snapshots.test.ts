// SVG snapshots: every chart at both widths, rendered from the real data. A changed rendering fails
// and writes <name>-changed.svg beside the snapshot for review (ignored by git); accept it by
// replacing the snapshot with it. Missing snapshots are written on a developer's machine, never in CI.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { WIDTHS } from "../../src/charts/layout";
import { renderChart } from "../../src/pipeline/render-chart";
import { readDatasets, ROOT } from "../support/repo";

const DIR = join(ROOT, "tests", "charts", "snapshots");
const records = readDatasets();
/** One element a line, so a changed snapshot diffs readably. */
const pretty = (svg: string) => svg.replace(/></g, ">\n<") + "\n";

describe.each(CHART_IDS)("%s", (id) => {
  const chart = renderChart(id, records);
  test.each(Object.keys(WIDTHS) as (keyof typeof WIDTHS)[])("%s", (width) => {
    const name = `${id}-${width}`;
    const file = join(DIR, `${name}.svg`);
    const changed = join(DIR, `${name}-changed.svg`);
    const svg = chart.svg[width];
    if (svg === null) return; // a single-rendering chart (the map) has its wide snapshot only
    const actual = pretty(svg);
    if (!existsSync(file)) {
      if (process.env.CI) throw new Error(`missing snapshot ${file}: run the tests locally and commit it`);
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, actual);
      return;
    }
    if (readFileSync(file, "utf8") === actual) {
      rmSync(changed, { force: true });
      return;
    }
    writeFileSync(changed, actual);
    expect.fail(`${name} changed: compare ${changed} with ${file}`);
  });

  test("renders the same twice (deterministic)", () => {
    expect(renderChart(id, records).svg).toEqual(chart.svg);
  });
});
