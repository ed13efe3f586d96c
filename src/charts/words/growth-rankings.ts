import type { Localized } from "../../lib/locale/lang";
import type { Indicator } from "../../schemas/economy";

type Scope = NonNullable<Indicator["scope"]>;

/** One ranking as a sentence gives it: the indicator's name and its rank, in the sentence's language. */
interface Ranked {
  name: string;
  rank: string;
}
/** The rankings of one scope. */
interface Group {
  scope: Scope;
  rows: Ranked[];
}

/** Among whom a rank stands, in the article's words (“居全市第7位、渝东北区县首位”). */
const AMONG: Record<Scope, string> = { 全市: "全市", 渝东北: "渝东北区县" };
/** The same in an English sentence: “2nd in Chongqing”. */
const AMONG_EN: Record<Scope, string> = {
  全市: "in Chongqing",
  渝东北: "among the districts and counties of north-eastern Chongqing",
};

const listed = (rows: Ranked[], comma: string, space = "") => rows.map((r) => `${r.name}${space}${r.rank}`).join(comma);
/** An indicator's name inside an English sentence: lower-case first, unless it is an acronym (GDP). */
const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);

/** Every word the growth-rankings chart says, in each language; ranks and names come from its records. */
export const GROWTH_RANKINGS_WORDS: Localized<{
  subtitle(period: string, groups: Group[]): string;
  /** A panel's heading, also its group's label. */
  heading(scope: Scope): string;
  tip(indicator: string, scope: Scope, rank: string): string;
  describe(period: string, groups: Group[]): string;
  /** Under the chart: the article never says how many are ranked. */
  note: string;
  columns: { indicator: string; scope: string; rank: string };
  scope(scope: Scope): string;
}> = {
  zh: {
    subtitle: (period, groups) =>
      `${period}增速名次——` + groups.map((g) => `${AMONG[g.scope]}：${listed(g.rows, "，")}`).join("；"),
    heading: (scope) => `${AMONG[scope]}名次`,
    tip: (indicator, scope, rank) => `${indicator}：居${AMONG[scope]}${rank}`,
    describe: (period, groups) =>
      `名次图，分组列出，每组各有一条名次线，第1位在左：万州${period}各项增速的名次。` +
      groups.map((g) => `在${AMONG[g.scope]}的名次：${listed(g.rows, "，")}`).join("。") +
      "。原文未给出区县总数，名次线过文中出现的最低名次后仍以虚线和箭头延续，不表示末位。",
    note: "原文未给出区县总数",
    columns: { indicator: "指标（增速）", scope: "排名范围", rank: "名次" },
    scope: (scope) => AMONG[scope],
  },
  en: {
    subtitle: (period, groups) =>
      `Growth ranks, ${period} — ` +
      groups
        .map(
          (g) =>
            `${AMONG_EN[g.scope]}: ${listed(
              g.rows.map((r) => ({ ...r, name: inSentence(r.name) })),
              ", ",
              " ",
            )}`,
        )
        .join("; "),
    heading: (scope) => (scope === "全市" ? "Rank in Chongqing" : "Rank in north-eastern Chongqing"),
    tip: (indicator, scope, rank) => `${indicator}: ${rank} ${AMONG_EN[scope]}`,
    describe: (period, groups) =>
      `Rank chart in groups, each with its own rank line, 1st on the left: Wanzhou's growth ranks in the ${period}. ` +
      groups
        .map(
          (g) =>
            `Ranks ${AMONG_EN[g.scope]}: ${listed(
              g.rows.map((r) => ({ ...r, name: inSentence(r.name) })),
              ", ",
              " ",
            )}`,
        )
        .join(". ") +
      ". The article does not give the number ranked; past the lowest rank it gives, each rank line runs on, " +
      "dashed, to an arrow, so its end is not the last place.",
    note: "The article does not give the number ranked",
    columns: { indicator: "Indicator (growth)", scope: "Ranking", rank: "Rank" },
    scope: (scope) => (scope === "全市" ? "Chongqing-wide" : "Districts and counties of north-eastern Chongqing"),
  },
};
