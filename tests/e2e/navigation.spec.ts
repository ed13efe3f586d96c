import { expect, test } from "@playwright/test";
import { CHAPTER_PATHS } from "./site";

test("the contents lead into the first chapter, and next/prev walk the whole story @phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "目录" }).getByRole("link").first().click();
  await expect(page).toHaveURL(CHAPTER_PATHS[0]!);

  for (const path of CHAPTER_PATHS.slice(1)) {
    await page.getByRole("link", { name: /下一章/ }).click();
    await expect(page).toHaveURL(path);
  }
  await expect(page.getByRole("link", { name: /下一章/ })).toHaveCount(0);

  for (const path of CHAPTER_PATHS.slice(0, -1).reverse()) {
    await page.getByRole("link", { name: /上一章/ }).click();
    await expect(page).toHaveURL(path);
  }
  await page.getByRole("link", { name: /上一章/ }).click();
  await expect(page).toHaveURL("/");
});

test("section headings carry a self-link that lands on them", async ({ page }) => {
  await page.goto("/chapters/coordination/");
  const heading = page.getByRole("heading", { name: /基础设施加快完善/ });
  const anchor = heading.getByRole("link");
  await anchor.click();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#" + (await heading.getAttribute("id")));
  await expect(heading).toBeInViewport();
});

test("the main navigation marks the current page and works by keyboard", async ({ page }) => {
  await page.goto("/data/");
  await expect(page.getByRole("link", { name: "数据", exact: true })).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到正文" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
