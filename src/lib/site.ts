import { readFileSync } from "node:fs";
import { getCollection, type CollectionEntry } from "astro:content";
import { DATASET_NAMES, type Records } from "../schemas/index";
import { DataError } from "./data-issue";
import { checkProvenance, type ChapterText } from "./provenance";

export type ChapterEntry = CollectionEntry<"chapters">;

/** Everything the pages render from: chapters in reading order and every dataset's records. */
export interface Site {
  chapters: ChapterEntry[];
  /** The chapters' text, as the provenance checks and links need it. */
  texts: ChapterText[];
  records: Records;
}

/**
 * Records in the order their file lists them (the article's order). Astro's store keeps entries
 * sorted by id, which would scatter the article's sequence across downloads and tables.
 */
function inFileOrder<T extends { id: string }>(name: string, records: T[]): T[] {
  const ids = (JSON.parse(readFileSync(`data/${name}.json`, "utf8")) as { id: string }[]).map((r) => r.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  return [...records].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

let loaded: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const chapters = (await getCollection("chapters")).sort((a, b) => a.data.order - b.data.order);
  const entries = await Promise.all(DATASET_NAMES.map((name) => getCollection(name)));
  const records = Object.fromEntries(
    DATASET_NAMES.map((name, i) => [name, inFileOrder(name, entries[i]!.map((entry) => entry.data))]),
  ) as Records;
  const texts = chapters.map((c) => ({
    slug: c.data.slug,
    file: c.filePath ?? `content/chapters/${c.id}.md`,
    body: c.body ?? "",
  }));
  const issues = checkProvenance(records, texts);
  if (issues.length > 0) throw new DataError(issues);
  return { chapters, texts, records };
}

/**
 * The site's data, loaded and checked once per build. Schema errors stop the build in Astro's
 * content layer; the checks across files (quotes, figures, place ids) stop it here.
 */
export function getSite(): Promise<Site> {
  loaded ??= load();
  return loaded;
}
