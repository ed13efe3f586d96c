import { csvParse } from "d3-dsv";
import { expect, test } from "@playwright/test";
import { CHARTS, CHART_IDS } from "../../src/charts/index";
import type { ChartDefinition } from "../../src/charts/types";
import { readDatasets } from "../support/repo";

const records = readDatasets();

for (const id of CHART_IDS) {
  test(`${id}: social card tags (the chart's title and subtitle), oEmbed, and every download`, async ({
    page,
    request,
  }) => {
    await page.goto(`/charts/${id}/`);
    const meta = (name: string) =>
      page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute("content");
    const chart = CHARTS[id] as unknown as ChartDefinition<unknown>;
    expect(await meta("og:title")).toBe(chart.title.zh);
    expect(await meta("og:description")).toBe(chart.subtitle(chart.select(records), "zh"));
    expect(await meta("og:url")).toMatch(new RegExp(`^https?://[^/]+/charts/${id}/$`));
    const image = (await meta("og:image"))!;
    expect(image).toMatch(new RegExp(`^https?://[^/]+/charts/${id}/card\\.png$`));
    expect(await meta("twitter:card")).toBe("summary_large_image");

    const png = await (await request.get(new URL(image).pathname)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const oembedHref = (await page
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute("href"))!;
    const oembed = await (await request.get(new URL(oembedHref).pathname)).json();
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "平湖万州",
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(oembed.html).toContain(`/embed/${id}/`);
    expect(oembed.html).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
    expect(oembed.height).toBeGreaterThan(200);

    const chartPng = await (await request.get(`/charts/${id}/chart.png`)).body();
    expect(chartPng.subarray(1, 4).toString()).toBe("PNG");
    const svg = await (await request.get(`/charts/${id}/chart.svg`)).text();
    expect(svg).toContain("<svg");
    expect(svg).not.toContain("var(--");
    expect(svg).toContain("Noto Sans SC");
    const csv = await (await request.get(`/charts/${id}/data.csv`)).body();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await (await request.get(`/charts/${id}/data.json`)).json();
    expect(csvParse(csv.toString("utf8").slice(1))).toHaveLength(json.rows.length);
    expect(json.sources.length).toBeGreaterThan(0);
  });
}

test("the share panel: link, copy, Weibo, QR, and the embed snippet @phone", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/charts/transport-status/");
  const url = await page.locator("#share-url").inputValue();
  expect(url).toMatch(/\/charts\/transport-status\/$/);
  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.locator(".share-panel .copy-status")).toHaveText("已复制");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(page.getByRole("link", { name: "分享到微博" })).toHaveAttribute(
    "href",
    /^https:\/\/service\.weibo\.com\/share\/share\.php\?url=/,
  );
  await expect(page.getByRole("img", { name: /二维码/ })).toBeVisible();
  await expect(page.locator("textarea.snippet")).toHaveValue(/<iframe src="[^"]+\/embed\/transport-status\/"/);
});

test("without the Clipboard API the copy button selects the text instead", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  await page.goto("/charts/gdp-growth/");
  await page.getByRole("button", { name: "复制嵌入代码" }).click();
  const selected = await page.evaluate(() => {
    const t = document.querySelector("textarea.snippet") as HTMLTextAreaElement;
    return t.value.slice(t.selectionStart, t.selectionEnd);
  });
  expect(selected).toContain("<iframe");
});
