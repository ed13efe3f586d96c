// Then and now for the transport items: the article's stage (2021) beside the latest stage a later
// source gives, with its date. The words of the then-and-now chart live here, not in chart code.
import type { Milestone } from "../../schemas/milestones";
import { MODE_LABELS, type TransportLink } from "../../schemas/transport";
import { ARTICLE_YEAR } from "./article-time";
import { NOTHING_FOUND, asOfWords, latestDate, latestStage, milestonesOf, sourcesWords, whenWords } from "./since";
import { STAGES, STAGE_LABELS, type Stage } from "./stages";

/** The header over the article's stages: whose and when. */
export const THEN_HEADING = `原文所述（${ARTICLE_YEAR}年）`;

/** The heading of the items a later source gives a stage. */
export const FOUND_HEADING = "查到此后阶段报道";

/** Said of the one-off pilots, which are events, not stages: why the chart leaves them out. */
export const PILOTS_LEFT_OUT = "一次性试点运输是一件事，不是阶段，不在图中";

/** Said of the items with no later staged report: absence of news is not a stage. */
export const NOTHING_FOUND_MEANS = "未查到报道不等于未变，也不等于已完成";

/** Said of plans: a plan is never drawn as a state. */
export const PLANS_APART = "此后提出的计划不是阶段，只列在数据表中，附提出日期";

/** The latest stage of an item, in words ready to show. */
export interface LatestWords {
  stage: Stage;
  /** Its date as the reader needs it: 2022年6月20日, 2022年7月, 不晚于…. */
  when: string;
  /** The publishers of its sources, a repost marked as one. */
  publishers: string;
  milestone: Milestone;
}

/** One transport item: the article's stage and word, the latest sourced stage if any, its plans. */
export interface ThenNowItem {
  link: TransportLink;
  latest?: LatestWords;
  /** Plans stated after the article, each with the date it was stated: plans, never stages. */
  plans: { when: string; what: string; milestone: Milestone }[];
}

export interface ThenNow {
  /** Every item shown, in the article's order. */
  items: ThenNowItem[];
  /** The items a later source gives a stage, then those with none, each in the article's order. */
  found: ThenNowItem[];
  missing: ThenNowItem[];
  /** The found items by their latest stage, in stage order, stages with none left out. */
  byLatestStage: { stage: Stage; items: ThenNowItem[] }[];
  /** The one-off pilots (kind "pilot"), left out of the chart: events, not stages. */
  pilots: TransportLink[];
  /** The header over the latest stages: 此后最新（截至YYYY年M月）, from the newest fact shown. */
  latestHeading: string;
  /** The as-of words alone: 截至YYYY年M月. */
  asOf: string;
  thenHeading: string;
}

/** Every transport item but the pilots, with its latest sourced stage (or none) and its plans. */
export function thenAndNow(transport: readonly TransportLink[], milestones: readonly Milestone[]): ThenNow {
  const items = transport
    .filter((l) => l.kind !== "pilot")
    .map((link): ThenNowItem => {
      const latest = latestStage(link.id, milestones);
      const plans = milestonesOf(link.id, milestones).filter((m) => m.kind === "plan");
      return {
        link,
        latest: latest && {
          stage: latest.stage,
          when: whenWords(latest.milestone),
          publishers: sourcesWords(latest.milestone),
          milestone: latest.milestone,
        },
        plans: plans.map((m) => ({ when: whenWords(m), what: m.what, milestone: m })),
      };
    });
  const found = items.filter((i) => i.latest);
  // The as-of date is that of the newest stage shown: a later stageless event or plan changes no box.
  const asOf = latestDate(
    found.map((i) => i.link.id),
    found.map((i) => i.latest!.milestone),
  );
  if (!asOf) throw new Error("no transport item has a later milestone with a stage: nothing to set beside the article");
  return {
    items,
    found,
    byLatestStage: STAGES.map((stage) => ({ stage, items: found.filter((i) => i.latest!.stage === stage) })).filter(
      (s) => s.items.length > 0,
    ),
    missing: items.filter((i) => !i.latest),
    pilots: transport.filter((l) => l.kind === "pilot"),
    latestHeading: `此后最新（${asOfWords(asOf)}）`,
    asOf: asOfWords(asOf),
    thenHeading: THEN_HEADING,
  };
}

/** The article's stage of an item with its own word: 在建（原文“完成铺轨”）. */
export function thenWords(link: TransportLink): string {
  return `${STAGE_LABELS[link.stage]}（原文“${link.status}”）`;
}

/** The latest stage with its date, or that none was found. */
export function latestWords(item: ThenNowItem): string {
  return item.latest ? `${STAGE_LABELS[item.latest.stage]}（${item.latest.when}）` : NOTHING_FOUND;
}

/** An item's tooltip: name, mode, then and now, each saying whose and when. */
export function thenNowTip(item: ThenNowItem): string {
  const { link, latest } = item;
  const now = latest ? `此后：${latestWords(item)}，据${latest.publishers}` : `此后：${NOTHING_FOUND}`;
  return `${link.name}（${MODE_LABELS[link.mode]}）：${THEN_HEADING}${thenWords(link)}；${now}`;
}
