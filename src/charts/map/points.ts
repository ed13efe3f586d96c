import { STAGE_LABELS } from "../../lib/data/stages";
import { MODE_COLOR } from "../palette";
import { el, markTip } from "../svg";
import { MAP } from "./constants";
import type { DrawnFacility, Located } from "./data";
import { STAGE_DASH } from "./style";

/** Places without coordinates drawn at one point of a county's area (see `locate`): one mark for them all. */
export interface AreaEnd {
  at: Located;
  names: string[];
}

/** The ends drawn on a county's area, grouped by the point they share. */
export function areaEnds(ends: Located[]): AreaEnd[] {
  const byPoint = new Map<string, AreaEnd>();
  for (const end of ends.filter((e) => e.onArea)) {
    const key = `${end.lon},${end.lat}`;
    const group = byPoint.get(key) ?? { at: end, names: [] };
    if (!group.names.includes(end.place.name)) group.names.push(end.place.name);
    byPoint.set(key, group);
  }
  return [...byPoint.values()];
}

/** The tooltip of an approximate end. */
export function areaEndTip({ at, names }: AreaEnd): string {
  return `${names.join("、")}：无坐标，连线端点画在${at.onArea}境内的示意位置（近似端点）`;
}

/** Facilities (airport, port) as rings, approximate ends as dashed rings, then places as dots. */
export function pointsLayer(
  document: Document,
  at: (l: Located) => [number, number],
  marks: { facilities: DrawnFacility[]; ends: AreaEnd[]; places: Located[] },
  hitRadius: number,
): SVGGElement {
  const layer = el(document, "g", { role: "group", "aria-label": "地点" });
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
    markTip(g, look?.tip ?? `${link.name}（${where.place.name}）：原文“${link.status}”（${STAGE_LABELS[link.stage]}）`);
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
    point(at(end.at), { ...ring, "stroke-width": MAP.border }, areaEndTip(end));
  }
  for (const p of marks.places) {
    // Airports and ports already have a ring: their dot stays small inside it.
    const r = p.place.kind === "airport" || p.place.kind === "port" ? MAP.dotSmall : MAP.dot;
    const dot = { r, fill: "var(--text)", stroke: "var(--bg)", "stroke-width": MAP.border };
    point(at(p), dot, `${p.place.name}${p.place.coordinates?.approximate ? "（位置为近似）" : ""}`);
  }
  return layer;
}
