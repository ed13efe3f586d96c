// A news page on another origin embeds three charts with the snippet an editor copies from the chart
// pages, and the loader sizes them. The embeds come from the preview server; the host page from a
// small server of the test's own on another loopback port (embed-host.ts): another origin, as on a
// real news site.
import { expect, test } from "@playwright/test";
import {
  CHARTS,
  expectSized,
  FORGER,
  frameHeights,
  heights,
  hostPage,
  hostUrl,
  listenForForgery,
  openHost,
  startHost,
  stopHost,
  type Forgery,
} from "./embed-host";

test.beforeAll(startHost);
test.afterAll(stopHost);

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

  test("a host's iframe { height: 100% !important } does not override the size", async ({ page, baseURL }) => {
    // A CMS theme's rule: only the loader's own !important, inline, beats it.
    await hostPage(page, baseURL!, { css: "html,body{height:100%} iframe{height:100% !important}" });
    await expectSized(page);
  });

  test("a size message from another origin is ignored, even from inside our own iframe (origin check)", async ({
    page,
    baseURL,
  }) => {
    await hostPage(page, baseURL!);
    await expectSized(page);
    const before = await frameHeights(page);
    expect(before).toHaveLength(CHARTS.length);
    await listenForForgery(page);
    // The first embed's frame, navigated to the host's origin: its window is still our iframe's
    // (event.source matches), so only the message's origin tells the forgery apart.
    await page
      .locator('iframe[src*="/embed/gdp-growth/"]')
      .evaluate((f: HTMLIFrameElement, url) => f.contentWindow!.location.replace(url), hostUrl("/forger.html"));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Forgery).forgeries))
      .toEqual([{ origin: new URL(hostUrl()).origin, fromOurIframe: true }]);
    expect(await frameHeights(page)).toEqual(before);
  });

  test("a size message from our own origin is ignored unless its window is our iframe's (source check)", async ({
    page,
    baseURL,
  }) => {
    await hostPage(page, baseURL!);
    await expectSized(page);
    const before = await frameHeights(page);
    expect(before).toHaveLength(CHARTS.length);
    await listenForForgery(page);
    // A page of the embeds' origin, in a frame that is not one of the embeds.
    await page.route(`${baseURL}/forger.html`, (route) => route.fulfill({ contentType: "text/html", body: FORGER }));
    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.src = src;
      document.body.append(frame);
    }, `${baseURL}/forger.html`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Forgery).forgeries))
      .toEqual([{ origin: new URL(baseURL!).origin, fromOurIframe: false }]);
    expect(await frameHeights(page)).toEqual(before);
  });

  test("with the loader blocked, the default height shows the whole chart at 375 px @phone", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await hostPage(page, baseURL!, { blockLoader: true });
    const iframes = page.locator('iframe[src*="/embed/"]');
    await expect(iframes).toHaveCount(CHARTS.length);
    for (const iframe of await iframes.all()) {
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
    await openHost(
      page,
      `<!doctype html><html><body><script>window.seen=[];addEventListener("message",e=>seen.push(e.data))</script><iframe src="${baseURL}/embed/gdp-growth/?childId=c1" width="100%" height="400"></iframe></body></html>`,
    );
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

test.describe("English embeds (/en/embed/) in a news page on another origin", () => {
  test("size themselves at 1280 px and at 375 px, and link back to the English chart page", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await hostPage(page, baseURL!, { edition: "/en" });
    const iframes = page.locator('iframe[src*="/en/embed/"]');
    await expect(iframes).toHaveCount(CHARTS.length);
    await expectSized(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectSized(page);
    const frame = (await iframes.first().contentFrame())!;
    await expect(frame.locator("html")).toHaveAttribute("lang", "en");
    await expect(frame.getByRole("link", { name: /Read the story and the data on Pinghu Wanzhou/ })).toHaveAttribute(
      "href",
      /\/en\/charts\/gdp-growth\/$/,
    );
  });

  test("with the loader blocked, the default height shows the whole English chart at 375 px @phone", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await hostPage(page, baseURL!, { blockLoader: true, edition: "/en" });
    const iframes = page.locator('iframe[src*="/en/embed/"]');
    await expect(iframes).toHaveCount(CHARTS.length);
    for (const iframe of await iframes.all()) {
      await iframe.scrollIntoViewIfNeeded();
      const frame = (await iframe.contentFrame())!;
      await frame.locator("#embed svg.chart-svg").locator("visible=true").first().waitFor();
      const sourceBottom = await frame
        .locator(".chart-foot")
        .locator("visible=true")
        .evaluate((el) => el.getBoundingClientRect().bottom);
      expect(sourceBottom).toBeLessThanOrEqual(Number(await iframe.getAttribute("height")));
    }
  });
});

test("the English embed page: English words, sources linking into /en/, the credit", async ({ page }) => {
  await page.goto("/en/embed/gdp-growth/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(/ \| Pinghu Wanzhou$/);
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /\/en\/charts\/gdp-growth\/$/);
  await expect(page.locator(".chart-source").locator("visible=true")).toContainText(/^Source: Article: “/);
  await expect(page.locator(".chart-source a").first()).toHaveAttribute("href", /^https?:\/\/[^/]+\/en\/chapters\//);
  await expect(page.locator(".chart-credit").locator("visible=true")).toHaveText(
    "Chart: Pinghu Wanzhou data journalism",
  );
});
