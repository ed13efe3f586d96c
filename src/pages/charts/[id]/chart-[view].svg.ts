import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartId } from "../../../charts/index";
import { standaloneSvg } from "../../../lib/share/standalone-svg";
import { getChartView, viewPaths } from "../../../pipeline/chart-views";

export const getStaticPaths = viewPaths satisfies GetStaticPaths;

/** /charts/<id>/chart-<view>.svg: one of a chart's other states as a standalone SVG. */
export const GET: APIRoute = async ({ params }) => {
  const chart = await getChartView(params.id as ChartId, params.view!);
  const view = chart.views.find((v) => v.id === params.view)!;
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${chart.title}（${view.label}） — 平湖万州 -->\n${standaloneSvg(chart.svg.wide)}\n`;
  return new Response(body, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
