import type { FeatureCollection } from "geojson";
import { geography } from "../../lib/data/geo";
import { transportTip } from "../../lib/data/transport-tip";
import { FONT } from "../../lib/text/measure";
import { el } from "../svg";
import { MAP } from "./constants";
import type { DrawnLink, Located } from "./data";
import { labelLayer, labelName } from "./label-layers";
import { placeLabels } from "./labels";
import { fanArcs, linkMarks, stackedBend } from "./links";
import { fitProjection } from "./projection";

/** The national inset, bottom right: far links over province borders; `regionalIds` are named on the main map. */
export function inset(
  document: Document,
  far: DrawnLink[],
  regionalIds: Set<string>,
  width: number,
  height: number,
): SVGGElement {
  const w = Math.round(width * MAP.insetShare);
  const h = Math.round(width * MAP.insetShare * MAP.insetAspect);
  const x = width - w - MAP.labelGap;
  const y = height - h - FONT.small * MAP.creditLines;
  // Province borders give far cities their bearings; a national outline would cost more than it says.
  const group = el(document, "g", {
    role: "group",
    "aria-label": "全国范围的远程连线",
    transform: `translate(${x},${y})`,
  });
  group.append(el(document, "rect", { width: w, height: h, fill: "var(--bg)", stroke: "var(--rule)" }));
  const ends = far.flatMap((l) => l.ends);
  const frame: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: { type: "MultiPoint", coordinates: ends.map((e) => [e.lon, e.lat]) },
      },
    ],
  };
  const { path, at } = fitProjection(frame, w, h, MAP.insetPad);
  group.append(
    el(document, "path", {
      d: path(geography(path.projection, MAP.simplifyArea).provinceBorders()),
      fill: "none",
      stroke: "var(--rule)",
      "stroke-width": MAP.border,
      "aria-hidden": "true",
    }),
    ...linkMarks(document, fanArcs(far, at, stackedBend), ({ link }) => transportTip(link)),
  );
  const farPlaces = [...new Map(ends.map((e) => [e.place.id, e])).values()];
  for (const p of farPlaces) {
    const [cx, cy] = at(p);
    group.append(el(document, "circle", { cx, cy, r: MAP.dotSmall, fill: "var(--text)" }));
  }
  // Labels in two layers too: in narrow containers only the far cities (the region's own places
  // are named on the main map), larger; every end in wide ones. The title keeps its line.
  const layers = [
    [
      "labels-narrow",
      farPlaces.filter((p) => !regionalIds.has(p.place.id)),
      FONT.size * MAP.insetNarrowLabelScale,
      FONT.size,
    ],
    ["labels-wide", farPlaces, FONT.small, FONT.small],
  ] as const;
  for (const [cls, list, size, titleSize] of layers) {
    const items = list.map((p: Located) => ({ text: labelName(p), x: at(p)[0], y: at(p)[1], size }));
    const layer = labelLayer(
      document,
      cls,
      placeLabels(items, { width: w, height: h - titleSize - MAP.insetPad }),
      false,
    );
    layer.append(
      el(document, "text", { x: MAP.insetPad, y: h - MAP.insetPad, "font-size": titleSize, fill: "var(--muted)" }, [
        "远程连线（全国）",
      ]),
    );
    group.append(layer);
  }
  return group;
}
