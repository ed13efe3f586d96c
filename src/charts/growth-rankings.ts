import { neededField } from "../lib/input/needed-field";
import { formatPeriod, formatStated } from "../lib/text/format";
import { FONT, textWidth } from "../lib/text/measure";
import type { Indicator } from "../schemas/economy";
import type { Records } from "../schemas/index";
import { MARGIN, RANK, WIDE_FROM } from "./layout";
import { ROLE_COLOR } from "./palette";
import { el, finishSvg, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

type Scope = NonNullable<Indicator["scope"]>;

interface Row {
  record: Indicator;
  /** The indicator as the chart labels it: the record's short name. */
  label: string;
  scope: Scope;
  rank: number;
  /** The rank as the article states it: 第7位, or 首位 where the article says 首位. */
  rankText: string;
}

/** Among whom a rank stands, in the article's words (“居全市第7位、渝东北区县首位”). */
const AMONG: Record<Scope, string> = { 全市: "全市", 渝东北: "渝东北区县" };
/** The scopes in the order the chart shows them: the whole city first, then 渝东北. */
const SCOPES: Scope[] = ["全市", "渝东北"];

/** The rankings grouped by scope, each group in the article's order; a scope with none is left out. */
const byScope = (rows: Row[]) =>
  SCOPES.map((scope) => ({ scope, rows: rows.filter((r) => r.scope === scope) })).filter((g) => g.rows.length > 0);

const period = (rows: Row[]) => formatPeriod(rows[0]?.record.period ?? "");
const listed = (rows: Row[], full: boolean) =>
  rows.map((r) => `${full ? r.record.indicator : r.label}${r.rankText}`).join("，");
const NOTE = "原文未给出区县总数";

export const growthRankings: ChartDefinition<Row[]> = {
  id: "growth-rankings",
  title: {
    zh: "万州多项增速排在全市前列",
    en: "Wanzhou ranked near the top in Chongqing on several growth measures",
  },
  subtitle: (rows) =>
    `${period(rows)}增速名次——` +
    byScope(rows)
      .map((g) => `${AMONG[g.scope]}：${listed(g.rows, false)}`)
      .join("；"),
  select: (records: Records) =>
    records.economy
      .filter((r) => r.measure === "rank" && r.place === "wanzhou")
      .map((record) => ({
        record,
        label: neededField("economy", record, "shortName"),
        scope: neededField("economy", record, "scope"),
        rank: record.figure.value,
        rankText: formatStated(record.figure, record.measure),
      })),
  render(rows, { width, document }) {
    // One panel per scope (全市, then 渝东北区县), each headed by its scope. A row: the indicator and
    // its rank as the article writes it, and a dot on a rank line that runs right from 第1位 and on
    // past the lowest rank shown (dashed, fading, an arrow): the article never says how many rank.
    const line = FONT.size * FONT.lineHeight;
    const nameWidth = Math.max(...rows.map((r) => textWidth(r.label)));
    const rankWidth = Math.max(...rows.map((r) => textWidth(r.rankText)));
    // Names beside the line only where they leave it half the width; longer names go above it.
    const narrow = width < WIDE_FROM || nameWidth + rankWidth + RANK.columnGap * 2 > width / 2;
    const left = narrow ? MARGIN.left : MARGIN.left + nameWidth + rankWidth + RANK.columnGap * 2;
    const worst = Math.max(...rows.map((r) => r.rank));
    const end = width - MARGIN.right;
    const step = (end - left - RANK.radius) / (worst - 1 + RANK.tailSteps);
    const x = (rank: number) => left + RANK.radius + (rank - 1) * step;
    const rowHeight = (narrow ? line : 0) + RANK.radius * 2 + RANK.rowGap;
    const groups = byScope(rows);
    const height =
      MARGIN.top +
      groups.reduce((h, g, i) => h + (i > 0 ? RANK.panelGap : 0) + RANK.headingHeight + g.rows.length * rowHeight, 0) +
      FONT.small +
      MARGIN.top;
    const svg = svgRoot(document, width, height);
    let y = MARGIN.top;
    groups.forEach((group, i) => {
      y += i > 0 ? RANK.panelGap : 0;
      const heading = `${AMONG[group.scope]}名次`;
      const panel = el(document, "g", { role: "group", "aria-label": heading });
      panel.append(
        el(document, "text", { x: MARGIN.left, y: y + FONT.size, "font-weight": "bold" }, [heading]),
        el(document, "line", {
          x1: MARGIN.left,
          x2: end,
          y1: y + RANK.headingHeight - RANK.rowGap / 2,
          y2: y + RANK.headingHeight - RANK.rowGap / 2,
          stroke: ROLE_COLOR.rule,
        }),
      );
      y += RANK.headingHeight;
      for (const r of group.rows) {
        const cy = y + (narrow ? line : 0) + RANK.radius;
        const textY = narrow ? y + FONT.size : cy;
        const baseline = narrow ? undefined : "central";
        const rankX = narrow
          ? MARGIN.left + textWidth(r.label) + RANK.columnGap
          : MARGIN.left + nameWidth + RANK.columnGap;
        const tail = x(worst + RANK.tailSteps) - RANK.radius;
        const track = el(document, "g", { stroke: ROLE_COLOR.rule, "stroke-width": RANK.stop, fill: "none" }, [
          el(document, "line", { x1: x(1), x2: x(worst), y1: cy, y2: cy }),
          el(document, "line", {
            x1: x(worst),
            x2: tail,
            y1: cy,
            y2: cy,
            stroke: ROLE_COLOR.comparison,
            "stroke-dasharray": RANK.tailDash,
          }),
          el(document, "path", {
            d: `M${tail - RANK.arrow},${cy - RANK.arrow}L${tail},${cy}L${tail - RANK.arrow},${cy + RANK.arrow}`,
            stroke: ROLE_COLOR.comparison,
          }),
        ]);
        const stops = el(document, "g", { fill: ROLE_COLOR.comparison });
        for (let rank = 1; rank < worst + RANK.tailSteps; rank++)
          stops.append(
            el(document, "circle", {
              cx: x(rank),
              cy,
              r: RANK.stop,
              opacity: rank > worst ? 1 - (rank - worst) / RANK.tailSteps : undefined,
            }),
          );
        const dot = el(document, "circle", {
          cx: x(r.rank),
          cy,
          r: RANK.radius,
          fill: r.scope === "全市" ? ROLE_COLOR.wanzhou : ROLE_COLOR.observer,
        });
        markTip(dot, `${r.record.indicator}：居${AMONG[r.scope]}${r.rankText}`);
        panel.append(
          el(document, "text", { x: MARGIN.left, y: textY, "dominant-baseline": baseline }, [r.label]),
          el(document, "text", { x: rankX, y: textY, "dominant-baseline": baseline, "font-weight": "bold" }, [
            r.rankText,
          ]),
          track,
          stops,
          dot,
        );
        y += rowHeight;
      }
      svg.append(panel);
    });
    svg.append(
      el(
        document,
        "text",
        { x: end, y: y + FONT.small, "text-anchor": "end", "font-size": FONT.small, fill: "var(--muted)" },
        [NOTE],
      ),
    );
    return finishSvg(svg);
  },
  describe: (rows) =>
    `名次图，分组列出，每组各有一条名次线，第1位在左：万州${period(rows)}各项增速的名次。` +
    byScope(rows)
      .map((g) => `在${AMONG[g.scope]}的名次：${listed(g.rows, true)}`)
      .join("。") +
    `。${NOTE}，名次线过文中出现的最低名次后仍以虚线和箭头延续，不表示末位。`,
  table: (rows) => ({
    columns: [
      { key: "indicator", label: "指标（增速）" },
      { key: "scope", label: "排名范围" },
      { key: "rank", label: "名次", numeric: true },
    ],
    rows: rows.map((r) => ({ indicator: r.record.indicator, scope: AMONG[r.scope], rank: r.rankText })),
  }),
  sources: (rows) => rows.map((r) => r.record.source),
};
