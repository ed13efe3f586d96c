// TEMPORARY, until branch en-charts-b is merged: it makes STAGE_LABELS Localized (STAGE_LABELS[lang][stage])
// and adds statusWords(status, lang) to ./stages.ts. These copy its work in progress so that /en/about/ can be
// built now; after the merge, use those and delete this file (src/components/about/StageTable.astro).
import type { Lang } from "../locale/lang";
import { STAGE_LABELS, type Stage, type StatusWord } from "./stages";

const STAGE_EN: Record<Stage, string> = {
  preliminary: "Preparatory work",
  upcoming: "About to start or open",
  construction: "Under construction",
  opened: "Completed or opened",
  operating: "Regular service",
};

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

/** A stage's name in a language (to become STAGE_LABELS[lang][stage]). */
export function stageLabel(stage: Stage, lang: Lang): string {
  return lang === "en" ? STAGE_EN[stage] : STAGE_LABELS[stage];
}

/** A status word of the article in a language (to become statusWords from ./stages). */
export function statusWords(status: StatusWord, lang: Lang): string {
  return lang === "zh" ? status : STATUS_EN[status];
}
