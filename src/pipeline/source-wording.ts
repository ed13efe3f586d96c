import { CHINESE_WORDING, englishWording, type SourceWording } from "../lib/chart-page/chart-sources";
import { publisherIn } from "../lib/chart-page/publishers";
import { quotedSentences } from "../lib/input/provenance";
import type { Lang } from "../lib/locale/lang";
import { sentenceTranslations } from "../lib/text/sentence-translations";
import { inLang, sourceHref } from "../lib/urls";
import type { Source } from "../schemas/source";
import { getSite } from "./site";

let english: Promise<{ wording: SourceWording; sentences: Map<string, string> }> | undefined;

function loadEnglish() {
  english ??= getSite().then(({ texts, translations }) => {
    const sentences = sentenceTranslations(translations.map((t) => t.body ?? ""));
    return { wording: englishWording(texts, sentences), sentences };
  });
  return english;
}

/** How source lines are worded in a language, from the site's chapters and their translations (once a build). */
export async function getSourceWording(lang: Lang): Promise<SourceWording> {
  return lang === "zh" ? CHINESE_WORDING : (await loadEnglish()).wording;
}

/**
 * Sources as an English download gives them: a quote as the site's English of its sentences with a
 * link to them, an outside source with its publisher in English (the records' Chinese notes left out).
 */
export async function englishSources(sources: Source[], site: URL): Promise<Record<string, unknown>[]> {
  const { sentences } = await loadEnglish();
  const { texts } = await getSite();
  return sources.map((source) =>
    source.kind === "article"
      ? {
          kind: source.kind,
          chapter: source.chapter,
          quote: quotedSentences(source, texts)
            .map((s) => sentences.get(s.id))
            .join(" "),
          url: new URL(inLang(sourceHref(source, texts), "en"), site).href,
        }
      : {
          kind: source.kind,
          publisher: publisherIn(source, "en"),
          ...(source.url ? { url: source.url } : { package: source.package }),
          reliability: source.reliability,
        },
  );
}
