import { geography, type Geography } from "../../lib/data/geo";
import type { ScreenPath } from "../../lib/data/svg-path";
import { el } from "../svg";
import { MAP } from "./constants";
import { ROLE_FILL, type Role } from "./style";

/**
 * The counties filled by role, with the county and province borders. Each edge is written as few
 * times as the picture needs: the neighbours are the background; the zone is one shape in the
 * cluster's fill, the members and the observer one shape each over it, each outlined in the
 * background colour (so the zone's edge and the edges between roles are drawn by the fills' own
 * strokes); then only the borders between two counties of one role, and the province borders. A
 * county's name is a label of its own (src/charts/map/county-labels.ts). `geo` is the geography
 * simplified for `path`'s projection unless given (a test draws the layer at full resolution).
 */
export function areasLayer(
  document: Document,
  path: ScreenPath,
  roles: Map<string, Role>,
  geo: Geography = geography(path.projection, MAP.simplifyArea),
): SVGGElement {
  const role = (adcode: string) => roles.get(adcode) ?? "neighbour";
  // Decorative (the SVG is one image to assistive technology): the legend names the fills, labels the counties.
  const areas = el(document, "g", {
    class: "areas",
    "aria-hidden": "true",
    stroke: "var(--bg)",
    "stroke-width": MAP.border,
  });
  // The extract's counties cover the whole drawing area (the clip box): the neighbours are its background.
  const [[x0, y0], [x1, y1]] = path.projection.clipExtent()!;
  areas.append(
    el(document, "rect", { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: ROLE_FILL.neighbour, stroke: "none" }),
  );
  const shapes = [
    ["cluster", (r: Role) => r !== "neighbour"],
    ["member", (r: Role) => r === "member"],
    ["observer", (r: Role) => r === "observer"],
  ] as const;
  for (const [fill, keep] of shapes)
    areas.append(
      el(document, "path", { d: path(geo.mergedCounties((p) => keep(role(p.adcode)))), fill: ROLE_FILL[fill] }),
    );
  areas.append(
    // Borders inside one role's shape (the neighbours' own borders are left out: weight).
    el(document, "path", {
      d: path(geo.countyBorders((a, b) => role(a.adcode) === role(b.adcode) && role(a.adcode) !== "neighbour")),
      fill: "none",
    }),
    el(document, "path", {
      d: path(geo.countyBorders((a, b) => a.province !== b.province)),
      fill: "none",
      stroke: "var(--muted)",
      "stroke-dasharray": MAP.dash.province,
    }),
  );
  return areas;
}
