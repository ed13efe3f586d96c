import { FONT } from "../../lib/text/measure";
import { el } from "../svg";
import { MAP } from "./constants";

/** The credit line in the bottom-right corner: on the map itself, as the boundary licence asks. */
export function credit(document: Document, width: number, height: number): SVGTextElement {
  return el(
    document,
    "text",
    {
      x: width - MAP.labelGap,
      y: height - MAP.labelGap,
      "text-anchor": "end",
      "font-size": FONT.small * MAP.creditScale,
      fill: "var(--muted)",
    },
    ["边界：天地图 · 河流：GSHHG · 连线为示意，非实际走向"],
  );
}
