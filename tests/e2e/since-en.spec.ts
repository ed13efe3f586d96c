// /en/since/: the since page in English, keeping the Chinese page's rules (SINCE.md) word for word in English:
// plans as plans, "no later report found" never as unchanged, every item dated and sourced, links in /en/.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHAPTER_PATHS } from "./site";

const read = <T>(name: string): T[] =>
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "data", `${name}.json`), "utf8")) as T[];
type Item = { id: string; nameEn: string };
const items = [...read<Item>("transport"), ...read<Item>("projects")];
interface Milestone {
  id: string;
  subject: string;
  sources: { reliability: string; url: string }[];
}
const milestones = read<Milestone>("milestones");
const HAN = /\p{Script=Han}/u;

test.describe("the English since page, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("lists every item under the Chinese page's anchors, each with its English name @phone", async ({ page }) => {
    await page.goto("/since/");
    const ids = async () => page.locator("section.since-item").evaluateAll((s) => s.map((e) => e.id));
    const groups = async () => page.locator("section > h2").evaluateAll((s) => s.map((e) => e.id));
    const [zhIds, zhGroups] = [await ids(), await groups()];
    await page.goto("/en/since/");
    await expect(page.locator("h1")).toHaveText("Since then");
    expect(await ids()).toEqual(zhIds);
    expect(await groups()).toEqual(zhGroups);
    for (const item of items) await expect(page.locator(`#item-${item.id} h3`), item.id).toHaveText(item.nameEn);
  });

  test("an item with no later report says so; one with reports lists each, dated, in English", async ({ page }) => {
    await page.goto("/en/since/");
    const without = items.filter((i) => !milestones.some((m) => m.subject === i.id));
    expect(without.length).toBe(30);
    for (const item of without) {
      await expect(page.locator(`#item-${item.id} .states`), item.id).toContainText("No later report found");
      await expect(page.locator(`#item-${item.id} .milestones`)).toHaveCount(0);
    }
    const zhengwan = page.locator("#item-zhengwan-hsr");
    await expect(zhengwan.locator(".milestones > li")).toHaveCount(3);
    await expect(zhengwan.locator(".states")).toContainText("The article (2021)");
    await expect(zhengwan.locator(".states")).toContainText("Latest stage: Completed or opened (20 June 2022)");
    await expect(zhengwan.locator(".states")).toContainText("“track laying completed” (Under construction)");
    await expect(zhengwan.locator(".states a")).toHaveAttribute("href", /^\/en\/chapters\/coordination\/#s-/);
  });

  test("a plan reads as a plan, with the date it was stated, never as the latest stage", async ({ page }) => {
    await page.goto("/en/since/");
    const plan = page.locator("#item-chengdawan-hsr .milestones > li.m-plan");
    await expect(plan).toHaveCount(1);
    await expect(plan.locator(".when")).toHaveText(/13 February 2025\s*Plan \(stated at the time, not a fact\)/);
    await expect(page.locator("#item-chengdawan-hsr .states")).toContainText("Latest stage: Under construction");
  });

  test("every source is linked; each repost says so; Chinese only as marked names", async ({ page }) => {
    await page.goto("/en/since/");
    const shown = page.locator(".milestones .sources > li");
    await expect(shown).toHaveCount(milestones.reduce((n, m) => n + m.sources.length, 0));
    const sources = milestones.flatMap((m) => m.sources);
    for (const url of new Set(sources.filter((s) => s.reliability === "Copy").map((s) => s.url))) {
      const times = sources.filter((s) => s.url === url).length;
      const lines = shown.filter({ has: page.locator(`a[href="${url}"]`) });
      await expect(lines.locator(".rel"), url).toHaveText(Array<RegExp>(times).fill(/repost/));
    }
    // Every Chinese character sits in an element marked zh-CN, inside parentheses after its English.
    const unmarked = await page.locator(".since").evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (
          /\p{Script=Han}/u.test(n.textContent ?? "") &&
          !n.parentElement?.closest("script, style") &&
          n.parentElement?.closest("[lang]")?.getAttribute("lang") !== "zh-CN"
        )
          out.push(n.textContent!);
      return out;
    });
    expect(unmarked).toEqual([]);
    const marked = await page.locator('.since [lang="zh-CN"]').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text, text).toMatch(HAN);
  });

  test("every link inside the site stays in /en/, data files aside", async ({ page }) => {
    await page.goto("/en/since/");
    const hrefs = await page.locator(".since a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/(en\/|data\/milestones\.(json|csv)$)/);
  });

  test("is linked from the English cover, every chapter's navigation and the note after the transport part", async ({
    page,
  }) => {
    await page.goto("/en/");
    await expect(page.locator('a[href="/en/since/"]').first()).toBeVisible();
    for (const path of CHAPTER_PATHS) {
      await page.goto(`/en${path}`);
      const nav = page.getByRole("navigation", { name: "Previous and next chapter" }).locator('a[href="/en/since/"]');
      await expect(nav, path).toHaveCount(1);
      await expect(nav, path).toContainText("Since then: what has happened to the projects after the autumn of 2021");
    }
    await page.goto("/en/chapters/coordination/");
    await expect(
      page.getByRole("complementary", { name: "The site's note" }).locator('a[href="/en/since/"]'),
    ).toHaveCount(1);
  });
});

test("a Chinese extract of a page is given in the site's English, with the page's Chinese after it @phone", async ({
  page,
}) => {
  type Page = { quote: string; quoteEn?: string };
  const pages = read<{ id: string; sources: Page[] }>("milestones").flatMap((m) =>
    m.sources.map((s, i) => ({ id: m.id, i, ...s })),
  );
  const chinese = pages.filter((p) => HAN.test(p.quote));
  expect(chinese.length).toBeGreaterThan(30);
  await page.goto("/en/since/");
  const shown = await page.locator(".sources > li").evaluateAll((lis) =>
    lis.map((li) => ({
      english: li.querySelector(":scope > q")?.textContent ?? "",
      original: li.querySelector(".page-words q[lang='zh-CN']")?.textContent ?? "",
    })),
  );
  for (const p of chinese) {
    expect(shown, p.id).toContainEqual({ english: p.quoteEn, original: p.quote });
  }
});
