import type { Records } from "../schemas/index";
import type { Source } from "../schemas/source";

/** Where a chart draws: its width in CSS pixels and the document that makes its elements. */
export interface ChartContext {
  /** Width of the SVG in CSS pixels; the figure ships a narrow and a wide rendering. */
  width: number;
  /** A DOM document (linkedom at build time). */
  document: Document;
}

/** The data table that stands beside every chart, as its text alternative. */
export interface ChartTable {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string>[];
}

/** A key entry of a chart's HTML legend: a swatch and its words. */
export interface LegendItem {
  /** Value a filter checkbox carries (for filterable groups), e.g. a mode id. */
  key: string;
  label: string;
  /** What the swatch looks like: a filled area, a line (with an optional dash pattern) or a dot. */
  swatch: { kind: "area" | "line" | "dot"; color: string; dash?: string; outline?: string };
}

/** A group of legend entries; with `filter`, each entry is a checkbox that shows or hides its marks. */
export interface LegendGroup {
  title: string;
  /** Name of the filter: marks carrying data-<filter>="<key>" hide when their box is unticked. */
  filter?: string;
  items: LegendItem[];
}

/**
 * One chart: a pure function of dataset records to an SVG, with its words. A chart file holds no
 * figures of its own: every number it shows comes from the records `select` returns.
 */
export interface ChartDefinition<D = unknown> {
  /** Permanent id: file name, registry key, URL segment /charts/<id>/ and snapshot name. */
  id: string;
  /** The finding, in Chinese, without figures (numbers belong in data). */
  title: string;
  /** One line stating the finding with its figures, made from the data. */
  subtitle(data: D): string;
  /** Picks and shapes the records the chart shows. */
  select(records: Records): D;
  /** Draws the chart into an <svg>. */
  render(data: D, context: ChartContext): SVGSVGElement;
  /** A text description of what the chart shows, for screen readers and the permalink page. */
  describe(data: D): string;
  /** The data table alternative. */
  table(data: D): ChartTable;
  /** The sources of the records shown, for the source line. */
  sources(data: D): Source[];
  /**
   * Draw once, at the wide width, and let it scale (maps: geometry scales, and the chart itself
   * carries label layers for narrow and wide containers). Default: a narrow and a wide rendering.
   */
  single?: boolean;
  /** An HTML legend under the chart (and filters), for charts whose key is too large for the SVG. */
  legend?(data: D): LegendGroup[];
}
