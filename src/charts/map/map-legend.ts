import type { LegendGroup, LegendItem } from "../../lib/chart-page/rendered-chart";
import type { Lang } from "../../lib/locale/lang";
import { MODE_LABELS, MODES } from "../../schemas/transport";
import { REGIONAL_MAP_WORDS } from "../words/regional-map";
import { MODE_COLOR, ROLE_COLOR } from "../palette";
import { MAP } from "./constants";
import type { MapData } from "./data";
import { ROLE_FILL, ROLE_LABEL } from "./style";

/**
 * The regional map's legend in any of its states: modes (a filter), the state's own stage group
 * (its title says whose stages and when), places and areas.
 */
export function mapLegend(data: MapData, stages: { title: string; items: LegendItem[] }, lang: Lang): LegendGroup[] {
  const { legend } = REGIONAL_MAP_WORDS[lang];
  const drawn = [...data.links, ...data.facilities].map((d) => d.link);
  const modes = MODES.filter((m) => drawn.some((l) => l.mode === m));
  return [
    {
      title: legend.modes,
      filter: "mode",
      items: modes.map((m) => ({
        key: m,
        label: MODE_LABELS[lang][m],
        swatch: { kind: "line" as const, color: MODE_COLOR[m] },
      })),
    },
    stages,
    {
      title: legend.places,
      items: [
        { key: "place", label: legend.place, swatch: { kind: "dot" as const, color: "var(--text)" } },
        {
          key: "area-end",
          label: legend.areaEnd,
          swatch: { kind: "ring" as const, color: "var(--text)", dash: MAP.dash.areaEnd },
        },
      ],
    },
    {
      title: legend.areas,
      items: (["member", "observer", "cluster", "neighbour"] as const).map((r) => ({
        key: r,
        label: ROLE_LABEL[lang][r],
        swatch: { kind: "area" as const, color: ROLE_FILL[r], outline: ROLE_COLOR.rule },
      })),
    },
  ];
}
