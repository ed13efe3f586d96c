// Mutation testing (`npm run test:mutation`, docs/testing.md › Mutation score): StrykerJS changes the
// code that guards the data and the embeds one small mutation at a time (a > for a >=, a string
// emptied, a branch taken always) and runs the tests against each: a mutant no test fails on is a
// behaviour no test pins. Not part of `npm test`: it takes longer than the whole suite.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Its own Vitest config lists the tests that pin these modules (not Stryker's `testFiles`: with it,
  // Stryker 10.1 turns a module-level mutant on only after the module has loaded, so such a mutant
  // survives every test: stryker-js issues 6144 and 6209). `related` off: the embed loader is a
  // script the tests read and run, not import, so Vitest cannot see which tests use it.
  vitest: { related: false, configFile: "tests/vitest.mutation.config.ts" },
  mutate: [
    // The input checks, provenance (whole-sentence quotes, figures in their quotes) among them.
    "src/lib/input/*.ts",
    // Sentences and CSV.
    "src/lib/text/sentences.ts",
    "src/lib/data/csv.ts",
    // The chart-words helpers: figures in words, what a figure's text states, the source line.
    "src/lib/text/format.ts",
    "src/lib/text/format-en.ts",
    "src/lib/figures/figure-text.ts",
    "src/lib/chart-page/chart-sources.ts",
    // The embeds: the default height, the frame's height messages, the host page's loader.
    "src/lib/share/embed.ts",
    "src/scripts/embed-frame.ts",
    "public/embed/loader.js",
  ],
  // Two cores, shared: one test runner, and room for a busy machine before a mutant counts as a hang.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { reportMutants: true, reportTests: false },
  // The sandbox copy needs the sources, tests and input, not the built site or the Node toolchain.
  ignorePatterns: ["dist", ".dist-staging", ".dist-previous", ".astro", "scripts/toolchain", "test-results"],
  // Each module must score 80 % or more: scripts/mutation-score.mjs checks that per file after the run.
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: ".stryker-tmp",
  // Stryker adds `// @ts-nocheck` to the files it copies; only the mutated ones need it.
  disableTypeChecks: "{src,public}/**/*.{ts,js}",
};
