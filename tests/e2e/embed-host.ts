// The news page of the embed tests (embed.spec.ts), on another origin than the embeds: a small server
// of the test's own on another loopback port (localhost, where the preview server is 127.0.0.1), the
// snippets an editor copies from the chart pages, and what the tests measure and listen to on it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page } from "@playwright/test";

let hostHtml = "";
let server: Server;
let origin = "";

/** A URL of the host's site (its news page by default), once the server runs. */
export function hostUrl(path = "/article.html"): string {
  return new URL(path, origin).href;
}

/** A forged size message: the loader's own type, and a height none of our embeds has. */
export const FORGED_HEIGHT = 4321;
export const FORGER = `<!doctype html><title>forger</title><script>parent.postMessage({ type: "pinghu-wanzhou:embed-size", chart: "gdp-growth", height: ${FORGED_HEIGHT} }, "*")</script>`;

/** Starts the host's server: the page set last at any path, a forger page at /forger.html. */
export async function startHost(): Promise<void> {
  server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(req.url === "/forger.html" ? FORGER : hostHtml);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
}

export function stopHost(): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Opens a host page of the given HTML. */
export async function openHost(page: Page, html: string): Promise<void> {
  hostHtml = html;
  await page.goto(hostUrl());
}

/** The charts the news page embeds, in its order. */
export const CHARTS = ["gdp-growth", "transport-status", "regional-map"];

async function snippets(page: Page, baseURL: string, edition: string): Promise<string[]> {
  const out: string[] = [];
  for (const id of CHARTS) {
    const html = await (await page.request.get(`${edition}/charts/${id}/`)).text();
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

/**
 * Opens the news page with the three snippets (of the Chinese chart pages, or with `edition: "/en"` the
 * English ones), its own CSS added, the loader blocked if asked.
 */
export async function hostPage(
  page: Page,
  baseURL: string,
  options: { css?: string; blockLoader?: boolean; edition?: "" | "/en" } = {},
) {
  const body = (await snippets(page, baseURL, options.edition ?? ""))
    .map((s, i) => `<h2>报道 ${i + 1}</h2><p>正文……</p>${s}`)
    .join("\n");
  const html = `<!doctype html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width"><style>body{margin:16px;font-family:sans-serif}${options.css ?? ""}</style></head><body>${body}<p>文末</p></body></html>`;
  if (options.blockLoader) await page.route("**/embed/loader.js", (route) => route.abort());
  await openHost(page, html);
}

/** Each iframe's height and its content's height, after scrolling it into view (they load lazily). */
export async function heights(page: Page) {
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

/** Waits until every embed's frame is its content's height, with nothing to scroll inside. */
export async function expectSized(page: Page) {
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

/** The embeds' frames' heights as the host page lays them out. */
export function frameHeights(page: Page): Promise<number[]> {
  return page
    .locator('iframe[src*="/embed/"]')
    .evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
}

export type Forgery = { forgeries: { origin: string; fromOurIframe: boolean }[] };

/**
 * Records each forged message the host page receives, once the loader has handled it: listeners run
 * in the order they were added, and the loader added its own when the page loaded.
 */
export async function listenForForgery(page: Page): Promise<void> {
  await page.evaluate((height) => {
    const w = window as unknown as Forgery;
    w.forgeries = [];
    addEventListener("message", (event) => {
      if (event.data?.height !== height) return;
      const ours = [...document.querySelectorAll("iframe")].filter((f) => f.src.includes("/embed/"));
      w.forgeries.push({ origin: event.origin, fromOurIframe: ours.some((f) => f.contentWindow === event.source) });
    });
  }, FORGED_HEIGHT);
}
