import { MAP } from "./constants";
import { countyLabelLayer, countyLabels, countyMarks, labelBoxes } from "./county-labels";
import type { Located } from "./data";
import { labelLayer, labelName, pointBox } from "./label-layers";
import { placeLabels, type LabelItem } from "./labels";
import type { MapLayout } from "./layout";
import type { Lang, Localized } from "../../lib/locale/lang";
import { MAP_WORDS } from "../words/map";
import { endNames, type AreaEnd } from "./points";
import { countyName, shortName } from "./county-labels";
import type { Role } from "./style";

/** Kinds of place named in bold: the zone's cities and counties, the map's anchors. */
const MAIN_KINDS = new Set(["district", "county", "prefecture"]);

/**
 * The main map's labels: places first, in order of importance (main places, then airports and
 * ports, then approximate ends) so that a crowded point drops the least important, never over a
 * point; then the names of the counties no dot names, inside their areas, clear of all of those and
 * of the scale bar, the inset and the credit.
 */
export function mapLabels(
  document: Document,
  marks: { ends: AreaEnd[]; places: Located[] },
  layout: MapLayout,
  roles: Map<string, Role>,
  names: Map<string, Localized<string>>,
  lang: Lang,
): SVGGElement[] {
  const { at, path } = layout.projected;
  const item = (p: Located, text: string, style?: LabelItem["style"]): LabelItem => {
    const [x, y] = at(p);
    return { text, x, y, size: MAP.text, ...(style ? { style } : {}) };
  };
  const items = [
    ...marks.places.filter((p) => MAIN_KINDS.has(p.place.kind)).map((p) => item(p, labelName(p, lang), "bold")),
    ...marks.places.filter((p) => !MAIN_KINDS.has(p.place.kind)).map((p) => item(p, labelName(p, lang))),
    ...marks.ends.map((e) => item(e.at, MAP_WORDS[lang].endLabel(endNames(e, lang)), "muted")),
  ];
  const points = [...marks.places, ...marks.ends.map((e) => e.at)].map((p) => pointBox(at(p)));
  const placed = placeLabels(items, layout.main, points);
  const line = MAP.text * MAP.lineHeight;
  const { inset, main } = layout;
  const furniture = [
    { x: inset.x, y: inset.y, w: inset.width, h: inset.height },
    // The scale bar's and the credit's line along the main map's foot.
    { x: 0, y: layout.scaleY - line, w: main.width, h: line * 2 },
  ];
  const dots = [...marks.places, ...marks.ends.map((e) => e.at)];
  // Measured widths are estimates (no font at build time): a halo's width of margin round each label.
  const pad = (b: { x: number; y: number; w: number; h: number }) => ({
    x: b.x - MAP.halo,
    y: b.y - MAP.halo,
    w: b.w + MAP.halo * 2,
    h: b.h + MAP.halo * 2,
  });
  const label = (c: { adcode: string; name: string }) => {
    const both = names.get(c.adcode);
    return both ? shortName(both, lang) : countyName(c.name);
  };
  const counties = countyLabels(path, roles, dots, MAP.text, [...labelBoxes(placed).map(pad), ...furniture], label);
  return [
    labelLayer(document, placed),
    countyLabelLayer(document, counties),
    countyMarks(document, counties, roles, layout.hitRadius, names, lang),
  ];
}
