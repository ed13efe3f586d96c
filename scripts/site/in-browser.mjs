// Every page in a real browser (Debian's Chromium): axe finds no WCAG 2 A/AA violation, and every
// request the page makes goes to the site's own origin.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CHROMIUM_ARGS, chromiumPath } from "../../tests/chromium.mjs";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// axe-core itself, put into each page by evaluate: @axe-core/playwright's builder opens a fresh page
// and re-injects into every frame on each run, 2–3 times slower; our pages have no frames.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Every page is seen at both widths (narrow and wide chart renderings) in both colour schemes. */
export const VIEWS = [
  { name: "375 px, light", viewport: { width: 375, height: 800 }, colorScheme: "light", isMobile: true, hasTouch: true },
  { name: "375 px, dark", viewport: { width: 375, height: 800 }, colorScheme: "dark", isMobile: true, hasTouch: true },
  { name: "1280 px, light", viewport: { width: 1280, height: 900 }, colorScheme: "light" },
  { name: "1280 px, dark", viewport: { width: 1280, height: 900 }, colorScheme: "dark" },
];

/** Problems found by loading each page at `origin` in each view, each naming the page, the
 *  offending element or request, and the views it was seen in. `concurrency` pages are open at once. */
export async function checkInBrowser(origin, paths, { concurrency = 2 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const seenIn = new Map();
  try {
    for (const { name, ...options } of VIEWS) {
      const context = await browser.newContext(options);
      const queue = [...paths];
      const worker = async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          for (const problem of await checkPage(page, origin, path)) seenIn.set(problem, [...(seenIn.get(problem) ?? []), name]);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [...seenIn].map(([problem, views]) => `${problem} [${views.join("; ")}]`);
}

/** axe's WCAG 2 A/AA violations on a Playwright page as it stands, one line per element:
 *  "axe <rule> (<impact>) at <selector>: <help>". */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate((tags) => window.axe.run(document, { runOnly: tags, resultTypes: ["violations"] }).then((r) => r.violations), AXE_TAGS);
  return violations.flatMap((v) => v.nodes.map((node) => `axe ${v.id} (${v.impact}) at ${node.target.join(" ")}: ${v.help}`));
}

/** Loads one page; records every request it makes until it has loaded and axe has run. */
async function checkPage(page, origin, path) {
  const failures = [];
  const offSite = (request) => {
    const url = request.url();
    if (!url.startsWith(origin + "/") && !/^(data|blob):/.test(url)) failures.push(`${path}: ${request.resourceType()} request to ${url}`);
  };
  page.on("request", offSite);
  try {
    await page.goto(origin + path, { waitUntil: "load" });
    for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
  } catch (error) {
    failures.push(`${path}: could not be checked: ${error.message.split("\n")[0]}`);
  } finally {
    page.off("request", offSite);
  }
  return failures;
}
