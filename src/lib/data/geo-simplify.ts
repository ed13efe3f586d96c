import type { GeoConicProjection, GeoProjection } from "d3";
import type { Feature, LineString } from "geojson";
import { presimplify, simplify, type Triangle } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";

// Boundaries simplified to what a rendering's pixels can show: Visvalingam's effective area, measured
// on screen (px²) through the rendering's projection rather than in square degrees. The topology is
// kept (points are dropped from shared arcs, and arc ends always stay), so no sliver or gap opens
// between neighbours.

/** A point's weight: the area, in square screen pixels, of the triangle it makes with its neighbours. */
export function screenTriangleArea(projection: GeoProjection): (triangle: Triangle) => number {
  return ([a, b, c]) => {
    const [p, q, r] = [projection(a), projection(b), projection(c)];
    // A point the projection cannot place is never dropped.
    if (!p || !q || !r) return Infinity;
    return Math.abs((q[0] - p[0]) * (r[1] - p[1]) - (r[0] - p[0]) * (q[1] - p[1])) / 2;
  };
}

/** `topology` without the points whose screen triangle under `projection` is below `minArea` px². */
export function simplifyOnScreen<T extends Topology>(topology: T, projection: GeoProjection, minArea: number): T {
  return simplify(presimplify(topology as never, screenTriangleArea(projection)), minArea) as unknown as T;
}

/** Lines as a topology of their own, one arc each (absolute coordinates), so they simplify like borders. */
export function linesTopology(lines: Feature<LineString>[]): Topology<{ lines: GeometryCollection }> {
  return {
    type: "Topology",
    objects: {
      lines: {
        type: "GeometryCollection",
        geometries: lines.map((l, i) => ({ type: "LineString", arcs: [i], properties: l.properties ?? {} })),
      },
    },
    arcs: lines.map((l) => l.geometry.coordinates.map(([x, y]) => [x!, y!] as [number, number])),
  };
}

/**
 * What a simplification depends on: the projection's scale and shape (rotation, centre, a conic's
 * parallels), not where it is translated or clipped to. Renderings that share it share the result.
 */
export function screenKey(projection: GeoProjection, minArea: number): string {
  const conic = projection as unknown as Partial<GeoConicProjection>;
  return JSON.stringify([
    projection.scale(),
    projection.rotate(),
    projection.center(),
    conic.parallels ? conic.parallels() : null,
    minArea,
  ]);
}
