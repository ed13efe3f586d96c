import type { LegendGroup } from "../lib/chart-page/rendered-chart";
import { ARTICLE_YEAR, STAGES_AS_OF } from "../lib/data/article-time";
import { GEO_SOURCES } from "../lib/data/geo";
import { PILOT_LABEL } from "../lib/data/transport-tip";
import { STAGE_LABELS, STAGES } from "../lib/data/stages";
import type { Records } from "../schemas/index";
import type { Source } from "../schemas/source";
import { MODE_LABELS, MODES, type Mode, type TransportLink } from "../schemas/transport";
import { areasLayer } from "./map/areas";
import { WIDTHS } from "./layout";
import { MAP } from "./map/constants";
import { credit } from "./map/credit";
import { locate, rolesOf, type DrawnFacility, type DrawnLink, type Located, type MapData } from "./map/data";
import { inset } from "./map/inset";
import { mapLabels } from "./map/map-labels";
import { mapLayout } from "./map/layout";
import { linksLayer } from "./map/links";
import { areaEnds, pointsLayer } from "./map/points";
import { riversLayer } from "./map/rivers";
import { scaleBar } from "./map/scale-bar";
import { ROLE_FILL, ROLE_LABEL, STAGE_DASH } from "./map/style";
import { MODE_COLOR, ROLE_COLOR } from "./palette";
import { svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

// The regional map: `render` stacks the layers drawn by src/charts/map/, bottom to top.

/** One row of the data table: a transport record and where the map draws it. */
function tableRow(link: TransportLink, where: string) {
  const stage = link.kind === "pilot" ? PILOT_LABEL : STAGE_LABELS[link.stage];
  return { name: link.name, mode: MODE_LABELS[link.mode], status: link.status, stage, where };
}

export const regionalMap: ChartDefinition<MapData> = {
  id: "regional-map",
  showsStages: true,
  title: "万达开与渝东北：文中的交通连线",
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
  describe: ({ links, facilities, undrawn, pilots }) => {
    const named = (l: { link: TransportLink }) => `${l.link.name}（${l.link.status}）`;
    const regional = links.filter((l) => l.regional).map(named);
    const far = links.filter((l) => !l.regional).map(named);
    const onArea = areaEnds(links.flatMap((l) => l.ends));
    return [
      "地图：万达开川渝统筹发展示范区（万州、开州、达州）、观察员云阳和渝东北三峡库区城镇群其他区县，",
      "长江等河流，以及原文提到的交通项目。",
      `区域内连线${regional.join("、")}；`,
      `远程连线见小图（全国）：${far.join("、")}；`,
      `设施与服务（圆环）：${facilities.map(named).join("、")}。`,
      onArea.length
        ? `${onArea.map((e) => e.names.join("、")).join("、")}无坐标，连线端点画在所属区县境内的示意位置（虚线圈，近似端点）。`
        : "",
      undrawn.length ? `原文未写明端点、无法画出的：${undrawn.map((l) => l.name).join("、")}。` : "",
      pilots.length
        ? `另有一次性试点运输，不是线路，图上不画：${pilots.map((link) => named({ link })).join("、")}。`
        : "",
      "连线按端点画成示意弧线，不代表实际走向。",
    ].join("");
  },
  table: ({ links, facilities, undrawn, pilots }) => ({
    columns: [
      { key: "name", label: "项目" },
      { key: "mode", label: "方式" },
      { key: "status", label: "原文用语" },
      { key: "stage", label: "阶段" },
      { key: "where", label: "图上位置" },
    ],
    rows: [
      ...links.map((l) =>
        tableRow(
          l.link,
          `${l.ends.map((e) => e.place.name + (e.onArea ? "（近似）" : "")).join("—")}${l.regional ? "" : "（小图）"}`,
        ),
      ),
      ...facilities.map((f) =>
        tableRow(f.link, `${f.at.place.name}（${f.link.kind === "service" ? "服务" : "设施"}）`),
      ),
      ...undrawn.map((l) => tableRow(l, "未画出：原文未写明端点")),
      ...pilots.map((l) => tableRow(l, "未画出：一次性试点，非线路")),
    ],
  }),
  sources: ({ sources }) => sources,
  legend: ({ links, facilities }) => {
    const drawn = [...links, ...facilities].map((d) => d.link);
    const modes = MODES.filter((m) => drawn.some((l) => l.mode === m));
    const stages = STAGES.filter((s) => drawn.some((l) => l.stage === s));
    return [
      {
        title: "方式（可筛选）",
        filter: "mode",
        items: modes.map((m: Mode) => ({
          key: m,
          label: MODE_LABELS[m],
          swatch: { kind: "line" as const, color: MODE_COLOR[m] },
        })),
      },
      {
        title: `阶段（线型，原文所述，${ARTICLE_YEAR}年）`,
        items: stages.map((s) => ({
          key: s,
          label: STAGE_LABELS[s],
          swatch: { kind: "line" as const, color: "var(--text)", dash: STAGE_DASH[s] },
        })),
      },
      {
        title: "地点",
        items: [
          { key: "place", label: "地点", swatch: { kind: "dot" as const, color: "var(--text)" } },
          {
            key: "area-end",
            label: "近似端点：原文地点无坐标，画在所属区县内",
            swatch: { kind: "ring" as const, color: "var(--text)", dash: MAP.dash.areaEnd },
          },
        ],
      },
      {
        title: "区域",
        items: (["member", "observer", "cluster", "neighbour"] as const).map((r) => ({
          key: r,
          label: ROLE_LABEL[r],
          swatch: { kind: "area" as const, color: ROLE_FILL[r], outline: ROLE_COLOR.rule },
        })),
      },
    ] satisfies LegendGroup[];
  },
};
