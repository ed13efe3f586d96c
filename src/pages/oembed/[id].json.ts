import { chartFileHref, inLang, langOfPath } from "../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/index";
import { SITE_TITLE } from "../../consts";
import { defaultEmbedHeight, embedSnippet } from "../../lib/share/embed";
import { SHARE_IMAGE } from "../../lib/share/share-image-size";
import { getChart } from "../../pipeline/site";
import { getSourceWording } from "../../pipeline/source-wording";
import { WIDTHS } from "../../charts/layout";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/**
 * /oembed/<id>.json: an oEmbed 1.0 "rich" document, so CMSs that speak oEmbed can embed the chart;
 * /en/oembed/<id>.json embeds the English chart.
 */
export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = langOfPath(url.pathname);
  const chart = await getChart(params.id as ChartId, lang);
  const wording = await getSourceWording(lang);
  const body = {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: SITE_TITLE[lang],
    provider_url: new URL(inLang("/", lang), site).href,
    html: embedSnippet(chart, site!, SITE_TITLE[lang], undefined, wording),
    width: WIDTHS.wide,
    height: defaultEmbedHeight(chart, wording),
    thumbnail_url: new URL(inLang(chartFileHref(chart.id, "card.png"), lang), site).href,
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json+oembed; charset=utf-8" },
  });
};
