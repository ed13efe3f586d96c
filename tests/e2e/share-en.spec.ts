// The English chart pages (/en/charts/…): the gallery, each chart's page with its social card tags,
// oEmbed and downloads, all in English and all linking within /en/ (share.spec.ts is the Chinese).
import { csvParse } from "d3-dsv";
import { expect, test } from "@playwright/test";
import { CHARTS, CHART_IDS } from "../../src/charts/index";
import type { ChartDefinition } from "../../src/charts/types";
import { readDatasets } from "../support/repo";

const records = readDatasets();
const CJK = /[\u3400-\u9fff]/u;

test("the English gallery lists every chart, linking to each chart's English page", async ({ page }) => {
  await page.goto("/en/charts/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Charts");
  await expect(page.locator(".toc a")).toHaveCount(CHART_IDS.length);
  for (const id of CHART_IDS)
    await expect(page.locator(`#chart-${id} .chart-menu a`).first()).toHaveAttribute("href", `/en/charts/${id}/`);
});

for (const id of CHART_IDS) {
  test(`${id} in English: card tags, the English oEmbed, every download, links within /en/`, async ({
    page,
    request,
  }) => {
    await page.goto(`/en/charts/${id}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const meta = (name: string) =>
      page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute("content");
    const chart = CHARTS[id] as unknown as ChartDefinition<unknown>;
    expect(await meta("og:title")).toBe(chart.title.en);
    expect(await meta("og:description")).toBe(chart.subtitle(chart.select(records), "en"));
    expect(await meta("og:url")).toMatch(new RegExp(`^https?://[^/]+/en/charts/${id}/$`));
    const image = (await meta("og:image"))!;
    expect(image).toMatch(new RegExp(`^https?://[^/]+/en/charts/${id}/card\\.png$`));
    const png = await (await request.get(new URL(image).pathname)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    // Every link of the page's own stays in the English edition, but those to the Chinese page (hreflang).
    const hrefs = await page
      .locator("a[href^='/']:not([hreflang='zh-CN'])")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.filter((h) => !h.startsWith("/en/"))).toEqual([]);
    // The page's own words (the chart's words, state names among them, come from its definition).
    const own = ".crumbs > a, .share-panel :is(h2, h3, label, button, .downloads, figcaption), .embed-panel :is(h2, p)";
    for (const text of await page.locator(`${own}, .permalink, .in-story`).allInnerTexts())
      expect(text).not.toMatch(CJK);

    const oembedHref = (await page
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute("href"))!;
    expect(oembedHref).toMatch(new RegExp(`/en/oembed/${id}\\.json$`));
    const oembed = await (await request.get(new URL(oembedHref).pathname)).json();
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      title: chart.title.en,
      provider_name: "Pinghu Wanzhou",
    });
    expect(oembed.provider_url).toMatch(/\/en\/$/);
    expect(oembed.thumbnail_url).toMatch(new RegExp(`/en/charts/${id}/card\\.png$`));
    expect(oembed.html).toContain(`/en/embed/${id}/`);
    expect(oembed.html).toMatch(/<iframe [^>]*title="[^"]+ \(Pinghu Wanzhou\)"[^>]*loading="lazy"/);

    const svg = await (await request.get(`/en/charts/${id}/chart.svg`)).text();
    expect(svg).toContain(`<!-- ${chart.title.en} — Pinghu Wanzhou -->`);
    expect((await (await request.get(`/en/charts/${id}/chart.png`)).body()).subarray(1, 4).toString()).toBe("PNG");
    const csv = await (await request.get(`/en/charts/${id}/data.csv`)).body();
    const json = await (await request.get(`/en/charts/${id}/data.json`)).json();
    expect(json.title).toBe(chart.title.en);
    expect(json.url).toMatch(new RegExp(`/en/charts/${id}/$`));
    const rows = csvParse(csv.toString("utf8").slice(1));
    expect(rows).toHaveLength(json.rows.length);
    expect(rows.columns).toEqual(json.columns.map((c: { label: string }) => c.label));
    for (const source of json.sources) {
      if (source.kind === "article") expect(source.url).toMatch(/\/en\/(chapters\/[^/]+\/)?#s-/);
      // Chinese only as a name after its English, in parentheses.
      expect((source.quote ?? "").replace(/\([^)]*\)/g, "")).not.toMatch(CJK);
      expect(source.note).toBeUndefined();
    }
  });
}

test("the English share panel and embed code @phone", async ({ page }) => {
  await page.goto("/en/charts/transport-status/");
  expect(await page.locator("#share-url").inputValue()).toMatch(/\/en\/charts\/transport-status\/$/);
  await expect(page.getByRole("button", { name: "Copy link" })).toBeAttached();
  await expect(page.getByRole("link", { name: "Share on Weibo" })).toHaveAttribute("href", /en%2Fcharts/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expect(page.locator("textarea.snippet")).toHaveValue(/<iframe src="[^"]+\/en\/embed\/transport-status\/"/);
  await expect(page.getByRole("button", { name: "Copy embed code" })).toBeAttached();
});

test("a chart of several states offers each state's English files", async ({ page, request }) => {
  await page.goto("/en/charts/regional-map/");
  const files = await page
    .locator(".share-panel .states a[download]")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(files.length).toBeGreaterThan(3);
  for (const href of files) {
    expect(href).toMatch(/^\/en\/charts\/regional-map\//);
    expect((await request.get(href)).status()).toBe(200);
  }
  const picture = await (await request.get("/en/charts/regional-map/picture-wide-light.svg")).text();
  expect(picture).toContain("— Pinghu Wanzhou -->");
});
