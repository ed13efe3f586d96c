import { EMBED_LOADER_HREF, embedHref } from "../urls";
import { textWidth } from "../text/measure";
import type { RenderedChart } from "../chart-page/rendered-chart";
import { viewBoxSize } from "../chart-page/view-box";

/** The phone width an embed's default height is worked out for, and the embed's side padding. */
const PHONE = { width: 375, padding: 24 } as const;
/** Rough type metrics of the embed page (CSS px), for estimating its height without a browser. */
const TYPE = {
  title: 17,
  titleLine: 26,
  subtitle: 15,
  subtitleLine: 24,
  small: 13,
  smallLine: 21,
  control: 44,
  legendItem: 120,
} as const;
/** Space that rounding and fonts may add, so the default errs on the side of showing everything. */
const SLACK = 48;

function lines(text: string, size: number, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, size) / width));
}

/**
 * The iframe's default height: the embed's height at a phone width, estimated from the chart's
 * words and its SVG, so that with no script (the loader blocked) nothing of the chart is cut off.
 */
export function defaultEmbedHeight(chart: RenderedChart): number {
  const width = PHONE.width - PHONE.padding;
  const svg = chart.svg.narrow ?? chart.svg.wide;
  const box = viewBoxSize(svg);
  const svgHeight = (box.height * width) / box.width;
  const head =
    lines(chart.title, TYPE.title, width) * TYPE.titleLine +
    lines(chart.subtitle, TYPE.subtitle, width) * TYPE.subtitleLine;
  const legend = chart.legend.reduce(
    (sum, g) =>
      sum +
      TYPE.smallLine +
      Math.ceil((g.items.length * TYPE.legendItem) / width) * (g.filter ? TYPE.control : TYPE.smallLine),
    0,
  );
  const sourceText = chart.sources.length * TYPE.legendItem;
  const foot = TYPE.control + Math.ceil(sourceText / width) * TYPE.smallLine + TYPE.smallLine * 2;
  return Math.ceil((head + svgHeight + legend + foot + SLACK) / 10) * 10;
}

/** The copy-paste snippet: an iframe that works alone, and the loader that sizes it. */
export function embedSnippet(chart: RenderedChart, site: URL, siteName: string): string {
  const src = new URL(embedHref(chart.id), site).href;
  const loader = new URL(EMBED_LOADER_HREF, site).href;
  const title = `${chart.title}（${siteName}）`.replace(/"/g, "&quot;");
  return (
    `<iframe src="${src}" title="${title}" width="100%" height="${defaultEmbedHeight(chart)}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:100%;" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n` +
    `<script async src="${loader}"></script>`
  );
}
