import { MODE_LABELS, type TransportLink } from "../../schemas/transport";
import { STAGE_LABELS } from "./stages";

/** A transport record's tooltip, wherever it is drawn: name, the article's word, mode and stage. */
export function transportTip(link: TransportLink): string {
  return `${link.name}：原文“${link.status}”（${MODE_LABELS[link.mode]}，${STAGE_LABELS[link.stage]}）`;
}
