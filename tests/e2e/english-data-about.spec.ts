// /en/data/ and /en/about/: English headings and words, the same downloads as /data/, the translation notice,
// the glossary with its Chinese marked as Chinese, and the method, lists and corrections log in English.
import { expect, test } from "@playwright/test";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index";

const CJK = /[\u3400-\u9fff]/;

test("/en/data/: English headings, every dataset's English title, the same files as /data/ @phone", async ({
  page,
  request,
}) => {
  await page.goto("/en/data/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Data");
  await expect(page.locator("h2#figures")).toHaveText("Every figure and its source");
  const links = async () => page.locator(".downloads a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const english = await links();
  for (const name of DATASET_NAMES) {
    const section = page.locator(`section:has(h2#${name})`);
    await expect(section.locator("h2")).toContainText(DATASETS[name].en.title);
    await expect(section.getByRole("link", { name: /Download JSON/ })).toHaveAttribute("href", `/data/${name}.json`);
    await expect(section.getByRole("link", { name: /Download CSV/ })).toHaveAttribute("href", `/data/${name}.csv`);
    await expect(section.locator("summary")).toHaveText(/^Fields \(\d+ fields\)$/);
  }
  await page.goto("/data/");
  expect(english).toEqual(await links());
  // The same file, whichever edition links it: no English copy of the data.
  expect((await request.get("/en/data/economy.json")).status()).toBe(404);
});

test("/en/data/: field tables and the figures table in English; the article's writing kept, marked Chinese", async ({
  page,
}) => {
  await page.goto("/en/data/");
  const places = page.locator("section:has(h2#places)");
  await places.locator("summary").click();
  await expect(places.locator("table.fields th")).toHaveText(["Field", "Type", "Description"]);
  await expect(places.locator("tr:has(code:text-is('coordinates.lat')) td").last()).toHaveText(
    "Latitude (WGS84, degrees)",
  );
  const figures = page.locator("table.figures");
  await expect(figures.locator("th")).toHaveText([
    "Figure",
    "As the article writes it",
    "What it measures",
    "Record",
    "Source",
  ]);
  const written = figures.locator("td.as-written");
  expect(await written.count()).toBeGreaterThan(10);
  for (const lang of await written.evaluateAll((tds) => tds.map((td) => td.getAttribute("lang"))))
    expect(lang).toBe("zh-CN");
  await expect(figures.getByText(/^Inferred: /).first()).toBeVisible();
  const article = figures.getByRole("link", { name: "Article" }).first();
  await expect(article).toHaveAttribute("href", /^\/en\/chapters\/[a-z-]+\/#s-[0-9a-f]{8}$/);
});

test("/en/about/: the notice, the glossary, the method and the corrections log in English @phone", async ({ page }) => {
  await page.goto("/en/about/");
  await expect(page.locator("h1")).toHaveText("About this site");
  await expect(page.locator("h2")).toHaveText([
    "The article",
    "The English edition",
    "Glossary",
    "Provenance rules",
    "Stages of the transport projects",
    "Sources outside the article",
    "The site's readings",
    "Sharing and embedding",
    "Licences and credits",
    "Corrections",
  ]);
  await expect(page.locator("#translation + p")).toContainText("the Chinese article prevails");
  const terms = page.locator(".glossary dt [lang='zh-CN']");
  expect(await terms.count()).toBeGreaterThan(10);
  expect(await terms.first().textContent()).toMatch(CJK);
  // Each of the article's status words is quoted in Chinese, marked so, with its English.
  const words = page.locator("#stages ~ .table-scroll tbody tr td:first-child");
  expect(await words.count()).toBeGreaterThan(10);
  await expect(words.first().locator("span[lang='zh-CN']")).toHaveText(/^“.+”$/);
  await expect(words.first()).toHaveText(/^“.+” \([a-z].+\)$/);
  await expect(page.locator("#inferences + p + ul li strong").first()).not.toHaveText(CJK);
  const log = page.locator("ol.corrections > li");
  expect(await log.count()).toBeGreaterThanOrEqual(20);
  await expect(log.first().locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(log.first().locator("dt")).toHaveText(["Error", "Correction", "Pages"]);
  for (const href of await log.locator("dd a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
    expect(href).toMatch(/^\/en\//);
});
