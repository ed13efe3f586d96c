import { transportTip } from "../../lib/data/transport-tip";
import type { TransportLink } from "../../schemas/transport";
import { MODE_COLOR } from "../palette";
import { el, markTip } from "../svg";
import { MAP } from "./constants";
import type { DrawnLink, Located } from "./data";
import { STAGE_DASH } from "./style";

/** How far the n-th link (from 0) between the same two places bends, as a fraction of its length. */
export type BendRule = (n: number) => number;

/** Main map: the first link straight, then alternately either side, one step further every second link. */
export const alternatingBend: BendRule = (n) => (n % 2 === 0 ? 1 : -1) * Math.ceil(n / 2) * MAP.bendStep;

/** Inset: every link bent to the same side, one step further each (none is straight). */
export const stackedBend: BendRule = (n) => MAP.bendStep * (n + 1);

/** One leg of a link as drawn: the link it belongs to and the arc's SVG path. */
export interface LinkArc {
  drawn: DrawnLink;
  d: string;
}

/** A gentle arc between two points, bent by `bend` (a fraction of its length) to tell parallel links apart. */
export function arc(a: [number, number], b: [number, number], bend: number): string {
  const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const cx = mx - dy * bend;
  const cy = my + dx * bend;
  const r = (n: number) => Math.round(n * MAP.precision) / MAP.precision;
  return `M${r(a[0])},${r(a[1])}Q${r(cx)},${r(cy)} ${r(b[0])},${r(b[1])}`;
}

/** Arcs for every leg of every link; legs between the same two places fan out, the n-th bent by `bend(n)`. */
export function fanArcs(links: DrawnLink[], at: (l: Located) => [number, number], bend: BendRule): LinkArc[] {
  // A bundle is keyed by its sorted end ids, so A→B and B→A fan out together instead of overlapping.
  const seen = new Map<string, number>();
  const arcs: LinkArc[] = [];
  for (const drawn of links) {
    const { ends } = drawn;
    for (let i = 0; i + 1 < ends.length; i++) {
      const [a, b] = [ends[i]!, ends[i + 1]!];
      const key = [a.place.id, b.place.id].sort().join("|");
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      arcs.push({ drawn, d: arc(at(a), at(b), bend(n)) });
    }
  }
  return arcs;
}

/** One link's arc: a wide transparent stroke to hover or tap, the visible line, and its tooltip. */
export function linkMark(document: Document, d: string, link: TransportLink, tip: string): SVGGElement {
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

/** The marks of a set of arcs, each with the tooltip `tip` gives its link. */
export function linkMarks(document: Document, arcs: LinkArc[], tip: (drawn: DrawnLink) => string): SVGGElement[] {
  return arcs.map(({ drawn, d }) => linkMark(document, d, drawn.link, tip(drawn)));
}

/** The main map's links, fanned out about the straight line, each leg with its tooltip. */
export function linksLayer(document: Document, at: (l: Located) => [number, number], links: DrawnLink[]): SVGGElement {
  // A link drawn at a `within` place says so: the record names a place without coordinates.
  const tip = ({ link, ends }: DrawnLink) =>
    transportTip(link) + (ends.some((e) => !e.exact) ? "；端点无坐标，画在所属地" : "");
  return el(
    document,
    "g",
    { role: "group", "aria-label": "交通连线", "stroke-linecap": "round" },
    linkMarks(document, fanArcs(links, at, alternatingBend), tip),
  );
}
