import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { headersFile, pageRules } from "../../src/integrations/security-headers";

/** A small built site: pages in folders, an embed, assets and a folder of JSON only. */
function site(): string {
  const dist = mkdtempSync(join(tmpdir(), "headers-"));
  const page = (path: string, html = "<p>x</p>") => {
    mkdirSync(join(dist, path, ".."), { recursive: true });
    writeFileSync(join(dist, path), html);
  };
  page("index.html", "<style>p{}</style><script>1</script>");
  page("404.html");
  page("since/index.html");
  page("charts/gdp-growth/index.html");
  page("embed/gdp-growth/index.html");
  page("_astro/x.js");
  page("oembed/gdp-growth.json", "{}");
  return dist;
}

test("every folder of pages gets its own rule; embeds, assets and JSON-only folders do not", () =>
  expect(pageRules(site())).toEqual(["/", "/index.html", "/charts/*", "/since/*", "/404.html"]));

test("each page rule carries a CSP that forbids framing; embeds may be framed anywhere", () => {
  const file = headersFile(site());
  const rules = file.split("\n\n").filter((r) => r.startsWith("/"));
  const rule = (path: string) => rules.find((r) => r.split("\n")[0] === path) ?? "";
  for (const path of ["/", "/index.html", "/charts/*", "/since/*", "/404.html"]) {
    expect(rule(path), path).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
    expect(rule(path), path).toContain("X-Frame-Options: DENY");
  }
  expect(rule("/embed/*")).toMatch(/Content-Security-Policy: .*frame-ancestors \*/);
  expect(rule("/embed/*")).not.toContain("X-Frame-Options");
  // The inline blocks are allowed by hash, nothing else inline.
  expect(rule("/")).toMatch(/script-src 'self' 'sha256-[^']+'/);
  expect(rule("/")).not.toContain("unsafe-inline");
});

test("the English edition's folders get rules of their own, and its embeds may be framed, with no rule overlapping", () => {
  const dist = site();
  for (const path of [
    "en/index.html",
    "en/404.html",
    "en/charts/gdp-growth/index.html",
    "en/embed/gdp-growth/index.html",
  ]) {
    mkdirSync(join(dist, path, ".."), { recursive: true });
    writeFileSync(join(dist, path), "<p>x</p>");
  }
  expect(pageRules(dist)).toEqual([
    "/",
    "/index.html",
    "/charts/*",
    "/since/*",
    "/404.html",
    "/en/",
    "/en/index.html",
    "/en/charts/*",
    "/en/404.html",
  ]);
  const rules = headersFile(dist)
    .split("\n\n")
    .filter((r) => r.startsWith("/"));
  const embed = rules.find((r) => r.startsWith("/en/embed/*\n")) ?? "";
  expect(embed).toMatch(/Content-Security-Policy: .*frame-ancestors \*/);
  expect(rules.filter((r) => r.startsWith("/en/*"))).toEqual([]);
});
