import { geoBounds, geoContains } from "d3";
import type { FeatureCollection } from "geojson";
import { countyFeatures } from "../../lib/data/geo";
import { MAP } from "./constants";
import { fitProjection, fittedHeight, type Projected } from "./projection";
import type { Role } from "./style";

/** A rectangle of the SVG, in px from its top left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where one rendering of the map puts its parts. */
export interface MapLayout {
  /** The phone map: cropped to the zone, its inset below the main map, larger tap targets. */
  phone: boolean;
  /** Height of the whole SVG, in px. */
  height: number;
  /** The main map's box (its areas, rivers and links are clipped to it) and its projection. */
  main: Box;
  projected: Projected;
  /** Whether a point lies in the main map's frame; links with an end outside go to the inset. */
  inside: (l: { lon: number; lat: number }) => boolean;
  /** The inset of far links: over the main map's bottom right corner, or below it on a phone. */
  inset: Box;
  /** Baselines of the credit line and of the scale bar, in px. */
  creditY: number;
  scaleY: number;
  /** Radius of a point's invisible hover and tap circle, in px. */
  hitRadius: number;
}

/** A point the phone map must show: a place's dot, or an approximate end (see `locate`). */
export interface CorePoint {
  lon: number;
  lat: number;
  onArea?: string;
}

/**
 * The counties a rendering is fitted to. Desktop: the zone and its cluster. Phone: the zone's core,
 * the counties that hold a place's dot, or an approximate end in the zone (members and observer):
 * 万州, 开州, 云阳, 梁平, 达州's 通川 and 达川, 开江; far ends such as 巫山 go to the inset.
 */
function frameCounties(roles: Map<string, Role>, phone: boolean, core: CorePoint[]): FeatureCollection {
  const holds = (c: Parameters<typeof geoContains>[0], role: Role) =>
    core.some((p) => geoContains(c, [p.lon, p.lat]) && (!p.onArea || role === "member" || role === "observer"));
  const features = countyFeatures().filter((c) => {
    const role = roles.get(c.properties.adcode)!;
    return phone ? holds(c, role) : role !== "neighbour";
  });
  return { type: "FeatureCollection", features };
}

/**
 * The layout of the rendering `width` px wide: the phone map, fitted to `core`, below `MAP.phoneBelow`;
 * `credits` lines of credit (src/charts/map/credit.ts) below a phone's inset.
 */
export function mapLayout(roles: Map<string, Role>, width: number, core: CorePoint[] = [], credits = 1): MapLayout {
  const phone = width < MAP.phoneBelow;
  const frame = frameCounties(roles, phone, core);
  const [[west, south], [east, north]] = geoBounds(frame);
  const inside = (l: { lon: number; lat: number }) =>
    l.lon >= west! && l.lon <= east! && l.lat >= south! && l.lat <= north!;
  const line = Math.round(MAP.text * MAP.lineHeight);
  const mainHeight = phone ? fittedHeight(frame, width, MAP.pad) : Math.round(width * MAP.aspect);
  const projected = fitProjection(frame, width, mainHeight, MAP.pad);
  const main = { x: 0, y: 0, width, height: mainHeight };
  const hitRadius = phone ? MAP.hitRadiusPhone : MAP.hitRadius;
  // A phone's inset goes below the main map, the credit under it; a desktop's in the main map's corner.
  const w = Math.round(width * MAP.insetShare);
  const h = Math.round(w * MAP.insetAspect);
  const inset = phone
    ? { x: 0, y: mainHeight + MAP.labelGap, width, height: Math.round(width * MAP.insetAspectPhone) }
    : { x: width - w - MAP.labelGap, y: mainHeight - h - line, width: w, height: h };
  const height = phone ? inset.y + inset.height + line * credits : mainHeight;
  const [creditY, scaleY] = [height - MAP.labelGap, mainHeight - MAP.pad];
  return { phone, height, main, projected, inside, inset, creditY, scaleY, hitRadius };
}

/** The zone and its cluster: the desktop map's frame. */
export function zoneFrame(roles: Map<string, Role>): FeatureCollection {
  return frameCounties(roles, false, []);
}

/** The zone map's layout (no inset): the zone and its cluster at their own proportions, `credits` lines of credit below. */
export function zoneLayout(
  roles: Map<string, Role>,
  width: number,
  credits = 1,
): Pick<MapLayout, "height" | "main" | "projected" | "creditY" | "scaleY"> {
  const frame = zoneFrame(roles);
  const mainHeight = fittedHeight(frame, width, MAP.pad);
  const height = mainHeight + Math.round(MAP.text * MAP.lineHeight) * credits;
  const main = { x: 0, y: 0, width, height: mainHeight };
  const projected = fitProjection(frame, width, mainHeight, MAP.pad);
  return { height, main, projected, creditY: height - MAP.labelGap, scaleY: mainHeight - MAP.pad };
}
