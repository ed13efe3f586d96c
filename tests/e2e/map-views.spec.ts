import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";

// The map's two states (issue #14 item 4): the article's (2021) and the latest sources', both in the
// HTML, switched by the URL's hash with CSS alone; the script only keeps focus and scroll in place.

const map = "figure#chart-regional-map";
const THEN = "原文（2021年）";
const AS_OF = /截至\d{4}年\d{1,2}月/;
const visible = (page: Page, selector: string) => page.locator(`${map} ${selector}`).locator("visible=true");
/** The switch as the reader sees it: the copy in the shown state. */
const switchLink = (page: Page, name: string | RegExp) => visible(page, ".view-switch").getByRole("link", { name });

/** A drawn link the milestones say nothing about: it must read 未查到此后报道, never its 2021 stage. */
function itemWithoutMilestones(): string {
  const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "data", name), "utf8"));
  const subjects = new Set((read("milestones.json") as { subject: string }[]).map((m) => m.subject));
  const item = (read("transport.json") as { id: string; name: string; kind: string }[]).find(
    (t) => t.kind === "link" && !subjects.has(t.id) && t.name === "万开快速路",
  );
  if (!item) throw new Error("万开快速路 has later milestones now: pick another item without any");
  return item.name;
}

async function expectArticleState(page: Page) {
  await expect(visible(page, ".chart-subtitle")).toContainText("阶段为原文所述（2021年）");
  await expect(visible(page, ".chart-legend .group").first()).toContainText(/原文所述.*2021年/);
  await expect(switchLink(page, THEN)).toHaveAttribute("aria-current", "true");
  await expect(switchLink(page, AS_OF)).not.toHaveAttribute("aria-current", "true");
  await expect(visible(page, "svg.map .mark[data-tip*='原文“']").first()).toBeAttached();
}

async function expectLatestState(page: Page) {
  const label = (await switchLink(page, AS_OF).textContent())!;
  const asOf = label.match(AS_OF)![0];
  expect(label).toBe(`最新（${asOf}）`);
  await expect(visible(page, ".chart-subtitle")).toHaveText(new RegExp(`^${asOf}`));
  await expect(visible(page, ".chart-legend .group").first()).toContainText(`阶段（线型，${asOf}）`);
  await expect(visible(page, ".chart-legend")).toContainText("未查到此后报道");
  await expect(switchLink(page, AS_OF)).toHaveAttribute("aria-current", "true");
  await expect(switchLink(page, THEN)).not.toHaveAttribute("aria-current", "true");
  // Exactly one state's subtitle and one map drawing are shown.
  await expect(visible(page, ".chart-subtitle")).toHaveCount(1);
  await expect(visible(page, "svg.map")).toHaveCount(1);
}

test("the chart page opens in the article's state and switches to the latest and back", async ({ page }) => {
  await page.goto("/charts/regional-map/");
  await expectArticleState(page);
  await switchLink(page, AS_OF).click();
  await expect(page).toHaveURL(/#latest$/);
  await expectLatestState(page);
  await switchLink(page, THEN).click();
  await expectArticleState(page);
});

test("by keyboard: Enter on the switch changes the state and keeps focus on the switch", async ({ page }) => {
  await page.goto("/charts/regional-map/");
  await switchLink(page, AS_OF).focus();
  await page.keyboard.press("Enter");
  await expectLatestState(page);
  await expect(switchLink(page, AS_OF)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(switchLink(page, THEN)).toBeFocused();
  await page.keyboard.press("Enter");
  await expectArticleState(page);
  await expect(switchLink(page, THEN)).toBeFocused();
});

test("the latest state: an item with no later report reads 未查到此后报道, drawn neutral, never its 2021 stage", async ({
  page,
}) => {
  const name = itemWithoutMilestones();
  await page.goto("/charts/regional-map/#latest");
  const mark = visible(page, `svg.map .mark[data-tip^="${name}："]`).first();
  await expect(mark).toHaveAttribute("data-tip", `${name}：未查到此后报道`);
  await expect(mark.locator(".mark-shape")).toHaveAttribute("stroke", "var(--map-unknown)");
  const row = visible(page, ".chart-table tr").filter({ hasText: name });
  await expect(row.locator("td").nth(2)).toHaveText("未查到此后报道");
  await expect(visible(page, ".chart-desc")).toContainText(`${name}（未查到此后报道）`);
  // A record with a later stage gives its date and publisher.
  await expect(visible(page, "svg.map .mark[data-tip^='郑万高铁重庆段：']").first()).toHaveAttribute(
    "data-tip",
    /建成或开通，\d{4}年\d{1,2}月\d{1,2}日（.+）/,
  );
  // The article's state keeps the article's words for the same record.
  await page.goto("/charts/regional-map/");
  await expect(visible(page, `svg.map .mark[data-tip^="${name}："]`).first()).toHaveAttribute("data-tip", /原文“/);
});

test("the embed panel offers both states, and the share panel each state's card", async ({ page }) => {
  await page.goto("/charts/regional-map/");
  const snippets = page.locator("#embed textarea");
  await expect(snippets).toHaveCount(2);
  await expect(snippets.nth(0)).toHaveValue(/src="[^"]*\/embed\/regional-map\/"/);
  await expect(snippets.nth(1)).toHaveValue(/src="[^"]*\/embed\/regional-map\/#latest"/);
  const card = page.locator(".share-panel a[href$='/charts/regional-map/card-latest.png']");
  await expect(card).toHaveCount(1);
  const response = await page.request.get((await card.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toContain("image/png");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ["/charts/regional-map/#latest", "/embed/regional-map/#latest"])
    test(`${path} opens in the latest state, and the switch goes back (CSS :target) @phone`, async ({ page }) => {
      await page.goto(path);
      await expectLatestState(page);
      await switchLink(page, THEN).click();
      await expectArticleState(page);
      await switchLink(page, AS_OF).click();
      await expectLatestState(page);
    });

  test("with no hash the chart page shows the article's state; the keyboard switches it @phone", async ({ page }) => {
    await page.goto("/charts/regional-map/");
    await expectArticleState(page);
    await switchLink(page, AS_OF).focus();
    await page.keyboard.press("Enter");
    await expectLatestState(page);
  });

  // The cover and the chapter tell the article's story and paint in one round trip: they show the
  // article's state only (the cover as a picture), and a link to it opens the latest on the chart page.
  for (const [path, drawings] of [
    ["/", 0],
    ["/chapters/coordination/", 2], // the phone and the wide drawing
  ] as const)
    test(`${path} shows the article's state only and links to the latest on the chart page`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(`${map} svg.map`)).toHaveCount(drawings);
      await expect(visible(page, ".chart-subtitle")).toContainText("阶段为原文所述（2021年）");
      await page.locator(`${map} .chart-elsewhere a`).click();
      await expect(page).toHaveURL(/\/charts\/regional-map\/#latest$/);
      await expectLatestState(page);
    });

  test("/chapters/coordination/#latest, published when the chapter drew both states, lands on that link", async ({
    page,
  }) => {
    await page.goto("/chapters/coordination/#latest");
    const link = page.locator(`${map} .chart-elsewhere a`);
    await expect(link).toBeInViewport();
    await expect(link).toHaveAttribute("href", "/charts/regional-map/#latest");
  });
});
