import { ARTICLE_YEAR, STAGES_AS_OF } from "../lib/data/article-time";
import { GEO_SOURCES } from "../lib/data/geo";
import { THEN_LABEL } from "../lib/data/since";
import { PILOT_LABEL } from "../lib/data/transport-tip";
import { STAGE_LABELS, STAGES } from "../lib/data/stages";
import type { Records } from "../schemas/index";
import type { Source } from "../schemas/source";
import { MODE_LABELS, type TransportLink } from "../schemas/transport";
import { areasLayer } from "./map/areas";
import { WIDTHS } from "./layout";
import { credit } from "./map/credit";
import { locate, rolesOf, type DrawnFacility, type DrawnLink, type Located, type MapData } from "./map/data";
import { inset } from "./map/inset";
import { latestView } from "./map/latest-view";
import { mapLabels } from "./map/map-labels";
import { mapLayout } from "./map/layout";
import { describeMap } from "./map/map-description";
import { mapLegend } from "./map/map-legend";
import { mapTable } from "./map/map-table";
import { linksLayer } from "./map/links";
import { areaEnds, pointsLayer } from "./map/points";
import { riversLayer } from "./map/rivers";
import { scaleBar } from "./map/scale-bar";
import { STAGE_DASH } from "./map/style";
import { svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

// The regional map: `render` stacks the layers drawn by src/charts/map/, bottom to top.

/** The article state's own columns of the table (mapTable adds where each record is drawn). */
const COLUMNS = [
  { key: "name", label: "项目" },
  { key: "mode", label: "方式" },
  { key: "status", label: "原文用语" },
  { key: "stage", label: "阶段" },
];

export const regionalMap: ChartDefinition<MapData> = {
  id: "regional-map",
  showsStages: true,
  title: {
    zh: "万达开与渝东北：文中的交通连线",
    en: "Wanzhou–Dazhou–Kaizhou and north-eastern Chongqing: the article's transport links",
  },
  subtitle: ({ links, facilities }) =>
    `${STAGES_AS_OF}。图中画出本站据原文整理的${links.length}条交通连线和${facilities.length}处设施或服务，颜色表示方式，线型表示阶段；万州、开州和达州组成万达开示范区，云阳为首个观察员`,
  select(records: Records): MapData {
    const byId = new Map(records.places.map((p) => [p.id, p]));
    const roles = rolesOf(records.places);
    // "Regional" is what the desktop map draws on its main map: the table says which go to the inset.
    const { inside } = mapLayout(roles, WIDTHS.wide);
    const links: DrawnLink[] = [];
    const facilities: DrawnFacility[] = [];
    const undrawn: TransportLink[] = [];
    const pilots = records.transport.filter((l) => l.kind === "pilot");
    for (const link of records.transport) {
      if (link.kind === "pilot") continue;
      const located = link.places.map((id) => locate(id, byId));
      const ends = located.filter((l): l is Located => l !== undefined);
      if (link.kind !== "link") {
        if (ends[0]) facilities.push({ link, at: ends[0] });
        else undrawn.push(link);
        continue;
      }
      if (ends.length < link.places.length || ends.length < 2) {
        undrawn.push(link);
        continue;
      }
      const regional = ends.every(inside);
      links.push({ link, ends, regional });
    }
    const places = records.places.flatMap((p) =>
      p.coordinates ? [{ place: p, lon: p.coordinates.lon, lat: p.coordinates.lat }] : [],
    );
    const sources: Source[] = [
      ...records.transport.map((t) => t.source),
      ...records.places.flatMap((p) => (p.coordinates ? [p.coordinates.source] : [])),
      ...records.places.flatMap((p) => p.sources.filter((s) => s.kind === "external")),
      ...GEO_SOURCES,
    ];
    return { roles, places: places.filter(inside), links, facilities, undrawn, pilots, sources };
  },
  render(data, { width, document }) {
    const core = [...data.places, ...data.links.filter((l) => l.regional).flatMap((l) => l.ends)];
    const layout = mapLayout(data.roles, width, core);
    const svg = svgRoot(document, width, layout.height);
    svg.setAttribute("class", "chart-svg map");
    const { path, at } = layout.projected;
    const near = data.links.filter((l) => l.ends.every(layout.inside));
    const far = data.links.filter((l) => !near.includes(l));
    const places = data.places.filter(layout.inside);
    const marks = {
      facilities: data.facilities.filter((f) => layout.inside(f.at)),
      ends: areaEnds(near.flatMap((l) => l.ends)),
      places,
    };
    svg.append(
      areasLayer(document, path, data.roles),
      riversLayer(document, path),
      linksLayer(document, at, near),
      pointsLayer(document, at, marks, layout.hitRadius),
      ...mapLabels(document, marks, layout, data.roles),
      scaleBar(document, layout),
      inset(document, far, new Set(places.map((p) => p.place.id)), layout.inset),
      credit(document, width, layout),
    );
    return svg;
  },
  describe: (data) =>
    describeMap(
      data,
      "地图：万达开川渝统筹发展示范区（万州、开州、达州）、观察员云阳和渝东北三峡库区城镇群其他区县，长江等河流，以及原文提到的交通项目。",
      (link) => link.status,
    ),
  table: (data) =>
    mapTable(data, COLUMNS, (link) => ({
      name: link.name,
      mode: MODE_LABELS[link.mode],
      status: link.status,
      stage: link.kind === "pilot" ? PILOT_LABEL : STAGE_LABELS[link.stage],
    })),
  sources: ({ sources }) => sources,
  legend: (data) => {
    const drawn = [...data.links, ...data.facilities].map((d) => d.link);
    return mapLegend(data, {
      title: `阶段（线型，原文所述，${ARTICLE_YEAR}年）`,
      items: STAGES.filter((s) => drawn.some((l) => l.stage === s)).map((s) => ({
        key: s,
        label: STAGE_LABELS[s],
        swatch: { kind: "line" as const, color: "var(--text)", dash: STAGE_DASH[s] },
      })),
    });
  },
  views: [{ id: "article", label: () => THEN_LABEL }, latestView],
};
