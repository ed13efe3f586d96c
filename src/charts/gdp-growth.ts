import * as Plot from "@observablehq/plot";
import { neededField } from "../lib/input/needed-field";
import { formatFigure, formatMeasure, formatPeriod } from "../lib/text/format";
import type { Indicator } from "../schemas/economy";
import type { Records } from "../schemas/index";
import { BAR, MARGIN } from "./layout";
import { FONT } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { finishSvg, markTip } from "./svg";
import type { ChartDefinition } from "./types";

interface Data {
  /** 万州's and Chongqing's H1 growth, 万州 first, each labelled by its record's short name. */
  growth: { place: string; record: Indicator }[];
  /** 万州's rank change in the city's growth ranking. */
  rankChange: Indicator;
}

export const gdpGrowth: ChartDefinition<Data> = {
  id: "gdp-growth",
  title: "万州上半年经济增速追平全市",
  subtitle: ({ growth, rankChange }) =>
    `地区生产总值同比增长：万州${formatFigure(growth[0]!.record.figure)}，` +
    `重庆全市${formatFigure(growth[1]!.record.figure)}；` +
    `万州增速的全市排名较去年同期${formatMeasure(rankChange.figure, rankChange.measure)}`,
  select(records: Records): Data {
    // The period the article ranks 万州 in, and every place's growth for that period.
    const rankChange = records.economy.find((r) => r.measure === "rank-change" && r.place === "wanzhou");
    const growth = records.economy.filter((r) => r.measure === "growth" && r.period === rankChange?.period);
    if (!rankChange || growth.length < 2)
      throw new Error("gdp-growth: economy lacks the H1 growth records or the rank change");
    return {
      growth: growth
        .map((record) => ({ place: neededField("economy", record, "shortName"), record }))
        .sort((a, b) => Number(b.record.place === "wanzhou") - Number(a.record.place === "wanzhou")),
      rankChange,
    };
  },
  render({ growth }, { width, document }) {
    const rows = growth.map((g) => ({
      place: g.place,
      value: g.record.figure.value,
      label: formatFigure(g.record.figure),
      isWanzhou: g.record.place === "wanzhou",
    }));
    const svg = Plot.plot({
      document,
      width,
      height: MARGIN.top + MARGIN.bottom + rows.length * (BAR.height + BAR.gap),
      marginLeft: FONT.size * BAR.placeColumnEm,
      marginRight: FONT.size * BAR.valueColumnEm,
      style: { fontSize: `${FONT.size}px`, fontFamily: FONT.family },
      x: {
        label: null,
        grid: true,
        nice: true,
        domain: [0, Math.max(...rows.map((r) => r.value))],
        tickFormat: (d: number) => `${d}%`,
      },
      y: { label: null, domain: rows.map((r) => r.place), padding: BAR.gap / (BAR.height + BAR.gap) },
      marks: [
        Plot.barX(rows, {
          y: "place",
          x: "value",
          fill: (d) => (d.isWanzhou ? ROLE_COLOR.wanzhou : ROLE_COLOR.comparison),
        }),
        Plot.text(rows, {
          y: "place",
          x: "value",
          text: "label",
          textAnchor: "start",
          dx: BAR.labelGap,
          fontWeight: "bold",
          fill: "currentColor",
        }),
        Plot.ruleX([0]),
      ],
    }) as SVGSVGElement;
    const bars = svg.querySelectorAll("g[aria-label='bar'] rect");
    bars.forEach((bar, i) => markTip(bar, `${rows[i]!.place}：上半年地区生产总值同比增长${rows[i]!.label}`));
    return finishSvg(svg);
  },
  describe: ({ growth, rankChange }) =>
    `条形图：${formatPeriod(rankChange.period ?? "")}地区生产总值同比增速。` +
    growth.map((g) => `${g.place}${formatFigure(g.record.figure)}`).join("，") +
    "，两者相同，即原文所说“恢复到全市平均水平”。" +
    `万州增速的全市排名较去年同期${formatMeasure(rankChange.figure, rankChange.measure)}。` +
    "重庆全市数据来自重庆商报。",
  table: ({ growth, rankChange }) => ({
    columns: [
      { key: "place", label: "地区" },
      { key: "growth", label: "上半年同比增长", numeric: true },
      { key: "note", label: "说明" },
    ],
    rows: growth.map((g) => ({
      place: g.place,
      growth: formatFigure(g.record.figure),
      note:
        g.record.place === "wanzhou"
          ? `增速全市排名较去年同期${formatMeasure(rankChange.figure, rankChange.measure)}`
          : "对照：重庆全市",
    })),
  }),
  sources: ({ growth, rankChange }) => [...growth.map((g) => g.record.source), rankChange.source],
};
