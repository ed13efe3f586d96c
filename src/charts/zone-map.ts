import type { LegendGroup } from "../lib/chart-page/rendered-chart";
import { countyFeatures, countyNames, GEO_SOURCES } from "../lib/data/geo";
import { neededWords } from "../lib/input/needed-field";
import { publisherIn } from "../lib/chart-page/publishers";
import type { Lang, Localized } from "../lib/locale/lang";
import type { Records } from "../schemas/index";
import type { Place } from "../schemas/places";
import type { Source } from "../schemas/source";
import { areasLayer } from "./map/areas";
import { MAP } from "./map/constants";
import { countyLabelLayer, countyLabels, countyMarks, shortName, countyName } from "./map/county-labels";
import { credit, creditLines } from "./map/credit";
import { roleOf, rolesOf } from "./map/data";
import { zoneLayout } from "./map/layout";
import { riversLayer } from "./map/rivers";
import { scaleBar } from "./map/scale-bar";
import { ROLE_FILL, ROLE_LABEL, type Role } from "./map/style";
import { ROLE_COLOR } from "./palette";
import { svgRoot } from "./svg";
import type { ChartDefinition } from "./types";
import { ZONE_MAP_WORDS as WORDS } from "./words/zone-map";

// The zone map of the planning chapter: who is in the 万达开 zone, its observer and the 渝东北
// cluster, drawn by the regional map's own parts (areas, rivers, labels), without transport links.

/** A place of the zone or its cluster, with its role on the map. */
interface ZonePlace {
  place: Place;
  role: Role;
  /** For a prefecture (达州市): the adcodes of the counties it stands for on the map. */
  counties: string[];
}

interface Data {
  roles: Map<string, Role>;
  /** Each county's name in each language, by adcode. */
  names: Map<string, Localized<string>>;
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
  subtitle: ({ places }, lang) =>
    WORDS[lang].subtitle(
      names(places, "member", lang),
      names(places, "observer", lang),
      names(places, "cluster", lang),
    ),
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
                .map((c) => c.properties.adcode)
            : [],
      }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    const sources = [...places.flatMap((p) => p.place.sources), ...GEO_SOURCES];
    return { roles, names: countyNames(records.places), places, sources };
  },
  render({ roles, names }, { width, document, lang }) {
    const lines = creditLines(lang, width, false);
    const layout = zoneLayout(roles, width, lines.length);
    const svg = svgRoot(document, width, layout.height);
    svg.setAttribute("class", "chart-svg map");
    const { path } = layout.projected;
    const label = (c: { adcode: string; name: string }) => {
      const both = names.get(c.adcode);
      return both ? shortName(both, lang) : countyName(c.name);
    };
    const labels = countyLabels(path, roles, [], MAP.text, [], label);
    svg.append(
      areasLayer(document, path, roles),
      riversLayer(document, path),
      countyLabelLayer(document, labels),
      countyMarks(document, labels, roles, MAP.hitRadius, names, lang),
      scaleBar(document, layout, lang),
      credit(document, width, layout, lines),
    );
    return svg;
  },
  describe: ({ places, names: counties }, lang) => {
    const words = WORDS[lang];
    const countiesOf = (p: ZonePlace) => p.counties.map((c) => counties.get(c)![lang]);
    return words.describe(
      names(places, "member", lang),
      places.filter((p) => p.counties.length).map((p) => words.prefecture(placeName(p, lang), countiesOf(p))),
      names(places, "observer", lang),
      names(places, "cluster", lang),
    );
  },
  table: ({ places, names: counties }, lang) => {
    const words = WORDS[lang];
    return {
      columns: [
        { key: "name", label: words.columns.name },
        { key: "role", label: words.columns.role },
        { key: "basis", label: words.columns.basis },
      ],
      rows: places.map((p) => ({
        name: p.counties.length
          ? words.withCounties(
              placeName(p, lang),
              p.counties.map((c) => counties.get(c)![lang]),
            )
          : placeName(p, lang),
        role: ROLE_LABEL[lang][p.role],
        basis: p.place.sources
          .map((s) => (s.kind === "article" ? words.article : publisherIn(s, lang)))
          .join(words.basisJoin),
      })),
    };
  },
  sources: ({ sources }) => sources,
  legend: (_, lang) =>
    [
      {
        title: WORDS[lang].legendTitle,
        items: (["member", "observer", "cluster", "neighbour"] as const).map((r) => ({
          key: r,
          label: ROLE_LABEL[lang][r],
          swatch: { kind: "area" as const, color: ROLE_FILL[r], outline: ROLE_COLOR.rule },
        })),
      },
    ] satisfies LegendGroup[],
};

/** A place's name in a language: its `name` or `nameEn`. */
function placeName({ place }: ZonePlace, lang: Lang): string {
  return neededWords("places", place, "name", lang);
}

/** The names of the places of one role, joined: “万州区、开州区和达州市”. */
function names(places: ZonePlace[], role: Role, lang: Lang): string {
  return WORDS[lang].list(places.filter((p) => p.role === role).map((p) => placeName(p, lang)));
}
