import { langOfPath } from "../../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { WIDTHS } from "../../../charts/layout";
import { svgToPng } from "../../../lib/share/draw-svg";
import { standaloneSvg } from "../../../lib/share/standalone-svg";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /charts/<id>/chart.png: the chart alone at twice its wide size, for slides and print. */
export const GET: APIRoute = async ({ params, url }) => {
  const chart = await getChart(params.id as ChartId, langOfPath(url.pathname));
  const png = await svgToPng(standaloneSvg(chart.svg.wide), WIDTHS.wide * 2);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
