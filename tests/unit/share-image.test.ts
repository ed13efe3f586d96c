import jsQR from "jsqr";
import { describe, expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { renderChart } from "../../src/pipeline/render-chart";
import { qrSvg } from "../../src/lib/share/qr";
import { drawSvg, imageFonts } from "../../src/lib/share/draw-svg";
import { cardSvg } from "../../src/lib/share/share-image";
import { SHARE_IMAGE } from "../../src/lib/share/share-image-size";
import { IMAGE_FONT } from "../../src/lib/share/standalone-svg";
import { readDatasets } from "../support/repo";

const records = readDatasets();

/** An SVG drawn as the site draws its images (with the given fonts only): its size and pixels. */
function render(svg: string, fonts: Uint8Array[], width?: number) {
  const fitTo = width ? ({ mode: "width", value: width } as const) : ({ mode: "original" } as const);
  return drawSvg(svg, fitTo, (image) => ({ width: image.width, height: image.height, pixels: image.pixels }), fonts);
}

/** How many pixels differ from the top-left (background) pixel. */
function inked(pixels: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) n++;
  return n;
}

describe("share cards", () => {
  test("the CJK font loads: Chinese text draws with it, and nothing draws without it", async () => {
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><rect width="400" height="80" fill="#fff"/><text x="10" y="55" font-size="40" font-family="${IMAGE_FONT}">平湖万州</text></svg>`;
    expect(inked((await render(text, imageFonts())).pixels)).toBeGreaterThan(500);
    expect(inked((await render(text, [])).pixels)).toBe(0);
  });

  test.each(CHART_IDS)("%s: 1200×630 and not blank", async (id) => {
    const image = await render(cardSvg(renderChart(id, records)), imageFonts(), SHARE_IMAGE.width);
    expect([image.width, image.height]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    expect(inked(image.pixels)).toBeGreaterThan((SHARE_IMAGE.width * SHARE_IMAGE.height) / 50);
  });

  test.each(CHART_IDS)("%s in English: 1200×630, the site's English name, an English source line", async (id) => {
    const svg = cardSvg(renderChart(id, records, "en"), "en");
    expect(svg).toContain(">Pinghu Wanzhou</text>");
    expect(svg).toMatch(
      />Source: the article( and outside sources \(see the chart page\))? · Chart: Pinghu Wanzhou<\/text>/,
    );
    const image = await render(svg, imageFonts(), SHARE_IMAGE.width);
    expect([image.width, image.height]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    expect(inked(image.pixels)).toBeGreaterThan((SHARE_IMAGE.width * SHARE_IMAGE.height) / 50);
  });
});

test("the QR code decodes to the chart's URL", async () => {
  const url = "https://pinghu-wanzhou.pages.dev/charts/transport-status/";
  const image = await render(await qrSvg(url), imageFonts(), 400);
  const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  expect(decoded?.data).toBe(url);
});
