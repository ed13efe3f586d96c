import { geography } from "../../lib/data/geo";
import type { ScreenPath } from "../../lib/data/svg-path";
import { el } from "../svg";
import { MAP } from "./constants";

/** The rivers (Yangtze and others) as one path, decorative: hidden from assistive technology. */
export function riversLayer(document: Document, path: ScreenPath): SVGGElement {
  const rivers = el(document, "g", {
    "aria-hidden": "true",
    fill: "none",
    stroke: "var(--map-river)",
    "stroke-width": MAP.river,
  });
  const features = geography(path.projection, MAP.simplifyArea).riverLines();
  rivers.append(el(document, "path", { d: path({ type: "FeatureCollection", features }) }));
  return rivers;
}
