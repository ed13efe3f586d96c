// The site's URL shapes, each written once. These are URLs we promise never to change: readers
// share them, editors embed them, search engines and chats cache them.
import type { ArticleSource } from "../schemas/source";
import { quotedSentences, type ChapterText } from "./input/provenance";

/** The lead is the cover; every other chapter has its own page. */
export function chapterHref(slug: string): string {
  return slug === "lead" ? "/" : `/chapters/${slug}/`;
}

/** A link to the first sentence an article source quotes; the page highlights it (CSS :target). */
export function sourceHref(source: ArticleSource, texts: ChapterText[]): string {
  const [first] = quotedSentences(source, texts);
  return chapterHref(source.chapter) + (first ? `#${first.id}` : "");
}

/** The gallery of every chart. */
export const CHART_GALLERY_HREF = "/charts/";

/** A chart's permanent page. */
export function chartHref(id: string): string {
  return `${CHART_GALLERY_HREF}${id}/`;
}

/** The files every chart page offers: its share card and its downloads. */
export type ChartFile = "card.png" | "chart.png" | "chart.svg" | "data.csv" | "data.json";

/** One of a chart's files, beside its page. */
export function chartFileHref(id: string, file: ChartFile): string {
  return `${chartHref(id)}${file}`;
}

/** Where a chart stands in the story: its figure in the chapter that places it. */
export function chartInStoryHref(slug: string, id: string): string {
  return `${chapterHref(slug)}#chart-${id}`;
}

/** A chart alone, for iframes. */
export function embedHref(id: string): string {
  return `/embed/${id}/`;
}

/** The script host pages load to size our iframes. */
export const EMBED_LOADER_HREF = "/embed/loader.js";

/** A chart's oEmbed document. */
export function oembedHref(id: string): string {
  return `/oembed/${id}.json`;
}

/** A dataset's download: its records (json, csv) or its JSON Schema. */
export function datasetHref(name: string, format: "json" | "csv" | "schema.json"): string {
  return `/data/${name}.${format}`;
}

/** What happened after the article: every item's later milestones. */
export const SINCE_HREF = "/since/";

/** The anchor of one item on the since page. */
export function sinceItemId(recordId: string): string {
  return `item-${recordId}`;
}

/** One item of the article on the since page. */
export function sinceItemHref(recordId: string): string {
  return `${SINCE_HREF}#${sinceItemId(recordId)}`;
}
