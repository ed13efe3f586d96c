// SVG snapshots: every chart at both widths, rendered from the real data, one file each in
// tests/charts/snapshots/ (the English edition's in tests/charts/snapshots/en/). A changed or missing snapshot fails, and no run writes one unless asked
// (vitest.config.ts: `update: "none"`, whatever CI says). To accept a change (or add a new chart's
// snapshots), look at the diff, then run `npx vitest run tests/charts -u` and commit the files.
import { describe, expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { WIDTHS } from "../../src/charts/layout";
import { renderChart } from "../../src/pipeline/render-chart";
import { DEFAULT_LANG, LANGS } from "../../src/lib/locale/lang";
import { readDatasets } from "../support/repo";

const records = readDatasets();
/** One element a line, so a changed snapshot diffs readably. */
const pretty = (svg: string) => svg.replace(/></g, ">\n<") + "\n";

describe.each(LANGS.flatMap((lang) => CHART_IDS.map((id) => [lang, id] as const)))("%s %s", (lang, id) => {
  const chart = renderChart(id, records, lang);
  const dir = lang === DEFAULT_LANG ? "./snapshots" : `./snapshots/${lang}`;
  test.each(Object.keys(WIDTHS) as (keyof typeof WIDTHS)[])("%s", async (width) => {
    await expect(pretty(chart.svg[width])).toMatchFileSnapshot(`${dir}/${id}-${width}.svg`);
  });

  // A chart's other states (the map's latest view): their own snapshots, <id>-<view>-<width>.svg.
  test.each(
    chart.views.slice(1).flatMap((v) => (Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]).map((w) => [v.id, w])),
  )("view %s, %s", async (view, width) => {
    const svg = chart.views.find((v) => v.id === view)!.svg[width as keyof typeof WIDTHS];
    await expect(pretty(svg)).toMatchFileSnapshot(`${dir}/${id}-${view}-${width}.svg`);
  });

  test("renders the same twice (deterministic)", () => {
    expect(renderChart(id, records, lang).svg).toEqual(chart.svg);
  });
});
