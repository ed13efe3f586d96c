import type { Localized } from "../../lib/locale/lang";

/** A record as the description names it: its name and what the map's state says of it. */
type Named = string;

/** Every word the regional map says (both its states), in each language; names, stages and dates come from the records. */
export const REGIONAL_MAP_WORDS: Localized<{
  subtitle(asOf: string, links: number, facilities: number): string;
  latestSubtitle(asOf: string, links: number, facilities: number, unknown: number, nothingFound: string): string;
  opening: string;
  latestOpening(asOf: string): string;
  /** A record named in the description with its state. */
  named(name: string, state: string): Named;
  describe(parts: {
    regional: Named[];
    far: Named[];
    facilities: Named[];
    ends: string[];
    undrawn: string[];
    pilots: Named[];
  }): string;
  columns: { name: string; mode: string; status: string; stage: string; latest(asOf: string): string };
  columnsLatest: { when: string; source: string };
  /** The table's last column: where the map draws a record. */
  where: {
    label: string;
    approx: string;
    inset: string;
    facility(place: string, service: boolean): string;
    undrawn: string;
    pilot: string;
    between: string;
  };
  legend: {
    modes: string;
    stages(whose: string): string;
    places: string;
    place: string;
    areaEnd: string;
    areas: string;
  };
  /** Whose stages the article state's legend shows. */
  articleStages(year: number): string;
}> = {
  zh: {
    subtitle: (asOf, links, facilities) =>
      `${asOf}。图中画出本站据原文整理的${links}条交通连线和${facilities}处设施或服务，颜色表示方式，线型表示阶段；万州、开州和达州组成万达开示范区，云阳为首个观察员`,
    latestSubtitle: (asOf, links, facilities, unknown, nothingFound) =>
      `${asOf}，据原文之后的报道。图中${links}条交通连线和${facilities}处设施或服务按报道的最新阶段画出，颜色表示方式，线型表示阶段；${unknown}项${nothingFound}，画成灰色`,
    opening:
      "地图：万达开川渝统筹发展示范区（万州、开州、达州）、观察员云阳和渝东北三峡库区城镇群其他区县，长江等河流，以及原文提到的交通项目。",
    latestOpening: (asOf) =>
      `地图，${asOf}：原文提到的交通项目按原文之后的报道画出最新阶段，注明日期和来源；未查到此后报道的画成灰色，不沿用原文阶段。`,
    named: (name, state) => `${name}（${state}）`,
    describe: ({ regional, far, facilities, ends, undrawn, pilots }) =>
      [
        `区域内连线${regional.join("、")}；`,
        `远程连线见小图（全国）：${far.join("、")}；`,
        `设施与服务（圆环）：${facilities.join("、")}。`,
        ends.length ? `${ends.join("、")}无坐标，连线端点画在所属区县境内的示意位置（虚线圈，近似端点）。` : "",
        undrawn.length ? `原文未写明端点、无法画出的：${undrawn.join("、")}。` : "",
        pilots.length ? `另有一次性试点运输，不是线路，图上不画：${pilots.join("、")}。` : "",
        "连线按端点画成示意弧线，不代表实际走向。",
      ].join(""),
    columns: {
      name: "项目",
      mode: "方式",
      status: "原文用语",
      stage: "阶段",
      latest: (asOf) => `最新阶段（${asOf}）`,
    },
    columnsLatest: { when: "日期", source: "来源" },
    where: {
      label: "图上位置",
      approx: "（近似）",
      inset: "（小图）",
      facility: (place, service) => `${place}（${service ? "服务" : "设施"}）`,
      undrawn: "未画出：原文未写明端点",
      pilot: "未画出：一次性试点，非线路",
      between: "—",
    },
    legend: {
      modes: "方式",
      stages: (whose) => `阶段（线型，${whose}）`,
      places: "地点",
      place: "地点",
      areaEnd: "近似端点：原文地点无坐标，画在所属区县内",
      areas: "区域",
    },
    articleStages: (year) => `原文所述，${year}年`,
  },
  en: {
    subtitle: (asOf, links, facilities) =>
      `${asOf}. The map draws the ${links} transport links and ${facilities} facilities or services the site has compiled from the article; colour shows the mode, line style the stage. Wanzhou, Kaizhou and Dazhou form the Wanzhou–Dazhou–Kaizhou zone; Yunyang is its first observer`,
    latestSubtitle: (asOf, links, facilities, unknown, nothingFound) =>
      `${asOf[0]!.toUpperCase()}${asOf.slice(1)}, from reports after the article. The ${links} transport links and ${facilities} facilities or services are drawn at the latest stage reported; colour shows the mode, line style the stage. ${unknown}: ${nothingFound.toLowerCase()}, drawn grey`,
    opening:
      "Map: the Wanzhou–Dazhou–Kaizhou Sichuan–Chongqing Coordinated Development Demonstration Zone (Wanzhou, Kaizhou, Dazhou), its observer Yunyang and the other districts and counties of the Three Gorges Reservoir Area urban cluster in north-eastern Chongqing, the Yangtze and other rivers, and the transport projects the article mentions. ",
    latestOpening: (asOf) =>
      `Map, ${asOf}: the transport projects the article mentions, drawn at the latest stage reported after the article, with date and source; those with no later report found are drawn grey, not in the article's stage. `,
    named: (name, state) => `${name} (${state})`,
    describe: ({ regional, far, facilities, ends, undrawn, pilots }) =>
      [
        `Links within the region: ${regional.join("; ")}. `,
        `Long-distance links, on the small map (China): ${far.join("; ")}. `,
        `Facilities and services (rings): ${facilities.join("; ")}. `,
        ends.length
          ? `${ends.join(", ")}: no coordinates; the links' ends are drawn at an indicative point in the district or county they belong to (dashed rings, approximate ends). `
          : "",
        undrawn.length ? `Not drawn, for the article does not give their ends: ${undrawn.join("; ")}. ` : "",
        pilots.length ? `Also a one-off pilot shipment, not a route, not drawn: ${pilots.join("; ")}. ` : "",
        "Links are drawn as schematic arcs between their ends, not their actual routes.",
      ].join(""),
    columns: {
      name: "Project",
      mode: "Mode",
      status: "The article's wording",
      stage: "Stage",
      latest: (asOf) => `Latest stage (${asOf})`,
    },
    columnsLatest: { when: "Date", source: "Source" },
    where: {
      label: "On the map",
      approx: " (approx.)",
      inset: " (small map)",
      facility: (place, service) => `${place} (${service ? "service" : "facility"})`,
      undrawn: "Not drawn: the article does not give its ends",
      pilot: "Not drawn: a one-off pilot, not a route",
      between: "–",
    },
    legend: {
      modes: "Mode",
      stages: (whose) => `Stage (line style, ${whose})`,
      places: "Places",
      place: "Place",
      areaEnd: "Approximate end: the article's place has no coordinates, drawn within its district or county",
      areas: "Areas",
    },
    articleStages: (year) => `as the article gives them, ${year}`,
  },
};
