import { expect, test } from "vitest";
import { sourceLineItems } from "../../src/lib/chart-page/chart-sources";
import { packedLines } from "../../src/lib/share/embed";
import type { Source } from "../../src/schemas/source";

test("packedLines fills each line while items fit, and never splits an item", () => {
  expect(packedLines([], 100)).toBe(1);
  expect(packedLines([40, 40, 20], 100)).toBe(1);
  expect(packedLines([40, 40, 21], 100)).toBe(2);
  expect(packedLines([60, 60, 60], 100)).toBe(3);
  // An item wider than the line takes a line of its own.
  expect(packedLines([30, 150, 30], 100)).toBe(3);
});

test("the source line is counted as the page prints it: one piece a link, outside sources by URL", () => {
  const geo = (url: string): Source => ({
    kind: "external",
    publisher: "GeoNames",
    url,
    reliability: "Data",
    note: "坐标",
  });
  const quote = (q: string): Source => ({ kind: "article", chapter: "coordination", quote: q });
  const items = sourceLineItems([
    quote("万开快速路全线贯通，万云滨江快速路分段建设。"),
    quote("万开快速路全线贯通，万云滨江快速路分段建设。"),
    geo("https://www.geonames.org/1791748"),
    geo("https://www.geonames.org/1808950"),
  ]);
  expect(items).toEqual([
    "来源：",
    "原文“万开快速路全线贯通，万云滨江…”；",
    "GeoNames（公开数据集）；",
    "GeoNames（公开数据集）",
  ]);
});
