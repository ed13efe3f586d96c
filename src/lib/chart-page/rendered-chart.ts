import type { Source } from "../../schemas/source";

// What a chart gives the pages: plain data, so that pages and lib need nothing from src/charts/.

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
  /** What the swatch looks like: a filled area, a line or a ring (each with an optional dash pattern), or a dot. */
  swatch: { kind: "area" | "line" | "dot" | "ring"; color: string; dash?: string; outline?: string };
}

/** A group of legend entries; with `filter`, each entry is a checkbox that shows or hides its marks. */
export interface LegendGroup {
  title: string;
  /** Name of the filter: marks carrying data-<filter>="<key>" hide when their box is unticked. */
  filter?: string;
  items: LegendItem[];
}

/** What one state of a chart shows: its words, its table, its sources and its SVG at both widths. */
export interface ChartState {
  subtitle: string;
  description: string;
  table: ChartTable;
  sources: Source[];
  /** The narrow (phone) and wide renderings. */
  svg: { narrow: string; wide: string };
  legend: LegendGroup[];
}

/** One of a chart's states, made ready for a page: its anchor and the switch's words for it. */
export interface RenderedView extends ChartState {
  /** Anchor (#latest) and file suffix (card-latest.png); see src/lib/urls.ts. */
  id: string;
  /** The switch's words, e.g. 原文（2021年）. */
  label: string;
}

/** A chart made ready for a page: its default state, and every state where it has more than one. */
export interface RenderedChart<Id extends string = string> extends ChartState {
  /** The chart's permanent id (the registry key). */
  id: Id;
  title: string;
  /** Empty for a chart of one state; else every state, the first being the default (the fields above). */
  views: RenderedView[];
  /** Whether it shows stages, so that its figure links to what happened after the article. */
  showsStages: boolean;
}
