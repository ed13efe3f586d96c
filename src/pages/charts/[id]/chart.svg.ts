import { langOfPath } from "../../../lib/urls";
import { SITE_TITLE } from "../../../consts";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { standaloneSvg } from "../../../lib/share/standalone-svg";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /charts/<id>/chart.svg: the chart as a standalone SVG (colours resolved, fonts named), to edit or print. */
export const GET: APIRoute = async ({ params, url }) => {
  const lang = langOfPath(url.pathname);
  const chart = await getChart(params.id as ChartId, lang);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${chart.title} — ${SITE_TITLE[lang]} -->\n${standaloneSvg(chart.svg.wide)}\n`;
  return new Response(body, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
