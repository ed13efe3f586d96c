// The simplified map looks like the full one: the wide rendering's areas and borders layer, drawn
// at 2× with resvg from the geography simplified for its scale and written on its grid, against the
// same layer from the full extract written by d3's geoPath. PNGs of both go to test-results/map-raster/.
//
// How different is too different: a pixel counts as changed when it differs by more than 32 of 255
// in some channel from every pixel within one device pixel of it in the other image. Rounding to the
// path grid (MAP.pathResolution: whole px) moves an edge by up to half a CSS px, one device pixel at
// 2×, and shades the pixels along it a little differently; neither is a change one can see, while a
// missing border, a lost bend, a wrong fill or a whole-pixel shift is (the last test shows the
// measure catches them). The province borders' dashes are drawn solid: their phase slides with any
// change of a border's length, which moves every dash without changing the map.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { geoPath } from "d3";
import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { areasLayer } from "../../src/charts/map/areas";
import { MAP } from "../../src/charts/map/constants";
import { rolesOf } from "../../src/charts/map/data";
import { zoneFrame } from "../../src/charts/map/layout";
import { fitProjection } from "../../src/charts/map/projection";
import { WIDTHS } from "../../src/charts/layout";
import { FULL } from "../../src/lib/data/geo";
import { drawSvg } from "../../src/lib/share/draw-svg";
import type { ScreenPath } from "../../src/lib/data/svg-path";
import { palette } from "../../src/lib/share/standalone-svg";
import { readDatasets, ROOT } from "../support/repo";

const [width, height] = [WIDTHS.wide, Math.round(WIDTHS.wide * MAP.aspect)];
const roles = rolesOf(readDatasets().places);
const { projection, path } = fitProjection(zoneFrame(roles), width, height, MAP.pad);
const { document } = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
/** d3's own path, unrounded, standing in for the short writer. */
const fullPath = Object.assign((o: Parameters<ScreenPath>[0]) => geoPath(projection)(o) ?? "", { projection });
const full = areasLayer(doc, fullPath, roles, FULL).outerHTML;
const simplified = areasLayer(doc, path, roles).outerHTML;

/** The light theme's fixed colours for the CSS variables. */
const colours = palette("light");
type Raster = { png: Uint8Array; pixels: Uint8Array; width: number; height: number };

/** The layer drawn at 2× as the site draws its images (it has no text: no fonts needed). */
async function raster(layer: string): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${layer}</svg>`
    .replace(/ stroke-dasharray="[^"]*"/g, "")
    .replace(/var\((--[\w-]+)\)/g, (whole, name: string) => colours.get(name) ?? whole);
  expect(svg).not.toContain("var(");
  const read = (image: Omit<Raster, "png"> & { asPng(): Uint8Array }) => ({
    png: image.asPng(),
    pixels: image.pixels,
    width: image.width,
    height: image.height,
  });
  return drawSvg(svg, { mode: "zoom", value: 2 }, read, []);
}

/** Share of pixels that differ by more than `threshold` in some channel from the same pixel of the other image. */
function changed(a: Raster, b: Raster, threshold: number): number {
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += 4)
    if (Math.max(...[0, 1, 2].map((c) => Math.abs(a.pixels[i + c]! - b.pixels[i + c]!))) > threshold) n++;
  return n / (a.width * a.height);
}

/** Share of pixels with no pixel within one device pixel in the other image within `threshold` in every channel. */
function unmatched(a: Raster, b: Raster, threshold: number): number {
  const { width: w, height: h } = a;
  const near = (p: Uint8Array, q: Uint8Array, x: number, y: number) => {
    const i = (y * w + x) * 4;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const [u, v] = [x + dx, y + dy];
        if (u < 0 || v < 0 || u >= w || v >= h) continue;
        const j = (v * w + u) * 4;
        if (Math.abs(p[i]! - q[j]!) <= threshold && Math.abs(p[i + 1]! - q[j + 1]!) <= threshold)
          if (Math.abs(p[i + 2]! - q[j + 2]!) <= threshold) return true;
      }
    return false;
  };
  let n = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) if (!near(a.pixels, b.pixels, x, y) || !near(b.pixels, a.pixels, x, y)) n++;
  return n / (w * h);
}

const before = await raster(full);
const after = await raster(simplified);

test("the simplified layer is less than half the full one's text", () => {
  expect(simplified.length).toBeLessThan(full.length / 2);
});

test("drawn at 2×, the simplified layer matches the full one", () => {
  const dir = join(ROOT, "test-results", "map-raster");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "full.png"), before.png);
  writeFileSync(join(dir, "simplified.png"), after.png);
  expect([after.width, after.height]).toEqual([2 * width, 2 * height]);
  // Measured: 0.13 % unmatched, 0.81 % changed pixel for pixel (mostly edge shading).
  expect(unmatched(before, after, 32)).toBeLessThan(0.0025);
  expect(changed(before, after, 32)).toBeLessThan(0.01);
});

test("the measure sees a real change: borders left out, or the layer shifted by one px", async () => {
  const layer = areasLayer(doc, path, roles);
  // The borders between counties of one role: the unfilled path without a stroke of its own.
  layer.querySelector('path[fill="none"]:not([stroke])')!.remove();
  expect(layer.outerHTML.length).toBeLessThan(simplified.length);
  expect(unmatched(before, await raster(layer.outerHTML), 32)).toBeGreaterThan(0.0025);
  expect(unmatched(before, await raster(`<g transform="translate(1 0)">${simplified}</g>`), 32)).toBeGreaterThan(
    0.0025,
  );
});
