// The embed loader (public/embed/loader.js) on a host page, run in a small fake window: which messages
// size which iframe. The e2e test (tests/e2e/embed.spec.ts) runs it in a browser; this one pins each
// of its checks alone, at its exact bounds, fast enough for the mutation run (docs/testing.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { ROOT } from "../support/repo";

const SOURCE = readFileSync(join(ROOT, "public", "embed", "loader.js"), "utf8");
const SITE = "https://pinghu.example";
const TYPE = "pinghu-wanzhou:embed-size";

interface Frame {
  element: HTMLIFrameElement;
  /** The window inside the iframe: what event.source is for its messages. */
  window: object;
  /** Every style.setProperty call the loader made on the iframe. */
  styled: unknown[][];
}

/** A host page with iframes of these srcs and the loader's <script src> (null: no currentScript). */
function hostPage(srcs: string[], scriptSrc: string | null = `${SITE}/embed/loader.js`) {
  const frames = srcs.map((src) => `<iframe src="${src}"></iframe>`).join("");
  const { document } = parseHTML(`<!doctype html><html><body><p>正文</p>${frames}</body></html>`);
  Object.defineProperty(document, "currentScript", { value: scriptSrc ? { src: scriptSrc } : null });
  const list: Frame[] = Array.from(document.querySelectorAll("iframe")).map((element) => {
    const frame: Frame = { element: element as HTMLIFrameElement, window: {}, styled: [] };
    Object.defineProperty(element, "contentWindow", { value: frame.window });
    Object.defineProperty(element, "style", {
      value: { setProperty: (...args: unknown[]) => frame.styled.push(args) },
    });
    return frame;
  });
  const listeners: { type: string; listener: (event: object) => void }[] = [];
  const window: Record<string, unknown> = {};
  const addEventListener = (type: string, listener: (event: object) => void) => listeners.push({ type, listener });
  const location = { href: "https://news.example/2021/story.html" };
  /** Runs the loader's script on the page, as a <script> element would. */
  const load = () =>
    new Function("window", "document", "location", "addEventListener", SOURCE)(
      window,
      document,
      location,
      addEventListener,
    );
  /** Delivers a message event to every listener the loader added. */
  const post = (event: { origin: string; source: object | null; data: unknown }) => {
    for (const l of listeners) if (l.type === "message") l.listener(event);
  };
  load();
  return { frames: list, listeners, load, post };
}

const size = (height: unknown) => ({ type: TYPE, chart: "gdp-growth", height });

test("a message of ours from one of our iframes sizes that iframe, rounded up, with !important", () => {
  const page = hostPage([`${SITE}/embed/gdp-growth/`, `${SITE}/embed/zone-map/`]);
  const [first, second] = page.frames as [Frame, Frame];
  page.post({ origin: SITE, source: second.window, data: size(400.2) });
  expect(second.styled).toEqual([["height", "401px", "important"]]);
  expect(second.element.getAttribute("scrolling")).toBe("no");
  expect(first.styled).toEqual([]);
  expect(first.element.hasAttribute("scrolling")).toBe(false);
});

test("an English embed (/en/embed/) is sized as a Chinese one is; another page of ours under /en/ is not", () => {
  const page = hostPage([`${SITE}/en/embed/gdp-growth/`, `${SITE}/en/charts/gdp-growth/`]);
  const [embed, chartPage] = page.frames as [Frame, Frame];
  page.post({ origin: SITE, source: embed.window, data: size(400) });
  page.post({ origin: SITE, source: chartPage.window, data: size(500) });
  expect(embed.styled).toEqual([["height", "400px", "important"]]);
  expect(chartPage.styled).toEqual([]);
});

test("the loader listens for messages only, and only once however often it is included", () => {
  const page = hostPage([`${SITE}/embed/gdp-growth/`]);
  expect(page.listeners.map((l) => l.type)).toEqual(["message"]);
  page.load();
  expect(page.listeners).toHaveLength(1);
});

test("heights from 80 to 20000 px are taken; anything else, or not a finite number, is not", () => {
  const page = hostPage([`${SITE}/embed/gdp-growth/`]);
  const frame = page.frames[0]!;
  for (const height of [79.9, 20000.1, Number.NaN, Infinity, "400", null, undefined]) {
    page.post({ origin: SITE, source: frame.window, data: size(height) });
  }
  expect(frame.styled).toEqual([]);
  page.post({ origin: SITE, source: frame.window, data: size(80) });
  page.post({ origin: SITE, source: frame.window, data: size(20000) });
  expect(frame.styled).toEqual([
    ["height", "80px", "important"],
    ["height", "20000px", "important"],
  ]);
});

test("a message from another origin is ignored, even from our iframe's window", () => {
  const page = hostPage([`${SITE}/embed/gdp-growth/`]);
  const frame = page.frames[0]!;
  page.post({ origin: "https://evil.example", source: frame.window, data: size(400) });
  page.post({ origin: "https://news.example", source: frame.window, data: size(400) });
  expect(frame.styled).toEqual([]);
});

test("a message of our origin from a window that is none of our iframes' is ignored", () => {
  // Not an iframe's window; an iframe of ours but not an embed; an embed of another site.
  const page = hostPage([`${SITE}/charts/gdp-growth/`, `https://other.example/embed/gdp-growth/`]);
  page.post({ origin: SITE, source: {}, data: size(400) });
  page.post({ origin: SITE, source: null, data: size(400) });
  for (const frame of page.frames) page.post({ origin: SITE, source: frame.window, data: size(400) });
  for (const frame of page.frames) expect(frame.styled).toEqual([]);
});

test("messages of another shape are ignored without an error", () => {
  const page = hostPage([`${SITE}/embed/gdp-growth/`]);
  const frame = page.frames[0]!;
  for (const data of [null, undefined, "", 0, "pymxPYMxgdpxPYMxheightxPYMx400", { height: 400 }]) {
    page.post({ origin: SITE, source: frame.window, data });
  }
  page.post({ origin: SITE, source: frame.window, data: { type: "embed-size", height: 400 } });
  expect(frame.styled).toEqual([]);
});

test("without document.currentScript (a loader run late), our origin is the page's own", () => {
  const page = hostPage([`${SITE}/embed/gdp-growth/`, "https://news.example/embed/gdp-growth/"], null);
  const [theirs, own] = page.frames as [Frame, Frame];
  page.post({ origin: SITE, source: theirs.window, data: size(400) });
  page.post({ origin: "https://news.example", source: own.window, data: size(300) });
  expect(theirs.styled).toEqual([]);
  expect(own.styled).toEqual([["height", "300px", "important"]]);
});
