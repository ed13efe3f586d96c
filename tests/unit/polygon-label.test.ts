// Where a label fits inside a shape (src/lib/data/polygon-label.ts), on hand-made shapes.
import { describe, expect, test } from "vitest";
import {
  boxesOverlap,
  edgeDistance,
  insideRings,
  labelSpot,
  segmentMeetsBox,
  type Ring,
} from "../../src/lib/data/polygon-label";

const square: Ring = [
  [0, 0],
  [100, 0],
  [100, 100],
  [0, 100],
];
const hole: Ring = [
  [40, 40],
  [60, 40],
  [60, 60],
  [40, 60],
];
// An L: a 100 × 20 bar along the bottom and a 20 × 100 bar up the left side.
const ell: Ring = [
  [0, 0],
  [20, 0],
  [20, 80],
  [100, 80],
  [100, 100],
  [0, 100],
];
const everywhere = { x: -1000, y: -1000, w: 3000, h: 3000 };

describe("geometry", () => {
  test("inside: even–odd, so a point in a hole is outside", () => {
    expect(insideRings([square], [50, 50])).toBe(true);
    expect(insideRings([square, hole], [50, 50])).toBe(false);
    expect(insideRings([square, hole], [20, 50])).toBe(true);
    expect(insideRings([square], [150, 50])).toBe(false);
  });

  test("distance to the nearest edge, holes included", () => {
    expect(edgeDistance([square], [50, 50])).toBe(50);
    expect(edgeDistance([square, hole], [30, 50])).toBe(10);
    expect(edgeDistance([square], [10, 20])).toBe(10);
  });

  test("a segment meets a box when any part of it is in the box; boxes overlap when they share area", () => {
    const box = { x: 10, y: 10, w: 10, h: 10 };
    expect(segmentMeetsBox([0, 15], [30, 15], box)).toBe(true);
    expect(segmentMeetsBox([0, 0], [9, 30], box)).toBe(false);
    expect(segmentMeetsBox([12, 12], [13, 13], box)).toBe(true);
    expect(segmentMeetsBox([0, 5], [30, 5], box)).toBe(false);
    expect(boxesOverlap(box, { x: 19, y: 19, w: 5, h: 5 })).toBe(true);
    expect(boxesOverlap(box, { x: 20, y: 10, w: 5, h: 5 })).toBe(false);
  });
});

describe("labelSpot", () => {
  test("centres a label where it stands farthest from the edges", () => {
    expect(labelSpot([square], { w: 20, h: 10 }, { avoid: [], within: everywhere, step: 20 })).toEqual([50, 50]);
    // On a grid that misses the centre, of the points equally far from the edges, the nearest the middle.
    expect(labelSpot([square], { w: 20, h: 10 }, { avoid: [], within: everywhere, step: 10 })).toEqual([45, 45]);
  });

  test("keeps the whole box inside: in an L, a box too wide for the upright arm goes in the bottom one", () => {
    const [x, y] = labelSpot([ell], { w: 30, h: 10 }, { avoid: [], within: everywhere, step: 2 })!;
    expect(y - 5).toBeGreaterThanOrEqual(80);
    expect(y + 5).toBeLessThanOrEqual(100);
    expect(x - 15).toBeGreaterThanOrEqual(0);
  });

  test("keeps clear of what it must avoid, and within its bounds", () => {
    const avoid = [{ x: 30, y: 30, w: 70, h: 70 }];
    const [x, y] = labelSpot([square], { w: 20, h: 10 }, { avoid, within: everywhere, step: 2 })!;
    expect(x + 10 <= 30 || y + 5 <= 30).toBe(true);
    const [, y2] = labelSpot(
      [square],
      { w: 20, h: 10 },
      { avoid: [], within: { x: 0, y: 0, w: 100, h: 20 }, step: 2 },
    )!;
    expect(y2).toBeLessThanOrEqual(15);
  });

  test("falls back to the point inside farthest from the edges when no box fits; none for a shape with no grid point", () => {
    const sliver: Ring = [
      [0, 0],
      [100, 0],
      [100, 6],
      [0, 6],
    ];
    expect(labelSpot([sliver], { w: 20, h: 10 }, { avoid: [], within: everywhere, step: 2 })).toEqual([49, 3]);
    expect(labelSpot([sliver], { w: 20, h: 10 }, { avoid: [], within: everywhere, step: 200 })).toBeUndefined();
  });
});
