import type { TransportLink } from "../../schemas/transport";
import { statusWords } from "../../lib/data/stages";
import { linkName, transportTip } from "../../lib/data/transport-tip";
import type { Lang } from "../../lib/locale/lang";
import { FONT, textWidth, wrapChars } from "../../lib/text/measure";
import { CHIP } from "../layout";
import { MODE_COLOR } from "../palette";
import { el, markTip } from "../svg";

/** One link as a chip: a mode-coloured bar, its name (wrapped to the width), its status word. */
export function chip(
  document: Document,
  link: TransportLink,
  x: number,
  y: number,
  width: number,
  oneLine: boolean,
  lang: Lang,
): { node: SVGGElement; height: number } {
  const [name, status] = [linkName(link, lang), statusWords(link.status, lang)];
  const bar = CHIP.bar;
  const textX = x + bar + CHIP.padX;
  const room = width - bar - CHIP.padX * 2;
  const chars = Math.max(1, Math.floor(room / FONT.small));
  // One line only where the name and its word fit on it (a long English name wraps instead).
  const single = oneLine && textWidth(name, FONT.small) + CHIP.gap + textWidth(status, FONT.small) <= room;
  const lines = single ? [name] : wrapChars(name, chars);
  const lineHeight = FONT.small * FONT.lineHeight;
  const height = single ? CHIP.height : (lines.length + 1) * lineHeight + CHIP.padX;
  const g = el(document, "g", {});
  const shape = el(document, "rect", { x, y, width, height, rx: 2, fill: "var(--surface)", class: "mark-shape" });
  g.append(shape, el(document, "rect", { x, y, width: bar, height, fill: MODE_COLOR[link.mode] }));
  if (single) {
    g.append(
      el(document, "text", { x: textX, y: y + height / 2, "dominant-baseline": "central", "font-size": FONT.small }, [
        name,
        el(document, "tspan", { fill: "var(--muted)", dx: CHIP.gap }, [status]),
      ]),
    );
  } else {
    lines.forEach((line, i) =>
      g.append(
        el(
          document,
          "text",
          { x: textX, y: y + CHIP.padX / 2 + (i + 1) * lineHeight - FONT.descent, "font-size": FONT.small },
          [line],
        ),
      ),
    );
    g.append(
      el(
        document,
        "text",
        {
          x: textX,
          y: y + CHIP.padX / 2 + (lines.length + 1) * lineHeight - FONT.descent,
          "font-size": FONT.small,
          fill: "var(--muted)",
        },
        [status],
      ),
    );
  }
  markTip(g, transportTip(link, lang));
  return { node: g, height };
}
