import { DATASET_NAMES, type DatasetName, type Records } from "../../schemas/index";
import type { ExternalSource } from "../../schemas/source";
import { sourcesOf } from "./provenance";

/** An outside source with the number of places in the datasets that cite it (the site's own count). */
export type CitedSource = ExternalSource & {
  count: number;
  /** Where it is first cited, whose words (note, publisher) the list shows: record and source field. */
  citedAt: { dataset: DatasetName; recordId: string; field: string };
};

/**
 * Every outside source the article's datasets cite (record sources and coordinate sources), once each, in the
 * order first cited, with how many citations it has. Keyed by URL, else package, else publisher.
 */
export function outsideSources(records: Records): CitedSource[] {
  const found = new Map<string, CitedSource>();
  // Later facts' pages are listed with their milestones on /since/, not among the article's checks.
  for (const name of DATASET_NAMES.filter((n) => n !== "milestones")) {
    for (const record of records[name] as ({ id: string } & Record<string, unknown>)[]) {
      const cited = sourcesOf(record);
      const coordinates = (record as { coordinates?: { source: ExternalSource } | null }).coordinates;
      if (coordinates) cited.push({ field: "coordinates.source", source: coordinates.source });
      for (const { field, source: s } of cited) {
        if (s.kind !== "external") continue;
        const key = s.url ?? s.package ?? s.publisher;
        const seen = found.get(key);
        if (seen) seen.count += 1;
        else found.set(key, { ...s, count: 1, citedAt: { dataset: name, recordId: record.id, field } });
      }
    }
  }
  return [...found.values()];
}
