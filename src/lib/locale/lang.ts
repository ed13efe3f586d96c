// The site's languages: Chinese, the article's own, at the root; and the site's English translation
// under /en/ (issue #16). Each fact about a language is written here once.

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The language a page is in when none is given: the article's. */
export const DEFAULT_LANG: Lang = "zh";

/** One value in each of the site's languages (a chart's title, a word of the page chrome). */
export type Localized<T> = Record<Lang, T>;

/** The BCP 47 tag of a page or fragment in that language: `lang` attributes, hreflang. */
export const HTML_LANG: Localized<string> = { zh: "zh-CN", en: "en" };

/** The Open Graph locale of a page in that language. */
export const OG_LOCALE: Localized<string> = { zh: "zh_CN", en: "en_GB" };

/** The other language of the site: where a page's language switch goes. */
export function otherLang(lang: Lang): Lang {
  return lang === "zh" ? "en" : "zh";
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A value made in each language: words a step without a language (a chart's `select`) keeps for all. */
export function inEachLang<T>(make: (lang: Lang) => T): Localized<T> {
  return { zh: make("zh"), en: make("en") };
}
