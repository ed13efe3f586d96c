import { parseHTML } from "linkedom";
import { CHARTS, type ChartId } from "../charts/index";
import { WIDTHS } from "../charts/layout";
import type { ChartDefinition } from "../charts/types";
import type { ChartState, RenderedChart } from "../lib/chart-page/rendered-chart";
import type { Records } from "../schemas/index";

/** Renders one chart, each of its states at both widths, with a server-side DOM (linkedom): no browser needed. */
export function renderChart(id: ChartId, records: Records): RenderedChart<ChartId> {
  const chart = CHARTS[id] as unknown as ChartDefinition<unknown>;
  const data = chart.select(records);
  // A state: the chart's functions, with those the view gives in their place.
  const state = (
    def: Pick<ChartDefinition<unknown>, "subtitle" | "describe" | "table" | "sources" | "legend">,
    d: unknown,
  ): ChartState => {
    const draw = (width: number) => {
      const { document } = parseHTML("<!doctype html><html><body></body></html>");
      return chart.render(d, { width, document: document as unknown as Document }).outerHTML;
    };
    return {
      subtitle: def.subtitle(d),
      description: def.describe(d),
      table: def.table(d),
      sources: def.sources(d),
      svg: { narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) },
      legend: def.legend?.(d) ?? [],
    };
  };
  const base = state(chart, data);
  const views = (chart.views ?? []).map((view) => {
    const d = view.select?.(data, records) ?? data;
    // A view with nothing of its own is the chart's default state: drawn once.
    const own = d !== data || view.subtitle || view.describe || view.table || view.sources || view.legend;
    return { id: view.id, label: view.label(d), ...(own ? state({ ...chart, ...view }, d) : base) };
  });
  return { id, title: chart.title, ...base, views, showsStages: chart.showsStages === true };
}
