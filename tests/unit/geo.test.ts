import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { geoArea, geoContains } from "d3";
import { afterAll, describe, expect, test } from "vitest";
import { countyFeatures, riverLines } from "../../src/lib/data/geo";
import { readDatasets, ROOT } from "../support/repo";
import { COUNTIES, PLACES_WITH_COORDINATES } from "../support/geo-extract";

const counties = countyFeatures();
const places = readDatasets().places;

describe("the boundary extract", () => {
  test("has the counties of the zone and its neighbours, named, with adcodes", () => {
    expect(counties).toHaveLength(COUNTIES);
    const names = new Set(counties.map((c) => c.properties.name));
    for (const n of ["万州区", "开州区", "云阳县", "梁平区", "城口县", "巫溪县", "通川区", "开江县", "万源市"])
      expect(names).toContain(n);
    for (const c of counties) expect(c.properties.adcode).toMatch(/^\d{6}$/);
  });

  test("every county is wound the way d3-geo wants (area below 2π: not the whole globe)", () => {
    expect(counties).toHaveLength(COUNTIES);
    for (const c of counties) {
      const area = geoArea(c);
      expect(area, c.properties.name).toBeGreaterThan(0);
      expect(area, c.properties.name).toBeLessThan(2 * Math.PI);
    }
  });

  test("every place with coordinates falls inside its county", () => {
    const countyOf = (adcode: string) => counties.find((c) => c.properties.adcode === adcode)!;
    const byId = new Map(places.map((p) => [p.id, p]));
    const checked: string[] = [];
    for (const place of places.filter((p) => p.coordinates)) {
      // A place's county: its own adcode, or that of the place it lies within.
      const owner = place.adcode ? place : place.within ? byId.get(place.within) : undefined;
      if (!owner?.adcode) continue;
      const point: [number, number] = [place.coordinates!.lon, place.coordinates!.lat];
      const inside =
        owner.kind === "prefecture"
          ? counties
              .filter((c) => c.properties.adcode.startsWith(owner.adcode!.slice(0, 4)))
              .some((c) => geoContains(c, point))
          : geoContains(countyOf(owner.adcode), point);
      expect(inside, `${place.id} in ${owner.name}`).toBe(true);
      checked.push(place.id);
    }
    // Each place with coordinates and a county of its own or of the place it lies within.
    expect(checked).toEqual(PLACES_WITH_COORDINATES);
  });

  test("the rivers include the Yangtze through 万州", () => {
    const wanzhou = counties.find((c) => c.properties.name === "万州区")!;
    const crossing = riverLines().some((r) =>
      r.geometry.coordinates.some((p) => geoContains(wanzhou, p as [number, number])),
    );
    expect(crossing).toBe(true);
  });
});

describe("scripts/extract-region.mjs", () => {
  const dir = mkdtempSync(join(tmpdir(), "pinghu-geo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("is deterministic and made the committed extract", async () => {
    const run = promisify(execFile);
    const outputs = [join(dir, "a.json"), join(dir, "b.json")];
    for (const out of outputs)
      await run(process.execPath, [join(ROOT, "scripts", "extract-region.mjs"), out], { cwd: ROOT });
    const [a, b] = outputs.map((o) => readFileSync(o));
    expect(a!.equals(b!)).toBe(true);
    expect(a!.equals(readFileSync(join(ROOT, "data", "geo", "region.topo.json")))).toBe(true);
  });
});
