import { expect, test, type Page } from "@playwright/test";
import { MODE_LABELS, MODES } from "../../src/schemas/transport";
import { mapMarks } from "./site";

const map = "figure#chart-regional-map";
/** The map's marks by mode (a line a leg, a ring a facility), and the filter's modes: those drawn. */
const marks = (({ legs, rings }) => [...legs, ...rings])(mapMarks());
const MODES_DRAWN = MODES.filter((m) => marks.includes(m));
/** The map's rendering the page shows: the phone map in a narrow container, the desktop map in a wide one. */
const shown = (page: Page) => page.locator(`${map} svg.map`).locator("visible=true");

test("the map is drawn in the infrastructure chapter and on its own page, and pictured on the cover", async ({
  page,
}) => {
  for (const path of ["/chapters/coordination/", "/charts/regional-map/"]) {
    await page.goto(path);
    await expect(shown(page)).toBeVisible();
  }
  await page.goto("/");
  await expect(page.locator(`${map} svg.map`)).toHaveCount(0);
  await expect(page.locator(`${map} .chart-picture img`)).toBeVisible();
});

test("filtering by mode hides and shows that mode's links, by mouse and keyboard", async ({ page }) => {
  await page.goto("/charts/regional-map/");
  const road = shown(page).locator(`.link[data-mode="road"]`);
  const count = marks.filter((m) => m === "road").length;
  expect(count).toBeGreaterThan(1);
  await expect(road).toHaveCount(count);
  await expect(road.first()).toBeVisible();
  const box = page.getByRole("checkbox", { name: "公路" });
  await box.click();
  await expect(box).not.toBeChecked();
  for (let i = 0; i < count; i++) await expect(road.nth(i)).toBeHidden();
  await expect(shown(page).locator(`.link[data-mode="rail"]`).first()).toBeVisible();
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  await expect(road.first()).toBeVisible();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("the map draws with every mode shown, and the filter still works (CSS only) @phone", async ({ page }) => {
    await page.goto("/chapters/coordination/");
    await expect(shown(page)).toBeVisible();
    const boxes = page.locator(`${map} input[type=checkbox]`);
    await expect(boxes).toHaveCount(MODES_DRAWN.length);
    for (const box of await boxes.all()) await expect(box).toBeChecked();
    await page.getByRole("checkbox", { name: "航空" }).click();
    await expect(shown(page).locator(`.link[data-mode="air"]`).first()).toBeHidden();
  });
});

test("tooltip by mouse on a link, and by keyboard through the map's marks", async ({ page }) => {
  await page.goto("/charts/regional-map/");
  // Hover the middle of a road link's line (its ends sit under place markers).
  const line = shown(page).locator(`.link[data-mode="road"] path.mark-shape`).first();
  const middle = await line.evaluate((path: SVGPathElement) => {
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.move(middle.x, middle.y);
  const tip = page.locator(`${map} .chart-tip`);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("原文“");
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  const svg = shown(page);
  await svg.focus();
  await page.keyboard.press("ArrowRight");
  await expect(tip).toHaveText((await svg.locator(".mark").first().getAttribute("data-tip"))!);
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
});

test.describe("on a phone", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
  test("a tap near a place shows it; each mode's legend control is 44 px tall @phone", async ({ page }) => {
    await page.goto("/charts/regional-map/");
    const yunyang = shown(page).locator(`.mark[data-tip^="云阳县"]`);
    const box = (await yunyang.locator(".mark-shape").boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2 + 10, box.y + box.height / 2);
    await expect(page.locator(`${map} .chart-tip`)).toContainText("云阳");
    const labels = page.locator(`${map} .chart-legend label`);
    await expect(labels).toHaveText(MODES_DRAWN.map((m) => MODE_LABELS.zh[m]));
    for (const label of await labels.all()) {
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
  });
});

test("the stages say they are the article's, of 2021: map, transport-status and their embeds", async ({ page }) => {
  for (const path of [
    "/charts/regional-map/",
    "/embed/regional-map/",
    "/charts/transport-status/",
    "/embed/transport-status/",
  ]) {
    await page.goto(path);
    await expect(page.locator(".chart-subtitle").first(), path).toContainText("阶段为原文所述（2021年）");
  }
});

test.describe("the cover's map picture", () => {
  for (const [width, scheme, variant] of [
    [375, "light", "narrow-light"],
    [375, "dark", "narrow-dark"],
    [1280, "light", "wide-light"],
    [1280, "dark", "wide-dark"],
  ] as const)
    test(`at ${width} px in ${scheme} colours it is picture-${variant}.svg, drawn`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      const img = page.locator(`${map} .chart-picture img`);
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((i: HTMLImageElement) => (i.complete ? i.currentSrc : "")))
        .toMatch(new RegExp(`/charts/regional-map/picture-${variant}\\.svg$`));
      expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(width === 375 ? 360 : 620);
    });

  test("is lazy, described by the map's words, and opens the interactive chart page", async ({ page }) => {
    await page.goto("/");
    const img = page.locator(`${map} .chart-picture img`);
    await expect(img).toHaveAttribute("loading", "lazy");
    await expect(img).toHaveAttribute("alt", "万达开与渝东北：文中的交通连线（图片；点开看可交互的图）");
    const description = page.locator(`#${await img.getAttribute("aria-describedby")}`);
    await expect(description).toHaveText(/^地图：万达开川渝统筹发展示范区/);
    await expect(page.locator(`${map} .chart-picture .hint`)).toHaveText("点图打开可交互的图表页");
    await page.locator(`${map} .chart-picture`).click();
    await expect(page).toHaveURL(/\/charts\/regional-map\/$/);
    await expect(shown(page)).toBeVisible();
  });
});
