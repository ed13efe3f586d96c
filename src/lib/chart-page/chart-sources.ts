import { RELIABILITY_LABELS, type Source } from "../../schemas/source";
import { sourceHref } from "../urls";
import type { ChapterText } from "../input/provenance";

/** One link of a chart's source line. */
export interface SourceLink {
  href: string;
  /** Link text: the opening words of the quoted sentence, or the outside publisher. */
  label: string;
  /** Reliability of an outside source, spelled out. */
  note?: string;
}

const OPENING = 14;

/** The distinct sources of a chart's records as links: each quoted sentence once, each outside source once. */
export function chartSourceLinks(sources: Source[], texts: ChapterText[]): SourceLink[] {
  const links = new Map<string, SourceLink>();
  for (const source of sources) {
    if (source.kind === "article") {
      const href = sourceHref(source, texts);
      const opening = [...source.quote].slice(0, OPENING).join("");
      links.set(href, { href, label: `原文“${opening}…”` });
    } else {
      const href = source.url ?? `https://www.npmjs.com/package/${source.package!.replace(/@[^@]*$/, "")}`;
      links.set(href, { href, label: source.publisher, note: RELIABILITY_LABELS[source.reliability] });
    }
  }
  return [...links.values()];
}
