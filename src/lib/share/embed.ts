import { EMBED_LOADER_HREF, embedHref, inLang } from "../urls";
import { textWidth, wrapText } from "../text/measure";
import { FIGURE_WORDS } from "../chart-page/figure-words";
import type { ChartState, RenderedChart } from "../chart-page/rendered-chart";
import { CHINESE_WORDING, sourceLineItems, type SourceWording } from "../chart-page/chart-sources";
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
 * fit. An upper bound for text the browser may also break inside an item (source links). Given
 * `wrapped` (the lines an item wider than a line wraps to), such an item, an inline block, starts a
 * line and leaves nothing of its last one to the next item: long English source links.
 */
export function packedLines(widths: number[], width: number, wrapped?: (i: number) => number): number {
  let count = 1;
  let used = 0;
  widths.forEach((w, i) => {
    if (used > 0 && used + w > width) {
      count += 1;
      used = 0;
    }
    if (wrapped && w > width) {
      count += wrapped(i) - 1;
      used = width;
    } else used += w;
  });
  return count;
}

/**
 * The iframe's default height: the embed's height at a phone width, estimated from the chart's
 * words and its SVG, so that with no script (the loader blocked) nothing of the chart is cut off.
 */
export function defaultEmbedHeight(chart: RenderedChart, wording: SourceWording = CHINESE_WORDING): number {
  // A chart of several states gets the height of its tallest, and its switch: a reader may switch.
  const states: ChartState[] = chart.views.length > 0 ? chart.views : [chart];
  const switcher = chart.views.length > 1 ? TYPE.control + TYPE.switchGap : 0;
  return Math.max(...states.map((state) => stateHeight(chart.title, state, switcher, wording, chart.showsStages)));
}

function stateHeight(
  title: string,
  chart: ChartState,
  switcher: number,
  wording: SourceWording,
  showsStages: boolean,
): number {
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
  const items = sourceLineItems(chart.sources, wording);
  const sources = items.map((item) => textWidth(item, TYPE.small));
  // An English link wider than a line wraps at spaces inside its box, full width, and its note or
  // separator goes to the line after it (the Chinese estimate stays as it was).
  const wrapped =
    wording.lang === "en" ? (i: number) => wrapText(items[i]!, width / TYPE.small, "en").length + 1 : undefined;
  const since =
    wording.lang === "en" && showsStages ? (lines(FIGURE_WORDS.en.since, TYPE.small, width) - 1) * TYPE.smallLine : 0;
  const foot = TYPE.control + packedLines(sources, width, wrapped) * TYPE.sourceLine + TYPE.smallLine * 2 + since;
  return Math.ceil((head + svgHeight + legend + foot + SLACK) / 10) * 10;
}

/** The iframe's title: the chart's, its state's, and the site's name. */
function frameTitle(title: string, label: string | undefined, siteName: string, lang: SourceWording["lang"]): string {
  if (lang === "en") return `${title}${label ? `: ${label}` : ""} (${siteName})`;
  return `${title}${label ? `：${label}` : ""}（${siteName}）`;
}

/**
 * The copy-paste snippet: an iframe that works alone, and the loader that sizes it; opening in the
 * chart's state `view` when given (a view's id, not the default's); in the wording's language (the
 * English embed is under /en/).
 */
export function embedSnippet(
  chart: RenderedChart,
  site: URL,
  siteName: string,
  view?: string,
  wording: SourceWording = CHINESE_WORDING,
): string {
  const src = new URL(inLang(embedHref(chart.id, view), wording.lang), site).href;
  const loader = new URL(EMBED_LOADER_HREF, site).href;
  const label = chart.views.find((v) => v.id === view)?.label;
  const title = frameTitle(chart.title, label, siteName, wording.lang).replace(/"/g, "&quot;");
  const height = defaultEmbedHeight(chart, wording);
  return (
    `<iframe src="${src}" title="${title}" width="100%" height="${height}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:100%;" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n` +
    `<script async src="${loader}"></script>`
  );
}
