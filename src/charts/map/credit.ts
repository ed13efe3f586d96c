import { el } from "../svg";
import { MAP } from "./constants";
import type { MapLayout } from "./layout";

/** The credit line in the bottom-right corner: on the map itself, as the boundary licence asks. */
export function credit(
  document: Document,
  width: number,
  { creditY }: Pick<MapLayout, "creditY">,
  links = true,
): SVGTextElement {
  const words = `边界：天地图 · 河流：GSHHG${links ? " · 连线为示意，非实际走向" : ""}`;
  return el(
    document,
    "text",
    { x: width - MAP.labelGap, y: creditY, "text-anchor": "end", "font-size": MAP.text, fill: "var(--muted)" },
    [words],
  );
}
