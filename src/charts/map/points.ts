import { STAGE_LABELS } from "../../lib/data/stages";
import { articleWords, linkName } from "../../lib/data/transport-tip";
import type { Lang } from "../../lib/locale/lang";
import type { Place } from "../../schemas/places";
import { MAP_WORDS } from "../words/map";
import { placeName } from "./label-layers";
import { MODE_COLOR } from "../palette";
import { el, markTip } from "../svg";
import { MAP } from "./constants";
import { areaName, type DrawnFacility, type Located } from "./data";
import { STAGE_DASH } from "./style";

/** Places without coordinates drawn at one point of a county's area (see `locate`): one mark for them all. */
export interface AreaEnd {
  at: Located;
  places: Place[];
}

/** The names of the places drawn at an approximate end, in a language. */
export function endNames(end: AreaEnd, lang: Lang): string[] {
  return end.places.map((place) => placeName({ place }, lang));
}

/** The ends drawn on a county's area, grouped by the point they share. */
export function areaEnds(ends: Located[]): AreaEnd[] {
  const byPoint = new Map<string, AreaEnd>();
  for (const end of ends.filter((e) => e.onArea)) {
    const key = `${end.lon},${end.lat}`;
    const group = byPoint.get(key) ?? { at: end, places: [] };
    if (!group.places.some((p) => p.id === end.place.id)) group.places.push(end.place);
    byPoint.set(key, group);
  }
  return [...byPoint.values()];
}

/** The tooltip of an approximate end. */
export function areaEndTip(end: AreaEnd, lang: Lang): string {
  return MAP_WORDS[lang].endTip(endNames(end, lang), areaName(end.at, lang)!);
}

/** Facilities (airport, port) as rings, approximate ends as dashed rings, then places as dots. */
export function pointsLayer(
  document: Document,
  at: (l: Located) => [number, number],
  marks: { facilities: DrawnFacility[]; ends: AreaEnd[]; places: Located[] },
  hitRadius: number,
  lang: Lang,
): SVGGElement {
  const words = MAP_WORDS[lang];
  const layer = el(document, "g", { role: "group", "aria-label": words.groups.places });
  const hit = (x: number, y: number) =>
    el(document, "circle", { cx: x, cy: y, r: hitRadius, fill: "transparent", class: "hit" });
  for (const { link, at: where, look } of marks.facilities) {
    const [x, y] = at(where);
    const g = el(document, "g", { class: "link", "data-mode": link.mode });
    g.append(
      hit(x, y),
      el(document, "circle", {
        cx: x,
        cy: y,
        r: MAP.ring,
        fill: "none",
        stroke: look?.color ?? MODE_COLOR[link.mode],
        "stroke-width": MAP.line,
        "stroke-dasharray": look ? look.dash : STAGE_DASH[link.stage],
        class: "mark-shape",
      }),
    );
    const article = words.facilityTip(
      linkName(link, lang),
      placeName(where, lang),
      articleWords(link, lang),
      STAGE_LABELS[lang][link.stage],
    );
    markTip(g, look?.tip[lang] ?? article);
    layer.append(g);
  }
  // A point: a hit circle, the visible shape, and the tooltip on their group.
  const point = ([x, y]: [number, number], shape: Record<string, string | number>, tip: string) => {
    const g = el(document, "g", {});
    g.append(hit(x, y), el(document, "circle", { cx: x, cy: y, ...shape, class: "mark-shape" }));
    markTip(g, tip);
    layer.append(g);
  };
  for (const end of marks.ends) {
    const ring = { r: MAP.dot, fill: "var(--bg)", stroke: "var(--text)", "stroke-dasharray": MAP.dash.areaEnd };
    point(at(end.at), { ...ring, "stroke-width": MAP.border }, areaEndTip(end, lang));
  }
  for (const p of marks.places) {
    // Airports and ports already have a ring: their dot stays small inside it.
    const r = p.place.kind === "airport" || p.place.kind === "port" ? MAP.dotSmall : MAP.dot;
    const dot = { r, fill: "var(--text)", stroke: "var(--bg)", "stroke-width": MAP.border };
    point(at(p), dot, `${placeName(p, lang)}${p.place.coordinates?.approximate ? words.approxTip : ""}`);
  }
  return layer;
}
