import type { ChartState, RenderedChart } from "./rendered-chart";
import { viewBoxSize } from "./view-box";

/**
 * CSS that gives each chart's renderings their boxes before they are drawn: the browser skips
 * layout and paint of an off-screen rendering (content-visibility in chart.css), and the box it
 * reserves, from the rendering's own proportions, keeps the page from jumping as charts come in.
 * A state of a chart drawn in other proportions than its default gets rules of its own.
 */
export function chartBoxCss(charts: RenderedChart[]): string {
  const rules = (scope: string, state: ChartState) =>
    (["narrow", "wide"] as const).map((w) => {
      const { width, height } = viewBoxSize(state.svg[w]);
      return `${scope} .v-${w}{aspect-ratio:${width}/${height}}`;
    });
  return charts
    .flatMap((chart) => {
      const own = rules(`#chart-${chart.id}`, chart);
      const views = chart.views.slice(1).flatMap((v) => rules(`#chart-${chart.id}:has(#${v.id}:target)`, v));
      return [...own, ...views.filter((rule, i) => rule.split(" .")[1] !== own[i % 2]!.split(" .")[1])];
    })
    .join("");
}
