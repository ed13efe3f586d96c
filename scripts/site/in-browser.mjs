// Every page in a real browser (Debian's Chromium), at phone and desktop widths, light and dark: axe
// finds no WCAG 2 A/AA violation, every request goes to the site's own origin, the console stays free
// of errors, and nothing makes the page scroll sideways.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// axe-core itself, put into each page by evaluate: @axe-core/playwright's builder opens a fresh page
// and re-injects into every frame on each run, 2–3 times slower; our pages have no frames.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Every page is seen at both widths (narrow and wide chart renderings) in both colour schemes. */
export const VIEWS = [
  {
    name: "375 px, light",
    viewport: { width: 375, height: 800 },
    colorScheme: "light",
    isMobile: true,
    hasTouch: true,
  },
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
          for (const problem of new Set(await checkPage(page, origin, path)))
            seenIn.set(problem, [...(seenIn.get(problem) ?? []), name]);
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
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: tags, resultTypes: ["violations"] }).then((r) => r.violations),
    AXE_TAGS,
  );
  return violations.flatMap((v) =>
    v.nodes.map((node) => `axe ${v.id} (${v.impact}) at ${node.target.join(" ")}: ${v.help}`),
  );
}

/** Loads one page and records, until it has loaded and axe has run: every request off the origin,
 *  every console error and uncaught exception, any width beyond the viewport, and axe's violations. */
async function checkPage(page, origin, path) {
  const failures = [];
  const offSite = (request) => {
    const url = request.url();
    if (!url.startsWith(origin + "/") && !/^(data|blob):/.test(url))
      failures.push(`${path}: ${request.resourceType()} request to ${url}`);
  };
  const consoleError = (message) => {
    const at = message.location().url;
    if (message.type() === "error")
      failures.push(`${path}: console error: ${message.text()}${at && at !== origin + path ? ` (${at})` : ""}`);
  };
  const pageError = (error) => failures.push(`${path}: uncaught ${error.name}: ${error.message}`);
  page.on("request", offSite);
  page.on("console", consoleError);
  page.on("pageerror", pageError);
  try {
    const response = await page.goto(origin + path, { waitUntil: "load" });
    if (!response?.ok()) failures.push(`${path}: HTTP ${response?.status()}`);
    // A phone reader must never scroll sideways: the page is no wider than the viewport.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) failures.push(`${path}: ${overflow} px wider than the viewport (horizontal scrolling)`);
    for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
  } catch (error) {
    failures.push(`${path}: could not be checked: ${error.message.split("\n")[0]}`);
  } finally {
    page.off("request", offSite);
    page.off("console", consoleError);
    page.off("pageerror", pageError);
  }
  return failures;
}
