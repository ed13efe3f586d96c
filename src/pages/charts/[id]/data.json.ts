import { chartHref } from "../../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /charts/<id>/data.json: what the chart shows (its table) with the sources of its records. */
export const GET: APIRoute = async ({ params, site }) => {
  const chart = await getChart(params.id as ChartId);
  const body = {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    description: chart.description,
    url: new URL(chartHref(chart.id), site).href,
    columns: chart.table.columns,
    rows: chart.table.rows,
    sources: chart.sources.filter((s, i, all) => all.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i),
    licence: "CC BY 4.0 (data compilation); quotes © the article's publisher",
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
