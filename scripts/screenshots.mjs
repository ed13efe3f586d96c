// Screenshots of the built site at phone and desktop widths, light and dark, for looking at
// what we build. Usage: npm run build && npm run preview & node scripts/screenshots.mjs [path …]
// Writes PNGs to test-results/screenshots/ (ignored by git).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./site/chromium.mjs";

const base = process.env.BASE_URL ?? "http://localhost:4321";
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", "/chapters/hub-and-centres/", "/data/", "/about/"];
const out = "test-results/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const scheme of ["light", "dark"]) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const path of paths) {
      await page.goto(base + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
