import type { Figure, Unit } from "../../schemas/figure";

// Chinese newsrooms group thousands only in long numbers: 12,903.41 but 2018 and 40.27.
const NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2, useGrouping: "min2" });

/** A number with its unit, written the Chinese way: "40.27亿元", "12.8%", "200万人", "2018年". */
export function formatValue(value: number, unit: Unit): string {
  const number = unit === "年" ? String(value) : NUMBER.format(value);
  return `${number}${unit}`;
}

/** How an axis in a unit is labelled: values as they are, the unit after the ticks (亿元). */
export function formatAxisUnit(unit: Unit): { factor: number; words: string } {
  return { factor: 1, words: unit };
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

/**
 * A figure as the article states it. Where its text gives the number in words rather than digits
 * (首位, 六方, 六个), that text: formatting would put another word in the article's mouth (首位 is not
 * 第1位). Otherwise the figure read as its measure, which is the text's own digits without the
 * words around them (航线5条 → 5条, 协议投资12.1亿元 → 12.1亿元).
 */
export function formatStated(figure: Pick<Figure, "value" | "unit" | "bound" | "text">, measure?: string): string {
  return /\d/.test(figure.text) ? formatMeasure(figure, measure) : figure.text;
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

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** A whole number from 1 to 99 in Chinese numerals: 3 → "三", 10 → "十", 21 → "二十一". */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n} (1–99 only)`);
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? "" : DIGITS[tens]!}十${ones === 0 ? "" : DIGITS[ones]!}`;
}

/** The kicker of a chapter that is one of the article's numbered sections: "第三部分". */
export function formatSection(n: number): string {
  return `第${chineseNumeral(n)}部分`;
}

/** An ISO calendar date as Chinese text: "2026-11-29" → "2026年11月29日". */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: "${iso}" (expected YYYY-MM-DD)`);
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}
