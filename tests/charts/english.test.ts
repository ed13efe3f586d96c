// The English edition's charts say every word in English (issue #16): no Chinese character in any
// of their words, tooltips, labels or table cells, except a name given beside its translation, in
// parentheses right after the English ("Chongqing Business Daily (重庆商报)"). The check is the same
// for every chart; a chart joins ENGLISH_CHARTS once all its words are translated.
import { describe, expect, test } from "vitest";
import { CHART_IDS, type ChartId } from "../../src/charts/index";
import type { ChartState } from "../../src/lib/chart-page/rendered-chart";
import { renderChart } from "../../src/pipeline/render-chart";
import { readDatasets } from "../support/repo";

const records = readDatasets();

/** The charts whose every word is English. */
const ENGLISH_CHARTS: ChartId[] = [
  "growth-rankings",
  "groundbreaking-projects",
  "investment-amounts",
  "cooperation-timeline",
  "partners-network",
];

/** A Chinese character, or the full-width punctuation that goes with Chinese text. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
/** A name given beside its translation: Chinese alone in parentheses, right after an English word. */
const GIVEN_NAME = /(?<=[A-Za-z0-9.’”)] )\([\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF·]+\)/gu;

/** The Chinese left in a text once the names given beside their translations are taken out. */
const chineseIn = (text: string) => text.replace(GIVEN_NAME, "").match(new RegExp(CJK.source, "gu")) ?? [];

/** Every word of a chart state: its text, table, legend and both SVGs (text, tips and labels alike). */
function wordsOf(state: ChartState): [string, string][] {
  return [
    ["subtitle", state.subtitle],
    ["description", state.description],
    ...state.table.columns.map((c): [string, string] => [`column ${c.key}`, c.label]),
    ...state.table.rows.flatMap((row, i) =>
      Object.entries(row).map(([key, cell]): [string, string] => [`row ${i} ${key}`, cell]),
    ),
    ...state.legend.flatMap((g) => [
      ["legend", g.title] as [string, string],
      ...g.items.map((item): [string, string] => ["legend item", item.label]),
    ]),
    ["svg narrow", state.svg.narrow],
    ["svg wide", state.svg.wide],
  ];
}

test("the check finds Chinese, and lets a name given beside its translation through", () => {
  expect(chineseIn("Chongqing Business Daily (重庆商报).")).toEqual([]);
  expect(chineseIn("万州 grew")).toEqual(["万", "州"]);
  expect(chineseIn("(重庆商报) first")).toEqual(["重", "庆", "商", "报"]);
  expect(chineseIn("Wanzhou：12.8%")).toEqual(["："]);
  expect(ENGLISH_CHARTS.every((id) => CHART_IDS.includes(id))).toBe(true);
});

describe.each(CHART_IDS.filter((id) => ENGLISH_CHARTS.includes(id)))("en %s", (id) => {
  const chart = renderChart(id, records, "en");

  test("says every word in English, in every state", () => {
    const states: [string, ChartState][] = [["", chart], ...chart.views.map((v): [string, ChartState] => [v.id, v])];
    const found = [
      ["title", chart.title] as [string, string],
      ...chart.views.map((v): [string, string] => [`view ${v.id} label`, v.label]),
      ...states.flatMap(([view, state]) =>
        wordsOf(state).map(([where, text]): [string, string] => [`${view} ${where}`.trim(), text]),
      ),
    ].flatMap(([where, text]) => (chineseIn(text).length ? [`${where}: ${text.slice(0, 200)}`] : []));
    expect(found).toEqual([]);
  });
});

describe("what the English charts say", () => {
  const en = (id: ChartId) => renderChart(id, records, "en");

  test("growth-rankings: the ranks as the article states them, 首位 as a word", () => {
    const c = en("growth-rankings");
    expect(c.table.rows.map((r) => r.rank)).toEqual(["7th", "first", "2nd", "1st", "3rd"]);
    expect(c.subtitle).toContain("among the districts and counties of north-eastern Chongqing");
    expect(c.svg.wide).toContain("Rank in north-eastern Chongqing");
  });

  test("groundbreaking-projects: the count, the total in billions and the fields", () => {
    const c = en("groundbreaking-projects");
    expect(c.table.rows).toEqual([
      {
        date: "17 October",
        count: "11",
        total: "4.027 billion yuan",
        sectors:
          "grain and oil processing, warehousing and logistics, food and medicine, green lighting, " +
          "important roads in the zone and standard factory buildings",
      },
    ]);
  });

  test("investment-amounts: each amount with the words for what it measures, in billions", () => {
    const c = en("investment-amounts");
    expect(c.table.rows.map((r) => [r.count, r.amount])).toEqual([
      ["11 projects", "total investment of 4.027 billion yuan"],
      ["13 projects", "total agreed investment of 3.79 billion yuan"],
      ["5 projects", "total investment of 1.33 billion yuan"],
      ["6 companies", "agreed investment of 1.21 billion yuan"],
    ]);
    expect(c.svg.narrow).toContain(">billion yuan<");
  });

  test("cooperation-timeline: the dated events in time order, dated as the article dates them", () => {
    const c = en("cooperation-timeline");
    expect(c.table.rows.map((r) => r.when)).toEqual(["2019", "First half of this year", "16 September", "17 October"]);
    expect(c.table.rows.map((r) => r.what!.split(":")[0])).toEqual(["Event", "Statistic", "Event", "Event"]);
    expect(c.subtitle).toContain("3 events and 1 statistic");
  });

  test("partners-network: the places by their English names and every signed firm", () => {
    const partners = new Set(en("partners-network").table.rows.flatMap((r) => r.partners!.split(", ")));
    for (const name of ["Liangjiang New Area", "Kaizhou District", "Dazhou", "Yunyang County", "Zhubajie Co."])
      expect(partners).toContain(name);
    expect(partners).toContain("GM Wuling (Chongqing branch)");
  });
});
