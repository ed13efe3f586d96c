import { expect, test } from "@playwright/test";
import { axeViolations } from "../../scripts/site/in-browser.mjs";
import { CHART_IDS } from "../../src/charts/index";
import { readChapters } from "../support/repo";

test("the gallery shows every chart, each linking to its permanent page", async ({ page }) => {
  await page.goto("/charts/");
  const figures = page.locator("figure.chart");
  await expect(figures).toHaveCount(CHART_IDS.length);
  for (const id of CHART_IDS) await expect(page.locator(`figure#chart-${id} a[href="/charts/${id}/"]`)).toHaveCount(1);
});

/**
 * Charts of the site's later layer, not of the article: the chapters stay the article's text, so
 * these are placed outside them (the since-then page) and their pages name no chapter.
 */
const OUTSIDE_STORY = ["transport-since"];

test("each chart appears in its chapter and its page links back there", async ({ page }) => {
  for (const id of OUTSIDE_STORY) {
    await page.goto(`/charts/${id}/`);
    await expect(page.locator(".in-story"), id).toHaveCount(0);
  }
  for (const id of CHART_IDS.filter((id) => !OUTSIDE_STORY.includes(id))) {
    await page.goto(`/charts/${id}/`);
    const back = page.getByRole("link", { name: /./ }).and(page.locator(".in-story a"));
    const href = await back.getAttribute("href");
    expect(href, id).toMatch(new RegExp(`^/chapters/[a-z-]+/#chart-${id}$`));
    await page.goto(href!);
    await expect(page.locator(`figure#chart-${id}`)).toBeVisible();
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("every chart draws, with its description and data table @phone", async ({ page }) => {
    for (const id of CHART_IDS) {
      await page.goto(`/charts/${id}/`);
      const svg = page.locator(`figure#chart-${id} svg.chart-svg`).locator("visible=true");
      await expect(svg).toHaveCount(1);
      const box = await svg.boundingBox();
      expect(box!.height, id).toBeGreaterThan(50);
      await expect(page.locator(`#chart-${id}-desc`)).not.toBeEmpty();
      await expect(page.locator(`figure#chart-${id} table tbody tr`).first()).toBeVisible();
    }
  });
});

test.describe("then and now, with JavaScript off on a phone", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  test("each side says whose and when; an item with no later report says so @phone", async ({ page }) => {
    for (const path of ["/charts/transport-since/", "/embed/transport-since/"]) {
      await page.goto(path);
      const svg = page.locator("svg.chart-svg").locator("visible=true");
      await expect(svg.locator("text", { hasText: /^原文所述（2021年）$/ }), path).toHaveCount(1);
      await expect(svg.locator("text", { hasText: /^此后最新（截至\d{4}年\d{1,2}月）$/ }), path).toHaveCount(1);
      await expect(svg.locator("text", { hasText: /^未查到此后报道$/ }).first(), path).toBeVisible();
      await expect(page.locator(".chart-subtitle").first(), path).toContainText("原文所述（2021年）");
      // Type on screen: each text's font size times the scale the SVG is drawn at.
      const size = await svg.evaluate((root) => {
        const scale = root.getBoundingClientRect().width / (root as SVGSVGElement).viewBox.baseVal.width;
        const sizes = Array.from(root.querySelectorAll("text"), (t) => parseFloat(getComputedStyle(t).fontSize));
        return Math.min(...sizes) * scale;
      });
      expect(size, `${path}: smallest text on screen`).toBeGreaterThanOrEqual(12);
    }
  });
});

test("tooltip by mouse: hovering a mark shows its words", async ({ page }) => {
  await page.goto("/charts/investment-amounts/");
  const mark = page.locator("figure.chart svg.chart-svg").locator("visible=true").locator(".mark").first();
  await mark.hover();
  const tip = page.locator(".chart-tip");
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText((await mark.getAttribute("data-tip"))!);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
});

test("tooltip by keyboard: Tab to the chart, arrows step through marks, Escape closes", async ({ page }) => {
  await page.goto("/charts/growth-rankings/");
  const svg = page.locator("figure.chart svg.chart-svg").locator("visible=true");
  const marks = svg.locator(".mark");
  await svg.focus();
  await expect(svg).toBeFocused();
  const tip = page.locator(".chart-tip");
  await page.keyboard.press("ArrowRight");
  await expect(tip).toHaveText((await marks.nth(0).getAttribute("data-tip"))!);
  await page.keyboard.press("ArrowRight");
  await expect(tip).toHaveText((await marks.nth(1).getAttribute("data-tip"))!);
  await page.keyboard.press("End");
  await expect(tip).toHaveText((await marks.last().getAttribute("data-tip"))!);
  await expect(marks.last()).toHaveClass(/is-active/);
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
});

test.describe("on a phone", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
  test("tooltip by tap @phone", async ({ page }) => {
    await page.goto("/chapters/coordination/");
    const mark = page
      .locator("figure#chart-transport-status svg.chart-svg")
      .locator("visible=true")
      .locator(".mark")
      .nth(3);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const tip = page.locator("figure#chart-transport-status .chart-tip");
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("原文“");
  });

  test("the narrow rendering shows at 375 px, its box within its figure's and the viewport's width @phone", async ({
    page,
  }) => {
    await page.goto("/charts/transport-status/");
    const narrow = page.locator("figure#chart-transport-status .v-narrow svg");
    await expect(narrow).toBeVisible();
    await expect(page.locator("figure#chart-transport-status .v-wide svg")).toBeHidden();
    const svg = (await narrow.boundingBox())!;
    const figure = (await page.locator("figure#chart-transport-status").boundingBox())!;
    expect(svg.x).toBeGreaterThanOrEqual(Math.max(0, figure.x));
    expect(svg.x + svg.width).toBeLessThanOrEqual(Math.min(375, figure.x + figure.width));
  });
});

// Off-screen renderings are skipped (content-visibility) in boxes of their own proportions: the page
// must not grow or shrink as the reader scrolls the charts into view.
const coordination = readChapters().find((c) => c.slug === "coordination")!;
/** The charts the chapter places (its ::chart directives). */
const COORDINATION_CHARTS = coordination.body.match(/^::chart\{/gm)!.length;
for (const width of [375, 1280]) {
  test(`charts coming into view do not move the page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/chapters/coordination/");
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const before = await height();
    const figures = page.locator("figure.chart");
    await expect(figures).toHaveCount(COORDINATION_CHARTS);
    for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
    expect(Math.abs((await height()) - before)).toBeLessThanOrEqual(2);
  });
}

test("the wide rendering shows on a desktop", async ({ page }) => {
  await page.goto("/charts/transport-status/");
  await expect(page.locator(".v-wide svg")).toBeVisible();
  await expect(page.locator(".v-narrow svg")).toBeHidden();
});

// check:site runs axe on every page as loaded; these are the states a reader makes.
for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violation with a tooltip open and the map filtered (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const id of ["transport-status", "regional-map"]) {
      await page.goto(`/charts/${id}/`);
      await page.locator("figure.chart svg.chart-svg").locator("visible=true").focus();
      await page.keyboard.press("ArrowRight");
      await expect(page.locator(".chart-tip")).toBeVisible();
      expect(await axeViolations(page), id).toEqual([]);
    }
    await page.locator("figure.chart input[type=checkbox]").first().uncheck();
    expect(await axeViolations(page), "map with a mode filtered out").toEqual([]);
  });
}
