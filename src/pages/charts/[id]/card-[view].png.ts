import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartId } from "../../../charts/index";
import { svgToPng } from "../../../lib/share/draw-svg";
import { cardSvg } from "../../../lib/share/share-image";
import { SHARE_IMAGE } from "../../../lib/share/share-image-size";
import { getChartView, viewPaths } from "../../../pipeline/chart-views";

export const getStaticPaths = viewPaths satisfies GetStaticPaths;

/** /charts/<id>/card-<view>.png: the share card of one of a chart's other states (card-latest.png). */
export const GET: APIRoute = async ({ params }) => {
  const chart = await getChartView(params.id as ChartId, params.view!);
  const png = await svgToPng(cardSvg(chart), SHARE_IMAGE.width);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
