import { scaleLinear } from "d3";
import { neededField, neededMeasureWords } from "../lib/input/needed-field";
import { formatFigure } from "../lib/text/format";
import type { Figure } from "../schemas/figure";
import type { Records } from "../schemas/index";
import type { Source } from "../schemas/source";
import { BAR, MARGIN, WIDE_FROM } from "./layout";
import { FONT, textWidth } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

interface Amount {
  id: string;
  label: string;
  /** The amount; its text names what it measures, as the article does: 总投资达…亿元, 协议投资…亿元. */
  amount: Figure;
  /** A count stated with the amount (projects or firms), where the article gives one. */
  count?: Figure;
  source: Source;
  /** The part of this amount that is 万州's, where the article splits it out. */
  part?: { label: string; amount: Figure; count?: Figure; source: Source };
}

const GROUNDBREAKING = "万州经开区集中开工";

const money = (figures: Figure[] | undefined) => figures?.find((f) => f.unit === "亿元");
const count = (figures: Figure[] | undefined) => figures?.find((f) => f.unit !== "亿元");
/** A record's amount with the article's words for its measure, which the chart labels the bar by. */
const stated = (dataset: "projects" | "investments", record: { id: string; figures?: Figure[] }) =>
  neededMeasureWords(dataset, record, record.figures!.indexOf(money(record.figures)!));
/** A count and an amount as the article words them: "11个，总投资达…亿元". */
const both = (c: Figure | undefined, amount: Figure) => `${c ? `${formatFigure(c)}，` : ""}${amount.text}`;

