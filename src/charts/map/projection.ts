import { geoConicConformal, geoPath, type GeoPath, type GeoProjection } from "d3";
import type { FeatureCollection } from "geojson";
import { MAP } from "./constants";

/** A projected drawing area: the projection, its path generator and a point projector. */
export interface Projected {
  projection: GeoProjection;
  path: GeoPath;
  /** Screen position of a lon/lat point. */
  at: (l: { lon: number; lat: number }) => [number, number];
}

/** The map's projection fitted to `frame` in a `width`×`height` box with `pad` margin: main map and inset alike. */
export function fitProjection(frame: FeatureCollection, width: number, height: number, pad: number): Projected {
  // Conic conformal on parallels bracketing the zone: shapes stay true where the map is read most.
  const projection = geoConicConformal()
    .parallels([MAP.parallels[0], MAP.parallels[1]])
    .rotate([-MAP.centralMeridian, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // One decimal: smaller output; the built SVG rounds geometry to that anyway.
  const path = geoPath(projection).digits(1);
  const at = (l: { lon: number; lat: number }) => projection([l.lon, l.lat]) as [number, number];
  return { projection, path, at };
}

/** Height a `width`-wide box needs to hold `frame` with `pad` margin, at the map's projection. */
export function fittedHeight(frame: FeatureCollection, width: number, pad: number): number {
  const projection = geoConicConformal()
    .parallels([MAP.parallels[0], MAP.parallels[1]])
    .rotate([-MAP.centralMeridian, 0])
    .fitWidth(width - pad * 2, frame);
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
  return Math.ceil(bottom - top + pad * 2);
}
