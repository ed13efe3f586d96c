import type { FeatureCollection } from "geojson";
import { geography } from "../../lib/data/geo";
import { transportTip } from "../../lib/data/transport-tip";
import type { Lang } from "../../lib/locale/lang";
import { MAP_WORDS } from "../words/map";
import { el, markTip } from "../svg";
import { MAP } from "./constants";
import type { DrawnLink } from "./data";
import { labelLayer, labelName, pointBox } from "./label-layers";
import { placeLabels } from "./labels";
import type { Box } from "./layout";
import { fanArcs, linkMarks } from "./links";
import { areaEndTip, areaEnds } from "./points";
import { fitProjection } from "./projection";

/** The inset of far links over province borders, in `box`; places named on the main map (`named`) go unlabelled. */
export function inset(document: Document, far: DrawnLink[], named: Set<string>, box: Box, lang: Lang): SVGGElement {
  const title = MAP_WORDS[lang].inset;
  const { width: w, height: h } = box;
  // Province borders give far cities their bearings; a national outline would cost more than it says.
  const group = el(document, "g", {
    role: "group",
    "aria-label": title,
    class: "inset",
    transform: `translate(${box.x},${box.y})`,
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
  const titleHeight = MAP.text * MAP.lineHeight;
  const { path, at } = fitProjection(frame, w, h - titleHeight, MAP.insetPad);
  group.append(
    el(document, "path", {
      d: path(geography(path.projection, MAP.simplifyArea).provinceBorders()),
      fill: "none",
      stroke: "var(--rule)",
      "stroke-width": MAP.border,
      "aria-hidden": "true",
    }),
    ...linkMarks(document, fanArcs(far, at), ({ link, look }) => look?.tip[lang] ?? transportTip(link, lang)),
  );
  const farPlaces = [...new Map(ends.filter((e) => !e.onArea).map((e) => [e.place.id, e])).values()];
  for (const p of farPlaces) {
    const [cx, cy] = at(p);
    group.append(el(document, "circle", { cx, cy, r: MAP.dotSmall, fill: "var(--text)" }));
  }
  for (const end of areaEnds(ends)) {
    const [cx, cy] = at(end.at);
    const ring = el(document, "circle", {
      cx,
      cy,
      r: MAP.dotSmall,
      fill: "var(--bg)",
      stroke: "var(--text)",
      "stroke-width": MAP.border,
      "stroke-dasharray": MAP.dash.areaEnd,
    });
    markTip(ring, areaEndTip(end, lang));
    group.append(ring);
  }
  const items = farPlaces
    .filter((p) => !named.has(p.place.id))
    .map((p) => ({ text: labelName(p, lang), x: at(p)[0], y: at(p)[1], size: MAP.text }));
  const layer = labelLayer(
    document,
    placeLabels(
      items,
      { width: w, height: h - titleHeight },
      farPlaces.map((p) => pointBox(at(p))),
      2,
    ),
  );
  layer.append(
    el(document, "text", { x: MAP.insetPad, y: h - MAP.labelGap, "font-size": MAP.text, fill: "var(--muted)" }, [
      title,
    ]),
  );
  group.append(layer);
  return group;
}
