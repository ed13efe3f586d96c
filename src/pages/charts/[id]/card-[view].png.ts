import { langOfPath } from "../../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartId } from "../../../charts/index";
import { svgToPng } from "../../../lib/share/draw-svg";
import { cardSvg } from "../../../lib/share/share-image";
import { SHARE_IMAGE } from "../../../lib/share/share-image-size";
import { getChartView, viewPaths } from "../../../pipeline/chart-views";

export const getStaticPaths = viewPaths satisfies GetStaticPaths;

/** /charts/<id>/card-<view>.png: the share card of one of a chart's other states (card-latest.png); under /en/, in English. */
export const GET: APIRoute = async ({ params, url }) => {
  const lang = langOfPath(url.pathname);
  const chart = await getChartView(params.id as ChartId, params.view!, lang);
  const png = await svgToPng(cardSvg(chart, lang), SHARE_IMAGE.width);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
