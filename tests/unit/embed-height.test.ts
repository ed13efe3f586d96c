import { expect, test } from "vitest";
import { sourceLineItems } from "../../src/lib/chart-page/chart-sources";
import type { ChartState, LegendGroup, RenderedChart } from "../../src/lib/chart-page/rendered-chart";
import { defaultEmbedHeight, embedSnippet, packedLines } from "../../src/lib/share/embed";
import type { Source } from "../../src/schemas/source";

test("packedLines fills each line while items fit, and never splits an item", () => {
  expect(packedLines([], 100)).toBe(1);
  expect(packedLines([40, 40, 20], 100)).toBe(1);
  expect(packedLines([40, 40, 21], 100)).toBe(2);
  expect(packedLines([60, 60, 60], 100)).toBe(3);
  // An item wider than the line takes a line of its own.
  expect(packedLines([30, 150, 30], 100)).toBe(3);
  expect(packedLines([150], 100)).toBe(1);
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

// The default height, worked out by hand at the phone width (375 − 24 = 351 px of text). A CJK
// character is one em; a line of type takes its line height; the sum, with 72 px of slack, is rounded
// up to the next 10 px.
const GEONAMES: Source = {
  kind: "external",
  publisher: "GeoNames",
  url: "https://www.geonames.org/1791748",
  reliability: "Data",
  note: "坐标",
};
const item = (label: string) => ({ key: label, label, swatch: { kind: "dot" as const, color: "red" } });

/** One line of everything: title 26 + subtitle 24, an SVG 200 high at 351 wide, no legend, source line
 * 44 + 24 + 2 × 21 = 110: 50 + 200 + 110 + 72 = 432 → 440. */
const SMALL: ChartState = {
  subtitle: "",
  description: "",
  table: { columns: [], rows: [] },
  sources: [],
  svg: { narrow: '<svg viewBox="0 0 351 200"></svg>', wide: '<svg viewBox="0 0 620 200"></svg>' },
  legend: [],
};
/** Two lines of title (30 × 17 = 510 px) and of subtitle (30 × 15 = 450 px): 52 + 48; an SVG of
 * 702 × 300 drawn 150 high; a legend of one plain item (28 + 28) and five filters, each 10 × 13 + 56
 * + 24 = 210 px wide, so one a line (28 + 5 × 44); sources “来源：” (39 px) and “GeoNames（公开数据集）”
 * (8 × 7.28 + 7 × 13 = 149.24 px) on one line: 110. 52 + 48 + 150 + 56 + 248 + 110 + 72 = 736 → 740. */
const LARGE: ChartState = {
  ...SMALL,
  subtitle: "一".repeat(30),
  sources: [GEONAMES],
  svg: { narrow: '<svg viewBox="0 0 702 300"></svg>', wide: "" },
  legend: [
    { title: "图例", items: [item("甲")] },
    { title: "筛选", filter: "mode", items: Array.from({ length: 5 }, () => item("一二三四五六七八九十")) },
  ] satisfies LegendGroup[],
};
const chart = (title: string, state: ChartState, views: ChartState[] = []): RenderedChart => ({
  ...state,
  id: "test",
  title,
  views: views.map((v, i) => ({ ...v, id: `v${i}`, label: `状态${i}` })),
  showsStages: false,
});

test("the default embed height adds up the title, subtitle, SVG, legend and source line, plus slack", () => {
  expect(defaultEmbedHeight(chart("一", SMALL))).toBe(440);
  expect(defaultEmbedHeight(chart("一".repeat(30), LARGE))).toBe(740);
});

test("a chart of several states gets its tallest state's height and its switch's (44 + 14 px)", () => {
  // The tallest with the one-line title: 58 + 26 + 48 + 150 + 304 + 110 + 72 = 768 → 770.
  expect(defaultEmbedHeight(chart("一", SMALL, [SMALL, LARGE]))).toBe(770);
  // Two small states: 58 + 26 + 24 + 200 + 110 + 72 = 490.
  expect(defaultEmbedHeight(chart("一", LARGE, [SMALL, SMALL]))).toBe(490);
  // One state in the list has no switch.
  expect(defaultEmbedHeight(chart("一", LARGE, [SMALL]))).toBe(440);
});

test("a source line of two lines adds a line's 24 px", () => {
  // “来源：” 39 px, “GeoNames（公开数据集）；” 162.24 px twice, then 149.24 px: 201.24 | 311.48, two lines.
  const sources = ["1", "2", "3"].map((n) => ({ ...GEONAMES, url: `https://www.geonames.org/${n}` }));
  expect(defaultEmbedHeight(chart("一", { ...SMALL, sources }))).toBe(460);
});

test("the snippet: an iframe of the default height that works alone, and the loader", () => {
  const site = new URL("https://pinghu.example/");
  const views = chart('说"万州"', SMALL, [SMALL, LARGE]);
  expect(embedSnippet(chart("一", SMALL), site, "平湖万州")).toBe(
    '<iframe src="https://pinghu.example/embed/test/" title="一（平湖万州）" width="100%" height="440" loading="lazy" ' +
      'style="border:0;width:100%;max-width:100%;" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n' +
      '<script async src="https://pinghu.example/embed/loader.js"></script>',
  );
  expect(embedSnippet(views, site, "平湖万州", "v1")).toContain(
    '<iframe src="https://pinghu.example/embed/test/#v1" title="说&quot;万州&quot;：状态1（平湖万州）" width="100%" height="770" ',
  );
  expect(embedSnippet(views, site, "平湖万州", "none")).toContain('title="说&quot;万州&quot;（平湖万州）"');
});

test("packedLines: an item wider than a line, given its wrapped lines, fills them and the next starts a line", () => {
  expect(packedLines([40, 150, 20], 100)).toBe(3);
  expect(packedLines([40, 150, 20], 100, () => 3)).toBe(5);
  expect(packedLines([40, 90, 20], 100, () => 3)).toBe(3);
});

test("the English snippet: the English embed and an English title", () => {
  const site = new URL("https://pinghu.example/");
  const english = { lang: "en" as const, english: () => "Every word of this sentence is English." };
  const sources = [{ kind: "article" as const, chapter: "lead", quote: "一。" }];
  const en = chart("Wanzhou", { ...SMALL, sources });
  const snippet = embedSnippet(en, site, "Pinghu Wanzhou", undefined, english);
  expect(snippet).toContain('<iframe src="https://pinghu.example/en/embed/test/" title="Wanzhou (Pinghu Wanzhou)" ');
  expect(snippet).toContain('<script async src="https://pinghu.example/embed/loader.js">');
});
