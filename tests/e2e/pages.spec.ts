import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHART_IDS } from "../../src/charts/index";
import { builtPages, CHAPTER_PATHS } from "./site";

const pages = builtPages();
/**
 * The site's pages: the cover, each chapter, each chart's page and embed, the gallery, data, since,
 * about; and each of them again in English under /en/.
 */
const CHINESE_PAGES = [
  "/",
  ...CHAPTER_PATHS,
  "/charts/",
  ...CHART_IDS.map((id) => `/charts/${id}/`),
  ...CHART_IDS.map((id) => `/embed/${id}/`),
  "/data/",
  "/since/",
  "/about/",
];
const SITE_PAGES = [...CHINESE_PAGES, ...CHINESE_PAGES.map((p) => `/en${p}`)].sort();

test("the build made every page of the site, and no other", () => {
  expect(pages).toEqual(SITE_PAGES);
});

// Every page in Chromium at 375 and 1280 px, light and dark — console errors, off-site requests, axe,
// sideways scrolling — is npm run check:site's job (scripts/site/in-browser.mjs).
test("every page is in its language, has one h1 and names the site in its title", async ({ page }) => {
  // Two editions of some thirty pages each: time for every one of them, not the default 30 s for all.
  test.setTimeout(SITE_PAGES.length * 2_000);
  expect(pages).toHaveLength(SITE_PAGES.length);
  for (const path of pages) {
    const english = path.startsWith("/en/");
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", english ? "en" : "zh-CN");
    await expect(page.locator("h1"), path).toHaveCount(1);
    expect(await page.title(), path).toContain(english ? "Pinghu Wanzhou" : "平湖万州");
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the cover reads: headline, lead, key figures, contents", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("大江奔流千帆竞");
    await expect(page.locator("span.s", { hasText: "一江碧水映蓝天，两岸青山如画美。" })).toBeVisible();
    await expect(page.getByRole("region", { name: "关键数字" }).getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("region", { name: "目录" }).getByRole("list").getByRole("link")).toHaveCount(4);
  });

  test("a chapter reads in full, and a data table shows every figure", async ({ page }) => {
    await page.goto("/chapters/coordination/");
    await expect(page.locator("span.s", { hasText: "万州机场改扩建稳步推进" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "上一章与下一章" })).toBeVisible();
    await page.goto("/data/");
    await expect(page.getByRole("region", { name: "全部数字及出处" }).locator("tbody tr")).not.toHaveCount(0);
  });
});

test("dark mode follows the reader's preference", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).toBe("rgb(20, 22, 25)");
  expect(light).toBe("rgb(251, 250, 247)");
});

test("print drops the navigation and keeps the text", async ({ page }) => {
  await page.goto("/chapters/planning/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByText("号角吹响，大幕拉开。")).toBeVisible();
});

test("the corrections log on /about/ lists every entry of data/corrections.json, dated, newest first", async ({
  page,
}) => {
  const log = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "data", "corrections.json"), "utf8")) as {
    id: string;
    date: string;
    right: string;
  }[];
  expect(log.length).toBeGreaterThanOrEqual(5);
  await page.goto("/about/#corrections");
  const entries = page.locator("ol.corrections > li");
  await expect(entries).toHaveCount(log.length);
  for (const [i, entry] of log.entries()) {
    const item = entries.nth(i);
    await expect(item).toHaveAttribute("id", `correction-${entry.id}`);
    await expect(item.locator("time")).toHaveAttribute("datetime", entry.date);
    await expect(item.locator("dd").nth(1)).toHaveText(entry.right);
    expect(await item.locator("dd a").count()).toBeGreaterThan(0);
  }
});
