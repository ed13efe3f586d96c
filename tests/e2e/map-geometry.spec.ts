import { expect, test, type Page } from "@playwright/test";
import { mapMarks } from "./site";

// The map as a reader sees it, measured on screen at a phone's and a desktop's width: every link
// drawn apart from every other, every text readable, no label over another.

const map = "figure#chart-regional-map svg.map";
/** The lines the map draws: one a leg of a link, in both states. */
const LEGS = mapMarks().legs.length;
/**
 * The labels shown: the article's places, its cities afar and the note on long-distance links, and
 * the names of the counties without a place of their own (fewer fit at 375 px than at 1280 px).
 */
const LABELS = { 375: 24, 1280: 27 };

/** Each visible link's on-screen samples, with its tooltip to name it in a failure. */
async function linkSamples(page: Page) {
  return page.locator(`${map} .link path.mark-shape`).evaluateAll((paths) =>
    (paths as SVGPathElement[])
      .filter((p) => p.getBoundingClientRect().width + p.getBoundingClientRect().height > 0)
      .map((p) => {
        const m = p.getScreenCTM()!;
        const length = p.getTotalLength();
        const points: [number, number][] = [];
        for (let i = 0; i <= 60; i++) {
          const q = p.getPointAtLength((length * i) / 60);
          points.push([q.x * m.a + q.y * m.c + m.e, q.x * m.b + q.y * m.d + m.f]);
        }
        return { name: p.closest("[data-tip]")!.getAttribute("data-tip")!, points };
      }),
  );
}

/** Symmetric Hausdorff distance of two sampled curves: how far apart they are at their closest fit. */
function hausdorff(a: [number, number][], b: [number, number][]): number {
  const directed = (p: [number, number][], q: [number, number][]) =>
    Math.max(...p.map(([x, y]) => Math.min(...q.map(([u, v]) => Math.hypot(x - u, y - v)))));
  return Math.max(directed(a, b), directed(b, a));
}

/** Every visible text of the map, with its on-screen box and font size. */
async function texts(page: Page) {
  return page.locator(`${map} text`).evaluateAll((nodes) =>
    (nodes as SVGTextElement[])
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => {
        const box = t.getBoundingClientRect();
        const scale = t.getScreenCTM()!.a;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        const label = !!t.closest(".labels");
        return { text: t.textContent!, size, label, box: { x: box.x, y: box.y, w: box.width, h: box.height } };
      }),
  );
}

// Both states of the map (src/charts/map/latest-view.ts draws the same links in other styles).
for (const [device, width, state] of [
  ["phone", 375, ""],
  ["desktop", 1280, ""],
  ["phone", 375, "#latest"],
  ["desktop", 1280, "#latest"],
] as const) {
  test.describe(`at ${width} px${state && `, ${state}`}`, () => {
    test.use({ viewport: { width, height: 900 } });

    test(`no two links within 3 px of each other along their whole length @${device}`, async ({ page }) => {
      await page.goto(`/charts/regional-map/${state}`);
      const links = await linkSamples(page);
      expect(links).toHaveLength(LEGS);
      const close: string[] = [];
      for (let i = 0; i < links.length; i++)
        for (let j = i + 1; j < links.length; j++) {
          const d = hausdorff(links[i]!.points, links[j]!.points);
          if (d < 3) close.push(`${links[i]!.name} / ${links[j]!.name}: ${d.toFixed(1)} px`);
        }
      expect(close).toEqual([]);
    });

    test(`every text at least 11 px, no label over another @${device}`, async ({ page }) => {
      await page.goto(`/charts/regional-map/${state}`);
      const all = await texts(page);
      const labels = all.filter((t) => t.label);
      expect(labels).toHaveLength(LABELS[width]);
      expect(all.filter((t) => t.size < 11).map((t) => `${t.text}: ${t.size.toFixed(1)} px`)).toEqual([]);
      const over: string[] = [];
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i]!.box, labels[j]!.box];
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
            over.push(`${labels[i]!.text} / ${labels[j]!.text}`);
        }
      expect(over).toEqual([]);
    });

    test(`the article's places are named on the map @${device}`, async ({ page }) => {
      await page.goto(`/charts/regional-map/${state}`);
      const named = (await texts(page)).filter((t) => t.label).map((t) => t.text);
      for (const place of ["万州", "开州", "达州", "云阳", "梁平", "五桥机场", "新田港"])
        expect(
          named.some((n) => n.includes(place)),
          `${place} in ${named.join("、")}`,
        ).toBe(true);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 900 } });
  test("the far-links inset sits below the main map, not over it @phone", async ({ page }) => {
    await page.goto("/charts/regional-map/");
    const shown = page.locator(map).locator("visible=true");
    const inset = (await shown.locator(".inset > rect").boundingBox())!;
    const main = (await shown.locator(".areas").boundingBox())!;
    expect(inset.y).toBeGreaterThanOrEqual(main.y + main.height - 1);
  });
});
