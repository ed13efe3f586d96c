import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts", "tests/build/**/*.test.ts"],
    // The build tests run `astro build` on broken copies of the project: give them time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
