// The site under its own Content-Security-Policy (dist/_headers, made at build time): the preview
// server does not send it, so the test adds each page's headers to the responses itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const rules = readFileSync(join(import.meta.dirname, "..", "..", "dist", "_headers"), "utf8")
  .split(/\n(?=\/)/)
  .filter((block) => block.startsWith("/"))
  .map((block) => {
    const [path, ...lines] = block.trim().split("\n");
    return {
      path: path!.trim(),
      headers: Object.fromEntries(
        lines.map(
          (l) =>
            l
              .trim()
              .split(/:\s(.+)/)
              .slice(0, 2) as [string, string],
        ),
      ),
    };
  });

function headersFor(pathname: string): Record<string, string> {
  const rule = rules.find((r) =>
    r.path.endsWith("*") ? pathname.startsWith(r.path.slice(0, -1)) : pathname === r.path,
  );
  return rule?.headers ?? {};
}

test("only embeds may be framed by other sites", () => {
  expect(headersFor("/charts/gdp-growth/")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  expect(headersFor("/")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  expect(headersFor("/embed/gdp-growth/")["Content-Security-Policy"]).toContain("frame-ancestors *");
  expect(headersFor("/_astro/x.css")["Cache-Control"]).toContain("immutable");
});

for (const path of [
  "/",
  "/chapters/coordination/",
  "/charts/regional-map/",
  "/charts/transport-status/",
  "/embed/transport-status/",
  "/data/",
  "/since/",
]) {
  test(`${path} works under its CSP: no violation, tooltips still run`, async ({ page, baseURL }) => {
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    await page.route(`${baseURL}/**`, async (route) => {
      const response = await route.fetch();
      const { pathname } = new URL(route.request().url());
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(pathname) } });
    });
    await page.goto(path);
    expect(headersFor(path)["Content-Security-Policy"]).toBeTruthy();
    const mark = page.locator("svg.chart-svg").locator("visible=true").locator(".mark").first();
    if (await mark.count()) {
      await mark.scrollIntoViewIfNeeded();
      await mark.hover({ force: true });
      await expect(page.locator(".chart-tip").first()).toBeVisible();
    }
    expect(violations).toEqual([]);
    // A request still in flight when the test ends (a lazy image, a prefetch) must not fail the next test.
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });
}
