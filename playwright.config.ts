import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/site/chromium.mjs";

const PORT = Number(process.env.PREVIEW_PORT ?? 4322);

// Browser tests run against the built site (npm run build) served by Astro's preview server
// (scripts/site/serve.mjs: the `astro preview` command refuses to run beside a developer's own),
// in Debian's Chromium: Playwright's own browser download cannot run here.
// The same rules on every machine, whatever CI says (docs/testing.md): a stray test.only fails the run;
// no retry (a test that passes on its second try is flaky, and is fixed rather than retried); no run
// writes a snapshot (Playwright's default writes missing ones); the server is always started afresh on
// the dist/ just built, never an older one found running on the port.
export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: true,
  retries: 0,
  updateSnapshots: "none",
  workers: 2,
  reporter: process.env.CI ? "list" : "line",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 375, height: 800 } }, grep: /@phone/ },
  ],
  webServer: {
    command: `node scripts/site/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
