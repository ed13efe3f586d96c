// A chart's source line: the words and links it shows for the records' sources.
import { expect, test } from "vitest";
import { chartSourceLinks, sourceLineItems, sourceWords } from "../../src/lib/chart-page/chart-sources";
import type { ChapterText } from "../../src/lib/input/provenance";
import { sentenceId } from "../../src/lib/text/sentences";
import type { Source } from "../../src/schemas/source";

const FIRST = "万开快速路全线贯通，万云滨江快速路分段建设。";
const SECOND = "郑万高铁重庆段完成铺轨。";
const texts: ChapterText[] = [
  { slug: "coordination", file: "content/chapters/04-coordination.md", body: `${FIRST}${SECOND}\n` },
];
const quote = (q: string): Source => ({ kind: "article", chapter: "coordination", quote: q });
const geo: Source = {
  kind: "external",
  publisher: "GeoNames",
  url: "https://www.geonames.org/1791748",
  reliability: "Data",
  note: "坐标",
};
const pkg = (name: string): Source => ({
  kind: "external",
  publisher: "npm",
  package: name,
  reliability: "Data",
  note: "地图数据",
});

test("a quote shows its first 14 characters (not code units) and an ellipsis; an outside source its publisher", () => {
  expect(sourceWords(quote(FIRST))).toEqual({ label: "原文“万开快速路全线贯通，万云滨江…”" });
  expect(sourceWords(quote("𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋。"))).toEqual({
    label: "原文“𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋…”",
  });
  expect(sourceWords(quote(SECOND))).toEqual({ label: "原文“郑万高铁重庆段完成铺轨。…”" });
  expect(sourceWords(geo)).toEqual({ label: "GeoNames", note: "公开数据集" });
});

test("each quoted sentence and each outside source is linked once, a quote at its sentence", () => {
  const links = chartSourceLinks([quote(FIRST), geo, quote(`${FIRST}${SECOND}`), quote(SECOND), geo], texts);
  expect(links).toEqual([
    {
      href: `/chapters/coordination/#${sentenceId(FIRST)}`,
      label: "原文“万开快速路全线贯通，万云滨江…”",
    },
    { href: "https://www.geonames.org/1791748", label: "GeoNames", note: "公开数据集" },
    { href: `/chapters/coordination/#${sentenceId(SECOND)}`, label: "原文“郑万高铁重庆段完成铺轨。…”" },
  ]);
});

test("an npm package links to its page, without its version, scoped or not", () => {
  const links = chartSourceLinks([pkg("world-atlas@2.0.2"), pkg("@geo/china-atlas@1.0.0")], texts);
  expect(links.map((l) => l.href)).toEqual([
    "https://www.npmjs.com/package/world-atlas",
    "https://www.npmjs.com/package/@geo/china-atlas",
  ]);
});

test("the source line's pieces: 来源：, then each source once with its note, separated by ；", () => {
  expect(sourceLineItems([])).toEqual(["来源："]);
  expect(sourceLineItems([quote(SECOND), quote(FIRST), quote(SECOND)])).toEqual([
    "来源：",
    "原文“郑万高铁重庆段完成铺轨。…”；",
    "原文“万开快速路全线贯通，万云滨江…”",
  ]);
  expect(sourceLineItems([pkg("world-atlas@2.0.2"), geo, pkg("world-atlas@2.0.2"), pkg("d3@7.9.0")])).toEqual([
    "来源：",
    "npm（公开数据集）；",
    "GeoNames（公开数据集）；",
    "npm（公开数据集）",
  ]);
});
