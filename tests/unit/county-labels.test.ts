// The names of the zone's counties that no place dot names (they replace the tooltips the
// county areas had before the fills were merged by role): which counties, and where they stand.
import { geoContains } from "d3";
import { expect, test } from "vitest";
import { MAP } from "../../src/charts/map/constants";
import { countyLabels, countyName, labelBoxes } from "../../src/charts/map/county-labels";
import { rolesOf } from "../../src/charts/map/data";
import { zoneFrame } from "../../src/charts/map/layout";
import { fitProjection } from "../../src/charts/map/projection";
import { regionalMap } from "../../src/charts/regional-map";
import { countyFeatures } from "../../src/lib/data/geo";
import { boxesOverlap } from "../../src/lib/data/polygon-label";
import { FONT } from "../../src/lib/text/measure";
import { readDatasets } from "../support/repo";
import { PLACES_WITH_COORDINATES } from "../support/geo-extract";

const records = readDatasets();
const data = regionalMap.select(records);
const roles = rolesOf(records.places);
const [width, height] = [620, Math.round(620 * MAP.aspect)];
const { path, projection } = fitProjection(zoneFrame(roles), width, height, MAP.pad);
const labels = countyLabels(path, roles, data.places, FONT.small);
const byName = new Map(countyFeatures().map((c) => [countyName(c.properties.name), c]));
/** The counties named: those of the zone and cluster with no place dot naming them. */
const LABELLED = [
  "城口",
  "巫溪",
  "奉节",
  "巫山",
  "忠县",
  "丰都",
  "垫江",
  "达川",
  "宣汉",
  "开江",
  "大竹",
  "渠县",
  "万源",
];
/** The place dots: the article's places with coordinates in the zone (stand-in ends are rings, not dots). */
const PLACE_DOTS = PLACES_WITH_COORDINATES;

test("short names keep two characters at least", () => {
  expect(["城口县", "忠县", "渠县", "通川区", "万源市"].map(countyName)).toEqual([
    "城口",
    "忠县",
    "渠县",
    "通川",
    "万源",
  ]);
});

test("every county of the zone and cluster without a place dot naming it is labelled, and no other", () => {
  expect(labels.map((l) => l.text).sort()).toEqual([...LABELLED].sort());
});

test("labels are at least 11 px, centred, each box wholly inside its county and within the map", () => {
  expect(labels).toHaveLength(LABELLED.length);
  for (const [label, box] of labels.map((l, i) => [l, labelBoxes(labels)[i]!] as const)) {
    expect(label.size).toBeGreaterThanOrEqual(11);
    expect(label.anchor).toBe("middle");
    const county = byName.get(label.text)!;
    // Corners and edge midpoints of the text's box, back on the globe, fall in the county.
    for (const fx of [0, 0.5, 1])
      for (const fy of [0, 0.5, 1]) {
        const p = projection.invert!([box.x + fx * box.w, box.y + fy * box.h])!;
        expect(geoContains(county, p), `${label.text} (${fx}, ${fy})`).toBe(true);
      }
    expect(box.x >= 0 && box.y >= 0 && box.x + box.w <= width && box.y + box.h <= height).toBe(true);
  }
});

test("no two labels overlap, and none covers a place dot", () => {
  const boxes = labelBoxes(labels);
  expect(boxes).toHaveLength(LABELLED.length);
  expect(data.places.map((p) => p.place.id)).toEqual(PLACE_DOTS);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(boxesOverlap(boxes[i]!, boxes[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
  for (const place of data.places) {
    const [x, y] = projection([place.lon, place.lat])!;
    const dot = { x: x - MAP.dot, y: y - MAP.dot, w: 2 * MAP.dot, h: 2 * MAP.dot };
    for (const [i, box] of boxes.entries())
      expect(boxesOverlap(box, dot), `${labels[i]!.text} / ${place.place.name}`).toBe(false);
  }
});
