import { neededWords } from "../input/needed-field";
import type { Lang, Localized } from "../locale/lang";
import { MODE_LABELS, type TransportLink } from "../../schemas/transport";
import { STAGE_LABELS, statusWords } from "./stages";

/** What the site calls a one-off pilot (kind "pilot") where others have a stage: it counts in no stage. */
export const PILOT_LABEL: Localized<string> = {
  zh: "一次性试点，不计入阶段",
  en: "One-off pilot, counted in no stage",
};

/** A transport record's name in a language: the article's (zh) or its `nameEn`. */
export function linkName(link: TransportLink, lang: Lang): string {
  return neededWords("transport", link, "name", lang);
}

/** The article's word for a record's state, quoted: 原文“完成铺轨”, the article: “track laying completed”. */
export function articleWords(link: TransportLink, lang: Lang): string {
  return lang === "zh" ? `原文“${link.status}”` : `the article: “${statusWords(link.status, lang)}”`;
}

/** A record's stage in words, or that a pilot has none. */
export function stageWords(link: TransportLink, lang: Lang): string {
  return link.kind === "pilot" ? PILOT_LABEL[lang] : STAGE_LABELS[lang][link.stage];
}

/** A transport record's tooltip, wherever it is drawn: name, the article's word, mode and stage. */
export function transportTip(link: TransportLink, lang: Lang): string {
  const [name, mode, stage] = [linkName(link, lang), MODE_LABELS[lang][link.mode], stageWords(link, lang)];
  return lang === "zh"
    ? `${name}：${articleWords(link, lang)}（${mode}，${stage}）`
    : `${name}: ${articleWords(link, lang)} (${mode}; ${stage})`;
}
