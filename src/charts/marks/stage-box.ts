import { NOTHING_FOUND } from "../../lib/data/since";
import { STAGE_LABELS, type Stage } from "../../lib/data/stages";
import { SINCE } from "../layout";
import { STAGE_COLOR } from "../palette";
import { el } from "../svg";
import type { Lang } from "../../lib/locale/lang";

/** A stage box: the stage's colour on its outline, its name inside; dashed and muted when none was found. */
export function stageBox(
  document: Document,
  x: number,
  y: number,
  width: number,
  stage: Stage | undefined,
  lang: Lang,
) {
  const g = el(document, "g", {});
  g.append(
    el(document, "rect", {
      x,
      y,
      width,
      height: SINCE.box,
      rx: SINCE.pad / 2,
      fill: stage ? "var(--bg)" : "none",
      stroke: stage ? STAGE_COLOR[stage] : "var(--muted)",
      "stroke-width": stage ? 2 : 1,
      "stroke-dasharray": stage ? undefined : SINCE.dash,
    }),
    el(
      document,
      "text",
      {
        x: x + width / 2,
        y: y + SINCE.box / 2,
        "text-anchor": "middle",
        "dominant-baseline": "central",
        "font-size": SINCE.text,
        fill: stage ? undefined : "var(--muted)",
      },
      [stage ? STAGE_LABELS[lang][stage] : NOTHING_FOUND[lang]],
    ),
  );
  return g;
}
