// The budget arithmetic behind `npm run check:site` and `npm run bench`: what each page type may
// weigh and score (read from docs/budgets.md), and that a page over budget is named.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { BUDGETS_DOC, PAINT_BUDGETS, parseBudgets } from "../../scripts/site/budgets.mjs";
import { LIGHTHOUSE_BUDGETS, shortfalls } from "../../scripts/site/lighthouse.mjs";
import { listPages } from "../../scripts/site/pages.mjs";
import {
  BUDGETS,
  inlineMapSvgs,
  mapSvgOverBudget,
  overBudget,
  pageType,
  weighMapSvgs,
} from "../../scripts/site/weight.mjs";
import { gzipBytes, heavyMapSvg } from "../support/heavy-svg";

test("page types follow the URL scheme", () => {
  expect(
    ["/", "/chapters/planning/", "/charts/gdp-growth/", "/charts/", "/embed/gdp-growth/", "/data/", "/404.html"].map(
      pageType,
    ),
  ).toEqual(["cover", "chapter", "chart", "other", "embed", "other", "other"]);
  // The English edition's pages are the same kinds, with the same budgets and headers.
  expect(
    ["/en/", "/en/chapters/planning/", "/en/charts/gdp-growth/", "/en/embed/gdp-growth/", "/enx/"].map(pageType),
  ).toEqual(["cover", "chapter", "chart", "embed", "other"]);
});

test("the weight budgets are docs/budgets.md's", () => {
  expect(BUDGETS).toEqual({ js: 15360, embedJs: 8192, cover: 30720, chapter: 153600, embed: 40960, mapSvg: 15360 });
});

test("a page within its budgets passes; one byte over fails, naming the page and the budget", () => {
  const page = { path: "/embed/x/", type: "embed" };
  expect(overBudget({ ...page, js: BUDGETS.embedJs, total: BUDGETS.embed })).toEqual([]);
  expect(overBudget({ ...page, js: BUDGETS.embedJs + 1, total: BUDGETS.embed + 1 })).toEqual([
    "/embed/x/: 8193 B of JavaScript (gzip) is over the embed budget of 8192 B",
    "/embed/x/: 40961 B (gzip) is over the embed budget of 40960 B",
  ]);
  expect(overBudget({ path: "/chapters/a/", type: "chapter", js: BUDGETS.js, total: BUDGETS.chapter + 1 })).toEqual([
    "/chapters/a/: 153601 B (gzip, before images) is over the chapter budget of 153600 B",
  ]);
  expect(overBudget({ path: "/", type: "cover", js: BUDGETS.js, total: BUDGETS.cover })).toEqual([]);
  expect(overBudget({ path: "/", type: "cover", js: BUDGETS.js, total: BUDGETS.cover + 1 })).toEqual([
    "/: 30721 B (gzip, before images) is over the cover budget of 30720 B",
  ]);
  // Only JavaScript is budgeted on other pages (the gallery holds every chart).
  expect(overBudget({ path: "/charts/", type: "other", js: 0, total: 10 * BUDGETS.chapter })).toEqual([]);
});

test("Lighthouse budgets: 100 for accessibility, best practices and SEO, 95 for performance", () => {
  expect(LIGHTHOUSE_BUDGETS).toEqual({ performance: 95, accessibility: 100, "best-practices": 100, seo: 100 });
  const full = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
  expect(shortfalls("/", { scores: full, lost: [] })).toEqual([]);
  expect(
    shortfalls("/", {
      scores: { ...full, performance: 94, seo: 92 },
      lost: ["seo: Document does not have a meta description", "performance: Total Blocking Time (400 ms)"],
    }),
  ).toEqual([
    "/: Lighthouse performance 94 < 95 (performance: Total Blocking Time (400 ms))",
    "/: Lighthouse seo 92 < 100 (seo: Document does not have a meta description)",
  ]);
});

test("the paint budget: a page's median LCP over 1.0 s fails, naming the page and the time", () => {
  const full = { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 };
  const audit = (value: number) => ({
    scores: full,
    lost: [],
    metrics: { "largest-contentful-paint": { value, display: "" } },
  });
  const budget = PAINT_BUDGETS.lcp;
  expect(shortfalls("/charts/gdp-growth/", audit(budget), budget)).toEqual([]);
  expect(shortfalls("/charts/gdp-growth/", audit(1330), budget)).toEqual([
    "/charts/gdp-growth/: Largest Contentful Paint 1.33 s > 1 s",
  ]);
  expect(shortfalls("/", audit(budget + 10), budget)).toEqual(["/: Largest Contentful Paint 1.01 s > 1 s"]);
});

