import type { Localized } from "../locale/lang";
import { SINCE_LINK_TEXT } from "../data/since";

/** A chart figure's own words around the chart's (which come from its definition), in each language. */
export const FIGURE_WORDS: Localized<{
  states: string;
  table(title: string, state?: string): string;
  source: string;
  sourceSeparator: string;
  note(note: string): string;
  credit(credit: string): string;
  elsewhere(state: string): string;
  page: string;
  embed: string;
  of(title: string): string;
  since: string;
}> = {
  zh: {
    states: "图的状态",
    table: (title, state) => `${title}：数据表${state ? `（${state}）` : ""}`,
    source: "来源：",
    sourceSeparator: "；",
    note: (note) => `（${note}）`,
    credit: (credit) => `制图：${credit}`,
    elsewhere: (state) => `看此图的另一状态：${state} →`,
    page: "图表页与分享",
    embed: "嵌入",
    of: (title) => `：${title}`,
    since: SINCE_LINK_TEXT.zh,
  },
  en: {
    states: "State of the chart",
    table: (title, state) => `${title}: data table${state ? ` (${state})` : ""}`,
    source: "Source: ",
    sourceSeparator: "; ",
    note: (note) => ` (${note})`,
    credit: (credit) => `Chart: ${credit}`,
    elsewhere: (state) => `See this chart in its other state: ${state} →`,
    page: "Chart page and sharing",
    embed: "Embed",
    of: (title) => `: ${title}`,
    since: SINCE_LINK_TEXT.en,
  },
};
