import { latestAsOf, latestLabel, latestStateOf, latestWords, type LatestState } from "../../lib/data/latest-state";
import { NOTHING_FOUND, THEN_LABEL, milestoneSource } from "../../lib/data/since";
import { STAGE_LABELS, STAGES } from "../../lib/data/stages";
import { PILOT_LABEL } from "../../lib/data/transport-tip";
import type { Milestone } from "../../schemas/milestones";
import type { Records } from "../../schemas/index";
import type { Source } from "../../schemas/source";
import { MODE_LABELS, type TransportLink } from "../../schemas/transport";
import { MODE_COLOR } from "../palette";
import type { ChartView } from "../types";
import { MAP } from "./constants";
import type { LatestData, Look, MapData } from "./data";
import { describeMap } from "./map-description";
import { mapLegend } from "./map-legend";
import { mapTable } from "./map-table";
import { STAGE_DASH } from "./style";

// The regional map as of the latest sources (data/milestones.json): each link and facility drawn by
// its latest sourced stage; one with none found drawn grey and sparse, never in its 2021 stage.

/** The neutral look of a record with no later staged report: no mode colour, no stage's dash. */
const UNKNOWN = { color: "var(--map-unknown)", dash: MAP.dash.unknown } as const;

/** How the latest view draws a record, and its tooltip; `at` names a facility's place. */
export function latestLook(link: TransportLink, state: LatestState, at?: string): Look {
  const tip = `${link.name}${at ? `（${at}）` : ""}：${latestWords(state)}`;
  if (state.kind === "none") return { ...UNKNOWN, tip };
  return { color: MODE_COLOR[link.mode], dash: STAGE_DASH[state.stage], tip };
}

/** The outside pages a state cites, for the source line: each page once, its publisher as the reader meets it. */
function pagesOf(subjects: string[], all: readonly Milestone[]): Source[] {
  return all
    .filter((m) => subjects.includes(m.subject) && m.kind !== "plan")
    .flatMap((m) => m.sources.filter((s) => s.reliability !== "Agg").map((s) => milestoneSource(s, m)));
}

/** The latest data: every transport record's latest state, and the drawn marks given their looks. */
export function latestData(data: MapData, records: Records): MapData {
  const ids = records.transport.map((t) => t.id);
  const asOf = latestAsOf(ids, records.milestones);
  if (!asOf) throw new Error("data/milestones.json: no dated fact about any transport record, so no latest map");
  const states = Object.fromEntries(ids.map((id) => [id, latestStateOf(id, records.milestones)]));
  const links = data.links.map((l) => ({ ...l, look: latestLook(l.link, states[l.link.id]!) }));
  const facilities = data.facilities.map((f) => ({
    ...f,
    look: latestLook(f.link, states[f.link.id]!, f.at.place.name),
  }));
  const unknown = [...links, ...facilities].filter((d) => d.look.color === UNKNOWN.color).map((d) => d.link.name);
  const latest: LatestData = { asOf, states, unknown };
  return { ...data, links, facilities, latest, sources: [...data.sources, ...pagesOf(ids, records.milestones)] };
}

const stateOf = (data: MapData, link: TransportLink) => data.latest!.states[link.id]!;

/** The map's second state: “最新（截至 YYYY年M月）”. */
export const latestView: ChartView<MapData> = {
  id: "latest",
  label: (data) => latestLabel(data.latest!.asOf),
  select: latestData,
  subtitle: ({ links, facilities, latest }) =>
    `${latest!.asOf}，据原文之后的报道。图中${links.length}条交通连线和${facilities.length}处设施或服务按报道的最新阶段画出，颜色表示方式，线型表示阶段；${latest!.unknown.length}项${NOTHING_FOUND}，画成灰色`,
  describe: (data) =>
    describeMap(
      data,
      `地图，${data.latest!.asOf}：原文提到的交通项目按原文之后的报道画出最新阶段，注明日期和来源；未查到此后报道的画成灰色，不沿用原文阶段。`,
      (link) => latestWords(stateOf(data, link)),
    ),
  table: (data) =>
    mapTable(
      data,
      [
        { key: "name", label: "项目" },
        { key: "mode", label: "方式" },
        { key: "latest", label: `最新阶段（${data.latest!.asOf}）` },
        { key: "when", label: "日期" },
        { key: "source", label: "来源" },
        { key: "then", label: THEN_LABEL },
      ],
      (link) => {
        const state = stateOf(data, link);
        const then = link.kind === "pilot" ? PILOT_LABEL : STAGE_LABELS[link.stage];
        const mode = MODE_LABELS[link.mode];
        if (state.kind === "staged")
          return { name: link.name, mode, latest: state.label, when: state.when, source: state.source, then };
        return { name: link.name, mode, latest: latestWords(state), when: "", source: "", then };
      },
    ),
  legend: (data) => {
    const staged = [...data.links, ...data.facilities].map((d) => stateOf(data, d.link));
    const shown = STAGES.filter((s) => staged.some((t) => t.kind === "staged" && t.stage === s));
    return mapLegend(data, {
      title: `阶段（线型，${data.latest!.asOf}）`,
      items: [
        ...shown.map((s) => ({
          key: s,
          label: STAGE_LABELS[s],
          swatch: { kind: "line" as const, color: "var(--text)", dash: STAGE_DASH[s] },
        })),
        ...(data.latest!.unknown.length
          ? [{ key: "unknown", label: NOTHING_FOUND, swatch: { kind: "line" as const, ...UNKNOWN } }]
          : []),
      ],
    });
  },
};
