import type { LegendGroup, LegendItem } from "../../lib/chart-page/rendered-chart";
import { MODE_LABELS, MODES } from "../../schemas/transport";
import { MODE_COLOR, ROLE_COLOR } from "../palette";
import { MAP } from "./constants";
import type { MapData } from "./data";
import { ROLE_FILL, ROLE_LABEL } from "./style";

/**
 * The regional map's legend in any of its states: modes (a filter), the state's own stage group
 * (its title says whose stages and when), places and areas.
 */
export function mapLegend(data: MapData, stages: { title: string; items: LegendItem[] }): LegendGroup[] {
  const drawn = [...data.links, ...data.facilities].map((d) => d.link);
  const modes = MODES.filter((m) => drawn.some((l) => l.mode === m));
  return [
    {
      title: "方式",
      filter: "mode",
      items: modes.map((m) => ({
        key: m,
        label: MODE_LABELS[m],
        swatch: { kind: "line" as const, color: MODE_COLOR[m] },
      })),
    },
    stages,
    {
      title: "地点",
      items: [
        { key: "place", label: "地点", swatch: { kind: "dot" as const, color: "var(--text)" } },
        {
          key: "area-end",
          label: "近似端点：原文地点无坐标，画在所属区县内",
          swatch: { kind: "ring" as const, color: "var(--text)", dash: MAP.dash.areaEnd },
        },
      ],
    },
    {
      title: "区域",
      items: (["member", "observer", "cluster", "neighbour"] as const).map((r) => ({
        key: r,
        label: ROLE_LABEL[r],
        swatch: { kind: "area" as const, color: ROLE_FILL[r], outline: ROLE_COLOR.rule },
      })),
    },
  ];
}
