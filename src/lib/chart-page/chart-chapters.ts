import type { ChapterText } from "../input/provenance";
import { directivesIn } from "../markdown/chart-directive";

/** The chapter each chart is placed in (by its ::chart directive), for "read it in the story" links. */
export function chartChapters(texts: ChapterText[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const { name, id } of directivesIn(text.body)) if (name === "chart" && id) found.set(id, text.slug);
  }
  return found;
}
