import type { Figure, Unit } from "../../schemas/figure";

// The English edition's forms of what src/lib/text/format.ts writes in Chinese, function for function
// (src/lib/text/formats.ts pairs them). Chinese counts in 万 and 亿; English in thousands, millions and
// billions, so a figure's value is converted here, once: 40.27亿元 = 4.027 billion yuan.

const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 4 });

/** The English of each unit, after its converted number; a count's noun comes from the chart's words. */
function scaled(value: number, unit: Unit): string {
  switch (unit) {
    case "%":
      return `${NUMBER.format(value)}%`;
    case "亿元":
      return `${NUMBER.format(value / 10)} billion yuan`;
    case "万人":
    case "万人次": {
      const noun = unit === "万人" ? "people" : "passenger trips";
      return value >= 100
        ? `${NUMBER.format(value / 100)} million ${noun}`
        : `${NUMBER.format(value * 10_000)} ${noun}`;
    }
    case "平方公里":
      return `${NUMBER.format(value)} km²`;
    case "年":
      return String(value);
    case "位":
      return `${NUMBER.format(value)} ${value === 1 ? "place" : "places"}`;
    default:
      // 个, 项, 条, 家, 方: a count, whose noun (projects, routes, companies) only its context knows.
      return NUMBER.format(value);
  }
}

/**
 * How an axis in a unit is labelled in English: the factor its values are multiplied by and the words
 * after its tick numbers (亿元: ×0.1, "billion yuan"), so its ticks read as the figures do.
 */
export function formatAxisUnit(unit: Unit): { factor: number; words: string } {
  if (unit === "亿元") return { factor: 0.1, words: "billion yuan" };
  if (unit === "万人" || unit === "万人次")
    return { factor: 0.01, words: unit === "万人" ? "million people" : "million passenger trips" };
  return { factor: 1, words: unit === "%" ? "%" : "" };
}

/** A number with its unit in English: "4.027 billion yuan", "12.8%", "2 million people", "2018". */
export function formatValue(value: number, unit: Unit): string {
  return scaled(value, unit);
}

/** A figure for display, with “more than” where the article gives a lower bound. */
export function formatFigure(figure: Pick<Figure, "value" | "unit" | "bound">): string {
  return (figure.bound === "more-than" ? "more than " : "") + formatValue(figure.value, figure.unit);
}

/** A figure as its measure reads: "3rd", "up 14 places" (or "down 3 places"), "since 2018". */
export function formatMeasure(figure: Pick<Figure, "value" | "unit" | "bound">, measure?: string): string {
  if (measure === "rank") return formatRank(figure.value);
  if (measure === "rank-change")
    return `${figure.value >= 0 ? "up" : "down"} ${formatValue(Math.abs(figure.value), figure.unit)}`;
  if (measure === "since") return `since ${formatValue(figure.value, figure.unit)}`;
  return formatFigure(figure);
}

const CARDINALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ORDINALS = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

/**
 * A figure as the article states it: where the article writes the number as a word (首位, 六方, 六个),
 * a word in English too ("first", "six"), never digits the article did not write.
 */
export function formatStated(figure: Pick<Figure, "value" | "unit" | "bound" | "text">, measure?: string): string {
  if (/\d/.test(figure.text)) return formatMeasure(figure, measure);
  const words = measure === "rank" ? ORDINALS : CARDINALS;
  const word = words[figure.value];
  if (word === undefined) throw new RangeError(`no English word for ${figure.value} (0–10 only)`);
  return word;
}

/** A rank as an ordinal: "1st", "2nd", "3rd", "7th", "11th". */
export function formatRank(rank: number): string {
  const teen = rank % 100 >= 11 && rank % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][rank % 10] ?? "th");
  return `${NUMBER.format(rank)}${suffix}`;
}

/** A count with its noun: "29 records". */
export function formatCount(count: number, noun = "records"): string {
  return `${NUMBER.format(count)} ${noun}`;
}

/** A period in English: "2021-H1" → "first half of 2021", "2021" → "2021". */
export function formatPeriod(period: string): string {
  const [year, half] = period.split("-");
  return half === "H1" ? `first half of ${year}` : half === "H2" ? `second half of ${year}` : `${year}`;
}

/** The kicker of a chapter that is one of the article's numbered sections: "Part 3". */
export function formatSection(n: number): string {
  return `Part ${n}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** An ISO calendar date in British English: "2026-11-29" → "29 November 2026". */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: "${iso}" (expected YYYY-MM-DD)`);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}
