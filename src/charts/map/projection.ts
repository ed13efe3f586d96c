import { geoConicConformal, geoPath, type GeoProjection } from "d3";
import type { FeatureCollection } from "geojson";
import { screenPath, type ScreenPath } from "../../lib/data/svg-path";
import { MAP } from "./constants";

/** A projected drawing area: the projection, its path generator and a point projector. */
export interface Projected {
  projection: GeoProjection;
  /** Short path data of geographic objects (relative commands, on MAP.pathResolution's grid), clipped to the box. */
  path: ScreenPath;
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
  const path = screenPath(projection, MAP.pathResolution);
  // Points on the same grid as the paths: shorter attributes, and a dot sits where its path ends.
  const round = (v: number) => Math.round(v * MAP.pathResolution) / MAP.pathResolution;
  const at = (l: { lon: number; lat: number }) => {
    const [x, y] = projection([l.lon, l.lat])!;
    return [round(x), round(y)] as [number, number];
  };
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
