import { geoArea, geoContains } from "d3";
import type { Feature, Geometry, Polygon, Position } from "geojson";
import { countyFeatures, geography, type CountyProperties } from "../../lib/data/geo";
import { labelSpot, type Box, type Ring } from "../../lib/data/polygon-label";
import type { ScreenPath } from "../../lib/data/svg-path";
import type { Lang, Localized } from "../../lib/locale/lang";
import { textWidth } from "../../lib/text/measure";
import { MAP_WORDS } from "../words/map";
import { MAP } from "./constants";
import type { Located } from "./data";
import { el, markTip } from "../svg";
import type { PlacedLabel } from "./labels";
import { ROLE_LABEL, type Role } from "./style";

// The names of the zone's counties that no place dot names: they stand inside their county, muted,
// where a tooltip on the county's area used to tell them (the fills are merged by role).

/** Place kinds whose dot names the county it stands in (a town, an airport or a port does not). */
const NAMING_KINDS = new Set(["district", "county", "prefecture"]);

/** A county's short name: without 区/县/市, unless that would leave one character (忠县, 渠县). */
export function countyName(name: string): string {
  const short = name.replace(/(区|县|市)$/, "");
  return [...short].length > 1 ? short : name;
}

/** A county's or place's short name in English: `en` without its District, County or City where the Chinese drops its 区, 县 or 市. */
export function countyNameEn(zh: string, en: string): string {
  return countyName(zh) === zh ? en : en.replace(/ (District|County|City)$/, "");
}

/** A county's short name in a language, from its names in both (src/lib/data/geo.ts countyNames). */
export function shortName(names: Localized<string>, lang: Lang): string {
  return lang === "zh" ? countyName(names.zh) : countyNameEn(names.zh, names.en);
}

/** The rings of a county's largest part, projected to the screen. */
function screenRings(county: Feature<Geometry, CountyProperties>, path: ScreenPath): Ring[] {
  const { geometry } = county;
  const polygons: Position[][][] =
    geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const project = (ring: Position[]) => ring.map((p) => path.projection([p[0]!, p[1]!])!);
  const largest = polygons
    .map((rings) => ({ rings, area: geoArea({ type: "Polygon", coordinates: rings } as Polygon) }))
    .sort((a, b) => b.area - a.area)[0];
  return largest ? largest.rings.map(project) : [];
}

/**
 * Labels naming each county of the zone and its cluster that has no naming place dot in it (see
 * NAMING_KINDS), at `size` px, each centred where its box fits inside its county, clear of the dots,
 * of each other and of `avoid`, within the drawing (its clip box). The smallest counties choose first.
 */
export function countyLabels(
  path: ScreenPath,
  roles: Map<string, Role>,
  dots: Located[],
  size: number,
  avoid: Box[] = [],
  label: (county: CountyProperties) => string = (c) => countyName(c.name),
): PlacedLabel[] {
  const [[left, top], [right, bottom]] = path.projection.clipExtent()!;
  const frame: Box = { x: left, y: top, w: right - left, h: bottom - top };
  const dotBoxes = dots.map((d) => {
    const [x, y] = path.projection([d.lon, d.lat])!;
    const r = MAP.dot + MAP.halo;
    return { x: x - r, y: y - r, w: r * 2, h: r * 2 };
  });
  const taken: Box[] = [...dotBoxes, ...avoid];
  const named = dots.filter((d) => NAMING_KINDS.has(d.place.kind));
  const counties = geography(path.projection, MAP.simplifyArea)
    .countyFeatures()
    .filter((c) => roles.get(c.properties.adcode) !== "neighbour")
    .filter((c) => !named.some((d) => geoContains(c, [d.lon, d.lat])))
    .sort((a, b) => geoArea(a) - geoArea(b) || a.properties.adcode.localeCompare(b.properties.adcode));
  const labels: PlacedLabel[] = [];
  for (const county of counties) {
    const text = label(county.properties);
    // The box reaches the halo's width beyond the glyphs.
    const box = { w: textWidth(text, size) + MAP.halo, h: size + MAP.halo };
    const spot = labelSpot(screenRings(county, path), box, { avoid: taken, within: frame, step: MAP.countyLabelStep });
    if (!spot) continue;
    const round = (v: number) => Math.round(v * MAP.pathResolution) / MAP.pathResolution;
    const [x, y] = [round(spot[0]), round(spot[1])];
    taken.push({ x: x - box.w / 2, y: y - box.h / 2, ...box });
    labels.push({ text, x, y, anchor: "middle", size, adcode: county.properties.adcode });
  }
  return labels;
}

/** The boxes that placed labels cover (their text's estimated width, one em tall). */
export function labelBoxes(labels: PlacedLabel[]): Box[] {
  return labels.map((l) => {
    const w = textWidth(l.text, l.size);
    const x = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
    return { x, y: l.y - l.size / 2, w, h: l.size };
  });
}

/** County labels as a layer: muted text with the background halo. */
export function countyLabelLayer(document: Document, labels: PlacedLabel[]): SVGGElement {
  // Hidden from assistive technology like the place labels: the SVG is one image, its description tells the zone.
  const layer = el(document, "g", {
    class: "labels county-labels",
    "aria-hidden": "true",
    fill: "var(--muted)",
    "font-size": labels[0]?.size,
    "text-anchor": "middle",
    "paint-order": "stroke",
    stroke: "var(--bg)",
    "stroke-width": MAP.halo,
    "stroke-linejoin": "round",
  });
  for (const l of labels)
    layer.append(
      el(
        document,
        "text",
        {
          x: l.x,
          y: l.y,
          "dominant-baseline": "central",
          "font-size": l.size === labels[0]!.size ? undefined : l.size,
        },
        [l.text],
      ),
    );
  return layer;
}

/**
 * A tooltip mark on each named county (a hit circle under its name): hover, tap or the arrow keys
 * tell the county's full name and its role, as the per-county fills' tooltips did.
 */
export function countyMarks(
  document: Document,
  labels: PlacedLabel[],
  roles: Map<string, Role>,
  hitRadius: number,
  names: Map<string, Localized<string>>,
  lang: Lang,
): SVGGElement {
  const extract = new Map(countyFeatures().map((c) => [c.properties.adcode, c.properties.name]));
  const name = (adcode: string) => names.get(adcode)?.[lang] ?? extract.get(adcode);
  const words = MAP_WORDS[lang];
  const layer = el(document, "g", { role: "group", "aria-label": words.groups.counties });
  for (const l of labels.filter((l) => l.adcode)) {
    const mark = el(document, "circle", { cx: l.x, cy: l.y, r: hitRadius, fill: "transparent", class: "hit" });
    markTip(mark, words.countyTip(name(l.adcode!)!, ROLE_LABEL[lang][roles.get(l.adcode!)!]));
    layer.append(mark);
  }
  return layer;
}
