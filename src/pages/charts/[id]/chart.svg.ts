import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { standaloneSvg } from "../../../lib/share/standalone-svg";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /charts/<id>/chart.svg: the chart as a standalone SVG (colours resolved, fonts named), to edit or print. */
export const GET: APIRoute = async ({ params }) => {
  const chart = await getChart(params.id as ChartId);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${chart.title} — 平湖万州 -->\n${standaloneSvg(chart.svg.wide)}\n`;
  return new Response(body, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
