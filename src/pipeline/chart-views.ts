import { CHART_IDS, CHARTS, type ChartId } from "../charts/index";
import type { RenderedChart } from "../lib/chart-page/rendered-chart";
import type { Lang } from "../lib/locale/lang";
import { getChart } from "./site";

/** Every chart state other than a chart's default, as the routes of its own files list them. */
export function viewPaths(): { params: { id: ChartId; view: string } }[] {
  return CHART_IDS.flatMap((id) => (CHARTS[id].views ?? []).slice(1).map((v) => ({ params: { id, view: v.id } })));
}

/** A chart shown in one of its states, as a chart of its own: for the state's card, PNG and SVG (in a language). */
export async function getChartView(id: ChartId, view: string, lang: Lang): Promise<RenderedChart<ChartId>> {
  const chart = await getChart(id, lang);
  const state = chart.views.find((v) => v.id === view);
  if (!state) throw new Error(`chart ${id} has no view "${view}"`);
  return { ...chart, ...state, id: chart.id };
}
