import { langOfPath } from "../../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartId } from "../../../charts/index";
import { WIDTHS } from "../../../charts/layout";
import { svgToPng } from "../../../lib/share/draw-svg";
import { standaloneSvg } from "../../../lib/share/standalone-svg";
import { getChartView, viewPaths } from "../../../pipeline/chart-views";

export const getStaticPaths = viewPaths satisfies GetStaticPaths;

/** /charts/<id>/chart-<view>.png: one of a chart's other states alone, at twice its wide size. */
export const GET: APIRoute = async ({ params, url }) => {
  const chart = await getChartView(params.id as ChartId, params.view!, langOfPath(url.pathname));
  const png = await svgToPng(standaloneSvg(chart.svg.wide), WIDTHS.wide * 2);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
