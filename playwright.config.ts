import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/site/chromium.mjs";

const PORT = Number(process.env.PREVIEW_PORT ?? 4322);

// Browser tests run against the built site (npm run build) served by Astro's preview server
// (scripts/site/serve.mjs: the `astro preview` command refuses to run beside a developer's own),
// in Debian's Chromium: Playwright's own browser download cannot run here.
export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
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
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
