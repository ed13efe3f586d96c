// Where a label fits inside a shape on screen: a small search over a grid of points, for the map's
// county names. Shapes are rings of screen points (px); holes are rings too (even–odd rule).

/** A ring of screen points, px; closed or not (the last point joins the first). */
export type Ring = [number, number][];

/** A box on screen: its top-left corner and its size, px. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The edges of the rings, each from a point to the next (the last point back to the first). */
function* edges(rings: Ring[]): Generator<[[number, number], [number, number]]> {
  for (const ring of rings) for (let i = 0; i < ring.length; i++) yield [ring[i]!, ring[(i + 1) % ring.length]!];
}

/** Whether `p` lies inside the rings (even–odd: a point in a hole is outside). */
export function insideRings(rings: Ring[], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const [[ax, ay], [bx, by]] of edges(rings))
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  return inside;
}

/** Distance from `p` to the nearest edge of the rings, px. */
export function edgeDistance(rings: Ring[], [x, y]: [number, number]): number {
  let best = Infinity;
  for (const [[ax, ay], [bx, by]] of edges(rings)) {
    const [dx, dy] = [bx - ax, by - ay];
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** Whether the segment a–b meets the box (Liang–Barsky clipping of the segment to the box). */
export function segmentMeetsBox([ax, ay]: [number, number], [bx, by]: [number, number], box: Box): boolean {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [bx - ax, by - ay];
  const sides: [number, number][] = [
    [-dx, ax - box.x],
    [dx, box.x + box.w - ax],
    [-dy, ay - box.y],
    [dy, box.y + box.h - ay],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether box `a` lies wholly within box `b`. */
function boxWithin(a: Box, b: Box): boolean {
  return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
}

/**
 * Where to centre a `w`×`h` label inside the rings: of the points of a `step` px grid over them,
 * the one whose box lies wholly inside (no edge meets it) and `within`, overlaps none of `avoid`,
 * and stands farthest from the edges (of equals, the nearest the middle). If no box fits, the point inside farthest from the edges
 * whose box keeps clear of `avoid` and stays `within`; undefined when there is none (a county
 * mostly outside the drawing, or crowded out): a label off the map or over another would be worse
 * than none, and the legend and table name every county.
 */
export function labelSpot(
  rings: Ring[],
  size: { w: number; h: number },
  { avoid, within, step }: { avoid: Box[]; within: Box; step: number },
): [number, number] | undefined {
  const points = rings.flat();
  const [x0, x1] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  // Two tiers, best first: the box fits inside the shape and is clear; the box is clear.
  // Within a tier the farthest from the edges wins; of equals, the nearest the middle of the shape.
  const best: ({ p: [number, number]; d: number; c: number } | undefined)[] = [undefined, undefined];
  const middle = [(x0 + x1) / 2, (y0 + y1) / 2] as const;
  for (let y = y0 + step / 2; y < y1; y += step)
    for (let x = x0 + step / 2; x < x1; x += step) {
      const p: [number, number] = [x, y];
      if (!insideRings(rings, p)) continue;
      const d = edgeDistance(rings, p);
      const box = { x: x - size.w / 2, y: y - size.h / 2, w: size.w, h: size.h };
      const clear = boxWithin(box, within) && !avoid.some((a) => boxesOverlap(a, box));
      const fits = clear && ![...edges(rings)].some(([a, b]) => segmentMeetsBox(a, b, box));
      if (!clear) continue;
      const tier = fits ? 0 : 1;
      const c = Math.hypot(x - middle[0], y - middle[1]);
      const held = best[tier];
      if (!held || d > held.d || (d === held.d && c < held.c)) best[tier] = { p, d, c };
    }
  return (best[0] ?? best[1])?.p;
}
