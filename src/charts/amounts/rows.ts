import { localizedWords, neededMeasureEn, neededMeasureWords, neededWords } from "../../lib/input/needed-field";
import type { Lang } from "../../lib/locale/lang";
import { FORMATS } from "../../lib/text/formats";
import type { Figure } from "../../schemas/figure";
import type { Records } from "../../schemas/index";
import type { Source } from "../../schemas/source";
import { INVESTMENT_AMOUNTS_WORDS as WORDS } from "../words/investment-amounts";

// The investment-amounts chart's rows: which records it shows, and their words in each language.

/** An amount with the article's words for what it measures (总投资达, 协议投资), in each language. */
export interface Amount {
  figure: Figure;
  /** The article's text (协议总投资37.9亿元); in English the measure's words with the figure. */
  text: Record<Lang, string>;
}
export interface Row {
  id: string;
  label: Record<Lang, string>;
  amount: Amount;
  /** A count stated with the amount (projects or firms), where the article gives one. */
  count?: Figure;
  source: Source;
  /** The part of this amount that is 万州's, where the article splits it out. */
  part?: { amount: Amount; count?: Figure; source: Source };
}

const money = (figures: Figure[] | undefined) => figures?.find((f) => f.unit === "亿元");
const count = (figures: Figure[] | undefined) => figures?.find((f) => f.unit !== "亿元");
/** A record's amount with the words for its measure, which the chart labels the bar by. */
function stated(dataset: "projects" | "investments", record: { id: string; figures?: Figure[] }): Amount {
  const index = record.figures!.indexOf(money(record.figures)!);
  const figure = neededMeasureWords(dataset, record, index);
  const measure = neededMeasureEn(dataset, record, index);
  const text = (lang: Lang) => WORDS[lang].amount(figure.text, measure, FORMATS[lang].formatFigure(figure));
  return { figure, text: { zh: text("zh"), en: text("en") } };
}
/** A count and an amount as the article words them: "11个，总投资达…亿元". */
export const both = (c: Figure | undefined, amount: Amount, lang: Lang) =>
  WORDS[lang].both(c && WORDS[lang].count(FORMATS[lang].formatFigure(c), c.unit), amount.text[lang]);

/** The amounts of the projects and investment records, 万州's part inside the total it belongs to. */
export function selectAmounts(records: Records): Row[] {
  const fromProjects = records.projects.flatMap((p) => {
    if (!money(p.figures)) return [];
    const label = (lang: Lang) =>
      p.kind === "groundbreaking"
        ? WORDS[lang].groundbreaking(neededWords("projects", p, "dateText", lang))
        : neededWords("projects", p, "name", lang);
    const labels = { zh: label("zh"), en: label("en") };
    return [{ id: p.id, label: labels, amount: stated("projects", p), count: count(p.figures), source: p.source }];
  });
  const wholes = records.investments.filter((r) => money(r.figures) && !r.partOf);
  const fromInvestments = wholes.map((r) => {
    const part = records.investments.find((p) => p.partOf === r.id && money(p.figures));
    return {
      id: r.id,
      label: localizedWords("investments", r, "shortName"),
      amount: stated("investments", r),
      count: count(r.figures),
      source: r.source,
      part: part && { amount: stated("investments", part), count: count(part.figures), source: part.source },
    };
  });
  return [...fromProjects, ...fromInvestments];
}
