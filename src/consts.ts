import type { Localized } from "./lib/locale/lang";

/** The site's name, in the header, titles, credits and cards; in English, “Pinghu” is 平湖, “calm lake”. */
export const SITE_TITLE: Localized<string> = { zh: "平湖万州", en: "Pinghu Wanzhou" };
/** One line on what the site is, for meta descriptions. */
export const SITE_DESCRIPTION: Localized<string> = {
  zh: "一篇重庆报道的数据版：万州推动渝东北三峡库区城镇群高质量发展、建设万达开川渝统筹发展示范区，每个数字都链接到原文句子。",
  en: "A data edition of a Chongqing newspaper report on how Wanzhou drives the Three Gorges Reservoir Area urban cluster and the Wanzhou–Dazhou–Kaizhou zone, every figure linked to the article's sentence. The English is the site's own translation.",
};
/** Credit line used in the footer, in charts and embeds. */
export const CREDIT: Localized<string> = { zh: "平湖万州数据新闻", en: "Pinghu Wanzhou data journalism" };
/** The article's own title, for citing it (in Chinese on every page: it is the article's name). */
export const ARTICLE_TITLE = "大江奔流千帆竞 平湖逐浪谱华章——万州推动渝东北三峡库区城镇群高质量发展综述";
/** The site's translation of the article's title, given beside the Chinese on English pages. */
export const ARTICLE_TITLE_EN =
  "The great river rushes on as a thousand sails compete; the calm lake rides the waves to write a splendid chapter — an overview of how Wanzhou is driving high-quality development of the Three Gorges Reservoir Area urban cluster in north-eastern Chongqing";