describe("docs/budgets.md owns the enforced numbers", () => {
  const doc = readFileSync(BUDGETS_DOC, "utf8");
  /** The doc with one line changed: the row of `key` replaced by `line` (or removed). */
  const edit = (key: string, line = "") =>
    doc
      .split("\n")
      .map((l) => (l.startsWith(`| \`${key}\``) ? line : l))
      .join("\n");

  test("the scripts enforce what the doc's Enforced table says, row by row", () => {
    const rows = {
      "weight.js": "≤ 15 KB",
      "weight.embedJs": "≤ 8 KB",
      "weight.cover": "≤ 30 KB",
      "weight.chapter": "≤ 150 KB",
      "weight.embed": "≤ 40 KB",
      "weight.mapSvg": "≤ 15 KB",
      "lighthouse.performance": "≥ 95",
      "lighthouse.accessibility": "≥ 100",
      "lighthouse.best-practices": "≥ 100",
      "lighthouse.seo": "≥ 100",
      "paint.lcp": "≤ 1.0 s",
    };
    for (const [key, limit] of Object.entries(rows))
      expect(doc).toMatch(new RegExp(`^\\| \`${key}\` +\\|[^|]+\\| ${limit} +\\|`, "m"));
    expect(parseBudgets(doc)).toEqual({ weight: BUDGETS, lighthouse: LIGHTHOUSE_BUDGETS, paint: PAINT_BUDGETS });
    expect(parseBudgets(doc)).toEqual({
      weight: {
        js: 15 * 1024,
        embedJs: 8 * 1024,
        cover: 30 * 1024,
        chapter: 150 * 1024,
        embed: 40 * 1024,
        mapSvg: 15 * 1024,
      },
      lighthouse: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 },
      paint: { lcp: 1000 },
    });
  });

  test("a changed row changes the budget", () => {
    expect(
      parseBudgets(edit("weight.embed", "| `weight.embed` | an embed page | ≤ 41.5 KB | check:site |")).weight.embed,
    ).toBe(42496);
  });

  test("a missing, malformed, doubled or unknown row stops the scripts, naming it", () => {
    expect(() => parseBudgets(edit("weight.chapter"))).toThrow(
      "docs/budgets.md: the Enforced table has no row for “weight.chapter”",
    );
    expect(() => parseBudgets(edit("lighthouse.seo"))).toThrow("no row for “lighthouse.seo”");
    expect(() => parseBudgets(edit("weight.js", "| `weight.js` | JS | 15 KB | bench |"))).toThrow(
      "“weight.js” has limit “15 KB”; expected “≤ N KB”",
    );
    expect(() =>
      parseBudgets(edit("lighthouse.performance", "| `lighthouse.performance` | perf | ≤ 95 | bench |")),
    ).toThrow("expected “≥ N”");
    const row = "| `weight.embed` | an embed page | ≤ 40 KB | check:site |";
    expect(() => parseBudgets(edit("weight.embed", `${row}\n${row}`))).toThrow(
      "“weight.embed” is in the Enforced table twice",
    );
    expect(() =>
      parseBudgets(edit("weight.embed", `${row}\n| \`weight.gallery\` | the gallery | ≤ 60 KB | none |`)),
    ).toThrow("“weight.gallery” is in the Enforced table, but no script enforces it");
    expect(() => parseBudgets(edit("weight.mapSvg"))).toThrow("no row for “weight.mapSvg”");
    expect(() => parseBudgets(doc.replace("## Enforced", "## Enforced budgets"))).toThrow("no “## Enforced” section");
  });

  test("the targets not yet met (build time, LCP on every page type) are not in the Enforced table", () => {
    const rows = doc
      .split(/^## /m)
      .find((s) => s.startsWith("Enforced\n"))!
      .split("\n")
      .filter((l) => l.startsWith("|"));
    expect(rows).toHaveLength(13);
    for (const row of rows) expect(row).not.toMatch(/astro build|every page type \| ≤ 1\.0 s/);
  });
});

describe("map SVGs: each inline svg.map and each map's chart.svg download, weighed on its own", () => {
  const dist = mkdtempSync(join(tmpdir(), "pinghu-maps-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const heavy = heavyMapSvg(BUDGETS.mapSvg + 1);
  const light = '<svg class="chart-svg map" viewBox="0 0 1 1"><svg class="swatch"></svg><path d="M0 0h1"/></svg>';
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;
  const write = (path: string, text: string) => {
    mkdirSync(join(dist, dirname(path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  write("index.html", page(`<p>cover</p>${light}<svg class="chart-svg"><path d="M0 0"/></svg>${heavy}`));
  write("charts/m/index.html", page(heavy));
  write("charts/m/chart.svg", `<?xml version="1.0" encoding="UTF-8"?>\n${heavy.replace(/ class="[^"]*"/, "")}`);
  write("charts/m/chart-latest.svg", light.replace(/ class="[^"]*"/, ""));
  write("charts/m/picture-narrow-dark.svg", heavy.replace(/ class="[^"]*"/, ""));
  write("charts/m/data.svg.txt", heavy); // not an SVG the site serves as a chart
  // A chart that is not a map: its download is weighed by nothing here, however heavy.
  write("charts/bars/index.html", page('<svg class="chart-svg"><path d="M0 0"/></svg>'));
  write("charts/bars/chart.svg", heavy);

  test("finds every svg whose class list has map, whole (past an svg inside it), and no other", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    expect(inlineMapSvgs(html)).toEqual([light, heavy]);
    expect(inlineMapSvgs(page('<svg class="chart-svg mapping"></svg><svg class="roadmap"></svg>'))).toEqual([]);
  });

  test("weighs inline maps per page and the downloads of maps only; one byte over the budget fails, naming it", () => {
    const weights = weighMapSvgs(dist, listPages(dist));
    expect(weights.map((w) => w.where)).toEqual([
      "/charts/m/: svg.map",
      "/: svg.map #1",
      "/: svg.map #2",
      "/charts/m/chart-latest.svg",
      "/charts/m/chart.svg",
      "/charts/m/picture-narrow-dark.svg",
    ]);
    expect(weights.find((w) => w.where === "/: svg.map #1")!.gzip).toBe(gzipBytes(light));
    expect(weights.flatMap(mapSvgOverBudget)).toEqual(
      ["/charts/m/: svg.map", "/: svg.map #2", "/charts/m/chart.svg", "/charts/m/picture-narrow-dark.svg"].map(
        (where) =>
          `${where}: ${weights.find((w) => w.where === where)!.gzip} B (gzip) is over the map SVG budget of 15360 B`,
      ),
    );
    expect(mapSvgOverBudget({ where: "/x/: svg.map", gzip: BUDGETS.mapSvg })).toEqual([]);
  });
});
