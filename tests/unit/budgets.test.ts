// The budget arithmetic behind `npm run check:site` and `npm run bench`: what each page type may
// weigh and score, and that a page over budget is named.
import { expect, test } from "vitest";
import { LIGHTHOUSE_BUDGETS, shortfalls } from "../../scripts/site/lighthouse.mjs";
import { BUDGETS, overBudget, pageType } from "../../scripts/site/weight.mjs";

test("page types follow the URL scheme", () => {
  expect(
    ["/", "/chapters/planning/", "/charts/gdp-growth/", "/charts/", "/embed/gdp-growth/", "/data/", "/404.html"].map(
      pageType,
    ),
  ).toEqual(["cover", "chapter", "chart", "other", "embed", "other", "other"]);
});

test("the weight budgets are DESIGN.md's", () => {
  expect(BUDGETS).toEqual({ js: 15360, embedJs: 8192, chapter: 153600, embed: 40960 });
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
