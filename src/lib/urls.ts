// The site's URL shapes, each written once. These are URLs we promise never to change: readers
// share them, editors embed them, search engines and chats cache them.
import type { ArticleSource } from "../schemas/source";
import { quotedSentences, type ChapterText } from "./input/provenance";
import type { Lang } from "./locale/lang";

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

/** A chart's permanent page; opened in one of its views when `view` is given (not the default). */
export function chartHref(id: string, view?: string): string {
  return `${CHART_GALLERY_HREF}${id}/${view ? viewHash(view) : ""}`;
}

/** The files every chart page offers: its share card and its downloads. */
export type ChartFile = "card.png" | "chart.png" | "chart.svg" | "data.csv" | "data.json";

/** One of a chart's files, beside its page. */
export function chartFileHref(id: string, file: ChartFile): string {
  return `${chartHref(id)}${file}`;
}

/** The widths a chart is drawn for (phone, wide) and the colour schemes its pictures come in. */
export const PICTURE_WIDTHS = ["narrow", "wide"] as const;
export const PICTURE_THEMES = ["light", "dark"] as const;
export type PictureVariant = `${(typeof PICTURE_WIDTHS)[number]}-${(typeof PICTURE_THEMES)[number]}`;
export const PICTURE_VARIANTS: PictureVariant[] = PICTURE_WIDTHS.flatMap((w) =>
  PICTURE_THEMES.map((t) => `${w}-${t}` as const),
);

/** A picture of a chart's default state at one width in one colour scheme (the cover shows one). */
export function chartPictureHref(id: string, variant: PictureVariant): string {
  return `${chartHref(id)}picture-${variant}.svg`;
}

/**
 * A chart's state in a URL: the hash of its view (#latest), which CSS :target shows with no script,
 * on the chart's page, in its embed and wherever its figure is. The default view needs no hash.
 */
export function viewHash(view: string): string {
  return `#${view}`;
}

/** The files each of a chart's views has of its own. */
export type ViewFile = Extract<ChartFile, "card.png" | "chart.png" | "chart.svg">;

/** A view's own file beside the chart's page: card.png for the default view, card-latest.png for “latest”. */
export function chartViewFileHref(id: string, file: ViewFile, view?: string): string {
  return view ? `${chartHref(id)}${file.replace(".", `-${view}.`)}` : chartFileHref(id, file);
}

/** Where a chart stands in the story: its figure in the chapter that places it. */
export function chartInStoryHref(slug: string, id: string): string {
  return `${chapterHref(slug)}#chart-${id}`;
}

/** A chart alone, for iframes; in one of its views when `view` is given (not the default). */
export function embedHref(id: string, view?: string): string {
  return `/embed/${id}/${view ? viewHash(view) : ""}`;
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

/** Where the English edition lives: every page of the site again, at the same path under /en/. */
const EN_PREFIX = "/en";

/** The language of a page, from its path: the English edition is under /en/, the rest is Chinese. */
export function langOfPath(path: string): Lang {
  return path === `${EN_PREFIX}/` || path.startsWith(`${EN_PREFIX}/`) ? "en" : "zh";
}

/** A site path in a language: "/charts/" stays "/charts/" in Chinese and is "/en/charts/" in English. */
export function inLang(href: string, lang: Lang): string {
  if (!href.startsWith("/")) throw new Error(`inLang: "${href}" is not a site path`);
  return lang === "en" ? `${EN_PREFIX}${href}` : href;
}

/** The same page in the other language: "/en/about/" ↔ "/about/". */
export function counterpartHref(path: string): string {
  return langOfPath(path) === "en" ? path.slice(EN_PREFIX.length) : inLang(path, "en");
}
