import { MODE_LABELS, type TransportLink } from "../../schemas/transport";
import { STAGE_LABELS } from "./stages";

/** What the site calls a one-off pilot (kind "pilot") where others have a stage: it counts in no stage. */
export const PILOT_LABEL = "一次性试点，不计入阶段";

/** A transport record's tooltip, wherever it is drawn: name, the article's word, mode and stage. */
export function transportTip(link: TransportLink): string {
  const stage = link.kind === "pilot" ? PILOT_LABEL : STAGE_LABELS[link.stage];
  return `${link.name}：原文“${link.status}”（${MODE_LABELS[link.mode]}，${stage}）`;
}
