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

/** The words a source shows in a chart's source line: the quote's opening, or the outside publisher. */
export function sourceWords(source: Source): { label: string; note?: string } {
  if (source.kind === "article") return { label: `原文“${[...source.quote].slice(0, OPENING).join("")}…”` };
  return { label: source.publisher, note: RELIABILITY_LABELS[source.reliability] };
}

/** The distinct sources of a chart's records as links: each quoted sentence once, each outside source once. */
export function chartSourceLinks(sources: Source[], texts: ChapterText[]): SourceLink[] {
  const links = new Map<string, SourceLink>();
  for (const source of sources) {
    const href =
      source.kind === "article"
        ? sourceHref(source, texts)
        : (source.url ?? `https://www.npmjs.com/package/${source.package!.replace(/@[^@]*$/, "")}`);
    links.set(href, { href, ...sourceWords(source) });
  }
  return [...links.values()];
}

/**
 * A chart's source line as ChartFigure prints it, in pieces: "来源：", then each link with its note and
 * separator ("a；", "b（note）"), for working out its height without a browser. Sources are told apart
 * as the links are: an outside source by its URL or package, a quote by its opening words (its link
 * needs the chapters; quotes that open alike share a first sentence, and so a link).
 */
export function sourceLineItems(sources: Source[]): string[] {
  const words = new Map<string, string>();
  for (const source of sources) {
    const { label, note } = sourceWords(source);
    const key = source.kind === "article" ? label : (source.url ?? source.package!);
    words.set(key, label + (note ? `（${note}）` : ""));
  }
  return ["来源：", ...[...words.values()].map((w, i, all) => (i < all.length - 1 ? `${w}；` : w))];
}
