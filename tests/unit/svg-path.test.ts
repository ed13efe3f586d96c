// The short path writer the map draws its boundaries with (src/lib/data/svg-path.ts): exact
// strings for hand-made subpaths, and d3's own drawing (clipping included) written shorter.
import { geoIdentity, geoPath, type GeoProjection } from "d3";
import type { LineString, Polygon } from "geojson";
import { describe, expect, test } from "vitest";
import { formatSteps, pathData, screenPath, type Subpath } from "../../src/lib/data/svg-path";

const open = (...points: [number, number][]): Subpath => ({ points, closed: false });
const closed = (...points: [number, number][]): Subpath => ({ points, closed: true });

describe("formatSteps", () => {
  test("writes grid steps as px in the shortest form", () => {
    expect([0, 5, -5, 10, -12, 123, 1230].map((n) => formatSteps(n, 10))).toEqual([
      "0",
      ".5",
      "-.5",
      "1",
      "-1.2",
      "12.3",
      "123",
    ]);
    expect([1, -1, 3, 4].map((n) => formatSteps(n, 2))).toEqual([".5", "-.5", "1.5", "2"]);
    expect([7, -7].map((n) => formatSteps(n, 1))).toEqual(["7", "-7"]);
  });
});

describe("pathData", () => {
  test("starts absolute, then goes relative, with h and v for level and plumb steps, and z", () => {
    expect(pathData([closed([0, 0], [100, 0], [100, 50], [30, 50])], 10)).toBe("M0 0h10v5h-7z");
  });

  test("writes a repeated command once, and pairs after a relative moveto as linetos", () => {
    expect(pathData([open([0, 0], [10, 20], [30, 50], [35, 40])], 10)).toBe("M0 0l1 2 2 3 .5-1");
    expect(pathData([open([0, 0], [10, 10]), open([20, 20], [25, 27], [31, 33])], 10)).toBe("M0 0l1 1m1 1 .5.7.6.6");
    expect(pathData([open([0, 0], [10, 0], [30, 0], [30, 10], [30, 30])], 10)).toBe("M0 0h3v3");
  });

  test("separates two numbers only where they would run together", () => {
    // "1 .5": without the space it would read 1.5; ".5.7" reads .5 then .7; a minus sign separates.
    expect(pathData([open([0, 0], [10, 5], [15, 12], [5, 2], [10, -3])], 10)).toBe("M0 0l1 .5.5.7-1-1 .5-.5");
  });

  test("after z, moves from the closed subpath's start; after an open one, from its end", () => {
    expect(pathData([closed([10, 10], [20, 10], [20, 20]), closed([30, 30], [40, 30], [40, 40])], 1)).toBe(
      "M10 10h10v10zm20 20h10v10z",
    );
    expect(pathData([open([10, 10], [20, 10]), open([30, 30], [40, 30])], 1)).toBe("M10 10h10m10 20h10");
  });

  test("leaves out repeated points, points on a straight run, a closing repeat, and subpaths that draw nothing", () => {
    expect(pathData([closed([0, 0], [0, 0], [10, 0], [20, 0], [20, 10], [10, 20], [0, 30], [0, 0])], 1)).toBe(
      "M0 0h20v10l-20 20z",
    );
    // A turn back along the same line is kept: it draws.
    expect(pathData([open([0, 0], [10, 0], [5, 0])], 1)).toBe("M0 0h10-5");
    expect(pathData([closed([3, 3], [3, 3]), open([5, 5]), open([0, 0], [1, 1])], 1)).toBe("M0 0l1 1");
    expect(pathData([], 1)).toBe("");
  });
});

describe("screenPath", () => {
  // A projection that keeps coordinates as they are (px), clipped to a 10 × 10 box.
  const projection = geoIdentity().clipExtent([
    [0, 0],
    [10, 10],
  ]) as unknown as GeoProjection;
  const square: Polygon = {
    type: "Polygon",
    coordinates: [
      [
        [-5, -5],
        [5, -5],
        [5, 5],
        [-5, 5],
        [-5, -5],
      ],
    ],
  };

  test("draws what d3's geoPath draws, clipped to the projection's extent, rounded to the grid", () => {
    expect(geoPath(projection)(square)).toBe("M5,0L5,5L0,5L0,0Z");
    expect(screenPath(projection, 1)(square)).toBe("M5 0v5h-5v-5z");
    const line: LineString = {
      type: "LineString",
      coordinates: [
        [1.23, 1.26],
        [4.44, 1.26],
        [4.44, 20],
      ],
    };
    expect(geoPath(projection)(line)).toBe("M1.23,1.26L4.44,1.26L4.44,10");
    expect(screenPath(projection, 10)(line)).toBe("M1.2 1.3h3.2v8.7");
    expect(screenPath(projection, 10).projection).toBe(projection);
  });

  test("draws nothing for what lies outside the extent", () => {
    expect(
      screenPath(
        projection,
        1,
      )({
        type: "LineString",
        coordinates: [
          [20, 20],
          [30, 30],
        ],
      }),
    ).toBe("");
  });
});
