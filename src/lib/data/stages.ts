import type { Lang, Localized } from "../locale/lang";

/**
 * The article describes each transport link in its own words (完成铺轨, 即将开工, 常态运行 …).
 * Charts and the map need a small ordered vocabulary; this table is the one place that maps the
 * article's words onto it. A status word missing here is a schema error, never a silent default.
 */
export const STAGES = ["preliminary", "upcoming", "construction", "opened", "operating"] as const;
export type Stage = (typeof STAGES)[number];

/** The stages' names in each language, in order from planning to service. */
export const STAGE_LABELS: Localized<Record<Stage, string>> = {
  zh: {
    preliminary: "前期工作",
    upcoming: "即将开工或开通",
    construction: "在建",
    opened: "建成或开通",
    operating: "常态运行",
  },
  en: {
    preliminary: "Preparatory work",
    upcoming: "About to start or open",
    construction: "Under construction",
    opened: "Completed or opened",
    operating: "Regular service",
  },
};

/** The article's status words, each with the stage it means. */
export const STATUS_STAGE = {
  加快前期工作: "preliminary",
  启动前期工作: "preliminary",
  即将开工: "upcoming",
  即将开通: "upcoming",
  稳步推进: "construction",
  开工建设: "construction",
  分段建设: "construction",
  完成铺轨: "construction",
  全线贯通: "opened",
  顺利完工: "opened",
  开通: "opened",
  新开通: "opened",
  成功启航: "opened",
  实现铁水联运: "opened",
  常态运行: "operating",
  开通以来: "operating",
  加密运营: "operating",
  互为备降: "operating",
  实现一体候机: "operating",
} as const satisfies Record<string, Stage>;

export type StatusWord = keyof typeof STATUS_STAGE;
export const STATUS_WORDS = Object.keys(STATUS_STAGE) as [StatusWord, ...StatusWord[]];

/** The article's status words in English, as the site's translation of the article renders them. */
const STATUS_EN: Record<StatusWord, string> = {
  加快前期工作: "preliminary work sped up",
  启动前期工作: "preliminary work started",
  即将开工: "construction about to start",
  即将开通: "about to open",
  稳步推进: "advancing steadily",
  开工建设: "construction begun",
  分段建设: "being built in sections",
  完成铺轨: "track laying completed",
  全线贯通: "open along its whole length",
  顺利完工: "completed smoothly",
  开通: "opened",
  新开通: "newly opened",
  成功启航: "set off successfully",
  实现铁水联运: "seamless rail–water connection made",
  常态运行: "runs as a regular service",
  开通以来: "since it opened",
  加密运营: "runs more frequently",
  互为备降: "each other's alternate airports",
  实现一体候机: "shared check-in achieved",
};

/** A status word of the article in a language: the article's own (zh) or its English rendering. */
export function statusWords(status: StatusWord, lang: Lang): string {
  return lang === "zh" ? status : STATUS_EN[status];
}
