import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from "d3";

// Short SVG path data for the map's boundaries. d3's geoPath writes absolute coordinates
// (“M561,167.8L554.2,166.9…”); here every point is rounded to a grid of `resolution` steps a px
// (10: one decimal; 2: half pixels), and the path is written relative (m, l, h, v, z) from one
// rounded point to the next, so rounding never accumulates. What the rounded path would draw twice
// or not at all is left out: repeated points, points in a straight run, empty subpaths.

/** A point on the grid, in grid steps (integers). */
type GridPoint = [number, number];

/** One subpath as d3 drew it: its points on the grid, and whether it was closed. */
export interface Subpath {
  points: GridPoint[];
  closed: boolean;
}

/** A d3 path context (moveTo, lineTo, closePath) that records subpaths on a grid of `resolution` steps a px. */
export class PathRecorder implements GeoContext {
  readonly subpaths: Subpath[] = [];

  constructor(private readonly resolution: number) {}

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.subpaths.push({ points: [this.grid(x, y)], closed: false });
  }

  lineTo(x: number, y: number): void {
    this.subpaths.at(-1)?.points.push(this.grid(x, y));
  }

  closePath(): void {
    const last = this.subpaths.at(-1);
    if (last) last.closed = true;
  }

  arc(): void {
    throw new Error("svg-path: points (circles) are drawn as SVG circles, not as path data");
  }

  private grid(x: number, y: number): GridPoint {
    return [Math.round(x * this.resolution), Math.round(y * this.resolution)];
  }
}

/** A number of grid steps as SVG path text, in px: the shortest form (“.5”, “-1.2”, “3”). */
export function formatSteps(n: number, resolution: number): string {
  // An integer over 10 or 2 prints as its exact decimal (JavaScript prints the shortest round trip).
  return String(n / resolution).replace(/^(-?)0\./, "$1.");
}

/** The points worth writing: no repeats, no point on a straight run between its neighbours, no closing repeat. */
function essential(points: GridPoint[], closed: boolean): GridPoint[] {
  const kept: GridPoint[] = [];
  for (const p of points) {
    const [a, b] = [kept.at(-2), kept.at(-1)];
    if (b && p[0] === b[0] && p[1] === b[1]) continue;
    // b lies on the segment a–p, going the same way: the run a–p draws it.
    const cross = a && b ? (b[0] - a[0]) * (p[1] - b[1]) - (b[1] - a[1]) * (p[0] - b[0]) : 1;
    const forward = a && b ? (b[0] - a[0]) * (p[0] - b[0]) + (b[1] - a[1]) * (p[1] - b[1]) > 0 : false;
    if (cross === 0 && forward) kept.pop();
    kept.push(p);
  }
  const [first, last] = [kept[0], kept.at(-1)];
  if (closed && kept.length > 1 && first![0] === last![0] && first![1] === last![1]) kept.pop();
  return kept;
}

/** SVG path data for recorded subpaths (see PathRecorder), in relative commands. */
export function pathData(subpaths: Subpath[], resolution: number): string {
  let out = "";
  let command = "";
  let current: GridPoint = [0, 0];
  let previous = ""; // the last number written, if nothing has been written after it
  const write = (letter: string, values: number[]) => {
    // A command repeats implicitly, and pairs after a relative moveto are relative linetos; a
    // moveto or a closepath is always written.
    const implied = letter === command ? !"mMz".includes(letter) : letter === "l" && command === "m";
    if (!implied) {
      out += letter;
      previous = "";
    }
    command = letter;
    for (const value of values) {
      const text = formatSteps(value, resolution);
      // A separator only where two numbers would run together (“1.5.5” is 1.5 then .5; “1 .5” needs it).
      const joins = previous !== "" && (/^\d/.test(text) || (text.startsWith(".") && !previous.includes(".")));
      out += (joins ? " " : "") + text;
      previous = text;
    }
  };
  for (const { points, closed } of subpaths) {
    const kept = essential(points, closed);
    if (kept.length < 2) continue; // nothing to draw: a point, or a ring that rounding made a point
    const start = kept[0]!;
    if (out === "") write("M", start);
    else write("m", [start[0] - current[0], start[1] - current[1]]);
    for (let i = 1; i < kept.length; i++) {
      const [dx, dy] = [kept[i]![0] - kept[i - 1]![0], kept[i]![1] - kept[i - 1]![1]];
      if (dy === 0) write("h", [dx]);
      else if (dx === 0) write("v", [dy]);
      else write("l", [dx, dy]);
    }
    if (closed) write("z", []);
    // After z the current point is the subpath's start.
    current = closed ? start : kept.at(-1)!;
  }
  return out;
}

/** Draws geographic objects as short SVG path data; its projection (clipping included) places them. */
export interface ScreenPath {
  (object: GeoPermissibleObjects): string;
  /** The projection the path draws with (also what the geography is simplified for). */
  readonly projection: GeoProjection;
}

/** A path generator like d3's geoPath(projection), writing relative path data on a grid of `resolution` steps a px. */
export function screenPath(projection: GeoProjection, resolution: number): ScreenPath {
  const draw = (object: GeoPermissibleObjects) => {
    const recorder = new PathRecorder(resolution);
    geoPath(projection, recorder)(object);
    return pathData(recorder.subpaths, resolution);
  };
  return Object.assign(draw, { projection });
}
