import { geoBounds, geoConicConformal, geoDistance, geoPath, type GeoProjection } from "d3";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import {
  countyBorders,
  GEO_SOURCES,
  countyFeatures,
  mergedCounties,
  provinceBorders,
  riverLines,
  type CountyProperties,
} from "../lib/data/geo";
import { STAGE_LABELS, STAGES, type Stage } from "../lib/data/stages";
import type { Records } from "../schemas/index";
import type { Place } from "../schemas/places";
import type { Source } from "../schemas/source";
import { MODE_LABELS, MODES, type Mode, type TransportLink } from "../schemas/transport";
import { MAP } from "./map/constants";
import { placeLabels } from "./map/labels";
import { FONT } from "../lib/text/measure";
import { MODE_COLOR, ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { LegendGroup } from "../lib/chart-page/rendered-chart";
import { transportTip } from "../lib/data/transport-tip";
import type { ChartDefinition } from "./types";

type Role = "member" | "observer" | "cluster" | "neighbour";
const ROLE_LABEL: Record<Role, string> = {
  member: "万达开示范区",
  observer: "观察员（云阳）",
  cluster: "渝东北城镇群其他区县",
  neighbour: "周边",
};
const ROLE_FILL: Record<Role, string> = {
  member: "var(--map-member)",
  observer: "var(--map-observer)",
  cluster: "var(--map-cluster)",
  neighbour: "var(--map-neighbour)",
};
/** Line style of each stage: dashes for what is not yet built, solid for what runs. */
const STAGE_DASH: Record<Stage, string | undefined> = {
  preliminary: MAP.dash.preliminary,
  upcoming: MAP.dash.upcoming,
  construction: MAP.dash.construction,
  opened: undefined,
  operating: undefined,
};

interface Located {
  place: Place;
  lon: number;
  lat: number;
  /** The place drawn is the one the record names (false: its `within` place stands in). */
  exact: boolean;
}
interface DrawnLink {
  link: TransportLink;
  ends: Located[];
  /** Fully inside the regional frame (else drawn on the national inset). */
  regional: boolean;
}
interface Data {
  roles: Map<string, Role>;
  /** Lon/lat box of the zone's counties: links wholly inside it are drawn on the regional map. */
  frame: { west: number; south: number; east: number; north: number };
  places: Located[];
  links: DrawnLink[];
  facilities: { link: TransportLink; at: Located }[];
  /** Links that cannot be drawn: an end without any known location. */
  undrawn: TransportLink[];
  sources: Source[];
}

function locate(id: string, byId: Map<string, Place>): Located | undefined {
  const place = byId.get(id);
  if (!place) return undefined;
  if (place.coordinates) return { place, lon: place.coordinates.lon, lat: place.coordinates.lat, exact: true };
  const parent = place.within ? locate(place.within, byId) : undefined;
  return parent && { ...parent, place, exact: false };
}

/** The role of a county on the map, from the places dataset (adcodes, zone membership). */
function rolesOf(places: Place[]): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const c of countyFeatures()) {
    const p = places.find(
      (pl) =>
        pl.adcode &&
        (pl.adcode === c.properties.adcode ||
          (pl.kind === "prefecture" && c.properties.adcode.startsWith(pl.adcode.slice(0, MAP.prefectureDigits)))),
    );
    const role: Role = !p
      ? "neighbour"
      : p.wandakai === "member"
        ? "member"
        : p.wandakai === "observer"
          ? "observer"
          : p.yudongbei
            ? "cluster"
            : "neighbour";
    roles.set(c.properties.adcode, role);
  }
  return roles;
}

/** A gentle arc between two points, bent by `bend` (a fraction of its length) to tell parallel links apart. */
function arc(a: [number, number], b: [number, number], bend: number): string {
  const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const cx = mx - dy * bend;
  const cy = my + dx * bend;
  const r = (n: number) => Math.round(n * MAP.precision) / MAP.precision;
  return `M${r(a[0])},${r(a[1])}Q${r(cx)},${r(cy)} ${r(b[0])},${r(b[1])}`;
}

