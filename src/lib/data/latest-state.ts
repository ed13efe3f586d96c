// What a “最新” view says of one item of the article: its latest sourced stage with the date and the
// publishers that give it, or that nothing was found. Pure: the map's latest view draws from it, and
// its unit test pins which stage each item gets.
import type { Milestone } from "../../schemas/milestones";
import type { Lang } from "../locale/lang";
import {
  asOfWords,
  latestDate,
  latestStage,
  milestonesOf,
  NOTHING_FOUND,
  sourcesWords,
  whatWords,
  whenWords,
} from "./since";
import { STAGE_LABELS, type Stage } from "./stages";

/** An item's latest state, in the words a tooltip, a description and a table give it, in one language. */
export type LatestState =
  | {
      kind: "staged";
      stage: Stage;
      /** The stage in words, e.g. 建成或开通. */
      label: string;
      /** When, as whenWords says it (2022年6月20日, 不晚于2025年11月1日). */
      when: string;
      /** Who says so: the milestone's publishers, a repost marked as one. */
      source: string;
    }
  | {
      kind: "none";
      /** “未查到此后报道” in the state's language. */
      label: string;
      /** A later fact that gives no stage (达州金垭机场通航 beside the airports' link), said as it is. */
      other?: { when: string; what: string; source: string };
    };

/**
 * The latest state of `subject`: the stage of its latest sourced event or status (never a plan's),
 * else “未查到此后报道”. An item with no staged milestone is never given its 2021 stage.
 */
export function latestStateOf(subject: string, all: readonly Milestone[], lang: Lang): LatestState {
  const latest = latestStage(subject, all);
  if (latest) {
    const { stage, milestone } = latest;
    return {
      kind: "staged",
      stage,
      label: STAGE_LABELS[lang][stage],
      when: whenWords(milestone, lang),
      source: sourcesWords(milestone, lang),
    };
  }
  const other = milestonesOf(subject, all)
    .filter((m) => m.kind !== "plan")
    .at(-1);
  const said = other && {
    when: whenWords(other, lang),
    what: whatWords(other, lang),
    source: sourcesWords(other, lang),
  };
  return { kind: "none", label: NOTHING_FOUND[lang], ...(said && { other: said }) };
}

/** A latest state in one line: “建成或开通，2022年6月20日（安徽日报）” or “未查到此后报道”. */
export function latestWords(state: LatestState, lang: Lang): string {
  if (lang === "en") {
    if (state.kind === "staged") return `${state.label}, ${state.when} (${state.source})`;
    const other =
      state.other &&
      `; a later report gives no stage: ${state.other.when}, ${state.other.what} (${state.other.source})`;
    return state.label + (other ?? "");
  }
  if (state.kind === "staged") return `${state.label}，${state.when}（${state.source}）`;
  const other =
    state.other && `；此后另有报道，未涉及阶段：${state.other.when}${state.other.what}（${state.other.source}）`;
  return state.label + (other ?? "");
}

/** “截至2025年11月”: the newest fact (not a plan) about any of `subjects`; undefined when none. */
export function latestAsOf(subjects: readonly string[], all: readonly Milestone[], lang: Lang): string | undefined {
  const date = latestDate(subjects, all);
  return date && asOfWords(date, lang);
}

/** The switch's and the legend's name of the latest view: “最新（截至2025年11月）”, “Latest (as of November 2025)”. */
export function latestLabel(asOf: string, lang: Lang): string {
  return lang === "zh" ? `最新（${asOf}）` : `Latest (${asOf})`;
}
