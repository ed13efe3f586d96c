import { CHARTS, CHART_IDS } from "../charts/index";
import type { ChartDefinition } from "../charts/types";
import type { DatasetName, Records } from "../schemas/index";
import { DataError, WHOLE_FILE, type DataIssue } from "../lib/input/data-issue";
import { LANGS } from "../lib/locale/lang";

/** The records, and the names of the datasets a chart's select() has read from them. */
function watched(records: Records): { records: Records; read: Set<DatasetName> } {
  const read = new Set<DatasetName>();
  const proxy = new Proxy(records, {
    get(target, key, receiver) {
      if (typeof key === "string" && Object.hasOwn(target, key)) read.add(key as DatasetName);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { records: proxy, read };
}

/**
 * Every chart must have something to show. A chart whose selection fails or comes out empty
 * (no row in its data table) stops the build with an issue naming the datasets it reads, rather
 * than an empty frame on the page or a stack trace. A record the chart shows without a field it
 * needs (its short name: src/lib/input/needed-field.ts) is named with that field.
 */
export function checkCharts(records: Records): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const id of CHART_IDS) {
    const chart = CHARTS[id] as unknown as ChartDefinition<unknown>;
    const { records: seen, read } = watched(records);
    let problem: string | undefined;
    try {
      // In every language: a record the English lacks words for (its nameEn) stops the build too.
      const data = chart.select(seen);
      const rows = Math.min(...LANGS.map((lang) => chart.table(data, lang).rows.length));
      if (rows === 0) problem = "its selection of records is empty, so it has nothing to show";
    } catch (error) {
      if (error instanceof DataError) {
        const named = `chart "${id}" (${chart.title.zh})`;
        issues.push(...error.issues.map((i) => ({ ...i, message: `${named}: ${i.message}` })));
        continue;
      }
      problem = `its records cannot be drawn: ${(error as Error).message}`;
    }
    if (problem) {
      const file = [...read].map((name) => `data/${name}.json`).join(", ") || `src/charts/${id}.ts`;
      issues.push({ file, record: WHOLE_FILE, field: "", message: `chart "${id}" (${chart.title.zh}): ${problem}` });
    }
  }
  return issues;
}
