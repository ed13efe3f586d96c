import { expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { chartBoxCss } from "../../src/lib/chart-page/chart-boxes";
import { viewBoxSize } from "../../src/lib/chart-page/view-box";
import { renderChart } from "../../src/pipeline/render-chart";
import { readDatasets } from "../support/repo";

test("reads an SVG's viewBox size, whatever the attribute order", () => {
  expect(viewBoxSize('<svg width="360" viewBox="0 0 360 116" height="116">')).toEqual({ width: 360, height: 116 });
  expect(viewBoxSize('<svg class="x" viewBox="0,0,620.5,570">')).toEqual({ width: 620.5, height: 570 });
  expect(() => viewBoxSize('<svg width="360">')).toThrow("no viewBox");
});

test("every rendering of every chart gets the box of its own proportions", () => {
  const records = readDatasets();
  const charts = CHART_IDS.map((id) => renderChart(id, records));
  const css = chartBoxCss(charts);
  for (const chart of charts) {
    const renderings = { "v-narrow": chart.svg.narrow, "v-wide": chart.svg.wide };
    for (const [cls, svg] of Object.entries(renderings)) {
      const { width, height } = viewBoxSize(svg);
      expect(css).toContain(`#chart-${chart.id} .${cls}{aspect-ratio:${width}/${height}}`);
    }
  }
});
