import type { Localized } from "../../lib/locale/lang";

/** A stage as the sentences count it: its name and its number of projects. */
interface StageCount {
  label: string;
  count: number;
}

/** One project as the description lists it: its name and the article's word. */
interface Named {
  name: string;
  status: string;
}

/** Every word the transport-status chart says, in each language; names, stages and counts come in from its records. */
export const TRANSPORT_STATUS_WORDS: Localized<{
  subtitle(asOf: string, total: number, stages: StageCount[], pilots: boolean): string;
  /** The count under a stage's name. */
  count(n: number): string;
  /** The heading over the pilots, in the chart, its description and its table. */
  pilotHeading: string;
  describe(total: number, stages: (StageCount & { links: Named[] })[], pilots: Named[]): string;
  columns: { name: string; mode: string; status: string; stage: string };
}> = {
  zh: {
    subtitle: (asOf, total, stages, pilots) =>
      `${asOf}。本站据原文整理的${total}项交通项目，按原文用语归入五个阶段：` +
      stages.map((s) => `${s.label}${s.count}项`).join("，") +
      (pilots ? "；另有一次性试点运输，不计入阶段" : ""),
    count: (n) => `${n}项`,
    pilotHeading: "另有一次性试点运输（不计入阶段）",
    describe: (total, stages, pilots) =>
      `按阶段排列的交通项目（颜色表示方式）。本站据原文整理的共${total}项：${stages
        .map((s) => `${s.label}${s.count}项（${s.links.map((l) => `${l.name}，${l.status}`).join("；")}）`)
        .join("。")}。` +
      (pilots.length
        ? `另有一次性试点运输（不计入阶段）：${pilots.map((l) => `${l.name}，${l.status}`).join("；")}。`
        : "") +
      "阶段由本站按原文用语归并，对照表见“关于”页。",
    columns: { name: "项目", mode: "方式", status: "原文用语", stage: "阶段" },
  },
  en: {
    subtitle: (asOf, total, stages, pilots) =>
      `${asOf}. The ${total} transport projects the site has compiled from the article, in five stages by the article's wording: ` +
      stages.map((s) => `${s.label} ${s.count}`).join(", ") +
      (pilots ? "; besides these, a one-off pilot shipment, counted in no stage" : ""),
    count: (n) => (n === 1 ? `${n} project` : `${n} projects`),
    pilotHeading: "One-off pilot, in no stage",
    describe: (total, stages, pilots) =>
      `Transport projects arranged by stage (colour shows the mode). The ${total} the site has compiled from the article: ${stages
        .map((s) => `${s.label}, ${s.count} (${s.links.map((l) => `${l.name}, “${l.status}”`).join("; ")})`)
        .join(". ")}. ` +
      (pilots.length
        ? `Also a one-off pilot shipment, counted in no stage: ${pilots.map((l) => `${l.name}, “${l.status}”`).join("; ")}. `
        : "") +
      "The site grouped the article's wording into stages; the table of which word goes where is on the About page.",
    columns: { name: "Project", mode: "Mode", status: "The article's wording", stage: "Stage" },
  },
};
