import type { Localized } from "../../lib/locale/lang";

/** Every word the zone map says, in each language; the places' names come in from the records. */
export const ZONE_MAP_WORDS: Localized<{
  /** Names joined in a sentence: “万州区、开州区和达州市”, “Wanzhou District, Kaizhou District and Dazhou”. */
  list(names: string[]): string;
  subtitle(members: string, observer: string, cluster: string): string;
  /** A prefecture drawn by its counties, in the description. */
  prefecture(name: string, counties: string[]): string;
  describe(members: string, prefectures: string[], observer: string, cluster: string): string;
  columns: { name: string; role: string; basis: string };
  /** A prefecture's row name, with its counties. */
  withCounties(name: string, counties: string[]): string;
  /** What a record cites as the basis: the article, else the outside source's publisher. */
  article: string;
  basisJoin: string;
  legendTitle: string;
}> = {
  zh: {
    list: (names) => (names.length > 1 ? `${names.slice(0, -1).join("、")}和${names.at(-1)}` : (names[0] ?? "")),
    subtitle: (members, observer, cluster) =>
      `万达开川渝统筹发展示范区由${members}组成，${observer}为首个观察员；渝东北三峡库区城镇群的其他区县：${cluster}`,
    prefecture: (name, counties) => `${name}所辖${counties.join("、")}`,
    describe: (members, prefectures, observer, cluster) =>
      [
        `地图：万达开川渝统筹发展示范区由${members}组成，`,
        `图上${prefectures.join("")}都着示范区的颜色；`,
        `${observer}为首个观察员；渝东北三峡库区城镇群的其他区县为${cluster}；`,
        "其余周边区县为灰色。河流（含长江）为背景，不画交通连线（见交通连线地图）。",
      ].join(""),
    columns: { name: "地方", role: "图上", basis: "依据" },
    withCounties: (name, counties) => `${name}（${counties.join("、")}）`,
    article: "原文",
    basisJoin: "；",
    legendTitle: "区域",
  },
  en: {
    list: (names) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "")),
    subtitle: (members, observer, cluster) =>
      `The Wanzhou–Dazhou–Kaizhou Sichuan–Chongqing Coordinated Development Demonstration Zone is formed by ${members}; ${observer} is its first observer. ` +
      `The other districts and counties of the Three Gorges Reservoir Area urban cluster in north-eastern Chongqing: ${cluster}`,
    prefecture: (name, counties) => `the counties of ${name} (${counties.join(", ")})`,
    describe: (members, prefectures, observer, cluster) =>
      [
        `Map: the Wanzhou–Dazhou–Kaizhou Sichuan–Chongqing Coordinated Development Demonstration Zone is formed by ${members}; `,
        `on the map, ${prefectures.join("; ")} all take the zone's colour. `,
        `${observer} is its first observer; the other districts and counties of the Three Gorges Reservoir Area urban cluster in north-eastern Chongqing are ${cluster}. `,
        "The other neighbouring districts and counties are grey. Rivers (the Yangtze among them) are background; no transport links are drawn (see the map of transport links).",
      ].join(""),
    columns: { name: "Place", role: "On the map", basis: "Basis" },
    withCounties: (name, counties) => `${name} (${counties.join(", ")})`,
    article: "The article",
    basisJoin: "; ",
    legendTitle: "Areas",
  },
};
