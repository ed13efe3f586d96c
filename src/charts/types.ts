import type { Records } from "../schemas/index";
import type { ChartTable, LegendGroup } from "../lib/chart-page/rendered-chart";
import type { Source } from "../schemas/source";
import type { Lang, Localized } from "../lib/locale/lang";

/** Where a chart draws: its width in CSS pixels and the document that makes its elements. */
export interface ChartContext {
  /** Width of the SVG in CSS pixels; the figure ships a narrow and a wide rendering. */
  width: number;
  /** A DOM document (linkedom at build time). */
  document: Document;
  /** The language of every word the chart draws (labels, axes, tooltips). */
  lang: Lang;
}

/**
 * One chart: a pure function of dataset records to an SVG, with its words. A chart file holds no
 * figures of its own: every number it shows comes from the records `select` returns.
 */
export interface ChartDefinition<D = unknown> {
  /** Permanent id: file name, registry key, URL segment /charts/<id>/ and snapshot name. */
  id: string;
  /** The finding, in each language, without figures (numbers belong in data). */
  title: Localized<string>;
  /** One line stating the finding with its figures, made from the data. */
  subtitle(data: D, lang: Lang): string;
  /** Picks and shapes the records the chart shows. */
  select(records: Records): D;
  /** Draws the chart into an <svg>. */
  render(data: D, context: ChartContext): SVGSVGElement;
  /** A text description of what the chart shows, for screen readers and the permalink page. */
  describe(data: D, lang: Lang): string;
  /** The data table alternative. */
  table(data: D, lang: Lang): ChartTable;
  /** The sources of the records shown, for the source line. */
  sources(data: D): Source[];
  /** The chart shows stages (the article's or later ones): its figure links to /since/. */
  showsStages?: true;
  /** An HTML legend under the chart (and filters), for charts whose key is too large for the SVG. */
  legend?(data: D, lang: Lang): LegendGroup[];
  /**
   * States the chart can be shown in (the map: as the article gives it, and as of the latest
   * sources). The first is the default; each is drawn at build time and opened by its URL hash.
   */
  views?: ChartView<D>[];
}

/**
 * One state of a chart: its own data and any words of its own; what it does not give is the chart's.
 * Its id is its anchor (/charts/<id>/#latest, src/lib/urls.ts) and its files' suffix (card-latest.png).
 */
export interface ChartView<D> extends Partial<
  Pick<ChartDefinition<D>, "subtitle" | "describe" | "table" | "sources" | "legend">
> {
  /** Anchor and file suffix, kebab-case, unique on any page that shows the chart. */
  id: string;
  /** The switch's words for this state, e.g. 原文（2021年）. */
  label(data: D, lang: Lang): string;
  /** This state's data, from what the chart's `select` gave; without it, the same data. */
  select?(data: D, records: Records): D;
}
