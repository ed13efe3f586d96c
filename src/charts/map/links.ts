import { transportTip } from "../../lib/data/transport-tip";
import type { Lang } from "../../lib/locale/lang";
import { MAP_WORDS } from "../words/map";
import { placeName } from "./label-layers";
import type { TransportLink } from "../../schemas/transport";
import { MODE_COLOR } from "../palette";
import { el, markTip } from "../svg";
import { MAP } from "./constants";
import { areaName, type DrawnLink, type Located, type Look } from "./data";
import { STAGE_DASH } from "./style";

/** One leg of a link as drawn: the link it belongs to and the arc's SVG path. */
export interface LinkArc {
  drawn: DrawnLink;
  d: string;
}

/** A drawn point's key: legs whose ends are drawn at the same two points form one bundle. */
const pointKey = (p: [number, number]) => p.map((n) => Math.round(n * MAP.precision)).join(",");

/**
 * A gentle arc from `a` to `b` whose middle lies `offset` px to the side of the straight line; the
 * side is taken from `from` towards `to`, the bundle's own order, whichever way the leg runs.
 */
export function arc(
  a: [number, number],
  b: [number, number],
  offset: number,
  from: [number, number],
  to: [number, number],
): string {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy) || 1;
  // A quadratic curve's middle lies halfway to its control point: the control sits twice as far.
  const [cx, cy] = [(a[0] + b[0]) / 2 - (dy / length) * offset * 2, (a[1] + b[1]) / 2 + (dx / length) * offset * 2];
  const r = (n: number) => Math.round(n * MAP.precision) / MAP.precision;
  return `M${r(a[0])},${r(a[1])}Q${r(cx)},${r(cy)} ${r(b[0])},${r(b[1])}`;
}

/**
 * Arcs for every leg of every link. Legs drawn between the same two points form a bundle, ordered
 * by link id; the i-th of n lies (i − (n − 1) / 2) × `MAP.fanGap` px from the straight line, on a
 * side fixed by the bundle's sorted ends, so that A→B and B→A fan apart rather than cancel out.
 */
export function fanArcs(links: DrawnLink[], at: (l: Located) => [number, number]): LinkArc[] {
  const legs = links.flatMap((drawn) =>
    drawn.ends.slice(1).map((end, i) => {
      const [a, b] = [at(drawn.ends[i]!), at(end)];
      const [from, to] = [a, b].sort((p, q) => pointKey(p).localeCompare(pointKey(q)));
      return { drawn, a, b, from: from!, to: to!, key: `${pointKey(from!)}|${pointKey(to!)}` };
    }),
  );
  const bundles = new Map<string, string[]>();
  for (const leg of legs) bundles.set(leg.key, [...(bundles.get(leg.key) ?? []), leg.drawn.link.id]);
  for (const ids of bundles.values()) ids.sort();
  return legs.map(({ drawn, a, b, from, to, key }) => {
    const ids = bundles.get(key)!;
    const slot = ids.indexOf(drawn.link.id) - (ids.length - 1) / 2;
    return { drawn, d: arc(a, b, slot * MAP.fanGap, from, to) };
  });
}

/** One link's arc: a wide transparent stroke to hover or tap, the visible line, and its tooltip. */
export function linkMark(document: Document, d: string, link: TransportLink, tip: string, look?: Look): SVGGElement {
  const g = el(document, "g", { class: "link", "data-mode": link.mode });
  g.append(
    el(document, "path", { d, stroke: "transparent", "stroke-width": MAP.hitWidth, fill: "none", class: "hit" }),
    el(document, "path", {
      d,
      stroke: look?.color ?? MODE_COLOR[link.mode],
      "stroke-width": MAP.line,
      "stroke-dasharray": look ? look.dash : STAGE_DASH[link.stage],
      fill: "none",
      class: "mark-shape",
    }),
  );
  markTip(g, tip);
  return g;
}

/** The marks of a set of arcs, each with the tooltip `tip` gives its link. */
export function linkMarks(document: Document, arcs: LinkArc[], tip: (drawn: DrawnLink) => string): SVGGElement[] {
  return arcs.map(({ drawn, d }) => linkMark(document, d, drawn.link, tip(drawn), drawn.look));
}

/** The main map's links, fanned out about the straight line, each leg with its tooltip. */
export function linksLayer(
  document: Document,
  at: (l: Located) => [number, number],
  links: DrawnLink[],
  lang: Lang,
): SVGGElement {
  const words = MAP_WORDS[lang];
  // A link with an end drawn on a county's area says so (see `locate`).
  const tip = ({ link, ends, look }: DrawnLink) =>
    (look?.tip[lang] ?? transportTip(link, lang)) +
    ends
      .filter((e) => e.onArea)
      .map((e) => words.linkEndTip(placeName(e, lang), areaName(e, lang)!))
      .join("");
  return el(
    document,
    "g",
    { role: "group", "aria-label": words.groups.links, "stroke-linecap": "round" },
    linkMarks(document, fanArcs(links, at), tip),
  );
}
