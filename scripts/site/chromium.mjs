// Where the browser tests (playwright.config.ts) and the site scripts (check:site, bench, screenshots)
// find Chromium and how they start it. Playwright's own browser download cannot run here: the
// project uses Debian's chromium (installed by scripts/test.sh).
import { existsSync } from "node:fs";

/** Flags that keep headless Chromium from calling out of a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium; fails with a clear message when neither exists. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return path;
}
