import type { ChartTable } from "../../lib/chart-page/rendered-chart";
import type { Lang } from "../../lib/locale/lang";
import type { TransportLink } from "../../schemas/transport";
import { REGIONAL_MAP_WORDS } from "../words/regional-map";
import type { MapData } from "./data";
import { placeName } from "./label-layers";

/**
 * The regional map's table in any of its states: one row a transport record, in the map's order
 * (links, facilities, undrawn, pilots), `row` giving the state's own columns and the last saying
 * where the record is drawn.
 */
export function mapTable(
  data: MapData,
  columns: ChartTable["columns"],
  row: (link: TransportLink) => Record<string, string>,
  lang: Lang,
): ChartTable {
  const { where } = REGIONAL_MAP_WORDS[lang];
  const { links, facilities, undrawn, pilots } = data;
  const withWhere = (link: TransportLink, at: string) => ({ ...row(link), where: at });
  return {
    columns: [...columns, { key: "where", label: where.label }],
    rows: [
      ...links.map((l) =>
        withWhere(
          l.link,
          `${l.ends.map((e) => placeName(e, lang) + (e.onArea ? where.approx : "")).join(where.between)}${l.regional ? "" : where.inset}`,
        ),
      ),
      ...facilities.map((f) => withWhere(f.link, where.facility(placeName(f.at, lang), f.link.kind === "service"))),
      ...undrawn.map((l) => withWhere(l, where.undrawn)),
      ...pilots.map((l) => withWhere(l, where.pilot)),
    ],
  };
}
