// check:site's reading of dist/_headers (scripts/site/headers.mjs): which rules a path gets, and each
// way a page can be left without its one Content-Security-Policy or framed when it must not be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { checkHeaders, headersFor, parseHeaders, rulesFor } from "../../scripts/site/headers.mjs";
import { listPages } from "../../scripts/site/pages.mjs";

const CSP = (ancestors: string) => `Content-Security-Policy: default-src 'self'; frame-ancestors ${ancestors}`;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A built site of a cover, a 404 page, a chapter, an about page and an embed, with this _headers. */
function site(headers?: string): string {
  const dist = mkdtempSync(join(tmpdir(), "site-headers-"));
  dirs.push(dist);
  for (const page of ["index.html", "404.html", "chapters/a/index.html", "about/index.html", "embed/x/index.html"]) {
    mkdirSync(join(dist, page, ".."), { recursive: true });
    writeFileSync(join(dist, page), "<p>x</p>");
  }
  if (headers !== undefined) writeFileSync(join(dist, "_headers"), headers);
  return dist;
}
const problems = (dist: string) => checkHeaders(dist, listPages(dist));

/** Rules as the build writes them: one a page type, the embeds' framed by anyone. */
const GOOD = [
  "# comment",
  "",
  ...["/", "/index.html", "/about/*", "/chapters/*", "/404.html"].flatMap((p) => [p, `  ${CSP("'none'")}`, ""]),
  "/embed/*",
  `  ${CSP("*")}`,
  "  Referrer-Policy: no-referrer",
  "",
  "/_astro/*",
  "  Cache-Control: immutable",
].join("\n");

test("reads rules and their headers; * stands for any run of characters; a path gets every matching rule", () => {
  const rules = parseHeaders(GOOD);
  expect(rules.map((r) => r.path)).toEqual([
    "/",
    "/index.html",
    "/about/*",
    "/chapters/*",
    "/404.html",
    "/embed/*",
    "/_astro/*",
  ]);
  expect(rules[5]!.headers).toEqual({
    "Content-Security-Policy": "default-src 'self'; frame-ancestors *",
    "Referrer-Policy": "no-referrer",
  });
  expect(rulesFor(rules, "/chapters/a/").map((r) => r.path)).toEqual(["/chapters/*"]);
  expect(rulesFor(rules, "/").map((r) => r.path)).toEqual(["/"]);
  expect(rulesFor(rules, "/chapters").map((r) => r.path)).toEqual([]);
  expect(rulesFor(rules, "/about.html").map((r) => r.path)).toEqual([]);
  expect(headersFor(rules, "/_astro/a.js")).toEqual({ "Cache-Control": "immutable" });
  expect(headersFor(rules, "/nowhere")).toEqual({});
});

test("a site whose every page, at each of its addresses, has one CSP of its kind passes", () => {
  expect(problems(site(GOOD))).toEqual([]);
});

test("names each page left without a CSP, at each address that serves it", () => {
  const headers = GOOD.replace(`/about/*\n  ${CSP("'none'")}`, "/about/*\n  X-Frame-Options: DENY").replace(
    `/404.html\n  ${CSP("'none'")}\n`,
    "",
  );
  expect(problems(site(headers))).toEqual([
    "/404.html: no _headers rule gives it a Content-Security-Policy",
    "/about/: no _headers rule gives it a Content-Security-Policy",
    "/about/index.html: no _headers rule gives it a Content-Security-Policy",
  ]);
  expect(problems(site(GOOD.replace("/index.html\n", "/index.htm\n")))).toEqual([
    "/index.html: no _headers rule gives it a Content-Security-Policy",
  ]);
});

test("names an embed that may not be framed, and a page that may be or says nothing of framing", () => {
  const headers = GOOD.replace(`/embed/*\n  ${CSP("*")}`, `/embed/*\n  ${CSP("'none'")}`)
    .replace(`/chapters/*\n  ${CSP("'none'")}`, `/chapters/*\n  ${CSP("*")}`)
    .replace(`/about/*\n  ${CSP("'none'")}`, "/about/*\n  Content-Security-Policy: default-src 'self'");
  expect(problems(site(headers))).toEqual([
    "/about/: its Content-Security-Policy (/about/*) has frame-ancestors missing, not 'none'",
    "/about/index.html: its Content-Security-Policy (/about/*) has frame-ancestors missing, not 'none'",
    "/chapters/a/: its Content-Security-Policy (/chapters/*) has frame-ancestors *, not 'none'",
    "/chapters/a/index.html: its Content-Security-Policy (/chapters/*) has frame-ancestors *, not 'none'",
    "/embed/x/: its Content-Security-Policy (/embed/*) has frame-ancestors 'none', not *",
    "/embed/x/index.html: its Content-Security-Policy (/embed/*) has frame-ancestors 'none', not *",
  ]);
});

test("names a page two rules give a CSP (a host would send both), and a site with no _headers", () => {
  expect(problems(site(`${GOOD}\n\n/*\n  ${CSP("'none'")}\n`))).toContain(
    "/chapters/a/: 2 _headers rules give it a Content-Security-Policy (/chapters/*, /*)",
  );
  const bare = site();
  expect(problems(bare)).toEqual([`_headers: no such file in ${bare}, so no page is sent a Content-Security-Policy`]);
});
