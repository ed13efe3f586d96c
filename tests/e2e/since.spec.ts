import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHAPTER_PATHS } from "./site";

const read = <T>(name: string): T[] =>
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "data", `${name}.json`), "utf8")) as T[];
const items = [...read<{ id: string; name: string }>("transport"), ...read<{ id: string; name: string }>("projects")];
interface Milestone {
  id: string;
  subject: string;
  sources: { reliability: string; url: string }[];
}
const milestones = read<Milestone>("milestones");

test.describe("the since page, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("lists every transport and projects item of the article, each with its name", async ({ page }) => {
    await page.goto("/since/");
    expect(items.length).toBe(46);
    await expect(page.locator("section.since-item")).toHaveCount(items.length);
    for (const item of items) await expect(page.locator(`#item-${item.id} h3`), item.id).toHaveText(item.name);
  });

  test("an item with no later report says so; one with reports lists each, dated", async ({ page }) => {
    await page.goto("/since/");
    const without = items.filter((i) => !milestones.some((m) => m.subject === i.id));
    expect(without.length).toBe(30);
    for (const item of without) {
      await expect(page.locator(`#item-${item.id} .states`), item.id).toContainText("未查到此后报道");
      await expect(page.locator(`#item-${item.id} .milestones`)).toHaveCount(0);
    }
    const zhengwan = page.locator("#item-zhengwan-hsr");
    await expect(zhengwan.locator(".milestones > li")).toHaveCount(3);
    await expect(zhengwan.locator(".states")).toContainText("最新阶段：建成或开通（2022年6月20日）");
    await expect(zhengwan.locator(".states")).toContainText("“完成铺轨”（在建）");
    await expect(zhengwan.locator(".states a")).toHaveAttribute("href", /^\/chapters\/coordination\/#s-/);
  });

  test("a plan reads as a plan, with the date it was stated, never as the latest stage", async ({ page }) => {
    await page.goto("/since/");
    const plan = page.locator("#item-chengdawan-hsr .milestones > li.m-plan");
    await expect(plan).toHaveCount(1);
    await expect(plan.locator(".when")).toHaveText(/2025年2月13日\s*计划（当时提出，非事实）/);
    await expect(page.locator("#item-chengdawan-hsr .states")).toContainText("最新阶段：在建");
  });

  test("every source is linked; each repost says 转载, and no aggregator stands alone", async ({ page }) => {
    await page.goto("/since/");
    const shown = page.locator(".milestones .sources > li");
    const count = milestones.reduce((n, m) => n + m.sources.length, 0);
    await expect(shown).toHaveCount(count);
    // Each repost's URL, on as many lines as milestones cite it, each line saying 转载 once.
    const sources = milestones.flatMap((m) => m.sources);
    const copies = [...new Set(sources.filter((s) => s.reliability === "Copy").map((s) => s.url))];
    expect(copies).toHaveLength(15);
    for (const url of copies) {
      const lines = shown.filter({ has: page.locator(`a[href="${url}"]`) });
      const times = sources.filter((s) => s.url === url).length;
      await expect(lines.locator(".rel"), url).toHaveText(Array<RegExp>(times).fill(/转载/));
    }
    expect(milestones).toHaveLength(38);
    for (const m of milestones)
      expect(
        m.sources.some((s) => s.reliability !== "Agg"),
        m.id,
      ).toBe(true);
  });

  test("is linked from the cover, every chapter's navigation, and the note after the article's transport part", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("region", { name: "目录" }).locator('a[href="/since/"]')).toHaveCount(1);
    for (const path of CHAPTER_PATHS) {
      await page.goto(path);
      await expect(
        page.getByRole("navigation", { name: "上一章与下一章" }).locator('a[href="/since/"]'),
        path,
      ).toHaveCount(1);
    }
    await page.goto("/chapters/coordination/");
    const note = page.getByRole("complementary", { name: "本站注" });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText("本站注（非原文）");
    await expect(note.locator('a[href="/since/"]')).toHaveCount(1);
    // The note follows the article's infrastructure part: after the transport chart, before 协同招商.
    const order = await page.evaluate(() => {
      const at = (el: Element | null) => (el ? [...document.querySelectorAll("*")].indexOf(el) : -1);
      const heading = [...document.querySelectorAll("h2")].find((h) => h.textContent?.includes("协同招商"));
      return [
        at(document.querySelector("#chart-transport-status")),
        at(document.querySelector(".since-note")),
        at(heading ?? null),
      ];
    });
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(order[2]).toBeGreaterThan(order[1]!);
  });
});

test("every chart that shows stages links to the since page, on its page and in its embed; others do not", async ({
  page,
}) => {
  for (const id of ["transport-status", "regional-map"]) {
    await page.goto(`/charts/${id}/`);
    await expect(page.locator(`#chart-${id} .chart-since a`), id).toHaveAttribute("href", "/since/");
    await page.goto(`/embed/${id}/`);
    await expect(page.locator(".chart-since a"), id).toHaveAttribute("href", /^https?:\/\/[^/]+\/since\/$/);
  }
  await page.goto("/charts/gdp-growth/");
  await expect(page.locator(".chart-since")).toHaveCount(0);
});
