import { langOfPath } from "../../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { svgToPng } from "../../../lib/share/draw-svg";
import { cardSvg } from "../../../lib/share/share-image";
import { SHARE_IMAGE } from "../../../lib/share/share-image-size";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /charts/<id>/card.png: the 1200×630 share card (og:image), drawn with a CJK font from npm; under /en/, in English. */
export const GET: APIRoute = async ({ params, url }) => {
  const lang = langOfPath(url.pathname);
  const png = await svgToPng(cardSvg(await getChart(params.id as ChartId, lang), lang), SHARE_IMAGE.width);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
