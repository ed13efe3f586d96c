import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, test } from "vitest";
import { gzipBytes, heavyMapSvg } from "../support/heavy-svg";
import { ROOT } from "../support/repo";

const run = promisify(execFile);

// The fixture, with a cover too heavy for its budget: a map SVG over its own budget (which gzip
// cannot shrink), made here rather than committed.
const site = mkdtempSync(join(tmpdir(), "pinghu-site-broken-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));
cpSync(join(ROOT, "tests", "fixtures", "site-broken"), site, { recursive: true });
const map = heavyMapSvg(31 * 1024);
const cover = readFileSync(join(site, "index.html"), "utf8").replace("</body>", `${map}</body>`);
writeFileSync(join(site, "index.html"), cover);

test("check-site names each HTML error, broken link, missing anchor, missing asset, off-site load, page without a CSP, page or map over budget, and in a browser each axe violation, off-site request, script error and sideways scroll", async () => {
  const result = await run(process.execPath, [join(ROOT, "scripts", "check-site.mjs"), site]).then(
    () => ({ code: 0, stderr: "" }),
    (e: { code: number; stderr: string }) => e,
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('/: <link href="https://cdn.example.com/x.css"> loads from another origin');
  expect(result.stderr).toContain('/: <a href="/chapters/a/#s-missing"> → no id "s-missing" on /chapters/a/');
  expect(result.stderr).toContain('/: <a href="/nowhere/"> → no such file');
  // First paint: a stylesheet link, a script by URL, two scripts on one page.
  expect(result.stderr).toContain(
    '/: <link rel="stylesheet" href="https://cdn.example.com/x.css"> blocks the first paint (CSS belongs inline)',
  );
  expect(result.stderr).toContain(
    '/chapters/a/: <script src="/enhance.js"> is a request of its own (the page\'s module belongs inline)',
  );
  expect(result.stderr).toContain("/chapters/a/: 2 scripts (one module a page at most)");
  // Headers: a page no _headers rule gives a Content-Security-Policy.
  expect(result.stderr).toContain("/chapters/a/: no _headers rule gives it a Content-Security-Policy");
  expect(result.stderr).toContain('/: <img src="/missing.png"> → no such file');
  expect(result.stderr).toMatch(/\/: line \d+: No “p” element in scope but a “p” end tag seen/);
  expect(result.stderr).not.toContain("example.org");
  expect(result.stderr).toContain(`/: svg.map: ${gzipBytes(map)} B (gzip) is over the map SVG budget of 15360 B`);
  expect(result.stderr).toMatch(/\/: \d+ B \(gzip, before images\) is over the cover budget of 30720 B/);
  // Seen only in a browser: a request a script makes, and an accessibility violation (in every view).
  expect(result.stderr).toContain(
    "/chapters/a/: fetch request to https://tracker.example.net/pixel [375 px, light; 375 px, dark; 1280 px, light; 1280 px, dark]",
  );
  expect(result.stderr).toContain(
    "/chapters/a/: axe button-name (critical) at button: Buttons must have discernible text",
  );
  expect(result.stderr).toContain("/: stylesheet request to https://cdn.example.com/x.css");
  expect(result.stderr).toContain(
    "/chapters/a/: uncaught TypeError: Cannot read properties of null (reading 'oops') [375 px, light; 375 px, dark; 1280 px, light; 1280 px, dark]",
  );
  expect(result.stderr).toContain(
    "/chapters/a/: console error: Failed to load resource: net::ERR_NAME_NOT_RESOLVED (https://tracker.example.net/pixel)",
  );
  expect(result.stderr).toContain(
    "/chapters/a/: 1028 px wider than the viewport (horizontal scrolling) [375 px, light; 375 px, dark]",
  );
});
