// Where the map draws each link: on the places its record names, never on a stand-in's point, and
// apart from every other link whatever order its ends come in.
import { geoContains } from "d3";
import { expect, test } from "vitest";
import { MAP } from "../../src/charts/map/constants";
import type { DrawnLink, Located } from "../../src/charts/map/data";
import { fanArcs } from "../../src/charts/map/links";
import { regionalMap } from "../../src/charts/regional-map";
import { countyFeatures } from "../../src/lib/data/geo";
import { readDatasets } from "../support/repo";

const records = readDatasets();
const data = regionalMap.select(records);

test("each drawn link's ends are the places its record names, in its order", () => {
  // The article's transport links with two ends or more on the map (23 of its 29 transport items).
  expect(data.links).toHaveLength(23);
  for (const { link, ends } of data.links)
    expect(
      ends.map((e) => e.place.id),
      link.id,
    ).toEqual(link.places);
});

test("a place without coordinates is drawn inside its own county, marked as an approximate end", () => {
  const byId = new Map(records.places.map((p) => [p.id, p]));
  const onArea = data.links.flatMap((l) => l.ends).filter((e) => e.onArea);
  expect(onArea.map((e) => e.place.id).sort()).toEqual(["danzi", "kaijiang", "wushan", "yujia"]);
  for (const end of onArea) {
    expect(end.place.coordinates).toBeNull();
    // The county is the place's own area, or else the one it lies within.
    const adcode = end.place.adcode ?? byId.get(end.place.within!)!.adcode;
    const county = countyFeatures().find((c) => c.properties.adcode === adcode)!;
    expect(end.onArea).toBe(county.properties.name);
    expect(geoContains(county, [end.lon, end.lat]), end.place.id).toBe(true);
  }
  // Never at another place's point: 余家 and 弹子 are not drawn at 万州's city centre.
  const wanzhou = records.places.find((p) => p.id === "wanzhou")!.coordinates!;
  for (const end of onArea) expect([end.lon, end.lat]).not.toEqual([wanzhou.lon, wanzhou.lat]);
});

test("郑万高铁重庆段 is drawn as its Chongqing section, not from 郑州", () => {
  const zhengwan = data.links.find((l) => l.link.id === "zhengwan-hsr")!;
  expect(zhengwan.ends.map((e) => e.place.name)).toEqual(["巫山县", "万州区"]);
  expect(zhengwan.regional).toBe(true);
});

test("links between the same two points fan apart whichever way they run", () => {
  const place = (id: string, x: number): Located => ({
    place: { ...records.places[0]!, id, name: id },
    lon: x,
    lat: 0,
  });
  const [a, b] = [place("a", 0), place("b", 100)];
  const link = (id: string, ends: Located[]): DrawnLink => ({
    link: { ...records.transport[0]!, id, places: ends.map((e) => e.place.id) },
    ends,
    regional: true,
  });
  // Two links, the second drawn from b to a: today's bug had them on top of each other.
  const arcs = fanArcs([link("one", [a, b]), link("two", [b, a])], (l) => [l.lon, l.lat]);
  const control = (d: string) =>
    d
      .match(/Q(-?[\d.]+),(-?[\d.]+)/)!
      .slice(1)
      .map(Number);
  // Their middles lie MAP.fanGap apart: controls at ±fanGap (twice the middles' ±fanGap/2), one each side.
  expect(arcs.map((a) => control(a.d))).toEqual([
    [50, -MAP.fanGap],
    [50, MAP.fanGap],
  ]);
});
