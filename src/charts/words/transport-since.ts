import type { Localized } from "../../lib/locale/lang";

/** A found item as the description lists it, in the description's language. */
interface FoundItem {
  name: string;
  then: string;
  latest: string;
  publishers: string;
}

/** What the description says beside the items, in its language (from src/lib/data/then-now.ts). */
interface Said {
  thenHeading: string;
  asOf: string;
  foundHeading: string;
  nothingFound: string;
  nothingFoundMeans: string;
  pilotsLeftOut: string;
  plansApart: string;
}

/** Every word the transport-since chart says, in each language; names, stages and dates come from the records. */
export const TRANSPORT_SINCE_WORDS: Localized<{
  subtitle(
    said: Pick<Said, "thenHeading" | "foundHeading" | "nothingFound">,
    latestHeading: string,
    counts: { items: number; found: number; missing: number },
    byStage: { label: string; count: number }[],
  ): string;
  /** A group's heading in the chart: “查到此后阶段报道：9项”. */
  group(heading: string, count: number): string;
  describe(said: Said, found: FoundItem[], missing: string[], pilots: string[]): string;
  columns: { name: string; mode: string; latest: string; when: string; source: string; plans: string };
  /** A plan in the table: when it was stated, and what. */
  plan(when: string, what: string): string;
  /** The table's list separator between plans. */
  planJoin: string;
}> = {
  zh: {
    subtitle: (said, latestHeading, counts, byStage) =>
      `左为${said.thenHeading}，右为${latestHeading}。本站据原文整理的${counts.items}项交通项目中，` +
      `${counts.found}项${said.foundHeading}（${byStage.map((s) => `${s.label}${s.count}项`).join("，")}），` +
      `${counts.missing}项${said.nothingFound}`,
    group: (heading, count) => `${heading}：${count}项`,
    describe: (said, found, missing, pilots) =>
      `每行一项交通项目：左框为${said.thenHeading}的阶段，右框为此后来源所述的最新阶段及其日期（${said.asOf}）。` +
      `${said.foundHeading}的${found.length}项：` +
      found.map((i) => `${i.name}，${i.then}，此后${i.latest}，据${i.publishers}`).join("；") +
      `。${said.nothingFound}的${missing.length}项：${missing.join("、")}（${said.nothingFoundMeans}）。` +
      (pilots.length ? `${said.pilotsLeftOut}（${pilots.join("、")}）。` : "") +
      `${said.plansApart}。`,
    columns: {
      name: "项目",
      mode: "方式",
      latest: "此后最新阶段",
      when: "日期",
      source: "来源",
      plans: "此后提出的计划",
    },
    plan: (when, what) => `${when}提出：${what}`,
    planJoin: "；",
  },
  en: {
    subtitle: (said, latestHeading, counts, byStage) =>
      `Left: ${said.thenHeading}; right: ${latestHeading}. Of the ${counts.items} transport projects the site has compiled from the article, ` +
      `${counts.found}: ${said.foundHeading.toLowerCase()} (${byStage.map((s) => `${s.label} ${s.count}`).join(", ")}); ` +
      `${counts.missing}: ${said.nothingFound.toLowerCase()}`,
    group: (heading, count) => `${heading}: ${count}`,
    describe: (said, found, missing, pilots) =>
      `One row a transport project: the left box is its stage ${said.thenHeading.toLowerCase()}, the right box the latest stage a later source gives, with its date (${said.asOf}). ` +
      `${said.foundHeading}, ${found.length}: ` +
      found.map((i) => `${i.name}, ${i.then}, since then ${i.latest}, per ${i.publishers}`).join("; ") +
      `. ${said.nothingFound}, ${missing.length}: ${missing.join(", ")} (${said.nothingFoundMeans}). ` +
      (pilots.length ? `${said.pilotsLeftOut} (${pilots.join(", ")}). ` : "") +
      `${said.plansApart}.`,
    columns: {
      name: "Project",
      mode: "Mode",
      latest: "Latest stage since",
      when: "Date",
      source: "Source",
      plans: "Plans stated since",
    },
    plan: (when, what) => `stated ${when}: ${what}`,
    planJoin: "; ",
  },
};
