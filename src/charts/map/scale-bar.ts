import { geoDistance, type GeoProjection } from "d3";
import { FONT } from "../../lib/text/measure";
import { el } from "../svg";
import { MAP } from "./constants";

/** A scale bar in the bottom-left corner: a fixed number of kilometres, measured at the map's centre. */
export function scaleBar(document: Document, projection: GeoProjection, width: number, height: number): SVGGElement {
  // A conformal map's scale varies with latitude: the centre is where the bar is least wrong overall.
  const [cx0, cy0] = [width / 2, height / 2];
  const a = projection.invert!([cx0, cy0])!;
  const b = projection.invert!([cx0 + MAP.scaleProbe, cy0])!;
  const pxPerKm = MAP.scaleProbe / (geoDistance(a, b) * MAP.earthRadiusKm);
  const barPx = MAP.scaleKm * pxPerKm;
  const sy = height - MAP.pad;
  return el(document, "g", { "aria-hidden": "true", "font-size": FONT.small }, [
    el(document, "path", {
      d: `M${MAP.pad},${sy - MAP.tick}V${sy}H${MAP.pad + barPx}V${sy - MAP.tick}`,
      fill: "none",
      stroke: "var(--text)",
    }),
    el(document, "text", { x: MAP.pad + barPx + MAP.labelGap, y: sy - MAP.tick / 2, "dominant-baseline": "central" }, [
      `${MAP.scaleKm}公里`,
    ]),
  ]);
}
