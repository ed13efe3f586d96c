import { parseHTML } from "linkedom";
import { CHARTS, type ChartId } from "../charts/index";
import { WIDTHS } from "../charts/layout";
import type { ChartDefinition } from "../charts/types";
import type { RenderedChart } from "../lib/chart-page/rendered-chart";
import type { Records } from "../schemas/index";

/** Renders one chart at both widths with a server-side DOM (linkedom): no browser needed. */
export function renderChart(id: ChartId, records: Records): RenderedChart<ChartId> {
  const chart = CHARTS[id] as unknown as ChartDefinition<unknown>;
  const data = chart.select(records);
  const draw = (width: number) => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    return chart.render(data, { width, document: document as unknown as Document }).outerHTML;
  };
  return {
    id,
    title: chart.title,
    subtitle: chart.subtitle(data),
    description: chart.describe(data),
    table: chart.table(data),
    sources: chart.sources(data),
    svg: { narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) },
    legend: chart.legend?.(data) ?? [],
    showsStages: chart.showsStages === true,
  };
}
