// The map's geography simplified for a rendering (src/lib/data/geo.ts, geo-simplify.ts): weights
// measured on screen, the topology kept (no gap or sliver can open between counties), and one
// simplification per projection scale.
import { geoArea, geoConicConformal, geoIdentity, type GeoProjection } from "d3";
import type { MultiLineString, MultiPolygon, Position } from "geojson";
import { describe, expect, test } from "vitest";
import { MAP } from "../../src/charts/map/constants";
import { rolesOf } from "../../src/charts/map/data";
import { zoneFrame } from "../../src/charts/map/layout";
import { fitProjection } from "../../src/charts/map/projection";
import { FULL, geography } from "../../src/lib/data/geo";
import { linesTopology, screenTriangleArea, simplifyOnScreen } from "../../src/lib/data/geo-simplify";
import { readDatasets } from "../support/repo";
import { COUNTIES, RIVERS } from "../support/geo-extract";

const roles = rolesOf(readDatasets().places);
const wide = fitProjection(zoneFrame(roles), 620, Math.round(620 * MAP.aspect), MAP.pad).projection;
const points = (c: Position[] | Position[][] | Position[][][]): number =>
  (c as unknown[]).reduce<number>((n, x) => n + (typeof (x as number[])[0] === "number" ? 1 : points(x as never)), 0);

test("a point's weight is its triangle's area in screen px²; a point the projection cannot place is kept", () => {
  const identity = geoIdentity() as unknown as GeoProjection;
  expect(
    screenTriangleArea(identity)([
      [0, 0],
      [4, 0],
      [0, 3],
    ]),
  ).toBe(6);
  const doubled = geoIdentity().scale(2) as unknown as GeoProjection;
  expect(
    screenTriangleArea(doubled)([
      [0, 0],
      [4, 0],
      [0, 3],
    ]),
  ).toBe(24);
  const nowhere = (() => null) as unknown as GeoProjection;
  expect(
    screenTriangleArea(nowhere)([
      [0, 0],
      [4, 0],
      [0, 3],
    ]),
  ).toBe(Infinity);
});

test("simplifying keeps every arc and its ends, and drops only points of the arc", () => {
  const line = [
    [0, 0],
    [1, 0.01],
    [2, 0],
    [3, 5],
    [4, 0],
  ] as [number, number][];
  const topology = linesTopology([
    { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: line } },
  ]);
  const identity = geoIdentity() as unknown as GeoProjection;
  // The point 0.01 off the line covers 0.01 px²; the one 5 px off covers 5 px².
  expect(simplifyOnScreen(topology, identity, 1).arcs).toEqual([
    [
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ],
  ]);
  expect(simplifyOnScreen(topology, identity, 10).arcs).toEqual([
    [
      [0, 0],
      [4, 0],
    ],
  ]);
});

describe("the wide rendering's geography", () => {
  const geo = geography(wide, MAP.simplifyArea);

  test("is remembered per projection scale and shape, not per position", () => {
    const moved = geoConicConformal()
      .parallels([MAP.parallels[0], MAP.parallels[1]])
      .rotate([-MAP.centralMeridian, 0])
      .scale(wide.scale())
      .translate([0, 0]);
    expect(geography(moved, MAP.simplifyArea)).toBe(geo);
    expect(geography(moved.scale(wide.scale() / 2), MAP.simplifyArea)).not.toBe(geo);
    expect(geography(wide, MAP.simplifyArea * 2)).not.toBe(geo);
  });

  test("has fewer points than the extract, and the same counties, each a proper area", () => {
    const full = FULL.countyFeatures();
    const simple = geo.countyFeatures();
    expect(full).toHaveLength(COUNTIES);
    expect(simple.map((c) => c.properties.adcode)).toEqual(full.map((c) => c.properties.adcode));
    const count = (fs: typeof full) => fs.reduce((n, f) => n + points((f.geometry as MultiPolygon).coordinates), 0);
    expect(count(simple)).toBeLessThan(count(full));
    for (const c of simple) {
      expect(geoArea(c), c.properties.name).toBeGreaterThan(0);
      expect(geoArea(c), c.properties.name).toBeLessThan(2 * Math.PI);
    }
  });

  test("keeps the counties' shared borders shared: merged, they make the same shapes with the same holes", () => {
    const shape = (m: MultiPolygon) => m.coordinates.map((polygon) => polygon.length);
    for (const keep of [() => true, (p: { adcode: string }) => roles.get(p.adcode) !== "neighbour"])
      expect(shape(geo.mergedCounties(keep))).toEqual(shape(FULL.mergedCounties(keep)));
  });

  test("simplifies rivers the same way, each keeping its ends", () => {
    const [full, simple] = [FULL.riverLines(), geo.riverLines()];
    expect(full).toHaveLength(RIVERS);
    expect(simple).toHaveLength(full.length);
    const count = (ls: typeof full) => ls.reduce((n, l) => n + l.geometry.coordinates.length, 0);
    expect(count(simple)).toBeLessThan(count(full) / 2);
    for (const [i, river] of simple.entries()) {
      const ends = (c: Position[]) => [c[0], c.at(-1)];
      expect(ends(river.geometry.coordinates)).toEqual(ends(full[i]!.geometry.coordinates));
    }
  });

  test("draws province borders from its own simplification", () => {
    const count = (m: MultiLineString) => points(m.coordinates);
    const inset = geoConicConformal().scale(wide.scale() / 10);
    expect(count(geography(inset, MAP.simplifyArea).provinceBorders())).toBeLessThan(count(FULL.provinceBorders()));
  });
});
