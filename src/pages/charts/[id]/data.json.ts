import { chartHref, inLang, langOfPath } from "../../../lib/urls";
import { englishSources } from "../../../pipeline/source-wording";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /charts/<id>/data.json: what the chart shows (its table) with the sources of its records; under /en/, in English. */
export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = langOfPath(url.pathname);
  const chart = await getChart(params.id as ChartId, lang);
  const sources = chart.sources.filter(
    (s, i, all) => all.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i,
  );
  const body = {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    description: chart.description,
    url: new URL(inLang(chartHref(chart.id), lang), site).href,
    columns: chart.table.columns,
    rows: chart.table.rows,
    sources: lang === "zh" ? sources : await englishSources(sources, site!),
    licence: "CC BY 4.0 (data compilation); quotes © the article's publisher",
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
