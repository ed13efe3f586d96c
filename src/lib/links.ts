import type { ArticleSource } from "../schemas/source";
import { quotedSentences, type ChapterText } from "./provenance";

/** The lead is the cover; every other chapter has its own page. */
export function chapterHref(slug: string): string {
  return slug === "lead" ? "/" : `/chapters/${slug}/`;
}

/** A link to the first sentence an article source quotes; the page highlights it (CSS :target). */
export function sourceHref(source: ArticleSource, texts: ChapterText[]): string {
  const [first] = quotedSentences(source, texts);
  return chapterHref(source.chapter) + (first ? `#${first.id}` : "");
}
