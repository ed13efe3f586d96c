import { STAGE_LABELS } from "../../lib/data/stages";
import { MODE_COLOR } from "../palette";
import { el, markTip } from "../svg";
import { MAP } from "./constants";
import type { DrawnFacility, Located } from "./data";
import { STAGE_DASH } from "./style";

/** Facilities (airport, port) as rings in their mode's colour and line style, then places as dots. */
export function pointsLayer(
  document: Document,
  at: (l: Located) => [number, number],
  facilities: DrawnFacility[],
  places: Located[],
): SVGGElement {
  const layer = el(document, "g", { role: "group", "aria-label": "地点" });
  for (const { link, at: where } of facilities) {
    const [x, y] = at(where);
    const g = el(document, "g", { class: "link", "data-mode": link.mode });
    g.append(
      el(document, "circle", { cx: x, cy: y, r: MAP.hitRadius, fill: "transparent", class: "hit" }),
      el(document, "circle", {
        cx: x,
        cy: y,
        r: MAP.ring,
        fill: "none",
        stroke: MODE_COLOR[link.mode],
        "stroke-width": MAP.line,
        "stroke-dasharray": STAGE_DASH[link.stage],
        class: "mark-shape",
      }),
    );
    markTip(g, `${link.name}（${where.place.name}）：原文“${link.status}”（${STAGE_LABELS[link.stage]}）`);
    layer.append(g);
  }
  for (const p of places) {
    const [x, y] = at(p);
    const g = el(document, "g", {});
    g.append(
      el(document, "circle", { cx: x, cy: y, r: MAP.hitRadius, fill: "transparent", class: "hit" }),
      el(document, "circle", {
        cx: x,
        cy: y,
        // Airports and ports already have a ring: their dot stays small inside it.
        r: p.place.kind === "airport" || p.place.kind === "port" ? MAP.dotSmall : MAP.dot,
        fill: "var(--text)",
        stroke: "var(--bg)",
        "stroke-width": MAP.border,
        class: "mark-shape",
      }),
    );
    markTip(g, `${p.place.name}${p.place.coordinates?.approximate ? "（位置为近似）" : ""}`);
    layer.append(g);
  }
  return layer;
}
