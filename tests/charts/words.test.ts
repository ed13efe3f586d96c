// What each chart says in words (subtitle, description, table) must be what its records say, in
// each language of the site: the English states the same figures, converted to English units.
import { describe, expect, test } from "vitest";
import { CHARTS, CHART_IDS } from "../../src/charts/index";
import type { ChartDefinition } from "../../src/charts/types";
import { LANGS } from "../../src/lib/locale/lang";
import { FORMATS } from "../../src/lib/text/formats";
import { figure as figureSchema } from "../../src/schemas/figure";
import { renderChart } from "../../src/pipeline/render-chart";
import { readDatasets } from "../support/repo";

const records = readDatasets();

/** The digit runs of a text, thousands separators dropped: "200,000 passenger trips" → 200000. */
const numbersOf = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, "$1").match(/\d+(?:\.\d+)?/g) ?? [];

/**
 * Every number the selected data holds: values, array lengths, and digit runs in its strings; and
 * each figure's number as English writes it (40.27亿元 → 4.027 billion yuan).
 */
function numbersIn(value: unknown, into = new Set<string>()): Set<string> {
  const asFigure = figureSchema.safeParse(value);
  if (asFigure.success)
    for (const n of numbersOf(FORMATS.en.formatValue(asFigure.data.value, asFigure.data.unit))) into.add(n);
  if (typeof value === "number") into.add(String(value));
  else if (typeof value === "string") for (const run of value.match(/\d+(?:\.\d+)?/g) ?? []) into.add(run);
  else if (value instanceof Date) {
    into.add(String(value.getUTCFullYear()));
  } else if (Array.isArray(value)) {
    into.add(String(value.length));
    for (const v of value) numbersIn(v, into);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) numbersIn(v, into);
  }
  return into;
}

/**
 * Each chart's table rows: the records it shows, counted here from the article (transport-status and
 * regional-map: every transport item; transport-since: all but the one-off pilot).
 */
const TABLE_ROWS: Record<(typeof CHART_IDS)[number], number> = {
  "zone-map": 12,
  "gdp-growth": 2,
  "growth-rankings": 5,
  "groundbreaking-projects": 1,
  "investment-amounts": 4,
  "transport-status": 29,
  "transport-since": 28,
  "cooperation-timeline": 4,
  "partners-network": 16,
  "regional-map": 29,
};

describe.each(LANGS.flatMap((lang) => CHART_IDS.map((id) => [lang, id] as const)))("%s %s", (lang, id) => {
  const chart = renderChart(id, records, lang);
  const definition = CHARTS[id] as unknown as ChartDefinition<unknown>;

  test("every number in its words comes from the records it shows, in each of its states", () => {
    const data = definition.select(records);
    const states = [
      { id: "", data, state: chart },
      ...chart.views.map((v, i) => ({
        id: v.id,
        data: definition.views![i]!.select?.(data, records) ?? data,
        state: v,
      })),
    ];
    for (const { id: view, data: shown, state } of states) {
      const allowed = numbersIn(shown);
      const words = [state.subtitle, state.description, ...state.table.rows.flatMap((r) => Object.values(r))].join(" ");
      for (const number of numbersOf(words)) expect(allowed, `"${number}" in ${lang} ${id} ${view}`).toContain(number);
    }
  });

  // The site's own counts (after its own splitting of the article's sentences) are the site's:
  // "本站据原文整理的29项", never "原文提到的29个", which would put the count in the article's mouth.
  test("no count of the site's is called the article's (原文提到/点名/列举的 followed by a number)", () => {
    const legend = chart.legend.flatMap((g) => [g.title, ...g.items.map((i) => i.label)]);
    const words = [
      chart.title,
      chart.subtitle,
      chart.description,
      ...chart.table.columns.map((c) => c.label),
      ...chart.table.rows.flatMap((r) => Object.values(r)),
      ...legend,
      chart.svg.wide,
      chart.svg.narrow ?? "",
    ].join(" ");
    expect(words).not.toMatch(
      /原文(?:提到|点名|列举|所列)的[^。；，]{0,12}?(?:\d|[一二两三四五六七八九十百]+[个项条家])/,
    );
  });

  test("the title states a finding without figures; the table has its rows, each cell holding text", () => {
    expect(chart.title).not.toMatch(/\d/);
    expect(chart.table.rows).toHaveLength(TABLE_ROWS[id]);
    expect(chart.table.columns.length).toBeGreaterThan(1);
    for (const [i, row] of chart.table.rows.entries())
      for (const c of chart.table.columns) expect(row[c.key], `${id} row ${i} ${c.key}`).toMatch(/\S/);
  });

  test("the SVG marks carry tooltips and the sources are the records'", () => {
    expect(chart.svg.wide).toMatch(/class="[^"]*\bmark\b[^"]*" data-tip="|data-tip="[^"]+" class="[^"]*\bmark\b/);
    expect(chart.sources.length).toBeGreaterThan(0);
  });
});