/** One link's arc: a wide transparent stroke to hover or tap, the visible line, and its tooltip. */
function linkMark(document: Document, d: string, link: TransportLink, tip: string): SVGGElement {
  const g = el(document, "g", { class: "link", "data-mode": link.mode });
  g.append(
    el(document, "path", { d, stroke: "transparent", "stroke-width": MAP.hitWidth, fill: "none", class: "hit" }),
    el(document, "path", {
      d,
      stroke: MODE_COLOR[link.mode],
      "stroke-width": MAP.line,
      "stroke-dasharray": STAGE_DASH[link.stage],
      fill: "none",
      class: "mark-shape",
    }),
  );
  markTip(g, tip);
  return g;
}

export const regionalMap: ChartDefinition<Data> = {
  id: "regional-map",
  title: "万达开与渝东北：文中的交通连线",
  subtitle: ({ links, facilities }) =>
    `万州、开州和达州组成万达开示范区，云阳为首个观察员；图中画出原文提到的${links.length}条交通连线和${facilities.length}处设施，颜色表示方式，线型表示阶段`,
  single: true,
  select(records: Records): Data {
    const byId = new Map(records.places.map((p) => [p.id, p]));
    const roles = rolesOf(records.places);
    const [[west, south], [east, north]] = geoBounds({
      type: "FeatureCollection",
      features: countyFeatures().filter((c) => roles.get(c.properties.adcode) !== "neighbour"),
    });
    const frame = { west: west!, south: south!, east: east!, north: north! };
    const inside = (l: { lon: number; lat: number }) =>
      l.lon >= frame.west && l.lon <= frame.east && l.lat >= frame.south && l.lat <= frame.north;
    const links: DrawnLink[] = [];
    const facilities: Data["facilities"] = [];
    const undrawn: TransportLink[] = [];
    for (const link of records.transport) {
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
      p.coordinates ? [{ place: p, lon: p.coordinates.lon, lat: p.coordinates.lat, exact: true }] : [],
    );
    const sources: Source[] = [
      ...records.transport.map((t) => t.source),
      ...records.places.flatMap((p) => (p.coordinates ? [p.coordinates.source] : [])),
      ...records.places.flatMap((p) => p.sources.filter((s) => s.kind === "external")),
      ...GEO_SOURCES,
    ];
    return { roles, frame, places: places.filter(inside), links, facilities, undrawn, sources };
  },
  render({ roles, places, links, facilities }, { width, document }) {
    const height = Math.round(width * MAP.aspect);
    const svg = svgRoot(document, width, height);
    svg.setAttribute("class", "chart-svg map");
    const counties = countyFeatures();
    const frame: FeatureCollection = {
      type: "FeatureCollection",
      features: counties.filter((c) => roles.get(c.properties.adcode) !== "neighbour"),
    };
    const projection: GeoProjection = geoConicConformal()
      .parallels([MAP.parallels[0], MAP.parallels[1]])
      .rotate([-MAP.centralMeridian, 0])
      .fitExtent(
        [
          [MAP.pad, MAP.pad],
          [width - MAP.pad, height - MAP.pad],
        ],
        frame,
      )
      .clipExtent([
        [0, 0],
        [width, height],
      ]);
    const path = geoPath(projection).digits(1);
    const pt = (l: { lon: number; lat: number }) => projection([l.lon, l.lat]) as [number, number];

    // Areas: the muted neighbours merged into one shape, then each zone county on its own.
    const areas = el(document, "g", { role: "group", "aria-label": "区县" });
    areas.append(
      el(document, "path", {
        d: path(mergedCounties((p) => roles.get(p.adcode) === "neighbour")) ?? "",
        fill: ROLE_FILL.neighbour,
      }),
    );
    for (const county of counties as Feature<Geometry, CountyProperties>[]) {
      const role = roles.get(county.properties.adcode)!;
      if (role === "neighbour") continue;
      const shape = el(document, "path", { d: path(county) ?? "", fill: ROLE_FILL[role], class: "area" });
      markTip(shape, `${county.properties.name}：${ROLE_LABEL[role]}`);
      areas.append(shape);
    }
    areas.append(
      // County borders inside the zone and around it; the neighbours' own borders are left out (weight).
      el(document, "path", {
        d:
          path(countyBorders((a, b) => roles.get(a.adcode) !== "neighbour" || roles.get(b.adcode) !== "neighbour")) ??
          "",
        fill: "none",
        stroke: "var(--bg)",
        "stroke-width": MAP.border,
      }),
      el(document, "path", {
        d: path(countyBorders((a, b) => a.province !== b.province)) ?? "",
        fill: "none",
        stroke: "var(--muted)",
        "stroke-width": MAP.border,
        "stroke-dasharray": MAP.dash.province,
      }),
    );
    svg.append(areas);
    const rivers = el(document, "g", {
      "aria-hidden": "true",
      fill: "none",
      stroke: "var(--map-river)",
      "stroke-width": MAP.river,
    });
    for (const river of riverLines()) rivers.append(el(document, "path", { d: path(river) ?? "" }));
    svg.append(rivers);

    // Links between the same two places fan out as arcs of different bend.
    const seen = new Map<string, number>();
    const linkLayer = el(document, "g", { role: "group", "aria-label": "交通连线", "stroke-linecap": "round" });
    for (const { link, ends } of links.filter((l) => l.regional)) {
      for (let i = 0; i + 1 < ends.length; i++) {
        const key = [ends[i]!.place.id, ends[i + 1]!.place.id].sort().join("|");
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        const bend = (n % 2 === 0 ? 1 : -1) * Math.ceil(n / 2) * MAP.bendStep;
        const d = arc(pt(ends[i]!), pt(ends[i + 1]!), bend);
        linkLayer.append(
          linkMark(
            document,
            d,
            link,
            transportTip(link) + (ends.some((e) => !e.exact) ? "；端点无坐标，画在所属地" : ""),
          ),
        );
      }
    }
    svg.append(linkLayer);

    // Facilities (airport, port) as rings in their mode's colour; places as dots.
    const pointLayer = el(document, "g", { role: "group", "aria-label": "地点" });
    for (const { link, at } of facilities) {
      const [x, y] = pt(at);
      const g = el(document, "g", { class: "link", "data-mode": link.mode });
      g.append(
        el(document, "circle", { cx: x, cy: y, r: MAP.hitRadius, fill: "transparent", class: "hit" }),
        el(document, "circle", {
          cx: x,
          cy: y,
          r: MAP.ring,
          fill: "none",
          stroke: MODE_COLOR[link.mode],
          "stroke-width": MAP.line,
          "stroke-dasharray": STAGE_DASH[link.stage],
          class: "mark-shape",
        }),
      );
      markTip(g, `${link.name}（${at.place.name}）：原文“${link.status}”（${STAGE_LABELS[link.stage]}）`);
      pointLayer.append(g);
    }
    const regional = places;
    for (const p of regional) {
      const [x, y] = pt(p);
      const g = el(document, "g", {});
      g.append(
        el(document, "circle", { cx: x, cy: y, r: MAP.hitRadius, fill: "transparent", class: "hit" }),
        el(document, "circle", {
          cx: x,
          cy: y,
          r: p.place.kind === "airport" || p.place.kind === "port" ? MAP.dotSmall : MAP.dot,
          fill: "var(--text)",
          stroke: "var(--bg)",
          "stroke-width": MAP.border,
          class: "mark-shape",
        }),
      );
      markTip(g, `${p.place.name}${p.place.coordinates?.approximate ? "（位置为近似）" : ""}`);
      pointLayer.append(g);
    }
    svg.append(pointLayer);

    // Two label layers: the main places, larger, for narrow containers; every place for wide ones.
    const bounds = { width, height };
    const main = regional.filter((p) => ["district", "county", "prefecture"].includes(p.place.kind));
    const labelName = (p: Located) =>
      p.place.name.replace(/(区|县|市)$/, "") + (p.place.coordinates?.approximate ? "（约）" : "");
    for (const [cls, list, size] of [
      ["labels-narrow", main, FONT.size * MAP.narrowLabelScale],
      ["labels-wide", regional, FONT.small],
    ] as const) {
      const layer = el(document, "g", {
        class: cls,
        "aria-hidden": "true",
        "paint-order": "stroke",
        stroke: "var(--bg)",
        "stroke-width": MAP.halo,
        "stroke-linejoin": "round",
      });
      for (const l of placeLabels(
        list.map((p) => ({ text: labelName(p), x: pt(p)[0], y: pt(p)[1], size })),
        bounds,
      )) {
        layer.append(
          el(
            document,
            "text",
            {
              x: l.x,
              y: l.y,
              "text-anchor": l.anchor,
              "dominant-baseline": "central",
              "font-size": l.size,
              "font-weight": "bold",
            },
            [l.text],
          ),
        );
      }
      svg.append(layer);
    }

    // Scale bar: the distance of a fixed number of kilometres at the map's centre.
    const [cx0, cy0] = [width / 2, height / 2];
    const a = projection.invert!([cx0, cy0])!;
    const b = projection.invert!([cx0 + MAP.scaleProbe, cy0])!;
    const pxPerKm = MAP.scaleProbe / (geoDistance(a, b) * MAP.earthRadiusKm);
    const barPx = MAP.scaleKm * pxPerKm;
    const sy = height - MAP.pad;
    svg.append(
      el(document, "g", { "aria-hidden": "true", "font-size": FONT.small }, [
        el(document, "path", {
          d: `M${MAP.pad},${sy - MAP.tick}V${sy}H${MAP.pad + barPx}V${sy - MAP.tick}`,
          fill: "none",
          stroke: "var(--text)",
        }),
        el(
          document,
          "text",
          { x: MAP.pad + barPx + MAP.labelGap, y: sy - MAP.tick / 2, "dominant-baseline": "central" },
          [`${MAP.scaleKm}公里`],
        ),
      ]),
    );

    // The national inset: long-distance links from the region to far cities. No national outline.
    const inset = { w: Math.round(width * MAP.insetShare), h: Math.round(width * MAP.insetShare * MAP.insetAspect) };
    const ix = width - inset.w - MAP.labelGap;
    const iy = height - inset.h - FONT.small * MAP.creditLines;
    const far = links.filter((l) => !l.regional);
    const insetGroup = el(document, "g", {
      role: "group",
      "aria-label": "全国范围的远程连线",
      transform: `translate(${ix},${iy})`,
    });
    insetGroup.append(
      el(document, "rect", { width: inset.w, height: inset.h, fill: "var(--bg)", stroke: "var(--rule)" }),
    );
    const ends = far.flatMap((l) => l.ends);
    const insetFrame: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: {},
          geometry: { type: "MultiPoint", coordinates: ends.map((e) => [e.lon, e.lat]) },
        },
      ],
    };
    const insetProjection = geoConicConformal()
      .parallels([MAP.parallels[0], MAP.parallels[1]])
      .rotate([-MAP.centralMeridian, 0])
      .fitExtent(
        [
          [MAP.insetPad, MAP.insetPad],
          [inset.w - MAP.insetPad, inset.h - MAP.insetPad],
        ],
        insetFrame,
      )
      .clipExtent([
        [0, 0],
        [inset.w, inset.h],
      ]);
    const ip = (l: { lon: number; lat: number }) => insetProjection([l.lon, l.lat]) as [number, number];
    insetGroup.append(
      el(document, "path", {
        d: geoPath(insetProjection).digits(1)(provinceBorders()) ?? "",
        fill: "none",
        stroke: "var(--rule)",
        "stroke-width": MAP.border,
        "aria-hidden": "true",
      }),
    );
    const insetSeen = new Map<string, number>();
    for (const { link, ends: e } of far) {
      for (let i = 0; i + 1 < e.length; i++) {
        const key = [e[i]!.place.id, e[i + 1]!.place.id].sort().join("|");
        const n = insetSeen.get(key) ?? 0;
        insetSeen.set(key, n + 1);
        insetGroup.append(
          linkMark(document, arc(ip(e[i]!), ip(e[i + 1]!), MAP.bendStep * (n + 1)), link, transportTip(link)),
        );
      }
    }
    const farPlaces = [...new Map(ends.map((e) => [e.place.id, e])).values()];
    for (const p of farPlaces) {
      const [x, y] = ip(p);
      insetGroup.append(el(document, "circle", { cx: x, cy: y, r: MAP.dotSmall, fill: "var(--text)" }));
    }
    // Inset labels in two layers too: in narrow containers only the far cities (the region's own
    // places are named on the main map), larger; every end in wide ones. The title keeps its line.
    const regionalIds = new Set(regional.map((p) => p.place.id));
    for (const [cls, list, size, titleSize] of [
      [
        "labels-narrow",
        farPlaces.filter((p) => !regionalIds.has(p.place.id)),
        FONT.size * MAP.insetNarrowLabelScale,
        FONT.size,
      ],
      ["labels-wide", farPlaces, FONT.small, FONT.small],
    ] as const) {
      const layer = el(document, "g", {
        class: cls,
        "aria-hidden": "true",
        "paint-order": "stroke",
        stroke: "var(--bg)",
        "stroke-width": MAP.halo,
        "stroke-linejoin": "round",
      });
      for (const l of placeLabels(
        list.map((p) => ({ text: labelName(p), x: ip(p)[0], y: ip(p)[1], size })),
        { width: inset.w, height: inset.h - titleSize - MAP.insetPad },
      )) {
        layer.append(
          el(
            document,
            "text",
            { x: l.x, y: l.y, "text-anchor": l.anchor, "dominant-baseline": "central", "font-size": l.size },
            [l.text],
          ),
        );
      }
      layer.append(
        el(
          document,
          "text",
          { x: MAP.insetPad, y: inset.h - MAP.insetPad, "font-size": titleSize, fill: "var(--muted)" },
          ["远程连线（全国）"],
        ),
      );
      insetGroup.append(layer);
    }
    svg.append(insetGroup);

    // Credit on the map itself, as the boundary licence asks.
    svg.append(
      el(
        document,
        "text",
        {
          x: width - MAP.labelGap,
          y: height - MAP.labelGap,
          "text-anchor": "end",
          "font-size": FONT.small * MAP.creditScale,
          fill: "var(--muted)",
        },
        ["边界：天地图 · 河流：GSHHG · 连线为示意，非实际走向"],
      ),
    );
    return svg;
  },
  describe: ({ links, facilities, undrawn }) =>
    `地图：万达开川渝统筹发展示范区（万州、开州、达州）、观察员云阳和渝东北三峡库区城镇群其他区县，长江等河流，以及原文提到的交通项目。区域内连线${links
      .filter((l) => l.regional)
      .map((l) => `${l.link.name}（${l.link.status}）`)
      .join("、")}；远程连线见右上角小图：${links
      .filter((l) => !l.regional)
      .map((l) => `${l.link.name}（${l.link.status}）`)
      .join(
        "、",
      )}；设施：${facilities.map((f) => `${f.link.name}（${f.link.status}）`).join("、")}。${undrawn.length ? `原文未写明端点、无法画出的：${undrawn.map((l) => l.name).join("、")}。` : ""}连线按端点画成示意弧线，不代表实际走向。`,
  table: ({ links, facilities, undrawn }) => ({
    columns: [
      { key: "name", label: "项目" },
      { key: "mode", label: "方式" },
      { key: "status", label: "原文用语" },
      { key: "stage", label: "阶段" },
      { key: "where", label: "图上位置" },
    ],
    rows: [
      ...links.map((l) => ({
        name: l.link.name,
        mode: MODE_LABELS[l.link.mode],
        status: l.link.status,
        stage: STAGE_LABELS[l.link.stage],
        where: `${l.ends.map((e) => e.place.name).join("—")}${l.regional ? "" : "（小图）"}`,
      })),
      ...facilities.map((f) => ({
        name: f.link.name,
        mode: MODE_LABELS[f.link.mode],
        status: f.link.status,
        stage: STAGE_LABELS[f.link.stage],
        where: `${f.at.place.name}（设施）`,
      })),
      ...undrawn.map((l) => ({
        name: l.name,
        mode: MODE_LABELS[l.mode],
        status: l.status,
        stage: STAGE_LABELS[l.stage],
        where: "未画出：原文未写明端点",
      })),
    ],
  }),
  sources: ({ sources }) => sources,
  legend: ({ links, facilities }) => {
    const modes = MODES.filter(
      (m) => links.some((l) => l.link.mode === m) || facilities.some((f) => f.link.mode === m),
    );
    const stages = STAGES.filter(
      (s) => links.some((l) => l.link.stage === s) || facilities.some((f) => f.link.stage === s),
    );
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
        title: "阶段（线型）",
        items: stages.map((s) => ({
          key: s,
          label: STAGE_LABELS[s],
          swatch: { kind: "line" as const, color: "var(--text)", dash: STAGE_DASH[s] },
        })),
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
