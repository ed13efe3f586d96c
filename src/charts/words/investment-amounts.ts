import type { Localized } from "../../lib/locale/lang";

/** A bar as the chart's sentences take it, already written in their language. */
interface Said {
  label: string;
  /** The count and the amount as the article words them: "11个，总投资达40.27亿元". */
  both: string;
  /** Wanzhou's part of it, where the article splits one out. */
  part?: string;
}

/** Every word the investment-amounts chart says, in each language; figures come from its records. */
export const INVESTMENT_AMOUNTS_WORDS: Localized<{
  /** The label of the development zone's groundbreaking, by its date. */
  groundbreaking(date: string): string;
  /** A count with its noun, by unit (个 projects, 家 companies): 13个, "13 projects". */
  count(count: string, unit: string): string;
  /** An amount with the words for what it measures; in Chinese the article's own text. */
  amount(text: string, measure: string, figure: string): string;
  both(count: string | undefined, amount: string): string;
  /** An amount on a line of its own under its bar. */
  valueLine(amount: string): string;
  subtitle(rows: { label: string; amount: string }[]): string;
  tip(label: string, both: string): string;
  partTip(label: string, both: string): string;
  /** The line under a bar that names its part: its words, and where it is drawn. */
  partLine(both: string): string;
  axis(unit: string): string;
  bars: string;
  describe(rows: Said[]): string;
  columns: { item: string; count: string; amount: string };
  partItem(label: string): string;
}> = {
  zh: {
    groundbreaking: (date) => `万州经开区集中开工（${date}）`,
    count: (count) => count,
    amount: (text) => text,
    both: (count, amount) => `${count ? `${count}，` : ""}${amount}`,
    valueLine: (amount) => amount,
    subtitle: (rows) => rows.map((r) => `${r.label}${r.amount}`).join("；"),
    tip: (label, both) => `${label}：${both}`,
    partTip: (label, both) => `${label}其中万州：${both}`,
    partLine: (both) => `其中万州：${both}（条内左段）`,
    axis: (unit) => `横轴：${unit}`,
    bars: "投资额",
    describe: (rows) =>
      `条形图，单位亿元，每条的数值按原文写明它是哪种投资额：${rows
        .map((r) => `${r.label}${r.both}${r.part ? `（其中万州${r.part}）` : ""}`)
        .join("；")}。各项是不同的事项，金额的口径也按原文各不相同；原文未给出单个项目的金额。`,
    columns: { item: "事项", count: "项目或企业", amount: "投资额（原文口径）" },
    partItem: (label) => `${label}：其中万州`,
  },
  en: {
    groundbreaking: (date) =>
      `Mass groundbreaking in the Wanzhou Economic and Technological Development Zone (${date})`,
    count: (count, unit) => `${count} ${unit === "家" ? "companies" : "projects"}`,
    amount: (_text, measure, figure) => `${measure} of ${figure}`,
    both: (count, amount) => `${count ? `${count}, ` : ""}${amount}`,
    valueLine: (amount) => amount.charAt(0).toUpperCase() + amount.slice(1),
    subtitle: (rows) => rows.map((r) => `${r.label}: ${r.amount}`).join("; "),
    tip: (label, both) => `${label}: ${both}`,
    partTip: (label, both) => `${label}, of which Wanzhou: ${both}`,
    partLine: (both) => `Of which Wanzhou: ${both} (left segment)`,
    axis: (unit) => `Horizontal axis: ${unit}`,
    bars: "Investment amounts",
    describe: (rows) =>
      "Bar chart in billions of yuan, each bar's value naming, in the article's words, the kind of investment it is: " +
      rows.map((r) => `${r.label}: ${r.both}${r.part ? ` (of which Wanzhou: ${r.part})` : ""}`).join("; ") +
      ". The items are different undertakings, and the article words their amounts differently; " +
      "it gives no amount for any single project.",
    columns: { item: "Item", count: "Projects or companies", amount: "Investment (as the article words it)" },
    partItem: (label) => `${label}: of which Wanzhou`,
  },
};
