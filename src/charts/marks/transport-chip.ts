import type { TransportLink } from "../../schemas/transport";
import { transportTip } from "../../lib/data/transport-tip";
import { FONT, wrapChars } from "../../lib/text/measure";
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
): { node: SVGGElement; height: number } {
  const bar = CHIP.bar;
  const textX = x + bar + CHIP.padX;
  const chars = Math.max(1, Math.floor((width - bar - CHIP.padX * 2) / FONT.small));
  const lines = oneLine ? [link.name] : wrapChars(link.name, chars);
  const lineHeight = FONT.small * FONT.lineHeight;
  const height = oneLine ? CHIP.height : (lines.length + 1) * lineHeight + CHIP.padX;
  const g = el(document, "g", {});
  const shape = el(document, "rect", { x, y, width, height, rx: 2, fill: "var(--surface)", class: "mark-shape" });
  g.append(shape, el(document, "rect", { x, y, width: bar, height, fill: MODE_COLOR[link.mode] }));
  if (oneLine) {
    g.append(
      el(document, "text", { x: textX, y: y + height / 2, "dominant-baseline": "central", "font-size": FONT.small }, [
        link.name,
        el(document, "tspan", { fill: "var(--muted)", dx: CHIP.gap }, [link.status]),
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
        [link.status],
      ),
    );
  }
  markTip(g, transportTip(link));
  return { node: g, height };
}
