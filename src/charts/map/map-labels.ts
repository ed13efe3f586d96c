import { MAP } from "./constants";
import type { Located } from "./data";
import { labelLayer, labelName, pointBox } from "./label-layers";
import { placeLabels, type LabelItem } from "./labels";
import type { Box } from "./layout";
import type { AreaEnd } from "./points";

/** Kinds of place named in bold: the zone's cities and counties, the map's anchors. */
const MAIN_KINDS = new Set(["district", "county", "prefecture"]);

/**
 * The main map's labels, placed in order of importance (main places, then airports and ports, then
 * approximate ends) so that a crowded point drops the least important; never over a point.
 */
export function mapLabels(
  document: Document,
  at: (l: Located) => [number, number],
  marks: { ends: AreaEnd[]; places: Located[] },
  main: Box,
): SVGGElement {
  const item = (p: Located, text: string, style?: LabelItem["style"]): LabelItem => {
    const [x, y] = at(p);
    return { text, x, y, size: MAP.text, ...(style ? { style } : {}) };
  };
  const items = [
    ...marks.places.filter((p) => MAIN_KINDS.has(p.place.kind)).map((p) => item(p, labelName(p), "bold")),
    ...marks.places.filter((p) => !MAIN_KINDS.has(p.place.kind)).map((p) => item(p, labelName(p))),
    ...marks.ends.map((e) => item(e.at, `${e.names.join("·")}（示意）`, "muted")),
  ];
  const taken = [...marks.places, ...marks.ends.map((e) => e.at)].map((p) => pointBox(at(p)));
  return labelLayer(document, placeLabels(items, main, taken));
}
