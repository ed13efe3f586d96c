// The since page's items: every transport and projects record of the article with what the site
// found after it, grouped as the article groups them. Pure data; src/pages/since.astro draws it.
import type { Records } from "../../schemas/index";
import type { Milestone, MilestoneSource } from "../../schemas/milestones";
import type { ArticleSource } from "../../schemas/source";
import { MODES, MODE_LABELS } from "../../schemas/transport";
import { PROJECT_KIND_LABELS } from "../../schemas/projects";
import { RELIABILITY_LABELS } from "../../schemas/source";
import { PILOT_LABEL } from "./transport-tip";
import { STAGE_LABELS } from "./stages";
import { latestStage, milestonesOf, repostWords, type LatestStage } from "./since";

/** One item of the article and its later record. */
export interface SinceItem {
  id: string;
  name: string;
  /** The article's words for its state (transport status word or project status). */
  articleWords: string;
  /** The article's stage, in the site's words (transport items only). */
  articleStage?: string;
  source: ArticleSource | undefined;
  milestones: Milestone[];
  /** The latest stage a source gives (transport items only). */
  latest?: LatestStage;
}

export interface SinceGroup {
  title: string;
  items: SinceItem[];
}

/** Transport by mode, then projects by kind, each in the article's order; empty groups left out. */
export function sinceGroups(records: Records): SinceGroup[] {
  const article = (source: { kind: string }) => (source.kind === "article" ? (source as ArticleSource) : undefined);
  const transport = MODES.map((mode) => ({
    title: `交通：${MODE_LABELS.zh[mode]}`,
    items: records.transport
      .filter((r) => r.mode === mode)
      .map((r) => ({
        id: r.id,
        name: r.name,
        articleWords: r.status,
        articleStage: r.kind === "pilot" ? PILOT_LABEL.zh : STAGE_LABELS.zh[r.stage],
        source: article(r.source),
        milestones: milestonesOf(r.id, records.milestones),
        latest: latestStage(r.id, records.milestones),
      })),
  }));
  const projects = (Object.keys(PROJECT_KIND_LABELS) as (keyof typeof PROJECT_KIND_LABELS)[]).map((kind) => ({
    title: `项目与机制：${PROJECT_KIND_LABELS[kind]}`,
    items: records.projects
      .filter((r) => r.kind === kind)
      .map((r) => ({
        id: r.id,
        name: r.name,
        articleWords: r.status,
        source: article(r.source),
        milestones: milestonesOf(r.id, records.milestones),
      })),
  }));
  return [...transport, ...projects].filter((g) => g.items.length > 0);
}

/** What a milestone's kind is called beside it: a plan is never shown as a fact. */
export const KIND_LABELS: Record<Milestone["kind"], string> = {
  event: "事件",
  status: "状态",
  plan: "计划（当时提出，非事实）",
};

/** How a page's reliability reads: a repost names what it reposts, an aggregator is only a lead. */
export function reliabilityWords(source: MilestoneSource): string {
  if (source.reliability === "Copy") return repostWords(source, "zh");
  if (source.reliability === "Agg") return `${RELIABILITY_LABELS.Agg}，仅作线索`;
  return RELIABILITY_LABELS[source.reliability];
}
