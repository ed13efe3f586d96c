import type { Localized } from "../../lib/locale/lang";

/** What the article dates: a thing that happened, or a statistic of a period (a growth rate). */
export type Kind = "event" | "statistic";

/** The kinds in Chinese: 事件, 统计. */
const KIND: Record<Kind, string> = { event: "事件", statistic: "统计" };

/** An event as the chart's sentences take it, already written in their language. */
interface Said {
  kind: Kind;
  when: string;
  what: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const andList = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}` : (items[0] ?? "");
/** An indicator's name inside an English sentence: lower-case first, unless it is an acronym (GDP). */
const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);

/** Every word the cooperation-timeline chart says, in each language; names and figures come from records. */
export const COOPERATION_TIMELINE_WORDS: Localized<{
  kind: Record<Kind, string>;
  /** "3件事与1项统计": events and statistics counted apart (a statistic is not an event). */
  counted(events: number, statistics: number): string;
  subtitle(counted: string): string;
  /** Projects of one day: their names and the article's one status word for them. */
  together(names: string[], status: string): string;
  /** One project of a day, with its figures (a count, then the total investment). */
  single(name: string, figures: string[]): string;
  /** A count with its noun, by unit: 11个, "11 projects". */
  count(count: string, unit: string): string;
  /** The half-year the article dates the growth figures by. */
  firstHalf: string;
  statistic(indicator: string, figure: string): string;
  opened(name: string): string;
  year(year: number): string;
  /** A label's first line: when, and the kind where it is a statistic. */
  firstLine(when: string, kind: Kind): string;
  group: string;
  tip(e: Said): string;
  describe(counted: string, events: Said[]): string;
  columns: { when: string; what: string };
  cell(e: Said): string;
}> = {
  zh: {
    kind: KIND,
    counted: (events, statistics) =>
      [events ? `${events}件事` : "", statistics ? `${statistics}项统计` : ""].filter(Boolean).join("与"),
    subtitle: (counted) => `原文标明日期或时段的${counted}，按时间排列；原文只写月日的，年份按文章所述年份`,
    together: (names, status) => `${names.join("、")}同步${status}`,
    single: (name, figures) => `${name}${figures.length ? `：${figures.join("，总投资")}` : ""}`,
    count: (count) => count,
    firstHalf: "今年上半年",
    statistic: (indicator, figure) => `万州${indicator}${figure}`,
    opened: (name) => `${name}开通（原文未写月日）`,
    year: (year) => `${year}年`,
    firstLine: (when, kind) => (kind === "statistic" ? `${when} · 统计` : when),
    group: "事件与统计",
    tip: (e) => `${e.when}（${KIND[e.kind]}）：${e.what}`,
    describe: (counted, events) =>
      `时间线，${counted}：${events.map((e) => `${e.when}，${e.what}（${KIND[e.kind]}）`).join("；")}。`,
    columns: { when: "时间（原文）", what: "事件或统计" },
    cell: (e) => `${KIND[e.kind]}：${e.what}`,
  },
  en: {
    kind: { event: "event", statistic: "statistic" },
    counted: (events, statistics) =>
      [events ? plural(events, "event", "events") : "", statistics ? plural(statistics, "statistic", "statistics") : ""]
        .filter(Boolean)
        .join(" and "),
    subtitle: (counted) =>
      `The ${counted} the article gives a date or period for, in time order; ` +
      "where the article gives only the day and month, the year is the one the article speaks of",
    together: (names, status) => `${andList(names)} ${status} at the same time`,
    single: (name, figures) => `${name}${figures.length ? `: ${figures.join(", total investment of ")}` : ""}`,
    count: (count, unit) => (unit === "个" ? `${count} projects` : count),
    firstHalf: "First half of this year",
    statistic: (indicator, figure) => `Wanzhou's ${inSentence(indicator)}: ${figure}`,
    opened: (name) => `${name} opened (the article gives no month or day)`,
    year: (year) => String(year),
    firstLine: (when, kind) => (kind === "statistic" ? `${when} · statistic` : when),
    group: "Events and statistics",
    tip: (e) => `${e.when} (${e.kind}): ${e.what}`,
    describe: (counted, events) =>
      `Timeline, ${counted}: ${events.map((e) => `${e.when} (${e.kind}): ${e.what}`).join("; ")}.`,
    columns: { when: "When (as the article puts it)", what: "Event or statistic" },
    cell: (e) => `${e.kind === "event" ? "Event" : "Statistic"}: ${e.what}`,
  },
};
