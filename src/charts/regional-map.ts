import { ARTICLE_YEAR, STAGES_AS_OF } from "../lib/data/article-time";
import { countyNames, GEO_SOURCES } from "../lib/data/geo";
import { THEN_LABEL } from "../lib/data/since";
import { linkName, stageWords } from "../lib/data/transport-tip";
import { STAGE_LABELS, STAGES, statusWords } from "../lib/data/stages";
import type { Records } from "../schemas/index";
import type { Source } from "../schemas/source";
import { MODE_LABELS, type TransportLink } from "../schemas/transport";
import { areasLayer } from "./map/areas";
import { WIDTHS } from "./layout";
import { credit, creditLines } from "./map/credit";
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
import { REGIONAL_MAP_WORDS as WORDS } from "./words/regional-map";

// The regional map: `render` stacks the layers drawn by src/charts/map/, bottom to top.

export const regionalMap: ChartDefinition<MapData> = {
  id: "regional-map",
  showsStages: true,
  title: {
    zh: "万达开与渝东北：文中的交通连线",
    en: "Wanzhou–Dazhou–Kaizhou and north-eastern Chongqing: the article's transport links",
  },
  subtitle: ({ links, facilities }, lang) => WORDS[lang].subtitle(STAGES_AS_OF[lang], links.length, facilities.length),
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
    return {
      roles,
      names: countyNames(records.places),
      places: places.filter(inside),
      links,
      facilities,
      undrawn,
      pilots,
      sources,
    };
  },
  render(data, { width, document, lang }) {
    const core = [...data.places, ...data.links.filter((l) => l.regional).flatMap((l) => l.ends)];
    const credits = creditLines(lang, width);
    const layout = mapLayout(data.roles, width, core, credits.length);
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
      linksLayer(document, at, near, lang),
      pointsLayer(document, at, marks, layout.hitRadius, lang),
      ...mapLabels(document, marks, layout, data.roles, data.names, lang),
      scaleBar(document, layout, lang),
      inset(document, far, new Set(places.map((p) => p.place.id)), layout.inset, lang),
      credit(document, width, layout, credits),
    );
    return svg;
  },
  describe: (data, lang) => describeMap(data, WORDS[lang].opening, (link) => statusWords(link.status, lang), lang),
  table: (data, lang) => {
    const { columns } = WORDS[lang];
    return mapTable(
      data,
      [
        { key: "name", label: columns.name },
        { key: "mode", label: columns.mode },
        { key: "status", label: columns.status },
        { key: "stage", label: columns.stage },
      ],
      (link) => ({
        name: linkName(link, lang),
        mode: MODE_LABELS[lang][link.mode],
        status: statusWords(link.status, lang),
        stage: stageWords(link, lang),
      }),
      lang,
    );
  },
  sources: ({ sources }) => sources,
  legend: (data, lang) => {
    const drawn = [...data.links, ...data.facilities].map((d) => d.link);
    const words = WORDS[lang];
    const items = STAGES.filter((s) => drawn.some((l) => l.stage === s)).map((s) => ({
      key: s,
      label: STAGE_LABELS[lang][s],
      swatch: { kind: "line" as const, color: "var(--text)", dash: STAGE_DASH[s] },
    }));
    return mapLegend(data, { title: words.legend.stages(words.articleStages(ARTICLE_YEAR)), items }, lang);
  },
  views: [{ id: "article", label: (_, lang) => THEN_LABEL[lang] }, latestView],
};
