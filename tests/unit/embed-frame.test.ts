// The embed page's side of the height messages (src/scripts/embed-frame.ts), run in a small fake
// window: what it posts to the host page, in which shapes, and when. The e2e test
// (tests/e2e/embed.spec.ts) runs it in a browser; this one pins each message exactly.
import { parseHTML } from "linkedom";
import { afterEach, expect, test, vi } from "vitest";

// A script, not a module to TypeScript (it exports nothing), so imported by a path it does not check.
const SCRIPT = "../../src/scripts/embed-frame.ts";

interface Options {
  /** The embed's query string. */
  search?: string;
  /** Whether the page is an embed (has #embed). */
  embed?: boolean;
  /** Whether it runs inside a frame (window.parent is another window). */
  framed?: boolean;
  /** The content's height before margins, as the browser lays it out. */
  height?: number;
  /** The page's data-chart (null: the attribute is missing). */
  chart?: string | null;
}

/** Loads embed-frame.ts on a fake embed page; `height` and `margins` are what the browser would measure. */
async function embedPage({
  search = "",
  embed = true,
  framed = true,
  height = 300.2,
  chart = "gdp-growth",
}: Options = {}) {
  const attribute = chart === null ? "" : ` data-chart="${chart}"`;
  const main = embed ? '<main id="embed"></main>' : "<main></main>";
  const { document } = parseHTML(`<!doctype html><html${attribute}><body>${main}</body></html>`);
  const box = { height, marginTop: "8px", marginBottom: "4.5px" };
  const content = document.getElementById("embed");
  if (content) content.getBoundingClientRect = () => ({ height: box.height }) as DOMRect;
  const posted: unknown[][] = [];
  const parent = { postMessage: (...args: unknown[]) => posted.push(args) };
  const window: { parent: unknown } = { parent };
  if (!framed) window.parent = window;
  const observed: { callback: () => void; target: unknown }[] = [];
  const listeners: { type: string; listener: () => void }[] = [];
  vi.stubGlobal("location", { search });
  vi.stubGlobal("document", document);
  vi.stubGlobal("window", window);
  vi.stubGlobal("getComputedStyle", (element: unknown) =>
    element === content ? { marginTop: box.marginTop, marginBottom: box.marginBottom } : {},
  );
  vi.stubGlobal("addEventListener", (type: string, listener: () => void) => listeners.push({ type, listener }));
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(private callback: () => void) {}
      observe(target: unknown) {
        observed.push({ callback: this.callback, target });
      }
    },
  );
  vi.resetModules();
  await import(/* @vite-ignore */ SCRIPT);
  return { root: document.documentElement, content, box, posted, observed, listeners };
}

afterEach(() => vi.unstubAllGlobals());

/** The four messages of one height, in the shapes our loader, Datawrapper, AMP and Pym.js listen for. */
const messages = (height: number, childId?: string) => [
  [{ type: "pinghu-wanzhou:embed-size", chart: "gdp-growth", height }, "*"],
  [{ "datawrapper-height": { "gdp-growth": height } }, "*"],
  [{ sentinel: "amp", type: "embed-size", height }, "*"],
  ...(childId ? [[`pymxPYMx${childId}xPYMxheightxPYMx${height}`, "*"]] : []),
];

test("on load it posts the content's height with its margins, rounded up, in every shape", async () => {
  const page = await embedPage();
  // 300.2 + 8 + 4.5 = 312.7 → 313
  expect(page.posted).toEqual(messages(313));
});

test("with Pym.js's childId it also posts Pym's message for that child", async () => {
  const page = await embedPage({ search: "?childId=chart-1" });
  expect(page.posted).toEqual(messages(313, "chart-1"));
});

test("it watches the content's size and posts each new height, smaller ones too, but never the same twice", async () => {
  const page = await embedPage();
  expect(page.observed.map((o) => o.target)).toEqual([page.content]);
  expect(page.listeners.map((l) => l.type)).toEqual(["load"]);
  const resized = page.observed[0]!.callback;
  page.posted.length = 0;
  resized();
  page.listeners[0]!.listener();
  expect(page.posted).toEqual([]);
  page.box.height = 500;
  resized();
  expect(page.posted).toEqual(messages(513));
  page.box.height = 100;
  page.listeners[0]!.listener();
  expect(page.posted).toEqual([...messages(513), ...messages(113)]);
});

test("a content of no height (not laid out yet) is not posted; one of 1 px is", async () => {
  // -12.5 + 8 + 4.5 = 0
  const page = await embedPage({ height: -12.5 });
  expect(page.posted).toEqual([]);
  page.box.height = -11.5;
  page.observed[0]!.callback();
  expect(page.posted).toEqual(messages(1));
});

test("a page without data-chart posts its height under an empty chart name", async () => {
  const page = await embedPage({ chart: null });
  expect(page.posted[0]).toEqual([{ type: "pinghu-wanzhou:embed-size", chart: "", height: 313 }, "*"]);
  expect(page.posted[1]).toEqual([{ "datawrapper-height": { "": 313 } }, "*"]);
});

test("outside a frame, or on a page that is not an embed, it posts nothing and watches nothing", async () => {
  for (const options of [{ framed: false }, { embed: false }]) {
    const page = await embedPage(options);
    expect(page.posted).toEqual([]);
    expect(page.observed).toEqual([]);
    expect(page.listeners).toEqual([]);
  }
});

test("?theme=light|dark and ?transparent set the page's theme and background; other themes do not", async () => {
  expect((await embedPage({ search: "?theme=dark" })).root.dataset.theme).toBe("dark");
  expect((await embedPage({ search: "?theme=light&transparent" })).root.dataset).toEqual({
    chart: "gdp-growth",
    theme: "light",
    transparent: "",
  });
  expect((await embedPage({ search: "?theme=blue" })).root.dataset).toEqual({ chart: "gdp-growth" });
  // On a page that is not an embed the site's own theme switch decides.
  expect((await embedPage({ search: "?theme=dark&transparent", embed: false })).root.dataset).toEqual({
    chart: "gdp-growth",
  });
});
