import { getCollection, type CollectionEntry } from "astro:content";
import type { ChartId } from "../charts/index";
import type { Correction } from "../schemas/correction";
import type { Records } from "../schemas/index";
import type { RenderedChart } from "../lib/chart-page/rendered-chart";
import { renderChart } from "./render-chart";
import { checkInput } from "./check-input";
import { DataError } from "../lib/input/data-issue";
import { readInputFiles } from "../lib/input/input-files";
import type { ChapterText } from "../lib/input/provenance";
import { DEFAULT_LANG, type Lang } from "../lib/locale/lang";

export type ChapterEntry = CollectionEntry<"chapters">;
export type TranslationEntry = CollectionEntry<"translations">;

/** Everything the pages render from: chapters in reading order and every dataset's records. */
export interface Site {
  /** Chapter entries, for rendering their Markdown. */
  chapters: ChapterEntry[];
  /** The chapters' English translations (content/en/chapters/), in the same order. */
  translations: TranslationEntry[];
  /** The chapters' text, as the provenance checks and links need it. */
  texts: ChapterText[];
  /** Every dataset's records, in file order (the article's order), validated and cross-checked. */
  records: Records;
  /** The corrections log (/about/), newest first. */
  corrections: Correction[];
}

let loaded: Promise<Site> | undefined;

async function load(): Promise<Site> {
  // The same check the tests run (src/pipeline/check-input.ts): one pipeline, one message format.
  const checked = checkInput(readInputFiles(process.cwd()));
  if (checked.issues.length > 0 || !checked.records || !checked.corrections) throw new DataError(checked.issues);
  const chapters = (await getCollection("chapters")).sort((a, b) => a.data.order - b.data.order);
  const translations = (await getCollection("translations")).sort((a, b) => a.data.order - b.data.order);
  return {
    chapters,
    translations,
    texts: checked.chapters,
    records: checked.records,
    corrections: checked.corrections,
  };
}

/** The site's input, read and checked once per build; bad input stops the build with every issue listed. */
export function getSite(): Promise<Site> {
  loaded ??= load();
  return loaded;
}

const rendered = new Map<`${Lang}:${ChartId}`, RenderedChart<ChartId>>();

/** A chart rendered from the site's records in one language, once per build however many pages show it. */
export async function getChart(id: ChartId, lang: Lang = DEFAULT_LANG): Promise<RenderedChart<ChartId>> {
  const { records } = await getSite();
  let chart = rendered.get(`${lang}:${id}`);
  if (!chart) {
    chart = renderChart(id, records, lang);
    rendered.set(`${lang}:${id}`, chart);
  }
  return chart;
}
