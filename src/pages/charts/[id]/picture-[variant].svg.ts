import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { standaloneSvg } from "../../../lib/share/standalone-svg";
import { PICTURE_VARIANTS, langOfPath } from "../../../lib/urls";
import { SITE_TITLE } from "../../../consts";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() =>
  CHART_IDS.flatMap((id) => PICTURE_VARIANTS.map((variant) => ({ params: { id, variant } })))) satisfies GetStaticPaths;

/**
 * /charts/<id>/picture-<width>-<theme>.svg: the chart's default state drawn for a phone (narrow) or a
 * wide column, in the light or the dark colours, for an <img> (the cover's map: ChartPicture.astro).
 */
export const GET: APIRoute = async ({ params, url }) => {
  const lang = langOfPath(url.pathname);
  const chart = await getChart(params.id as ChartId, lang);
  const [width, theme] = params.variant!.split("-") as ["narrow" | "wide", "light" | "dark"];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${chart.title} — ${SITE_TITLE[lang]} -->\n${standaloneSvg(chart.svg[width], theme)}\n`;
  return new Response(body, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
