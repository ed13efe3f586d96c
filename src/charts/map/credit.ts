import { el } from "../svg";
import { MAP } from "./constants";
import type { MapLayout } from "./layout";

/** The credit line in the bottom-right corner: on the map itself, as the boundary licence asks. */
export function credit(document: Document, width: number, { creditY }: MapLayout): SVGTextElement {
  return el(
    document,
    "text",
    { x: width - MAP.labelGap, y: creditY, "text-anchor": "end", "font-size": MAP.text, fill: "var(--muted)" },
    ["边界：天地图 · 河流：GSHHG · 连线为示意，非实际走向"],
  );
}
