// What happened after the article: one owner for reading data/milestones.json (order, latest stage,
// dates in words), so the since page, the then-and-now chart and the map's latest view agree.
import type { Milestone, MilestoneSource } from "../../schemas/milestones";
import type { ExternalSource } from "../../schemas/source";
import type { Stage } from "./stages";
import { ARTICLE_TIME, ARTICLE_YEAR } from "./article-time";
import { neededWords } from "../input/needed-field";
import type { Lang, Localized } from "../locale/lang";
import { FORMATS } from "../text/formats";

/** Said where an item has no later milestone: never “unchanged”, never “done”. */
export const NOTHING_FOUND: Localized<string> = { zh: "未查到此后报道", en: "No later report found" };

/** The words of every link to the since page (cover, chapter navigation, charts that show stages). */
export const SINCE_LINK_TEXT: Localized<string> = {
  zh: `此后：${ARTICLE_TIME}以后各项目的进展`,
  en: `Since then: what has happened to the projects after the autumn of ${ARTICLE_YEAR}`,
};

/** The label of the article's time beside a later one, as the switch and the columns say it. */
export const THEN_LABEL: Localized<string> = { zh: `原文（${ARTICLE_YEAR}年）`, en: `The article (${ARTICLE_YEAR})` };

/** A milestone's date in words: 2022年6月20日 (20 June 2022), or 2022年7月 (July 2022) when only the month is known. */
export function dateWords(m: Pick<Milestone, "date" | "precision">, lang: Lang): string {
  const [year, month, day] = m.date.split("-").map(Number);
  if (lang === "en") return m.precision === "day" ? FORMATS.en.formatDate(m.date) : monthEn(m.date);
  return m.precision === "day" ? `${year}年${month}月${day}日` : `${year}年${month}月`;
}

/** “July 2022”: the month of an ISO date, as English writes a date without its day. */
function monthEn(date: string): string {
  // formatDate writes "1 July 2022" for the month's first day: the month is what follows the day.
  return FORMATS.en.formatDate(`${date.slice(0, "YYYY-MM".length)}-01`).replace(/^1 /, "");
}

/** The date as the reader needs it: a date the source only bounds reads “不晚于…” (“by …”). */
export function whenWords(m: Pick<Milestone, "date" | "precision" | "by">, lang: Lang): string {
  if (!m.by) return dateWords(m, lang);
  return lang === "zh" ? `不晚于${dateWords(m, lang)}` : `by ${dateWords(m, lang)}`;
}

/** 截至2025年11月 (as of November 2025): the month of a date, as an as-of label says it. */
export function asOfWords(date: string, lang: Lang): string {
  const [year, month] = date.split("-").map(Number);
  return lang === "zh" ? `截至${year}年${month}月` : `as of ${monthEn(date)}`;
}

/** An item's milestones, oldest first (a plan sits at the date it was stated). */
export function milestonesOf(subject: string, all: readonly Milestone[]): Milestone[] {
  return all.filter((m) => m.subject === subject).sort((a, b) => a.date.localeCompare(b.date));
}

/** The latest stage a source gives an item: its latest event or status that carries a stage. */
export interface LatestStage {
  stage: Stage;
  /** The milestone that gives it, for its date and sources. */
  milestone: Milestone;
}

export function latestStage(subject: string, all: readonly Milestone[]): LatestStage | undefined {
  const staged = milestonesOf(subject, all).filter((m) => m.kind !== "plan" && m.stage !== undefined);
  const last = staged.at(-1);
  return last && { stage: last.stage!, milestone: last };
}

/** The date of the newest fact (not a plan) about any of the subjects: what “最新” is as of. */
export function latestDate(subjects: readonly string[], all: readonly Milestone[]): string | undefined {
  const dates = all.filter((m) => m.kind !== "plan" && subjects.includes(m.subject)).map((m) => m.date);
  return dates.sort().at(-1);
}

/** A page's words in a language: the field as given (zh) or its English sibling, needed either way. */
export function pageField(source: MilestoneSource, field: "publisher" | "repostOf", lang: Lang): string | undefined {
  const zh = source[field];
  if (lang === "zh" || zh === undefined) return zh;
  const en = source[`${field}En`];
  if (en === undefined) throw new Error(`data/milestones.json: the page ${source.url} lacks ${field}En`);
  return en;
}

/** The site's note on a milestone or its page, in a language: its `note` or `noteEn` (needed when there is a note). */
export function noteWords(o: { note?: string; noteEn?: string }, lang: Lang): string | undefined {
  if (lang === "zh" || o.note === undefined) return o.note;
  if (o.noteEn === undefined) throw new Error(`data/milestones.json: the note "${o.note}" lacks noteEn`);
  return o.noteEn;
}

/** A repost says so wherever it is shown, and whose text it reposts when known: 转载自新华网 (repost of Xinhuanet). */
export function repostWords(source: MilestoneSource, lang: Lang): string {
  const of = pageField(source, "repostOf", lang);
  return lang === "zh" ? `转载${of ? `自${of}` : ""}` : `repost${of ? ` of ${of}` : ""}`;
}

/** A page's publisher as a table or tooltip names it: 安徽日报, or x.com（转载自新华网）; x.com (repost of Xinhuanet). */
export function publisherWords(source: MilestoneSource, lang: Lang): string {
  const publisher = pageField(source, "publisher", lang)!;
  if (source.reliability !== "Copy") return publisher;
  return lang === "zh" ? `${publisher}（${repostWords(source, lang)}）` : `${publisher} (${repostWords(source, lang)})`;
}

/** The publishers of a milestone's pages, joined. */
export function sourcesWords(m: Milestone, lang: Lang): string {
  return m.sources.map((s) => publisherWords(s, lang)).join(lang === "zh" ? "、" : ", ");
}

/** What a milestone says happened, in a language: its `what` or `whatEn`. */
export function whatWords(m: Milestone, lang: Lang): string {
  return neededWords("milestones", m, "what", lang);
}

/** A milestone's page as an entry of a chart's source line (whose reliability label says 转载 for a Copy). */
export function milestoneSource(source: MilestoneSource, milestone: Milestone): ExternalSource {
  return {
    kind: "external",
    publisher: source.repostOf ? `${source.publisher}，${repostWords(source, "zh")}` : source.publisher,
    publisherEn: source.repostOf
      ? `${pageField(source, "publisher", "en")}, ${repostWords(source, "en")}`
      : pageField(source, "publisher", "en"),
    url: source.url,
    reliability: source.reliability,
    note: milestone.what,
    noteEn: whatWords(milestone, "en"),
  };
}
