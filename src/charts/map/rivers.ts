import type { GeoPath } from "d3";
import { riverLines } from "../../lib/data/geo";
import { el } from "../svg";
import { MAP } from "./constants";

/** The rivers (Yangtze and others), decorative: hidden from assistive technology. */
export function riversLayer(document: Document, path: GeoPath): SVGGElement {
  const rivers = el(document, "g", {
    "aria-hidden": "true",
    fill: "none",
    stroke: "var(--map-river)",
    "stroke-width": MAP.river,
  });
  for (const river of riverLines()) rivers.append(el(document, "path", { d: path(river) ?? "" }));
  return rivers;
}
