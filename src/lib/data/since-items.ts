// The since page's items: every transport and projects record of the article with what the site
// found after it, grouped as the article groups them. Pure data; src/components/pages/SincePage.astro draws it.
import type { Records } from "../../schemas/index";
import type { Milestone, MilestoneSource } from "../../schemas/milestones";
import type { ArticleSource } from "../../schemas/source";
import { MODES, MODE_LABELS } from "../../schemas/transport";
import { PROJECT_KIND_LABELS } from "../../schemas/projects";
import { RELIABILITY_LABELS } from "../../schemas/source";
import { PILOT_LABEL } from "./transport-tip";
import { STAGE_LABELS } from "./stages";
import { latestStage, milestonesOf, repostWords, type LatestStage } from "./since";
import { statusWords } from "./stages";
import { neededWords } from "../input/needed-field";
import type { Lang, Localized } from "../locale/lang";

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

type ProjectKind = keyof typeof PROJECT_KIND_LABELS;

/** The projects' kinds in English (the schema's labels are the Chinese). */
const PROJECT_KIND_EN: Record<ProjectKind, string> = {
  groundbreaking: "Mass groundbreakings",
  platform: "Cooperation platforms",
  park: "Industrial parks",
  tourism: "Culture and tourism",
  urban: "Urban development",
  plan: "Plans and tasks",
  mechanism: "Working mechanisms",
};

/** A group's title: what kind of item it holds. */
const GROUP_WORDS: Localized<{ transport: (mode: string) => string; projects: (kind: ProjectKind) => string }> = {
  zh: { transport: (mode) => `交通：${mode}`, projects: (kind) => `项目与机制：${PROJECT_KIND_LABELS[kind]}` },
  en: {
    transport: (mode) => `Transport: ${mode}`,
    projects: (kind) => `Projects and mechanisms: ${PROJECT_KIND_EN[kind]}`,
  },
};

/** Transport by mode, then projects by kind, each in the article's order; empty groups left out. */
export function sinceGroups(records: Records, lang: Lang): SinceGroup[] {
  const article = (source: { kind: string }) => (source.kind === "article" ? (source as ArticleSource) : undefined);
  const transport = MODES.map((mode) => ({
    title: GROUP_WORDS[lang].transport(MODE_LABELS[lang][mode]),
    items: records.transport
      .filter((r) => r.mode === mode)
      .map((r) => ({
        id: r.id,
        name: neededWords("transport", r, "name", lang),
        articleWords: statusWords(r.status, lang),
        articleStage: r.kind === "pilot" ? PILOT_LABEL[lang] : STAGE_LABELS[lang][r.stage],
        source: article(r.source),
        milestones: milestonesOf(r.id, records.milestones),
        latest: latestStage(r.id, records.milestones),
      })),
  }));
  const projects = (Object.keys(PROJECT_KIND_LABELS) as ProjectKind[]).map((kind) => ({
    title: GROUP_WORDS[lang].projects(kind),
    items: records.projects
      .filter((r) => r.kind === kind)
      .map((r) => ({
        id: r.id,
        name: neededWords("projects", r, "name", lang),
        articleWords: neededWords("projects", r, "status", lang),
        source: article(r.source),
        milestones: milestonesOf(r.id, records.milestones),
      })),
  }));
  return [...transport, ...projects].filter((g) => g.items.length > 0);
}

/** What a milestone's kind is called beside it: a plan is never shown as a fact. */
export const KIND_LABELS: Localized<Record<Milestone["kind"], string>> = {
  zh: { event: "事件", status: "状态", plan: "计划（当时提出，非事实）" },
  en: { event: "Event", status: "Status", plan: "Plan (stated at the time, not a fact)" },
};

/** How a page's reliability reads: a repost names what it reposts, an aggregator is only a lead. */
export function reliabilityWords(source: MilestoneSource, lang: Lang): string {
  if (source.reliability === "Copy") return repostWords(source, lang);
  const label = RELIABILITY_LABELS[lang][source.reliability];
  if (source.reliability === "Agg") return lang === "zh" ? `${label}，仅作线索` : `${label}, only a lead`;
  return label;
}
