import { EMBED_LOADER_HREF, embedHref } from "../urls";
import { textWidth } from "../text/measure";
import type { ChartState, RenderedChart } from "../chart-page/rendered-chart";
import { sourceLineItems } from "../chart-page/chart-sources";
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
  /** A line of the source line: its links are inline blocks at least 24 px tall (tap targets). */
  sourceLine: 24,
  /** A legend row without a checkbox (min-height of its items). */
  legendRow: 28,
  /** A legend group's title line, with the gap under it. */
  legendTitle: 28,
  /** A legend item's swatch, its gaps to the label and to the next item (measured: about 54 px). */
  legendItemChrome: 56,
  /** What a filter item's checkbox and its gap add. */
  checkbox: 24,
  /** The margins around a chart's state switch (a row of 44 px links). */
  switchGap: 14,
} as const;
/** Space that rounding and fonts may add, so the default errs on the side of showing everything. */
const SLACK = 72;

function lines(text: string, size: number, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, size) / width));
}

/**
 * How many lines a run of unbreakable items of these widths fills, each line taking items while they
 * fit. An upper bound for text the browser may also break inside an item (source links).
 */
export function packedLines(widths: number[], width: number): number {
  let count = 1;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + w > width) {
      count += 1;
      used = 0;
    }
    used += w;
  }
  return count;
}

/**
 * The iframe's default height: the embed's height at a phone width, estimated from the chart's
 * words and its SVG, so that with no script (the loader blocked) nothing of the chart is cut off.
 */
export function defaultEmbedHeight(chart: RenderedChart): number {
  // A chart of several states gets the height of its tallest, and its switch: a reader may switch.
  const states: ChartState[] = chart.views.length > 0 ? chart.views : [chart];
  const switcher = chart.views.length > 1 ? TYPE.control + TYPE.switchGap : 0;
  return Math.max(...states.map((state) => stateHeight(chart.title, state, switcher)));
}

function stateHeight(title: string, chart: ChartState, switcher: number): number {
  const width = PHONE.width - PHONE.padding;
  const svg = chart.svg.narrow;
  const box = viewBoxSize(svg);
  const svgHeight = (box.height * width) / box.width;
  const head =
    switcher +
    lines(title, TYPE.title, width) * TYPE.titleLine +
    lines(chart.subtitle, TYPE.subtitle, width) * TYPE.subtitleLine;
  const legend = chart.legend.reduce((sum, g) => {
    const chrome = TYPE.legendItemChrome + (g.filter ? TYPE.checkbox : 0);
    const items = g.items.map((i) => textWidth(i.label, TYPE.small) + chrome);
    return sum + TYPE.legendTitle + packedLines(items, width) * (g.filter ? TYPE.control : TYPE.legendRow);
  }, 0);
  const sources = sourceLineItems(chart.sources).map((item) => textWidth(item, TYPE.small));
  const foot = TYPE.control + packedLines(sources, width) * TYPE.sourceLine + TYPE.smallLine * 2;
  return Math.ceil((head + svgHeight + legend + foot + SLACK) / 10) * 10;
}

/**
 * The copy-paste snippet: an iframe that works alone, and the loader that sizes it; opening in the
 * chart's state `view` when given (a view's id, not the default's).
 */
export function embedSnippet(chart: RenderedChart, site: URL, siteName: string, view?: string): string {
  const src = new URL(embedHref(chart.id, view), site).href;
  const loader = new URL(EMBED_LOADER_HREF, site).href;
  const label = chart.views.find((v) => v.id === view)?.label;
  const title = `${chart.title}${label ? `：${label}` : ""}（${siteName}）`.replace(/"/g, "&quot;");
  return (
    `<iframe src="${src}" title="${title}" width="100%" height="${defaultEmbedHeight(chart)}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:100%;" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n` +
    `<script async src="${loader}"></script>`
  );
}
