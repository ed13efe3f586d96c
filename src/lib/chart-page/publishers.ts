import type { Lang } from "../locale/lang";
import type { ExternalSource } from "../../schemas/source";

/**
 * An outside source's publisher in a language: its `publisher`, or on English pages its `publisherEn`.
 * The source owns its English (data/*.json, src/lib/data/geo.ts, a milestone's page); the input check
 * (src/lib/input/outside-source-rules.ts) stops the build, naming the record, where a record lacks it.
 */
export function publisherIn(source: Pick<ExternalSource, "publisher" | "publisherEn">, lang: Lang): string {
  if (lang === "zh") return source.publisher;
  if (source.publisherEn === undefined) throw new Error(`the outside source “${source.publisher}” lacks publisherEn`);
  return source.publisherEn;
}
