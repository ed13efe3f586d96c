import type { Localized } from "../../lib/locale/lang";

/** What the chart's sentences are made of, already written in their language. */
interface Batch {
  /** The day, as the article writes it: 10月17日, "17 October". */
  date: string;
  count: string;
  total: string;
  /** The fields and works the article lists, joined as the language joins a list. */
  sectors: string;
}

/** A list as an English sentence joins it: "a, b and c". */
const andList = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}` : (items[0] ?? "");

/** Every word the groundbreaking-projects chart says, in each language; figures come from its record. */
export const GROUNDBREAKING_PROJECTS_WORDS: Localized<{
  list(items: string[]): string;
  subtitle(b: Batch): string;
  tip(b: Batch): string;
  /** The caption over the chips. */
  sectorsCaption: string;
  groups: { squares: string; chips: string };
  describe(b: Batch): string;
  columns: { date: string; count: string; total: string; sectors: string };
  /** The table's count cell: 11个, "11". */
  count(count: string): string;
}> = {
  zh: {
    list: (items) => items.join("、"),
    subtitle: (b) =>
      `${b.date}，万州经开区集中开工重大产业项目、重大基础设施项目${b.count}个，总投资${b.total}；原文未公布单个项目的金额`,
    tip: (b) => `${b.date}集中开工的项目之一（共${b.count}个；原文未列出项目名称和金额）`,
    sectorsCaption: "涵盖领域和建设内容（按原文）：",
    groups: { squares: "项目", chips: "领域" },
    describe: (b) =>
      `单位图：${b.date}万州经开区集中开工的${b.count}个重大项目，每个方块代表一个项目，总投资${b.total}。` +
      `项目涵盖${b.sectors}。` +
      "原文没有公布每个项目的名称、领域归属或金额，所以方块之间不作区分。",
    columns: { date: "日期", count: "项目数", total: "总投资", sectors: "涵盖领域和建设内容" },
    count: (count) => `${count}个`,
  },
  en: {
    list: andList,
    subtitle: (b) =>
      `On ${b.date}, ${b.count} major industrial and major infrastructure projects started construction at once ` +
      `in the Wanzhou Economic and Technological Development Zone, with a total investment of ${b.total}; ` +
      "the article gives no amount for any single project",
    tip: (b) =>
      `One of the projects that started construction at once on ${b.date} ` +
      `(${b.count} in all; the article gives neither their names nor their amounts)`,
    sectorsCaption: "What they cover, as the article lists it:",
    groups: { squares: "Projects", chips: "Fields" },
    describe: (b) =>
      `Unit chart: the ${b.count} major projects that started construction at once in the Wanzhou Economic and ` +
      `Technological Development Zone on ${b.date}, one square for each project, with a total investment of ${b.total}. ` +
      `The projects cover ${b.sectors}. ` +
      "The article gives no project's name, field or amount, so the squares are not told apart.",
    columns: { date: "Date", count: "Projects", total: "Total investment", sectors: "Fields and works covered" },
    count: (count) => count,
  },
};
