import type { Lang } from "../../lib/locale/lang";
import { MODE_LABELS, type Mode } from "../../schemas/transport";
import { FONT, textWidth } from "../../lib/text/measure";
import { CHIP, MARGIN } from "../layout";
import { MODE_COLOR } from "../palette";
import { el } from "../svg";

/** The mode legend, flowing in rows across the width; returns its height. */
export function modeKey(svg: SVGSVGElement, document: Document, modes: Mode[], width: number, lang: Lang): number {
  let x = MARGIN.left;
  let y = MARGIN.top;
  const swatch = FONT.small;
  for (const mode of modes) {
    const w = swatch + CHIP.gap + textWidth(MODE_LABELS[lang][mode], FONT.small) + CHIP.columnGap;
    if (x + w > width - MARGIN.right) {
      x = MARGIN.left;
      y += CHIP.height;
    }
    svg.append(
      el(document, "rect", { x, y, width: swatch, height: swatch, rx: swatch / 2 - 1, fill: MODE_COLOR[mode] }),
      el(
        document,
        "text",
        { x: x + swatch + CHIP.gap, y: y + swatch / 2, "dominant-baseline": "central", "font-size": FONT.small },
        [MODE_LABELS[lang][mode]],
      ),
    );
    x += w;
  }
  return y + CHIP.height - MARGIN.top;
}
