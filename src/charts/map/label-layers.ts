import { el } from "../svg";
import { neededWords } from "../../lib/input/needed-field";
import type { Lang } from "../../lib/locale/lang";
import { MAP_WORDS } from "../words/map";
import { countyName, countyNameEn } from "./county-labels";
import { MAP } from "./constants";
import type { Located } from "./data";
import type { PlacedLabel, TakenBox } from "./labels";

/** A place's short label: its name as a county's is shortened (countyName), or its English short name; marked when approximate. */
export function labelName(p: Located, lang: Lang): string {
  // English names run longer: a place whose full name would crowd the map has a short one for its label.
  const en = () => p.place.shortNameEn ?? countyNameEn(p.place.name, placeName(p, lang));
  const name = lang === "zh" ? countyName(p.place.name) : en();
  return p.place.coordinates?.approximate ? MAP_WORDS[lang].approxLabel(name) : name;
}

/** A drawn place's full name in a language: its `name` or `nameEn`. */
export function placeName(p: Pick<Located, "place">, lang: Lang): string {
  return neededWords("places", p.place, "name", lang);
}

/** The box a point's dot takes, kept free of labels. */
export function pointBox([x, y]: [number, number]): TakenBox {
  return { x: x - MAP.dot, y: y - MAP.dot, w: MAP.dot * 2, h: MAP.dot * 2 };
}

/** A group of placed labels with a background halo (hidden from assistive technology: the marks carry the names). */
export function labelLayer(document: Document, labels: PlacedLabel[]): SVGGElement {
  const layer = el(document, "g", {
    class: "labels",
    "aria-hidden": "true",
    "paint-order": "stroke",
    stroke: "var(--bg)",
    "stroke-width": MAP.halo,
    "stroke-linejoin": "round",
  });
  for (const l of labels) {
    const attrs = { x: l.x, y: l.y, "text-anchor": l.anchor, "dominant-baseline": "central", "font-size": l.size };
    const style = l.style === "bold" ? { "font-weight": "bold" } : l.style === "muted" ? { fill: "var(--muted)" } : {};
    layer.append(el(document, "text", { ...attrs, ...style }, [l.text]));
  }
  return layer;
}
