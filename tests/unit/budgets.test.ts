// The budget arithmetic behind `npm run check:site` and `npm run bench`: what each page type may
// weigh and score (read from docs/budgets.md), and that a page over budget is named.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { BUDGETS_DOC, parseBudgets } from "../../scripts/site/budgets.mjs";
import { LIGHTHOUSE_BUDGETS, shortfalls } from "../../scripts/site/lighthouse.mjs";
import { BUDGETS, overBudget, pageType } from "../../scripts/site/weight.mjs";

test("page types follow the URL scheme", () => {
  expect(
    ["/", "/chapters/planning/", "/charts/gdp-growth/", "/charts/", "/embed/gdp-growth/", "/data/", "/404.html"].map(
      pageType,
    ),
  ).toEqual(["cover", "chapter", "chart", "other", "embed", "other", "other"]);
});

test("the weight budgets are docs/budgets.md's", () => {
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
      "weight.chapter": "≤ 150 KB",
      "weight.embed": "≤ 40 KB",
      "lighthouse.performance": "≥ 95",
      "lighthouse.accessibility": "≥ 100",
      "lighthouse.best-practices": "≥ 100",
      "lighthouse.seo": "≥ 100",
    };
    for (const [key, limit] of Object.entries(rows))
      expect(doc).toMatch(new RegExp(`^\\| \`${key}\` +\\|[^|]+\\| ${limit} +\\|`, "m"));
    expect(parseBudgets(doc)).toEqual({ weight: BUDGETS, lighthouse: LIGHTHOUSE_BUDGETS });
    expect(parseBudgets(doc)).toEqual({
      weight: { js: 15 * 1024, embedJs: 8 * 1024, chapter: 150 * 1024, embed: 40 * 1024 },
      lighthouse: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 },
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
      parseBudgets(edit("weight.embed", `${row}\n| \`weight.cover\` | the cover | ≤ 30 KB | none |`)),
    ).toThrow("“weight.cover” is in the Enforced table, but no script enforces it");
    expect(() => parseBudgets(doc.replace("## Enforced", "## Enforced budgets"))).toThrow("no “## Enforced” section");
  });

  test("the targets not yet met (the cover's weight, LCP) are not in the Enforced table", () => {
    const rows = doc
      .split(/^## /m)
      .find((s) => s.startsWith("Enforced\n"))!
      .split("\n")
      .filter((l) => l.startsWith("|"));
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row).not.toMatch(/cover|LCP|Largest Contentful Paint/);
  });
});
