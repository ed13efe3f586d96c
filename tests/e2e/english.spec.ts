// The English edition (/en/): every Chinese page has its English counterpart and back, English pages
// carry no Chinese but names given with their translation (marked lang="zh-CN"), and every English
// chapter links each of its sentences to the Chinese sentence it renders.
import { expect, test } from "@playwright/test";
import { readChapters } from "../support/repo";
import { builtPages } from "./site";
import { sentencesOf } from "../../src/lib/text/sentences";

const pages = builtPages();
const chinese = pages.filter((p) => !p.startsWith("/en/"));
const english = pages.filter((p) => p.startsWith("/en/"));

test("every Chinese page has its English counterpart at /en/ and every English page its Chinese", () => {
  expect(chinese.length).toBeGreaterThan(20);
  expect(english.sort()).toEqual(chinese.map((p) => `/en${p}`).sort());
});

test("each page names its counterpart (hreflang both ways, x-default Chinese) and its switch goes there", async ({
  page,
}) => {
  expect(pages.length).toBe(chinese.length * 2);
  for (const path of ["/", "/en/", "/chapters/coordination/", "/en/chapters/coordination/", "/en/about/"]) {
    await page.goto(path);
    const other = path.startsWith("/en/") ? path.slice(3) : `/en${path}`;
    const zh = path.startsWith("/en/") ? other : path;
    const alternate = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
    await expect(alternate("zh-CN"), path).toHaveAttribute("href", new RegExp(`${zh.replace(/\//g, "\\/")}$`));
    await expect(alternate("en"), path).toHaveAttribute("href", new RegExp(`/en${zh.replace(/\//g, "\\/")}$`));
    await expect(alternate("x-default"), path).toHaveAttribute("href", new RegExp(`${zh.replace(/\//g, "\\/")}$`));
    await expect(page.locator("a.lang-switch"), path).toHaveAttribute("href", other);
  }
});

test("English pages are lang=en and hold Chinese only inside lang=zh-CN elements", async ({ page }) => {
  expect(english.length).toBeGreaterThan(20);
  for (const path of english) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
    // Text nodes with a CJK character whose nearest element with a lang attribute is not zh-CN.
    const stray = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(node.textContent ?? "")) continue;
        if (node.parentElement?.closest("script, style")) continue;
        if (node.parentElement?.closest("[lang]")?.getAttribute("lang") !== "zh-CN")
          found.push(node.textContent!.trim());
      }
      return found;
    });
    expect(stray, path).toEqual([]);
  }
});

test("every English chapter links each Chinese sentence, in order, to its highlighted original", async ({ page }) => {
  const chapters = readChapters();
  expect(chapters).toHaveLength(5);
  for (const chapter of chapters) {
    const slugPath = chapter.slug === "lead" ? "/" : `/chapters/${chapter.slug}/`;
    await page.goto(`/en${slugPath}`);
    const ids = sentencesOf(chapter.body).map((s) => s.id);
    const links = page.locator("span.s > a.orig");
    await expect(links, chapter.slug).toHaveCount(ids.length);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
      ids.map((id) => `${slugPath}#${id}`),
    );
  }
  await page.goto("/en/chapters/coordination/");
  const first = page.locator("span.s > a.orig").first();
  const href = (await first.getAttribute("href"))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, "\\$&")}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator(`span.s${href.slice(href.indexOf("#"))}`)).toBeVisible();
});
