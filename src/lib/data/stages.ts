/**
 * The article describes each transport link in its own words (完成铺轨, 即将开工, 常态运行 …).
 * Charts and the map need a small ordered vocabulary; this table is the one place that maps the
 * article's words onto it. A status word missing here is a schema error, never a silent default.
 */
export const STAGES = ["preliminary", "upcoming", "construction", "opened", "operating"] as const;
export type Stage = (typeof STAGES)[number];

/** Chinese labels for the stages, in order from planning to service. */
export const STAGE_LABELS: Record<Stage, string> = {
  preliminary: "前期工作",
  upcoming: "即将开工或开通",
  construction: "在建",
  opened: "建成或开通",
  operating: "常态运行",
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
