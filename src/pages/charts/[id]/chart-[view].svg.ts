import { langOfPath } from "../../../lib/urls";
import { SITE_TITLE } from "../../../consts";
import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartId } from "../../../charts/index";
import { standaloneSvg } from "../../../lib/share/standalone-svg";
import { getChartView, viewPaths } from "../../../pipeline/chart-views";

export const getStaticPaths = viewPaths satisfies GetStaticPaths;

/** /charts/<id>/chart-<view>.svg: one of a chart's other states as a standalone SVG. */
export const GET: APIRoute = async ({ params, url }) => {
  const lang = langOfPath(url.pathname);
  const chart = await getChartView(params.id as ChartId, params.view!, lang);
  const view = chart.views.find((v) => v.id === params.view)!;
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${lang === "en" ? `${chart.title} (${view.label})` : `${chart.title}（${view.label}）`} — ${SITE_TITLE[lang]} -->\n${standaloneSvg(chart.svg.wide)}\n`;
  return new Response(body, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
