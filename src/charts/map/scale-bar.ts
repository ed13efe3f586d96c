import { geoDistance } from "d3";
import type { Lang } from "../../lib/locale/lang";
import { el } from "../svg";
import { MAP_WORDS } from "../words/map";
import { MAP } from "./constants";
import type { MapLayout } from "./layout";

/** A scale bar in the main map's bottom-left corner: a fixed number of kilometres, measured at its centre. */
export function scaleBar(
  document: Document,
  { projected, main, scaleY: sy }: Pick<MapLayout, "projected" | "main" | "scaleY">,
  lang: Lang,
): SVGGElement {
  // A conformal map's scale varies with latitude: the centre is where the bar is least wrong overall.
  const [cx0, cy0] = [main.width / 2, main.height / 2];
  const a = projected.projection.invert!([cx0, cy0])!;
  const b = projected.projection.invert!([cx0 + MAP.scaleProbe, cy0])!;
  const pxPerKm = MAP.scaleProbe / (geoDistance(a, b) * MAP.earthRadiusKm);
  const barPx = MAP.scaleKm * pxPerKm;
  return el(document, "g", { "aria-hidden": "true", "font-size": MAP.text }, [
    el(document, "path", {
      d: `M${MAP.pad},${sy - MAP.tick}V${sy}H${MAP.pad + barPx}V${sy - MAP.tick}`,
      fill: "none",
      stroke: "var(--text)",
    }),
    el(document, "text", { x: MAP.pad + barPx + MAP.labelGap, y: sy - MAP.tick / 2, "dominant-baseline": "central" }, [
      MAP_WORDS[lang].km(MAP.scaleKm),
    ]),
  ]);
}
