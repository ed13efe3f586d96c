import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { describe, expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { renderChart } from "../../src/pipeline/render-chart";
import { qrSvg } from "../../src/lib/share/qr";
import { cardSvg, FONT_FILES } from "../../src/lib/share/share-image";
import { SHARE_IMAGE } from "../../src/lib/share/share-image-size";
import { IMAGE_FONT } from "../../src/lib/share/standalone-svg";
import { readDatasets } from "../support/repo";

const records = readDatasets();

function render(svg: string, fontFiles: string[], width?: number) {
  return new Resvg(svg, {
    fitTo: width ? { mode: "width", value: width } : { mode: "original" },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT },
  }).render();
}

/** How many pixels differ from the top-left (background) pixel. */
function inked(pixels: Buffer): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) n++;
  return n;
}

describe("share cards", () => {
  test("the CJK font loads: Chinese text draws with it, and nothing draws without it", () => {
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><rect width="400" height="80" fill="#fff"/><text x="10" y="55" font-size="40" font-family="${IMAGE_FONT}">平湖万州</text></svg>`;
    expect(inked(render(text, FONT_FILES).pixels)).toBeGreaterThan(500);
    expect(inked(render(text, []).pixels)).toBe(0);
  });

  test.each(CHART_IDS)("%s: 1200×630 and not blank", (id) => {
    const image = render(cardSvg(renderChart(id, records)), FONT_FILES, SHARE_IMAGE.width);
    expect([image.width, image.height]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    expect(inked(image.pixels)).toBeGreaterThan((SHARE_IMAGE.width * SHARE_IMAGE.height) / 50);
  });
});

test("the QR code decodes to the chart's URL", async () => {
  const url = "https://pinghu-wanzhou.pages.dev/charts/transport-status/";
  const image = render(await qrSvg(url), FONT_FILES, 400);
  const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  expect(decoded?.data).toBe(url);
});
