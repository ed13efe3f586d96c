import type { LegendGroup } from "../lib/chart-page/rendered-chart";
import { countyFeatures, GEO_SOURCES } from "../lib/data/geo";
import type { Records } from "../schemas/index";
import type { Place } from "../schemas/places";
import type { Source } from "../schemas/source";
import { areasLayer } from "./map/areas";
import { MAP } from "./map/constants";
import { countyLabelLayer, countyLabels, countyMarks } from "./map/county-labels";
import { credit } from "./map/credit";
import { roleOf, rolesOf } from "./map/data";
import { zoneLayout } from "./map/layout";
import { riversLayer } from "./map/rivers";
import { scaleBar } from "./map/scale-bar";
import { ROLE_FILL, ROLE_LABEL, type Role } from "./map/style";
import { ROLE_COLOR } from "./palette";
import { svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

// The zone map of the planning chapter: who is in the 万达开 zone, its observer and the 渝东北
// cluster, drawn by the regional map's own parts (areas, rivers, labels), without transport links.

/** A place of the zone or its cluster, with its role on the map. */
interface ZonePlace {
  place: Place;
  role: Role;
  /** For a prefecture (达州市): the counties it stands for on the map. */
  counties: string[];
}

interface Data {
  roles: Map<string, Role>;
  places: ZonePlace[];
  sources: Source[];
}

const AREA_KINDS = new Set(["district", "county", "prefecture"]);
const ROLE_ORDER: Role[] = ["member", "observer", "cluster"];

export const zoneMap: ChartDefinition<Data> = {
  id: "zone-map",
  title: {
    zh: "万达开示范区与渝东北三峡库区城镇群",
    en: "The Wanzhou–Dazhou–Kaizhou zone and the Three Gorges Reservoir Area urban cluster",
  },
  subtitle: ({ places }) =>
    `万达开川渝统筹发展示范区由${names(places, "member")}组成，${names(places, "observer")}为首个观察员；` +
    `渝东北三峡库区城镇群的其他区县：${names(places, "cluster")}`,
  select(records: Records): Data {
    const roles = rolesOf(records.places);
    const places = records.places
      .filter((p) => AREA_KINDS.has(p.kind) && p.adcode && roleOf(p) !== "neighbour" && !p.within)
      .map((place) => ({
        place,
        role: roleOf(place),
        counties:
          place.kind === "prefecture"
            ? countyFeatures()
                .filter((c) => c.properties.adcode.startsWith(place.adcode!.slice(0, MAP.prefectureDigits)))
                .map((c) => c.properties.name)
            : [],
      }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    const sources = [...places.flatMap((p) => p.place.sources), ...GEO_SOURCES];
    return { roles, places, sources };
  },
  render({ roles }, { width, document }) {
    const layout = zoneLayout(roles, width);
    const svg = svgRoot(document, width, layout.height);
    svg.setAttribute("class", "chart-svg map");
    const { path } = layout.projected;
    const names = countyLabels(path, roles, [], MAP.text);
    svg.append(
      areasLayer(document, path, roles),
      riversLayer(document, path),
      countyLabelLayer(document, names),
      countyMarks(document, names, roles, MAP.hitRadius),
      scaleBar(document, layout),
      credit(document, width, layout, false),
    );
    return svg;
  },
  describe: ({ places }) =>
    [
      `地图：万达开川渝统筹发展示范区由${names(places, "member")}组成，`,
      `图上${places
        .filter((p) => p.counties.length)
        .map((p) => `${p.place.name}所辖${p.counties.join("、")}`)
        .join("")}都着示范区的颜色；`,
      `${names(places, "observer")}为首个观察员；渝东北三峡库区城镇群的其他区县为${names(places, "cluster")}；`,
      "其余周边区县为灰色。河流（含长江）为背景，不画交通连线（见交通连线地图）。",
    ].join(""),
  table: ({ places }) => ({
    columns: [
      { key: "name", label: "地方" },
      { key: "role", label: "图上" },
      { key: "basis", label: "依据" },
    ],
    rows: places.map(({ place, role, counties }) => ({
      name: counties.length ? `${place.name}（${counties.join("、")}）` : place.name,
      role: ROLE_LABEL[role],
      basis: place.sources.map((s) => (s.kind === "article" ? "原文" : s.publisher)).join("；"),
    })),
  }),
  sources: ({ sources }) => sources,
  legend: () =>
    [
      {
        title: "区域",
        items: (["member", "observer", "cluster", "neighbour"] as const).map((r) => ({
          key: r,
          label: ROLE_LABEL[r],
          swatch: { kind: "area" as const, color: ROLE_FILL[r], outline: ROLE_COLOR.rule },
        })),
      },
    ] satisfies LegendGroup[],
};

/** The names of the places of one role, joined: “万州区、开州区和达州市”. */
function names(places: ZonePlace[], role: Role): string {
  const list = places.filter((p) => p.role === role).map((p) => p.place.name);
  return list.length > 1 ? `${list.slice(0, -1).join("、")}和${list.at(-1)}` : (list[0] ?? "");
}
