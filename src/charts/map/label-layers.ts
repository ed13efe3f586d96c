import { FONT } from "../../lib/text/measure";
import { el } from "../svg";
import { MAP } from "./constants";
import type { Located } from "./data";
import { placeLabels, type PlacedLabel } from "./labels";

/** Which containers a label layer is for: the page's CSS shows one of the two. */
export type LabelClass = "labels-narrow" | "labels-wide";

/** A place's short label: without its 区/县/市 suffix, marked when its position is approximate. */
export function labelName(p: Located): string {
  return p.place.name.replace(/(区|县|市)$/, "") + (p.place.coordinates?.approximate ? "（约）" : "");
}

/** A group of labels with a background halo (hidden from assistive technology: the points carry the names). */
export function labelLayer(document: Document, cls: LabelClass, labels: PlacedLabel[], bold: boolean): SVGGElement {
  const layer = el(document, "g", {
    class: cls,
    "aria-hidden": "true",
    "paint-order": "stroke",
    stroke: "var(--bg)",
    "stroke-width": MAP.halo,
    "stroke-linejoin": "round",
  });
  for (const l of labels) {
    const attrs = { x: l.x, y: l.y, "text-anchor": l.anchor, "dominant-baseline": "central", "font-size": l.size };
    layer.append(el(document, "text", { ...attrs, "font-weight": bold ? "bold" : undefined }, [l.text]));
  }
  return layer;
}

/** The main map's two label layers: main places, larger, for narrow containers; every place for wide ones. */
export function placeLabelLayers(
  document: Document,
  at: (l: Located) => [number, number],
  places: Located[],
  bounds: { width: number; height: number },
): SVGGElement[] {
  const main = places.filter((p) => ["district", "county", "prefecture"].includes(p.place.kind));
  const layers = [
    ["labels-narrow", main, FONT.size * MAP.narrowLabelScale],
    ["labels-wide", places, FONT.small],
  ] as const;
  return layers.map(([cls, list, size]) => {
    const items = list.map((p) => ({ text: labelName(p), x: at(p)[0], y: at(p)[1], size }));
    return labelLayer(document, cls, placeLabels(items, bounds), true);
  });
}
