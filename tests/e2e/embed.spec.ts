// A news page on another origin embeds three charts with the snippet an editor copies from the chart
// pages, and the loader sizes them. The embeds come from the preview server; the host page from a
// small server of the test's own on another loopback port: another origin, as on a real news site.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

let hostHtml = "";
let server: Server;
let HOST = "";

test.beforeAll(async () => {
  server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(hostHtml);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  HOST = `http://localhost:${(server.address() as AddressInfo).port}/article.html`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const CHARTS = ["gdp-growth", "transport-status", "regional-map"];

async function snippets(page: Page, baseURL: string): Promise<string[]> {
  const out: string[] = [];
  for (const id of CHARTS) {
    const html = await (await page.request.get(`/charts/${id}/`)).text();
    const textarea = /<textarea[^>]*class="[^"]*\bsnippet\b[^"]*"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!;
    const snippet = textarea
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    // The snippet names the public site; here the embeds come from the preview server.
    out.push(snippet.replace(/https:\/\/[^/"]+/g, baseURL.replace(/\/$/, "")));
  }
  return out;
}

async function hostPage(page: Page, baseURL: string, options: { css?: string; blockLoader?: boolean } = {}) {
  const body = (await snippets(page, baseURL)).map((s, i) => `<h2>报道 ${i + 1}</h2><p>正文……</p>${s}`).join("\n");
  hostHtml = `<!doctype html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width"><style>body{margin:16px;font-family:sans-serif}${options.css ?? ""}</style></head><body>${body}<p>文末</p></body></html>`;
  if (options.blockLoader) await page.route("**/embed/loader.js", (route) => route.abort());
  await page.goto(HOST);
}

/** Each iframe's height and its content's height, after scrolling it into view (they load lazily). */
async function heights(page: Page) {
  const out: { frame: number; content: number; scroll: number; client: number }[] = [];
  for (const iframe of await page.locator('iframe[src*="/embed/"]').all()) {
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.locator("#embed svg.chart-svg").first().waitFor({ state: "attached" });
    const content = await frame.evaluate(() =>
      Math.ceil(document.getElementById("embed")!.getBoundingClientRect().height),
    );
    const { scroll, client } = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    out.push({ frame: (await iframe.boundingBox())!.height, content, scroll, client });
  }
  return out;
}

async function expectSized(page: Page) {
  await expect
    .poll(
      async () =>
        (await heights(page)).map((h) =>
          Math.abs(h.frame - h.content) <= 2 && h.scroll <= h.client + 1 ? "ok" : JSON.stringify(h),
        ),
      { timeout: 15_000 },
    )
    .toEqual(CHARTS.map(() => "ok"));
}

test.describe("embeds in a news page on another origin", () => {
  test("size themselves at 1280 px and at 375 px, shrinking and growing with the page", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await hostPage(page, baseURL!);
    await expectSized(page);
    const wide = (await heights(page)).map((h) => h.frame);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectSized(page);
    const narrow = (await heights(page)).map((h) => h.frame);
    expect(narrow.some((h, i) => h > wide[i]!)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectSized(page);
    expect((await heights(page)).map((h) => h.frame)).toEqual(wide);
  });

  test("a host's iframe { height: 100% } does not override the size", async ({ page, baseURL }) => {
    await hostPage(page, baseURL!, { css: "html,body{height:100%} iframe{height:100%}" });
    await expectSized(page);
  });

  test("forged messages from another window are ignored", async ({ page, baseURL }) => {
    await hostPage(page, baseURL!);
    await expectSized(page);
    const before = (await heights(page)).map((h) => h.frame);
    await page.evaluate(() => {
      window.postMessage({ type: "pinghu-wanzhou:embed-size", chart: "gdp-growth", height: 5000 }, "*");
      const forged = document.createElement("iframe");
      forged.srcdoc = `<script>parent.postMessage({ type: "pinghu-wanzhou:embed-size", chart: "gdp-growth", height: 4000 }, "*")<\/script>`;
      document.body.append(forged);
    });
    await page.waitForTimeout(500);
    expect((await heights(page)).map((h) => h.frame)).toEqual(before);
  });

  test("with the loader blocked, the default height shows the whole chart at 375 px @phone", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await hostPage(page, baseURL!, { blockLoader: true });
    for (const iframe of await page.locator('iframe[src*="/embed/"]').all()) {
      await iframe.scrollIntoViewIfNeeded();
      const frame = (await iframe.contentFrame())!;
      const svg = frame.locator("#embed svg.chart-svg").locator("visible=true").first();
      await svg.waitFor();
      const bottom = await svg.evaluate((el) => el.getBoundingClientRect().bottom);
      const sourceBottom = await frame
        .locator(".chart-foot")
        .locator("visible=true")
        .evaluate((el) => el.getBoundingClientRect().bottom);
      const frameHeight = Number(await iframe.getAttribute("height"));
      expect(bottom).toBeLessThanOrEqual(frameHeight);
      expect(sourceBottom).toBeLessThanOrEqual(frameHeight);
    }
  });

  test("the embed also speaks Datawrapper's, Pym.js's and AMP's resize messages", async ({ page, baseURL }) => {
    hostHtml = `<!doctype html><html><body><script>window.seen=[];addEventListener("message",e=>seen.push(e.data))</script><iframe src="${baseURL}/embed/gdp-growth/?childId=c1" width="100%" height="400"></iframe></body></html>`;
    await page.goto(HOST);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(4);
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen).toContainEqual({ "datawrapper-height": { "gdp-growth": expect.any(Number) } });
    expect(seen).toContainEqual({ sentinel: "amp", type: "embed-size", height: expect.any(Number) });
    expect(seen.some((m) => typeof m === "string" && /^pymxPYMxc1xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
  });
});

test("the embed page: chart, source, credit, a link back; theme and transparency by query", async ({ page }) => {
  await page.goto("/embed/gdp-growth/?theme=dark&transparent");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("figure.chart svg.chart-svg").locator("visible=true")).toHaveCount(1);
  await expect(page.locator(".chart-source a").first()).toHaveAttribute("href", /^https?:\/\//);
  await expect(page.locator(".chart-credit")).toContainText("平湖万州");
  await expect(page.getByRole("link", { name: /阅读报道与数据/ })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
});
