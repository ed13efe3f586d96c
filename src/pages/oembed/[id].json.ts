import { chartFileHref } from "../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/index";
import { SITE_TITLE } from "../../consts";
import { defaultEmbedHeight, embedSnippet } from "../../lib/share/embed";
import { SHARE_IMAGE } from "../../lib/share/share-image-size";
import { getChart } from "../../pipeline/site";
import { WIDTHS } from "../../charts/layout";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /oembed/<id>.json: an oEmbed 1.0 "rich" document, so CMSs that speak oEmbed can embed the chart. */
export const GET: APIRoute = async ({ params, site }) => {
  const chart = await getChart(params.id as ChartId);
  const body = {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: SITE_TITLE.zh,
    provider_url: new URL("/", site).href,
    html: embedSnippet(chart, site!, SITE_TITLE.zh),
    width: WIDTHS.wide,
    height: defaultEmbedHeight(chart),
    thumbnail_url: new URL(chartFileHref(chart.id, "card.png"), site).href,
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json+oembed; charset=utf-8" },
  });
};
