// The shape of the code, as STYLE asks: small files, and imports that go one way (lib never
// reaches into the charts or the pipeline that joins them).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../support/repo";

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("scripts/toolchain/"))
    .sort();
}

const CODE = /\.(ts|mjs|astro|css|sh)$/;

test("no file in src/ or scripts/ is over 200 lines", () => {
  const files = [...filesUnder("src", CODE), ...filesUnder("scripts", CODE)];
  expect(files.length).toBeGreaterThan(80);
  const long = files
    .map((f) => ({ f, lines: readFileSync(join(ROOT, f), "utf8").split("\n").length - 1 }))
    .filter(({ lines }) => lines > 200)
    .map(({ f, lines }) => `${f}: ${lines} lines`);
  expect(long).toEqual([]);
});

test("nothing under src/lib/ imports src/charts/ or src/pipeline/", () => {
  const files = filesUnder("src/lib", /\.ts$/);
  expect(files.length).toBeGreaterThan(30);
  const wrong = files.flatMap((f) =>
    [...readFileSync(join(ROOT, f), "utf8").matchAll(/\bfrom\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)]
      .map((m) => m[1] ?? m[2]!)
      .filter((spec) => /(^|\/)(charts|pipeline)\//.test(spec))
      .map((spec) => `${f} imports ${spec}`),
  );
  expect(wrong).toEqual([]);
});
