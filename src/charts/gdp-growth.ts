import * as Plot from "@observablehq/plot";
import { neededWords } from "../lib/input/needed-field";
import type { Lang } from "../lib/locale/lang";
import { FORMATS } from "../lib/text/formats";
import type { Indicator } from "../schemas/economy";
import type { Records } from "../schemas/index";
import { BAR, MARGIN } from "./layout";
import { FONT, textWidth } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { finishSvg, markTip } from "./svg";
import type { ChartDefinition } from "./types";
import { GDP_GROWTH_WORDS as WORDS } from "./words/gdp-growth";

interface Data {
  /** 万州's and Chongqing's H1 growth, 万州 first. */
  growth: Indicator[];
  /** 万州's rank change in the city's growth ranking. */
  rankChange: Indicator;
}

export const gdpGrowth: ChartDefinition<Data> = {
  id: "gdp-growth",
  title: {
    zh: "万州上半年经济增速追平全市",
    en: "Wanzhou's first-half growth caught up with Chongqing's",
  },
  subtitle: ({ growth, rankChange }, lang) => {
    const f = FORMATS[lang];
    return WORDS[lang].subtitle(
      f.formatFigure(growth[0]!.figure),
      f.formatFigure(growth[1]!.figure),
      f.formatMeasure(rankChange.figure, rankChange.measure),
    );
  },
  select(records: Records): Data {
    // The period the article ranks 万州 in, and every place's growth for that period.
    const rankChange = records.economy.find((r) => r.measure === "rank-change" && r.place === "wanzhou");
    const growth = records.economy.filter((r) => r.measure === "growth" && r.period === rankChange?.period);
    if (!rankChange || growth.length < 2)
      throw new Error("gdp-growth: economy lacks the H1 growth records or the rank change");
    return {
      growth: growth.sort((a, b) => Number(b.place === "wanzhou") - Number(a.place === "wanzhou")),
      rankChange,
    };
  },
  render({ growth }, { width, document, lang }) {
    const rows = growth.map((g) => ({
      ...labelled(g, lang),
      value: g.figure.value,
      isWanzhou: g.place === "wanzhou",
    }));
    const svg = Plot.plot({
      document,
      width,
      height: MARGIN.top + MARGIN.bottom + rows.length * (BAR.height + BAR.gap),
      // The place column fits its longest name (English names run longer than the Chinese 5 em).
      marginLeft: Math.max(FONT.size * BAR.placeColumnEm, ...rows.map((r) => textWidth(r.place) + BAR.labelGap * 2)),
      marginRight: FONT.size * BAR.valueColumnEm,
      style: { fontSize: `${FONT.size}px`, fontFamily: FONT.family },
      x: {
        label: null,
        grid: true,
        nice: true,
        domain: [0, Math.max(...rows.map((r) => r.value))],
        tickFormat: (d: number) => `${d}%`,
      },
      y: { label: null, domain: rows.map((r) => r.place), padding: BAR.gap / (BAR.height + BAR.gap) },
      marks: [
        Plot.barX(rows, {
          y: "place",
          x: "value",
          fill: (d) => (d.isWanzhou ? ROLE_COLOR.wanzhou : ROLE_COLOR.comparison),
        }),
        Plot.text(rows, {
          y: "place",
          x: "value",
          text: "growth",
          textAnchor: "start",
          dx: BAR.labelGap,
          fontWeight: "bold",
          fill: "currentColor",
        }),
        Plot.ruleX([0]),
      ],
    }) as SVGSVGElement;
    const bars = svg.querySelectorAll("g[aria-label='bar'] rect");
    bars.forEach((bar, i) => markTip(bar, WORDS[lang].tip(rows[i]!)));
    return finishSvg(svg);
  },
  describe: ({ growth, rankChange }, lang) => {
    const f = FORMATS[lang];
    const rank = f.formatMeasure(rankChange.figure, rankChange.measure);
    const rows = growth.map((g) => labelled(g, lang));
    return WORDS[lang].describe(f.formatPeriod(rankChange.period ?? ""), rows, rank);
  },
  table: ({ growth, rankChange }, lang) => {
    const words = WORDS[lang];
    const rank = FORMATS[lang].formatMeasure(rankChange.figure, rankChange.measure);
    return {
      columns: [
        { key: "place", label: words.columns.place },
        { key: "growth", label: words.columns.growth, numeric: true },
        { key: "note", label: words.columns.note },
      ],
      rows: growth.map((g) => ({
        ...labelled(g, lang),
        note: g.place === "wanzhou" ? words.wanzhouNote(rank) : words.cityNote,
      })),
    };
  },
  sources: ({ growth, rankChange }) => [...growth.map((g) => g.source), rankChange.source],
};

/** A growth record as the chart labels it: its place's short name and its figure, in one language. */
function labelled(record: Indicator, lang: Lang): { place: string; growth: string } {
  return {
    place: neededWords("economy", record, "shortName", lang),
    growth: FORMATS[lang].formatFigure(record.figure),
  };
}
