import type { RenderedChart } from "./rendered-chart";
import { viewBoxSize } from "./view-box";

/**
 * CSS that gives each chart's renderings their boxes before they are drawn: the browser skips
 * layout and paint of an off-screen rendering (content-visibility in chart.css), and the box it
 * reserves, from the rendering's own proportions, keeps the page from jumping as charts come in.
 */
export function chartBoxCss(charts: RenderedChart[]): string {
  return charts
    .flatMap((chart) => {
      const boxes: [string, string][] = [
        ["v-narrow", chart.svg.narrow],
        ["v-wide", chart.svg.wide],
      ];
      return boxes.map(([cls, svg]) => {
        const { width, height } = viewBoxSize(svg);
        return `#chart-${chart.id} .${cls}{aspect-ratio:${width}/${height}}`;
      });
    })
    .join("");
}
