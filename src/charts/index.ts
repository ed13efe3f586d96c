import { cooperationTimeline } from "./cooperation-timeline";
import { gdpGrowth } from "./gdp-growth";
import { groundbreakingProjects } from "./groundbreaking-projects";
import { growthRankings } from "./growth-rankings";
import { investmentAmounts } from "./investment-amounts";
import { partnersNetwork } from "./partners-network";
import { regionalMap } from "./regional-map";
import { transportSince } from "./transport-since";
import { transportStatus } from "./transport-status";
import type { ChartDefinition } from "./types";
import { zoneMap } from "./zone-map";

/** Every chart, in the order the gallery shows them. The key is the chart's permanent id. */
export const CHARTS = {
  "zone-map": zoneMap,
  "gdp-growth": gdpGrowth,
  "growth-rankings": growthRankings,
  "groundbreaking-projects": groundbreakingProjects,
  "investment-amounts": investmentAmounts,
  "transport-status": transportStatus,
  "transport-since": transportSince,
  "cooperation-timeline": cooperationTimeline,
  "partners-network": partnersNetwork,
  "regional-map": regionalMap,
  // Each chart's data type differs and appears in both argument and result positions, so only
  // `any` admits them all here; renderChart() calls each through its own definition.
} as const satisfies Record<string, ChartDefinition<any>>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}
