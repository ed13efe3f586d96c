import type { Localized } from "../../lib/locale/lang";

/** The figures a sentence of the chart is made of, already written in the sentence's language. */
interface Growth {
  place: string;
  growth: string;
}

/** Every word the gdp-growth chart says, in each language; the figures come in from its records. */
export const GDP_GROWTH_WORDS: Localized<{
  subtitle(wanzhou: string, city: string, rankChange: string): string;
  tip(g: Growth): string;
  describe(period: string, growth: Growth[], rankChange: string): string;
  columns: { place: string; growth: string; note: string };
  wanzhouNote(rankChange: string): string;
  cityNote: string;
}> = {
  zh: {
    subtitle: (wanzhou, city, rankChange) =>
      `地区生产总值同比增长：万州${wanzhou}，重庆全市${city}；万州增速的全市排名较去年同期${rankChange}`,
    tip: (g) => `${g.place}：上半年地区生产总值同比增长${g.growth}`,
    describe: (period, growth, rankChange) =>
      `条形图：${period}地区生产总值同比增速。` +
      growth.map((g) => `${g.place}${g.growth}`).join("，") +
      "，两者相同，即原文所说“恢复到全市平均水平”。" +
      `万州增速的全市排名较去年同期${rankChange}。` +
      "重庆全市数据来自重庆商报。",
    columns: { place: "地区", growth: "上半年同比增长", note: "说明" },
    wanzhouNote: (rankChange) => `增速全市排名较去年同期${rankChange}`,
    cityNote: "对照：重庆全市",
  },
  en: {
    subtitle: (wanzhou, city, rankChange) =>
      `GDP growth, year on year: Wanzhou ${wanzhou}, Chongqing as a whole ${city}; ` +
      `Wanzhou's growth rank in Chongqing ${rankChange} on a year earlier`,
    tip: (g) => `${g.place}: GDP growth in the first half, year on year, ${g.growth}`,
    describe: (period, growth, rankChange) =>
      `Bar chart: GDP growth, year on year, in the ${period}. ` +
      growth.map((g) => `${g.place} ${g.growth}`).join(", ") +
      "; the two are equal, which is what the article means by growth “back at the city average”. " +
      `Wanzhou's growth rank in Chongqing moved ${rankChange} on a year earlier. ` +
      "The figure for Chongqing as a whole is from Chongqing Business Daily (重庆商报).",
    columns: { place: "Place", growth: "Growth in the first half, year on year", note: "Note" },
    wanzhouNote: (rankChange) => `Growth rank in Chongqing ${rankChange} on a year earlier`,
    cityNote: "For comparison: Chongqing as a whole",
  },
};
