import { countyFeatures } from "../../lib/data/geo";
import type { LatestState } from "../../lib/data/latest-state";
import type { Lang, Localized } from "../../lib/locale/lang";
import type { Place } from "../../schemas/places";
import type { Source } from "../../schemas/source";
import type { TransportLink } from "../../schemas/transport";
import { areaPoint } from "./area-point";
import { MAP } from "./constants";
import type { Role } from "./style";

/** A place with the position it is drawn at. */
export interface Located {
  place: Place;
  lon: number;
  lat: number;
  /**
   * The place has no coordinates of its own: it is drawn inside the county it names or lies in
   * (that county's `name`), at a point of the county's area, and marked as an approximate end.
   */
  onArea?: string;
  /** That county's English name (the `nameEn` of the places record it was found by). */
  onAreaEn?: string;
}

/**
 * How a link or facility is drawn where not by its mode and the article's stage (the map's latest
 * view, src/charts/map/latest-view.ts): its stroke, dash pattern and tooltip.
 */
export interface Look {
  color: string;
  dash: string | undefined;
  tip: Localized<string>;
}

/** A transport link with its located ends. */
export interface DrawnLink {
  link: TransportLink;
  look?: Look;
  ends: Located[];
  /** Inside the desktop map's main frame (else drawn on its inset of far links). */
  regional: boolean;
}

/** A facility (airport, port) and where it is. */
export interface DrawnFacility {
  link: TransportLink;
  look?: Look;
  at: Located;
}

/** What the regional map shows, as `select` shapes it from the records. */
export interface MapData {
  roles: Map<string, Role>;
  /** Each county's name in each language, by adcode (src/lib/data/geo.ts countyNames). */
  names: Map<string, Localized<string>>;
  places: Located[];
  links: DrawnLink[];
  facilities: DrawnFacility[];
  /** Links that cannot be drawn: an end without any known location. */
  undrawn: TransportLink[];
  /** One-off pilot shipments (kind "pilot"): events, not links; listed in the table, never drawn. */
  pilots: TransportLink[];
  sources: Source[];
  /** The latest view only (latest-view.ts): what it is as of, and each transport record's latest state. */
  latest?: LatestData;
}

/** What the latest view adds, in each language: its as-of words and each transport record's latest state, by id. */
export interface LatestData {
  /** 截至2025年11月: the newest dated fact about any transport record. */
  asOf: Localized<string>;
  states: Localized<Record<string, LatestState>>;
  /** The drawn links and facilities with no later staged report. */
  unknown: TransportLink[];
}

/**
 * Where a place is drawn: at its own coordinates; else, never at another place's point, but inside
 * the county area it is (开江县, 巫山县) or lies within (余家 and 弹子 in 万州区), at `areaPoint`.
 */
export function locate(id: string, byId: Map<string, Place>): Located | undefined {
  const place = byId.get(id);
  if (!place) return undefined;
  if (place.coordinates) return { place, lon: place.coordinates.lon, lat: place.coordinates.lat };
  for (let p: Place | undefined = place; p; p = p.within ? byId.get(p.within) : undefined) {
    const county = countyFeatures().find((c) => c.properties.adcode === p!.adcode);
    if (!county) continue;
    const [lon, lat] = areaPoint(county);
    return { place, lon, lat, onArea: county.properties.name, onAreaEn: p.nameEn };
  }
  return undefined;
}

/** The county a place without coordinates is drawn in, in a language. */
export function areaName(l: Located, lang: Lang): string | undefined {
  return lang === "zh" ? l.onArea : l.onAreaEn;
}

/** The role of a county on the map, from the places dataset (adcodes, zone membership). */
export function rolesOf(places: Place[]): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const c of countyFeatures()) {
    const p = places.find(
      (pl) =>
        pl.adcode &&
        (pl.adcode === c.properties.adcode ||
          (pl.kind === "prefecture" && c.properties.adcode.startsWith(pl.adcode.slice(0, MAP.prefectureDigits)))),
    );
    roles.set(c.properties.adcode, p ? roleOf(p) : "neighbour");
  }
  return roles;
}

/** A place's role on the maps: a zone member, its observer, the rest of the 渝东北 cluster, or neither. */
export function roleOf(p: Place): Role {
  return p.wandakai === "member"
    ? "member"
    : p.wandakai === "observer"
      ? "observer"
      : p.yudongbei
        ? "cluster"
        : "neighbour";
}
