import { RELIABILITY_LABELS, type ArticleSource, type Source } from "../../schemas/source";
import { inLang, sourceHref } from "../urls";
import { quotedSentences, type ChapterText } from "../input/provenance";
import type { Lang, Localized } from "../locale/lang";
import { publisherIn } from "./publishers";

/** One link of a chart's source line. */
export interface SourceLink {
  href: string;
  /** Link text: the opening words of the quoted sentence, or the outside publisher. */
  label: string;
  /** Reliability of an outside source, spelled out. */
  note?: string;
}

/**
 * What wording a source line in a language takes: in English, an article source shows the opening of
 * the site's English for the sentence it quotes (the source itself quotes the Chinese).
 */
export interface SourceWording {
  lang: Lang;
  /** The English of the first sentence an article source quotes (needed in English only). */
  english?: (source: ArticleSource) => string;
}

/** The Chinese source line's wording, which needs nothing but the sources. */
export const CHINESE_WORDING: SourceWording = { lang: "zh" };

/** The English wording: each quote's first sentence, by its id, in the translation's sentences (id → English). */
export function englishWording(texts: ChapterText[], sentences: ReadonlyMap<string, string>): SourceWording {
  return {
    lang: "en",
    english: (source) => {
      const [first] = quotedSentences(source, texts);
      const english = first && sentences.get(first.id);
      if (!english) throw new Error(`no English sentence for the quote “${source.quote}” (chapter ${source.chapter})`);
      return english;
    },
  };
}

/** The source line's own words around its links. */
const LINE: Localized<{ prefix: string; separator: string; note(note: string): string }> = {
  zh: { prefix: "来源：", separator: "；", note: (note) => `（${note}）` },
  en: { prefix: "Source: ", separator: "; ", note: (note) => ` (${note})` },
};

/** How much of a quoted sentence a link shows: characters of the Chinese, words of the English. */
const OPENING: Localized<number> = { zh: 14, en: 7 };

/** The words a source shows in a chart's source line: the quote's opening, or the outside publisher. */
export function sourceWords(
  source: Source,
  wording: SourceWording = CHINESE_WORDING,
): { label: string; note?: string } {
  const { lang } = wording;
  if (source.kind === "external")
    return { label: publisherIn(source, lang), note: RELIABILITY_LABELS[lang][source.reliability] };
  if (lang === "zh") return { label: `原文“${[...source.quote].slice(0, OPENING.zh).join("")}…”` };
  // Quotation marks inside the quoted words become single ones (British style for a quote in a quote).
  const words = wording.english!(source)
    .split(/\s+/)
    .slice(0, OPENING.en)
    .join(" ")
    .replace(/“/g, "‘")
    .replace(/”/g, "’");
  return { label: `Article: “${words.replace(/[,;:.!?]+$/, "")}…”` };
}

/** The distinct sources of a chart's records as links: each quoted sentence once, each outside source once. */
export function chartSourceLinks(
  sources: Source[],
  texts: ChapterText[],
  wording: SourceWording = CHINESE_WORDING,
): SourceLink[] {
  const links = new Map<string, SourceLink>();
  for (const source of sources) {
    const href =
      source.kind === "article"
        ? inLang(sourceHref(source, texts), wording.lang)
        : (source.url ?? `https://www.npmjs.com/package/${source.package!.replace(/@[^@]*$/, "")}`);
    links.set(href, { href, ...sourceWords(source, wording) });
  }
  return [...links.values()];
}

/**
 * A chart's source line as ChartFigure prints it, in pieces: "来源：", then each link with its note and
 * separator ("a；", "b（note）"), for working out its height without a browser. Sources are told apart
 * as the links are: an outside source by its URL or package, a quote by its opening words (its link
 * needs the chapters; quotes that open alike share a first sentence, and so a link).
 */
export function sourceLineItems(sources: Source[], wording: SourceWording = CHINESE_WORDING): string[] {
  const line = LINE[wording.lang];
  const words = new Map<string, string>();
  for (const source of sources) {
    const { label, note } = sourceWords(source, wording);
    const key = source.kind === "article" ? label : (source.url ?? source.package!);
    words.set(key, label + (note ? line.note(note) : ""));
  }
  return [line.prefix, ...[...words.values()].map((w, i, all) => (i < all.length - 1 ? `${w}${line.separator}` : w))];
}
