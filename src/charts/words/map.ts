import type { Localized } from "../../lib/locale/lang";

/** Every word the maps' shared parts say (src/charts/map/), in each language; names come from the records. */
export const MAP_WORDS: Localized<{
  /** The credit line: boundaries, rivers, and (the regional map) that links are schematic. */
  credit(links: boolean): string;
  /** The scale bar's label. */
  km(n: number): string;
  /** The inset's title and its group's name. */
  inset: string;
  /** The groups' names for assistive technology. */
  groups: { links: string; places: string; counties: string };
  /** A place placed only approximately: its label so marked, and the words after its name in its tooltip. */
  approxLabel(label: string): string;
  approxTip: string;
  /** The label of an approximate end: its places' names, marked as indicative. */
  endLabel(names: string[]): string;
  /** The tooltip of an approximate end, and the words a link's tooltip adds for one. */
  endTip(names: string[], county: string): string;
  linkEndTip(name: string, county: string): string;
  /** A facility's tooltip in the article's state. */
  facilityTip(name: string, place: string, article: string, stage: string): string;
  /** A county's tooltip: its full name and its role. */
  countyTip(name: string, role: string): string;
  /** A list of names in a sentence. */
  join: string;
}> = {
  zh: {
    credit: (links) => `边界：天地图 · 河流：GSHHG${links ? " · 连线为示意，非实际走向" : ""}`,
    km: (n) => `${n}公里`,
    inset: "远程连线（全国）",
    groups: { links: "交通连线", places: "地点", counties: "区县" },
    approxLabel: (label) => `${label}（约）`,
    approxTip: "（位置为近似）",
    endLabel: (names) => `${names.join("·")}（示意）`,
    endTip: (names, county) => `${names.join("、")}：无坐标，连线端点画在${county}境内的示意位置（近似端点）`,
    linkEndTip: (name, county) => `；${name}无坐标，端点画在${county}境内的示意位置`,
    facilityTip: (name, place, article, stage) => `${name}（${place}）：${article}（${stage}）`,
    countyTip: (name, role) => `${name}：${role}`,
    join: "、",
  },
  en: {
    credit: (links) => `Borders: Tianditu · Rivers: GSHHG${links ? " · Links schematic, not actual routes" : ""}`,
    km: (n) => `${n} km`,
    inset: "Long-distance links (China)",
    groups: { links: "Transport links", places: "Places", counties: "Districts and counties" },
    // “~” for “about”: “(approx.)” would make the label too long to place beside the port on a phone.
    approxLabel: (label) => `~${label}`,
    approxTip: " (approximate position)",
    endLabel: (names) => `${names.join(" · ")} (indicative)`,
    endTip: (names, county) =>
      `${names.join(", ")}: no coordinates; the link's end is drawn at an indicative point in ${county} (approximate end)`,
    linkEndTip: (name, county) => `; ${name} has no coordinates: its end is drawn at an indicative point in ${county}`,
    facilityTip: (name, place, article, stage) => `${name} (${place}): ${article} (${stage})`,
    countyTip: (name, role) => `${name}: ${role}`,
    join: ", ",
  },
};
