import { langOfPath } from "../../../lib/urls";
import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../charts/index";
import { toCsv } from "../../../lib/data/csv";
import { getChart } from "../../../pipeline/site";

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /charts/<id>/data.csv: the chart's data table, UTF-8 with a BOM; the full records are under /data/. */
export const GET: APIRoute = async ({ params, url }) => {
  const chart = await getChart(params.id as ChartId, langOfPath(url.pathname));
  const rows = chart.table.rows.map((row) =>
    Object.fromEntries(chart.table.columns.map((c) => [c.label, row[c.key] ?? ""])),
  );
  return new Response(toCsv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
