import type { ChapterText } from "./provenance";

/** The chapter each chart is placed in (by its ::chart directive), for "read it in the story" links. */
export function chartChapters(texts: ChapterText[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.body.matchAll(/^::chart\{id="([a-z0-9-]+)"\}\s*$/gm)) found.set(match[1]!, text.slug);
  }
  return found;
}
