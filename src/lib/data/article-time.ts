import type { Localized } from "../locale/lang";

// When the article speaks: one owner for the words that date what the site shows from it.

/**
 * The year the article reports: it gives 2021's first-half figures as 今年上半年 and lists the
 * “2021年度43项重点任务” (chapter hub-and-centres); it was written in the autumn of that year.
 */
export const ARTICLE_YEAR = 2021;

/** The article's time in words, as the site says it: “2021年秋”. */
export const ARTICLE_TIME = `${ARTICLE_YEAR}年秋`;

/** Said wherever a stage or status from the article is shown: they are the article's, not today's. */
export const STAGES_AS_OF: Localized<string> = {
  zh: `阶段为原文所述（${ARTICLE_YEAR}年）`,
  en: `Stages as the article gives them (${ARTICLE_YEAR})`,
};

/**
 * The latest date the article itself states (the groundbreaking of 10月17日, chapter hub-and-centres):
 * it was published on or after this day, so a later milestone must fall after it.
 */
export const ARTICLE_LAST_DATE = `${ARTICLE_YEAR}-10-17`;
