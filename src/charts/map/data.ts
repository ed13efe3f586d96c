import type { FeatureCollection } from "geojson";
import { countyFeatures } from "../../lib/data/geo";
import type { Place } from "../../schemas/places";
import type { Source } from "../../schemas/source";
import type { TransportLink } from "../../schemas/transport";
import { MAP } from "./constants";
import type { Role } from "./style";

/** A place with the position it is drawn at. */
export interface Located {
  place: Place;
  lon: number;
  lat: number;
  /** The place drawn is the one the record names (false: its `within` place stands in). */
  exact: boolean;
}

/** A transport link with its located ends. */
export interface DrawnLink {
  link: TransportLink;
  ends: Located[];
  /** Fully inside the regional frame (else drawn on the national inset). */
  regional: boolean;
}

/** A facility (airport, port) and where it is. */
export interface DrawnFacility {
  link: TransportLink;
  at: Located;
}

/** What the regional map shows, as `select` shapes it from the records. */
export interface MapData {
  roles: Map<string, Role>;
  /** Lon/lat box of the zone's counties: links wholly inside it are drawn on the regional map. */
  frame: { west: number; south: number; east: number; north: number };
  places: Located[];
  links: DrawnLink[];
  facilities: DrawnFacility[];
  /** Links that cannot be drawn: an end without any known location. */
  undrawn: TransportLink[];
  /** One-off pilot shipments (kind "pilot"): events, not links; listed in the table, never drawn. */
  pilots: TransportLink[];
  sources: Source[];
}

/** Where a place is drawn: its own coordinates, or else those of the place it lies within. */
export function locate(id: string, byId: Map<string, Place>): Located | undefined {
  const place = byId.get(id);
  if (!place) return undefined;
  if (place.coordinates) return { place, lon: place.coordinates.lon, lat: place.coordinates.lat, exact: true };
  const parent = place.within ? locate(place.within, byId) : undefined;
  return parent && { ...parent, place, exact: false };
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
    const role: Role = !p
      ? "neighbour"
      : p.wandakai === "member"
        ? "member"
        : p.wandakai === "observer"
          ? "observer"
          : p.yudongbei
            ? "cluster"
            : "neighbour";
    roles.set(c.properties.adcode, role);
  }
  return roles;
}

/** The counties of the zone and its cluster (all but the neighbours): the frame the map is fitted to. */
export function zoneCounties(roles: Map<string, Role>): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: countyFeatures().filter((c) => roles.get(c.properties.adcode) !== "neighbour"),
  };
}
