import { parseHTML } from "linkedom";
import { CHARTS, type ChartId } from "../charts/index";
import { WIDTHS } from "../charts/layout";
import type { ChartDefinition } from "../charts/types";
import type { ChartState, RenderedChart } from "../lib/chart-page/rendered-chart";
import type { Records } from "../schemas/index";
import { DEFAULT_LANG, type Lang } from "../lib/locale/lang";

/**
 * Renders one chart in one language, each of its states at both widths, with a server-side DOM
 * (linkedom): no browser needed.
 */
export function renderChart(id: ChartId, records: Records, lang: Lang = DEFAULT_LANG): RenderedChart<ChartId> {
  const chart = CHARTS[id] as unknown as ChartDefinition<unknown>;
  const data = chart.select(records);
  // A state: the chart's functions, with those the view gives in their place.
  const state = (
    def: Pick<ChartDefinition<unknown>, "subtitle" | "describe" | "table" | "sources" | "legend">,
    d: unknown,
  ): ChartState => {
    const draw = (width: number) => {
      const { document } = parseHTML("<!doctype html><html><body></body></html>");
      return chart.render(d, { width, document: document as unknown as Document, lang }).outerHTML;
    };
    return {
      subtitle: def.subtitle(d, lang),
      description: def.describe(d, lang),
      table: def.table(d, lang),
      sources: def.sources(d),
      svg: { narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) },
      legend: def.legend?.(d, lang) ?? [],
    };
  };
  const base = state(chart, data);
  const views = (chart.views ?? []).map((view) => {
    const d = view.select?.(data, records) ?? data;
    // A view with nothing of its own is the chart's default state: drawn once.
    const own = d !== data || view.subtitle || view.describe || view.table || view.sources || view.legend;
    return { id: view.id, label: view.label(d, lang), ...(own ? state({ ...chart, ...view }, d) : base) };
  });
  return { id, title: chart.title[lang], ...base, views, showsStages: chart.showsStages === true };
}