export const investmentAmounts: ChartDefinition<Amount[]> = {
  id: "investment-amounts",
  title: {
    zh: "一批项目集中开工和签约",
    en: "Projects that broke ground or were signed together",
  },
  subtitle: (rows) => rows.map((r) => `${r.label}${r.amount.text}`).join("；"),
  select(records: Records) {
    const fromProjects = records.projects.flatMap((p) => {
      const label = p.kind === "groundbreaking" ? `${GROUNDBREAKING}（${p.dateText}）` : p.name;
      return money(p.figures)
        ? [{ id: p.id, label, amount: stated("projects", p), count: count(p.figures), source: p.source }]
        : [];
    });
    const wholes = records.investments.filter((r) => money(r.figures) && !r.partOf);
    const fromInvestments = wholes.map((r) => {
      const part = records.investments.find((p) => p.partOf === r.id && money(p.figures));
      return {
        id: r.id,
        label: neededField("investments", r, "shortName"),
        amount: stated("investments", r),
        count: count(r.figures),
        source: r.source,
        part: part && {
          label: "其中万州",
          amount: stated("investments", part),
          count: count(part.figures),
          source: part.source,
        },
      };
    });
    return [...fromProjects, ...fromInvestments];
  },
  render(rows, { width, document }) {
    // Each row: its label above, the bar, and (where the article splits one out) 万州's part inside
    // the bar with its own line beneath. Labels above bars keep long Chinese names whole at any width.
    // Each bar's value is the article's own words for it, so the measure (总投资, 协议投资) is on the bar.
    const valueRoom = Math.max(...rows.map((r) => textWidth(r.amount.text, FONT.size))) + BAR.labelGap * 2;
    const x = scaleLinear(
      [0, Math.max(...rows.map((r) => r.amount.value))],
      [MARGIN.left, width - MARGIN.right - valueRoom],
    ).nice();
    const rowHeight = (r: Amount) =>
      FONT.size + BAR.labelGap + BAR.height + (r.part ? FONT.size + BAR.labelGap : 0) + BAR.gap;
    const height = MARGIN.top + rows.reduce((h, r) => h + rowHeight(r), 0) + MARGIN.bottom;
    const svg = svgRoot(document, width, height);
    const axisY = height - MARGIN.bottom + BAR.labelGap;
    const axis = el(document, "g", {
      role: "group",
      "aria-label": "横轴：亿元",
      "font-size": FONT.small,
      fill: "var(--muted)",
    });
    for (const tick of x.ticks(width < WIDE_FROM ? BAR.ticksNarrow : BAR.ticksWide)) {
      axis.append(
        el(document, "line", {
          x1: x(tick),
          x2: x(tick),
          y1: MARGIN.top,
          y2: axisY - BAR.labelGap,
          stroke: ROLE_COLOR.rule,
        }),
        el(document, "text", { x: x(tick), y: axisY + FONT.small, "text-anchor": "middle" }, [String(tick)]),
      );
    }
    axis.append(
      el(document, "text", { x: width - MARGIN.right, y: axisY + FONT.small, "text-anchor": "end" }, ["亿元"]),
    );
    svg.append(axis);
    const bars = el(document, "g", { role: "group", "aria-label": "投资额" });
    let y = MARGIN.top;
    for (const r of rows) {
      const barY = y + FONT.size + BAR.labelGap;
      const bar = el(document, "rect", {
        x: x(0),
        y: barY,
        width: x(r.amount.value) - x(0),
        height: BAR.height,
        fill: ROLE_COLOR.wanzhou,
      });
      markTip(bar, `${r.label}：${both(r.count, r.amount)}`);
      bars.append(
        el(document, "text", { x: x(0), y: y + FONT.size, "font-size": FONT.size }, [r.label]),
        bar,
        el(
          document,
          "text",
          {
            x: x(r.amount.value) + BAR.labelGap,
            y: barY + BAR.height / 2,
            "dominant-baseline": "central",
            "font-weight": "bold",
          },
          [r.amount.text],
        ),
      );
      if (r.part) {
        const part = el(document, "rect", {
          x: x(0),
          y: barY,
          width: x(r.part.amount.value) - x(0),
          height: BAR.height,
          fill: ROLE_COLOR.part,
        });
        markTip(part, `${r.label}${r.part.label}：${both(r.part.count, r.part.amount)}`);
        bars.append(
          part,
          el(document, "path", {
            d: `M${x(r.part.amount.value)},${barY + BAR.height}V${barY + BAR.height + BAR.labelGap}`,
            stroke: ROLE_COLOR.text,
          }),
          el(document, "text", { x: x(0), y: barY + BAR.height + BAR.labelGap + FONT.small, "font-size": FONT.small }, [
            `${r.part.label}：${both(r.part.count, r.part.amount)}（条内左段）`,
          ]),
        );
      }
      y += rowHeight(r);
    }
    svg.append(
      bars,
      el(document, "line", { x1: x(0), x2: x(0), y1: MARGIN.top, y2: axisY - BAR.labelGap, stroke: ROLE_COLOR.text }),
    );
    return svg;
  },
  describe: (rows) =>
    `条形图，单位亿元，每条的数值按原文写明它是哪种投资额：${rows
      .map(
        (r) =>
          `${r.label}${both(r.count, r.amount)}${r.part ? `（${r.part.label}${both(r.part.count, r.part.amount)}）` : ""}`,
      )
      .join("；")}。各项是不同的事项，金额的口径也按原文各不相同；原文未给出单个项目的金额。`,
  table: (rows) => ({
    columns: [
      { key: "item", label: "事项" },
      { key: "count", label: "项目或企业", numeric: true },
      { key: "amount", label: "投资额（原文口径）", numeric: true },
    ],
    rows: rows.flatMap((r) => [
      { item: r.label, count: r.count ? formatFigure(r.count) : "—", amount: r.amount.text },
      ...(r.part
        ? [
            {
              item: `${r.label}：${r.part.label}`,
              count: r.part.count ? formatFigure(r.part.count) : "—",
              amount: r.part.amount.text,
            },
          ]
        : []),
    ]),
  }),
  sources: (rows) => rows.flatMap((r) => [r.source, ...(r.part ? [r.part.source] : [])]),
};
