// The tests StrykerJS runs against each mutant (stryker.config.mjs, `npm run test:mutation`): those
// that pin the modules it mutates, and fast enough to run hundreds of times. Not the build tests (an
// Astro build each), the chart snapshots, the share cards or the fuzz run (seconds a case, and they
// pin drawing, not these modules).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "tests/unit/check-input.test.ts",
      "tests/unit/check-chapter.test.ts",
      "tests/unit/check-translation.test.ts",
      "tests/unit/check-corrections.test.ts",
      "tests/unit/check-milestones.test.ts",
      "tests/unit/validate.test.ts",
      "tests/unit/malformed-json.test.ts",
      "tests/unit/data-issue.test.ts",
      "tests/unit/input-files.test.ts",
      "tests/unit/inferred-fields.test.ts",
      "tests/unit/needed-field.test.ts",
      "tests/unit/outside-sources.test.ts",
      "tests/unit/unique-ids.test.ts",
      "tests/unit/key-figures.test.ts",
      "tests/unit/check-charts.test.ts",
      "tests/unit/provenance.test.ts",
      "tests/unit/sentences.test.ts",
      "tests/unit/chapters.test.ts",
      "tests/unit/csv.test.ts",
      "tests/unit/format.test.ts",
      "tests/unit/format-en.test.ts",
      "tests/unit/figure-display.test.ts",
      "tests/unit/figure-text.test.ts",
      "tests/unit/then-now.test.ts",
      "tests/unit/chart-sources.test.ts",
      "tests/unit/embed-height.test.ts",
      "tests/unit/embed-frame.test.ts",
      "tests/unit/embed-loader.test.ts",
    ],
    // One module graph for all the files: a mutant run re-imports nothing it need not (a fresh graph a
    // file took most of each run). A static mutant (a module-level value) is still seen: each run
    // evaluates the modules afresh.
    isolate: false,
    // A shared machine is slow at times; the real input's check takes seconds then.
    testTimeout: 60_000,
    update: "none",
  },
});
