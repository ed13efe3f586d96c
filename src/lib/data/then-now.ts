// Then and now for the transport items: the article's stage (2021) beside the latest stage a later
// source gives, with its date. The words of the then-and-now chart live here, not in chart code.
import type { Milestone } from "../../schemas/milestones";
import { MODE_LABELS, type TransportLink } from "../../schemas/transport";
import { inEachLang, type Lang, type Localized } from "../locale/lang";
import { ARTICLE_YEAR } from "./article-time";
import {
  NOTHING_FOUND,
  asOfWords,
  latestDate,
  latestStage,
  milestonesOf,
  sourcesWords,
  whatWords,
  whenWords,
} from "./since";
import { STAGES, STAGE_LABELS, type Stage } from "./stages";
import { articleWords, linkName } from "./transport-tip";

/** The header over the article's stages: whose and when. */
export const THEN_HEADING: Localized<string> = {
  zh: `原文所述（${ARTICLE_YEAR}年）`,
  en: `In the article (${ARTICLE_YEAR})`,
};

/** The heading of the items a later source gives a stage. */
export const FOUND_HEADING: Localized<string> = { zh: "查到此后阶段报道", en: "A later stage reported" };

/** Said of the one-off pilots, which are events, not stages: why the chart leaves them out. */
export const PILOTS_LEFT_OUT: Localized<string> = {
  zh: "一次性试点运输是一件事，不是阶段，不在图中",
  en: "The one-off pilot shipment is an event, not a stage, and is not in the chart",
};

/** Said of the items with no later staged report: absence of news is not a stage. */
export const NOTHING_FOUND_MEANS: Localized<string> = {
  zh: "未查到报道不等于未变，也不等于已完成",
  en: "finding no report does not mean nothing changed, nor that the work is done",
};

/** Said of plans: a plan is never drawn as a state. */
export const PLANS_APART: Localized<string> = {
  zh: "此后提出的计划不是阶段，只列在数据表中，附提出日期",
  en: "Plans stated since are not stages: they are listed only in the data table, with the date they were stated",
};

/** The latest stage of an item, in words ready to show in each language. */
export interface LatestWords {
  stage: Stage;
  /** Its date as the reader needs it: 2022年6月20日, 2022年7月, 不晚于…. */
  when: Localized<string>;
  /** The publishers of its sources, a repost marked as one. */
  publishers: Localized<string>;
  milestone: Milestone;
}

/** One transport item: the article's stage and word, the latest sourced stage if any, its plans. */
export interface ThenNowItem {
  link: TransportLink;
  latest?: LatestWords;
  /** Plans stated after the article, each with the date it was stated: plans, never stages. */
  plans: { when: Localized<string>; what: Localized<string>; milestone: Milestone }[];
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
  latestHeading: Localized<string>;
  /** The as-of words alone: 截至YYYY年M月. */
  asOf: Localized<string>;
  thenHeading: Localized<string>;
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
          when: inEachLang((lang) => whenWords(latest.milestone, lang)),
          publishers: inEachLang((lang) => sourcesWords(latest.milestone, lang)),
          milestone: latest.milestone,
        },
        plans: plans.map((m) => ({
          when: inEachLang((lang) => whenWords(m, lang)),
          what: inEachLang((lang) => whatWords(m, lang)),
          milestone: m,
        })),
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
    latestHeading: inEachLang((lang) =>
      lang === "zh" ? `此后最新（${asOfWords(asOf, lang)}）` : `Latest since (${asOfWords(asOf, lang)})`,
    ),
    asOf: inEachLang((lang) => asOfWords(asOf, lang)),
    thenHeading: THEN_HEADING,
  };
}

/** The article's stage of an item with its own word: 在建（原文“完成铺轨”）. */
export function thenWords(link: TransportLink, lang: Lang): string {
  const stage = STAGE_LABELS[lang][link.stage];
  return lang === "zh" ? `${stage}（${articleWords(link, lang)}）` : `${stage} (${articleWords(link, lang)})`;
}

/** The latest stage with its date, or that none was found. */
export function latestWords(item: ThenNowItem, lang: Lang): string {
  if (!item.latest) return NOTHING_FOUND[lang];
  const [stage, when] = [STAGE_LABELS[lang][item.latest.stage], item.latest.when[lang]];
  return lang === "zh" ? `${stage}（${when}）` : `${stage} (${when})`;
}

/** An item's tooltip: name, mode, then and now, each saying whose and when. */
export function thenNowTip(item: ThenNowItem, lang: Lang): string {
  const { link, latest } = item;
  const [name, mode, then] = [linkName(link, lang), MODE_LABELS[lang][link.mode], thenWords(link, lang)];
  if (lang === "en") {
    const now = latest
      ? `since: ${latestWords(item, lang)}, per ${latest.publishers[lang]}`
      : `since: ${NOTHING_FOUND[lang]}`;
    return `${name} (${mode}): ${THEN_HEADING[lang]}, ${then}; ${now}`;
  }
  const now = latest
    ? `此后：${latestWords(item, lang)}，据${latest.publishers[lang]}`
    : `此后：${NOTHING_FOUND[lang]}`;
  return `${name}（${mode}）：${THEN_HEADING[lang]}${then}；${now}`;
}
