import type { ChartTable } from "../../lib/chart-page/rendered-chart";
import type { TransportLink } from "../../schemas/transport";
import type { MapData } from "./data";

/** The columns every state of the map's table ends with: where the map draws the record. */
const WHERE = { key: "where", label: "图上位置" } as const;

/**
 * The regional map's table in any of its states: one row a transport record, in the map's order
 * (links, facilities, undrawn, pilots), `row` giving the state's own columns and the last saying
 * where the record is drawn.
 */
export function mapTable(
  data: MapData,
  columns: ChartTable["columns"],
  row: (link: TransportLink) => Record<string, string>,
): ChartTable {
  const { links, facilities, undrawn, pilots } = data;
  const withWhere = (link: TransportLink, where: string) => ({ ...row(link), where });
  return {
    columns: [...columns, WHERE],
    rows: [
      ...links.map((l) =>
        withWhere(
          l.link,
          `${l.ends.map((e) => e.place.name + (e.onArea ? "（近似）" : "")).join("—")}${l.regional ? "" : "（小图）"}`,
        ),
      ),
      ...facilities.map((f) =>
        withWhere(f.link, `${f.at.place.name}（${f.link.kind === "service" ? "服务" : "设施"}）`),
      ),
      ...undrawn.map((l) => withWhere(l, "未画出：原文未写明端点")),
      ...pilots.map((l) => withWhere(l, "未画出：一次性试点，非线路")),
    ],
  };
}
