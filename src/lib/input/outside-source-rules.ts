import type { Records } from "../../schemas/index";
import type { ExternalSource } from "../../schemas/source";
import type { DataIssue } from "./data-issue";
import { sourcesOf } from "./provenance";

type AnyRecord = { id: string } & Record<string, unknown>;

/** The word that marks a repost: a source that says it was 转载 is a copy, whatever it copies. */
const REPOST = "转载";

/** OpenFlights publishes airports.dat on one page; a source citing that page names the airport's id. */
const OPENFLIGHTS_DATA = /^(?:www\.)?openflights\.org$/;
const OPENFLIGHTS_ID = /OpenFlights[^，。；]*?\bID\s*\d+/i;

/** The words of a source that the English edition shows, each needing its `<key>En` (the site's translation). */
const TRANSLATED = ["publisher", "note", "repostOf", "quote"] as const;

/** A page's extract needs the site's English only when it is Chinese: an English page's words are shown as they are. */
const needsEnglish = (key: (typeof TRANSLATED)[number], words: unknown) =>
  words !== undefined && (key !== "quote" || /\p{Script=Han}/u.test(String(words)));

/** Every outside source a record cites, with its field path: record sources and the coordinates' source. */
function externalSourcesOf(record: AnyRecord): { field: string; source: ExternalSource }[] {
  const found = sourcesOf(record).flatMap(({ field, source }) =>
    source.kind === "external" ? [{ field, source }] : [],
  );
  const coordinates = record.coordinates as { source: ExternalSource } | null | undefined;
  if (coordinates) found.push({ field: "coordinates.source", source: coordinates.source });
  return found;
}

/** Why a coordinates source's URL does not name its entry, or undefined when it does. */
function vagueEntry(source: ExternalSource): string | undefined {
  if (source.url === undefined) return undefined;
  const url = new URL(source.url);
  if (url.pathname === "/" || url.pathname === "")
    return `cites the site's home page (${source.url}), not the entry the coordinates come from: cite the entry's own URL`;
  if (OPENFLIGHTS_DATA.test(url.hostname) && !OPENFLIGHTS_ID.test(source.note))
    return `cites OpenFlights' data page (${source.url}) without naming the airport: the note must give its OpenFlights ID (e.g. “OpenFlights ID 6403”)`;
  return undefined;
}

/**
 * Rules on outside sources that the schema alone cannot state: a source whose publisher or note says
 * it is a repost (转载) is reliability Copy, never the reliability of what it copies; a coordinates
 * source cites its entry (a GeoNames entry's URL, an OpenFlights airport's id), never a bare home page;
 * every source carries the English of its publisher, note, reposted original and Chinese extract, which /en/
 * pages show.
 */
export function checkOutsideSources(records: Records): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [name, list] of Object.entries(records) as [string, AnyRecord[]][]) {
    const file = `data/${name}.json`;
    for (const record of list) {
      for (const { field, source } of externalSourcesOf(record)) {
        const at = (f: string, message: string) =>
          issues.push({ file, record: record.id, field: `${field}.${f}`, message });
        if (
          (source.publisher.includes(REPOST) || (source.note ?? "").includes(REPOST)) &&
          source.reliability !== "Copy"
        )
          at(
            "reliability",
            `the source says it is a repost (${REPOST}) and is labelled ${source.reliability}: a repost is Copy`,
          );
        const words = source as Record<string, unknown>;
        for (const key of TRANSLATED.filter((k) => needsEnglish(k, words[k]) && words[`${k}En`] === undefined))
          at(`${key}En`, `the English edition shows this source's ${key} and needs its English, which it lacks`);
        if (field === "coordinates.source") {
          const vague = vagueEntry(source);
          if (vague) at("url", vague);
        }
      }
    }
  }
  return issues;
}
