// The English transport charts and maps say every word in English: no Chinese character anywhere
// a reader meets it, but a name given in parentheses right after its English (Anhui Daily (安徽日报)).
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import type { ChartState } from "../../src/lib/chart-page/rendered-chart";
import { renderChart } from "../../src/pipeline/render-chart";
import { readDatasets } from "../support/repo";

const records = readDatasets();
const IDS = ["transport-status", "transport-since", "zone-map", "regional-map"] as const;

const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** A text with each parenthesised Chinese name that follows English words taken out. */
function withoutGlossedNames(text: string): string {
  return text.replace(/([A-Za-z.’”)\]]) \(([^()]*)\)/gu, (all, before: string, inside: string) =>
    CJK.test(inside) && !CJK.test(before) ? before : all,
  );
}

/** Every word of an SVG a reader meets: its text, its tooltips (data-tip) and its groups' names. */
function svgWords(svg: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const attrs = Array.from(document.querySelectorAll("[data-tip], [aria-label]")).flatMap((e) => [
    e.getAttribute("data-tip") ?? "",
    e.getAttribute("aria-label") ?? "",
  ]);
  return [...Array.from(document.querySelectorAll("text")).map((t) => t.textContent ?? ""), ...attrs];
}

/** Every word of one state of a chart: subtitle, description, table, legend and both SVGs. */
function stateWords(state: ChartState): { where: string; text: string }[] {
  return [
    { where: "subtitle", text: state.subtitle },
    { where: "description", text: state.description },
    ...state.table.columns.map((c) => ({ where: "table column", text: c.label })),
    ...state.table.rows.flatMap((r) => Object.values(r).map((text) => ({ where: "table cell", text }))),
    ...state.legend.flatMap((g) => [
      { where: "legend group", text: g.title },
      ...g.items.map((i) => ({ where: "legend item", text: i.label })),
    ]),
    ...(["narrow", "wide"] as const).flatMap((w) =>
      svgWords(state.svg[w]).map((text) => ({ where: `${w} svg`, text })),
    ),
  ];
}

test("a name glossed in parentheses after its English is allowed; Chinese anywhere else is not", () => {
  expect(withoutGlossedNames("from Chongqing Business Daily (重庆商报).")).toBe("from Chongqing Business Daily.");
  expect(CJK.test(withoutGlossedNames("万州 (Wanzhou)"))).toBe(true);
  expect(CJK.test(withoutGlossedNames("Wanzhou（万州）"))).toBe(true);
  expect(CJK.test(withoutGlossedNames("the article: “完成铺轨”"))).toBe(true);
});

describe.each(IDS)("en %s", (id) => {
  const chart = renderChart(id, records, "en");

  test("its title and view labels are English", () => {
    for (const text of [chart.title, ...chart.views.map((v) => v.label)])
      expect(withoutGlossedNames(text), text).not.toMatch(CJK);
  });

  test.each(["", ...chart.views.map((v) => v.id)])("state %s: every word English", (view) => {
    const state = view === "" ? chart : chart.views.find((v) => v.id === view)!;
    for (const { where, text } of stateWords(state))
      expect(withoutGlossedNames(text), `${where}: ${text}`).not.toMatch(CJK);
  });
});
