import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "tests/unit/**/*.test.ts",
      "tests/charts/**/*.test.ts",
      "tests/build/**/*.test.ts",
      "tests/fuzz/**/*.test.ts",
    ],
    // The build tests run `astro build` on broken copies of the project: give them time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // No run writes a snapshot unless asked: a missing or changed one fails, on a developer's machine
    // as in CI (Vitest's default writes missing ones outside CI). Accept changes with `vitest -u`
    // (e.g. `npx vitest run tests/charts -u`): the command line's `-u` overrides this.
    update: "none",
    // One module graph per worker, not per file: the files import the same heavy modules (Astro's
    // content layer, d3, linkedom, resvg), and re-importing them for each of 65 files doubled the run on
    // two cores (186 s → 94 s for the unit and chart tests). No file keeps state across files: the one
    // that stubs globals (embed-frame) unstubs them after each test.
    isolate: false,
  },
});
