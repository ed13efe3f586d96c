/** The site's name, in the header, titles and credits. */
export const SITE_TITLE = "平湖万州";
/** One line on what the site is, for meta descriptions. */
export const SITE_DESCRIPTION =
  "一篇重庆报道的数据版：万州推动渝东北三峡库区城镇群高质量发展、建设万达开川渝统筹发展示范区，每个数字都链接到原文句子。";
/** Credit line used in the footer and, later, in charts and embeds. */
export const CREDIT = "平湖万州数据新闻";
/** The article's own title, for citing it. */
export const ARTICLE_TITLE = "大江奔流千帆竞 平湖逐浪谱华章——万州推动渝东北三峡库区城镇群高质量发展综述";
