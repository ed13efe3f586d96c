import { geoBounds, geoContains, geoDistance } from "d3";
import type { Feature, Geometry, Position } from "geojson";
import { MAP } from "./constants";

const CELLS = MAP.areaGrid;

/**
 * The point of an area farthest from its border (its pole of inaccessibility, found on a grid):
 * where a place without coordinates is drawn inside its county. Unlike the centroid it is always
 * inside, and it claims no direction: not the seat, not the side facing the link's other end.
 */
export function areaPoint(area: Feature<Geometry>): [number, number] {
  // A grid search over every border vertex is slow, and select() runs for every page: once an area.
  const known = found.get(area.geometry);
  if (known) return known;
  const point = search(area);
  found.set(area.geometry, point);
  return point;
}

const found = new WeakMap<Geometry, [number, number]>();

function search(area: Feature<Geometry>): [number, number] {
  const [[west, south], [east, north]] = geoBounds(area);
  const border = vertices(area.geometry);
  let best: [number, number] | undefined;
  let bestDistance = -1;
  for (let i = 0; i <= CELLS; i++)
    for (let j = 0; j <= CELLS; j++) {
      const point: [number, number] = [west! + ((east! - west!) * i) / CELLS, south! + ((north! - south!) * j) / CELLS];
      if (!geoContains(area, point)) continue;
      const distance = Math.min(...border.map((v) => geoDistance(point, v as [number, number])));
      if (distance > bestDistance) [best, bestDistance] = [point, distance];
    }
  if (!best) throw new Error("area too small for its grid: no point inside");
  return best;
}

function vertices(geometry: Geometry): Position[] {
  if (geometry.type === "Polygon") return geometry.coordinates.flat();
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat(2);
  throw new Error(`not an area: ${geometry.type}`);
}
