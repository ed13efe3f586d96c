// What happened after the article: one owner for reading data/milestones.json (order, latest stage,
// dates in words), so the since page, the then-and-now chart and the map's latest view agree.
import type { Milestone, MilestoneSource } from "../../schemas/milestones";
import type { ExternalSource } from "../../schemas/source";
import type { Stage } from "./stages";
import { ARTICLE_TIME, ARTICLE_YEAR } from "./article-time";

/** Said where an item has no later milestone: never “unchanged”, never “done”. */
export const NOTHING_FOUND = "未查到此后报道";

/** The words of every link to the since page (cover, chapter navigation, charts that show stages). */
export const SINCE_LINK_TEXT = `此后：${ARTICLE_TIME}以后各项目的进展`;

/** The label of the article's time beside a later one, as the switch and the columns say it. */
export const THEN_LABEL = `原文（${ARTICLE_YEAR}年）`;

/** A milestone's date in words: 2022年6月20日, or 2022年7月 when only the month is known. */
export function dateWords(m: Pick<Milestone, "date" | "precision">): string {
  const [year, month, day] = m.date.split("-").map(Number);
  return m.precision === "day" ? `${year}年${month}月${day}日` : `${year}年${month}月`;
}

/** The date as the reader needs it: a date the source only bounds reads “不晚于…”. */
export function whenWords(m: Pick<Milestone, "date" | "precision" | "by">): string {
  return m.by ? `不晚于${dateWords(m)}` : dateWords(m);
}

/** 截至2025年11月: the month of a date, as an as-of label says it. */
export function asOfWords(date: string): string {
  const [year, month] = date.split("-").map(Number);
  return `截至${year}年${month}月`;
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

/** A repost says so wherever it is shown, and whose text it reposts when known: 转载自新华网. */
export function repostWords(source: MilestoneSource): string {
  return `转载${source.repostOf ? `自${source.repostOf}` : ""}`;
}

/** A page's publisher as a table or tooltip names it: 安徽日报, or x.com（转载自新华网）. */
export function publisherWords(source: MilestoneSource): string {
  return source.reliability === "Copy" ? `${source.publisher}（${repostWords(source)}）` : source.publisher;
}

/** The publishers of a milestone's pages, joined. */
export function sourcesWords(m: Milestone): string {
  return m.sources.map(publisherWords).join("、");
}

/** A milestone's page as an entry of a chart's source line (whose reliability label says 转载 for a Copy). */
export function milestoneSource(source: MilestoneSource, milestone: Milestone): ExternalSource {
  return {
    kind: "external",
    publisher: source.repostOf ? `${source.publisher}，${repostWords(source)}` : source.publisher,
    url: source.url,
    reliability: source.reliability,
    note: milestone.what,
  };
}
