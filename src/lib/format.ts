import type { Figure, Unit } from "../schemas/figure";

// Chinese newsrooms group thousands only in long numbers: 12,903.41 but 2018 and 40.27.
const NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2, useGrouping: "min2" });

/** A number with its unit, written the Chinese way: "40.27亿元", "12.8%", "200万人", "2018年". */
export function formatValue(value: number, unit: Unit): string {
  const number = unit === "年" ? String(value) : NUMBER.format(value);
  return `${number}${unit}`;
}

/** A figure for display, with “超” where the article gives a lower bound: "超20万人次". */
export function formatFigure(figure: Pick<Figure, "value" | "unit" | "bound">): string {
  return (figure.bound === "more-than" ? "超" : "") + formatValue(figure.value, figure.unit);
}

/**
 * A figure as its measure reads: a rank as "第7位", a rank change as "提升14位" (or "下降3位"),
 * a starting year as "2018年以来"; anything else as formatFigure does.
 */
export function formatMeasure(figure: Pick<Figure, "value" | "unit" | "bound">, measure?: string): string {
  if (measure === "rank") return formatRank(figure.value);
  if (measure === "rank-change")
    return `${figure.value >= 0 ? "提升" : "下降"}${formatValue(Math.abs(figure.value), figure.unit)}`;
  if (measure === "since") return `${formatValue(figure.value, figure.unit)}以来`;
  return formatFigure(figure);
}

/** A rank: "第7位". */
export function formatRank(rank: number): string {
  return `第${NUMBER.format(rank)}位`;
}

/** A count of records: "29条记录". */
export function formatCount(count: number, noun = "条"): string {
  return `${NUMBER.format(count)}${noun}`;
}

/** A period as Chinese text: "2021-H1" → "2021年上半年", "2021" → "2021年". */
export function formatPeriod(period: string): string {
  const [year, half] = period.split("-");
  return `${year}年${half === "H1" ? "上半年" : half === "H2" ? "下半年" : ""}`;
}
