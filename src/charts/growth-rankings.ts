import * as Plot from "@observablehq/plot";
import { neededField } from "../lib/input/needed-field";
import { formatPeriod, formatRank } from "../lib/text/format";
import type { Indicator } from "../schemas/economy";
import type { Records } from "../schemas/index";
import { MARGIN, RANK } from "./layout";
import { FONT, wrapChars } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { finishSvg, markTip } from "./svg";
import type { ChartDefinition } from "./types";

interface Row {
  record: Indicator;
  /** Short label: the record's short name, with the ranking's scope where it is not the whole city. */
  label: string;
  rank: number;
}

export const growthRankings: ChartDefinition<Row[]> = {
  id: "growth-rankings",
  title: "万州多项增速排在全市前列",
  subtitle: (rows) =>
    `${formatPeriod(rows[0]?.record.period ?? "")}增速名次：${rows.map((r) => `${r.label}${formatRank(r.rank)}`).join("，")}`,
  select: (records: Records) =>
    records.economy
      .filter((r) => r.measure === "rank" && r.place === "wanzhou")
      .map((record) => {
        const short = neededField("economy", record, "shortName");
        return { record, rank: record.figure.value, label: record.scope === "渝东北" ? `${short}（渝东北）` : short };
      }),
  render(rows, { width, document }) {
    const narrow = width < RANK.height * 2;
    const worst = Math.max(...rows.map((r) => r.rank));
    const ranks = Array.from({ length: worst }, (_, i) => i + 1);
    const svg = Plot.plot({
      document,
      width,
      height: RANK.height,
      marginTop: MARGIN.top + RANK.radius * 2,
      marginLeft: FONT.size * RANK.axisChars,
      marginRight: FONT.size * RANK.axisChars,
      marginBottom: FONT.size * (narrow ? RANK.labelLinesNarrow : RANK.labelLinesWide),
      style: { fontSize: `${FONT.size}px` },
      x: {
        label: null,
        domain: rows.map((r) => r.label),
        tickFormat: (d: string) => wrapChars(d, narrow ? RANK.labelChars : RANK.labelCharsWide).join("\n"),
        padding: 0,
      },
      y: {
        label: null,
        domain: [1, worst],
        reverse: true,
        ticks: ranks,
        tickFormat: (d: number) => formatRank(d),
        grid: true,
      },
      marks: [
        Plot.ruleX(rows, { x: "label", y1: 1, y2: "rank", stroke: ROLE_COLOR.rule, strokeWidth: RANK.radius / 2 }),
        Plot.dot(rows, {
          x: "label",
          y: "rank",
          r: RANK.radius,
          fill: (d: Row) => (d.record.scope === "渝东北" ? ROLE_COLOR.observer : ROLE_COLOR.wanzhou),
        }),
        Plot.text(rows, {
          x: "label",
          y: "rank",
          text: (d: Row) => formatRank(d.rank),
          dx: RANK.radius + RANK.labelGap,
          textAnchor: "start",
          fontWeight: "bold",
        }),
      ],
    }) as SVGSVGElement;
    svg.querySelectorAll("g[aria-label='dot'] circle").forEach((dot, i) => {
      const row = rows[i]!;
      markTip(
        dot,
        `${row.record.indicator}：居${row.record.scope === "渝东北" ? "渝东北区县" : "全市"}${formatRank(row.rank)}`,
      );
    });
    return finishSvg(svg);
  },
  describe: (rows) =>
    `名次图，第1位在上：万州${formatPeriod(rows[0]?.record.period ?? "")}各项增速在重庆全市的名次` +
    rows
      .map((r) => `，${r.record.indicator}${r.record.scope === "渝东北" ? "在渝东北区县中" : ""}${formatRank(r.rank)}`)
      .join("") +
    "。原文未给出全市区县总数，图中纵轴只画到文中出现的最低名次。",
  table: (rows) => ({
    columns: [
      { key: "indicator", label: "指标（增速）" },
      { key: "scope", label: "排名范围" },
      { key: "rank", label: "名次", numeric: true },
    ],
    rows: rows.map((r) => ({
      indicator: r.record.indicator,
      scope: r.record.scope === "渝东北" ? "渝东北区县" : "重庆全市",
      rank: formatRank(r.rank),
    })),
  }),
  sources: (rows) => rows.map((r) => r.record.source),
};
