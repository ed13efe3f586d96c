// The site under its own Content-Security-Policy (dist/_headers, made at build time): the preview
// server does not send it, so the test adds each page's headers to the responses itself, read as
// check:site reads them (scripts/site/headers.mjs; check:site also proves every page has its CSP).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { headersFor as headersOf, parseHeaders } from "../../scripts/site/headers.mjs";

const rules = parseHeaders(readFileSync(join(import.meta.dirname, "..", "..", "dist", "_headers"), "utf8"));
const headersFor = (pathname: string) => headersOf(rules, pathname);

test("only embeds may be framed by other sites", () => {
  expect(headersFor("/charts/gdp-growth/")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  expect(headersFor("/")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  expect(headersFor("/embed/gdp-growth/")["Content-Security-Policy"]).toContain("frame-ancestors *");
  expect(headersFor("/_astro/x.css")["Cache-Control"]).toContain("immutable");
});

// Pages of each type, and whether a chart on them shows a tooltip: not on /data/, which has no chart,
// nor on the cover, which shows its map as a picture linking to the chart page.
for (const [path, tooltip] of [
  ["/", false],
  ["/chapters/coordination/", true],
  ["/charts/regional-map/", true],
  ["/charts/transport-status/", true],
  ["/embed/transport-status/", true],
  ["/data/", false],
  ["/since/", true],
] as const) {
  test(`${path} works under its CSP: no violation${tooltip ? ", a chart's tooltip opens" : ""}`, async ({
    page,
    baseURL,
  }) => {
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    await page.route(`${baseURL}/**`, async (route) => {
      const response = await route.fetch();
      const { pathname } = new URL(route.request().url());
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(pathname) } });
    });
    await page.goto(path);
    expect(headersFor(path)["Content-Security-Policy"]).toMatch(/^default-src 'self'; /);
    const mark = page.locator("svg.chart-svg").locator("visible=true").locator(".mark").first();
    await expect(mark).toHaveCount(tooltip ? 1 : 0);
    if (tooltip) {
      await mark.scrollIntoViewIfNeeded();
      await mark.hover({ force: true });
      await expect(page.locator(".chart-tip").first()).toBeVisible();
    }
    expect(violations).toEqual([]);
    // A request still in flight when the test ends (a lazy image, a prefetch) must not fail the next test.
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });
}
