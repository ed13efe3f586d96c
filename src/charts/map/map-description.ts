import type { TransportLink } from "../../schemas/transport";
import type { MapData } from "./data";
import { areaEnds } from "./points";

/**
 * The regional map's description in any of its states: `opening` says what the map is, `state`
 * what the state says of each record (the article's word, or its latest stage with date and source).
 */
export function describeMap(data: MapData, opening: string, state: (link: TransportLink) => string): string {
  const { links, facilities, undrawn, pilots } = data;
  const named = (l: { link: TransportLink }) => `${l.link.name}（${state(l.link)}）`;
  const regional = links.filter((l) => l.regional).map(named);
  const far = links.filter((l) => !l.regional).map(named);
  const onArea = areaEnds(links.flatMap((l) => l.ends));
  return [
    opening,
    `区域内连线${regional.join("、")}；`,
    `远程连线见小图（全国）：${far.join("、")}；`,
    `设施与服务（圆环）：${facilities.map(named).join("、")}。`,
    onArea.length
      ? `${onArea.map((e) => e.names.join("、")).join("、")}无坐标，连线端点画在所属区县境内的示意位置（虚线圈，近似端点）。`
      : "",
    undrawn.length ? `原文未写明端点、无法画出的：${undrawn.map((l) => l.name).join("、")}。` : "",
    pilots.length
      ? `另有一次性试点运输，不是线路，图上不画：${pilots.map((link) => `${link.name}（${link.status}）`).join("、")}。`
      : "",
    "连线按端点画成示意弧线，不代表实际走向。",
  ].join("");
}
