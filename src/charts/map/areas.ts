import type { GeoPath } from "d3";
import { countyBorders, countyFeatures, mergedCounties } from "../../lib/data/geo";
import { el, markTip } from "../svg";
import { MAP } from "./constants";
import { ROLE_FILL, ROLE_LABEL, type Role } from "./style";

/** The counties filled by role, then the county and province borders over them. */
export function areasLayer(document: Document, path: GeoPath, roles: Map<string, Role>): SVGGElement {
  const areas = el(document, "g", { role: "group", "aria-label": "区县", class: "areas" });
  // The muted neighbours as one merged shape (no tooltip, less weight), then each zone county on its own.
  areas.append(
    el(document, "path", {
      d: path(mergedCounties((p) => roles.get(p.adcode) === "neighbour")) ?? "",
      fill: ROLE_FILL.neighbour,
    }),
  );
  for (const county of countyFeatures()) {
    const role = roles.get(county.properties.adcode)!;
    if (role === "neighbour") continue;
    const shape = el(document, "path", { d: path(county) ?? "", fill: ROLE_FILL[role], class: "area" });
    markTip(shape, `${county.properties.name}：${ROLE_LABEL[role]}`);
    areas.append(shape);
  }
  const inZone = (adcode: string) => roles.get(adcode) !== "neighbour";
  areas.append(
    // County borders inside the zone and around it; the neighbours' own borders are left out (weight).
    el(document, "path", {
      d: path(countyBorders((a, b) => inZone(a.adcode) || inZone(b.adcode))) ?? "",
      fill: "none",
      stroke: "var(--bg)",
      "stroke-width": MAP.border,
    }),
    el(document, "path", {
      d: path(countyBorders((a, b) => a.province !== b.province)) ?? "",
      fill: "none",
      stroke: "var(--muted)",
      "stroke-width": MAP.border,
      "stroke-dasharray": MAP.dash.province,
    }),
  );
  return areas;
}
