import { localizedWords, neededField } from "../lib/input/needed-field";
import type { Lang, Localized } from "../lib/locale/lang";
import { FORMATS } from "../lib/text/formats";
import { FONT, textWidth, wrapText } from "../lib/text/measure";
import type { Indicator } from "../schemas/economy";
import type { Records } from "../schemas/index";
import { MARGIN, RANK, WIDE_FROM } from "./layout";
import { ROLE_COLOR } from "./palette";
import { el, finishSvg, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";
import { GROWTH_RANKINGS_WORDS as WORDS } from "./words/growth-rankings";

type Scope = NonNullable<Indicator["scope"]>;

interface Row {
  record: Indicator;
  /** The indicator as the chart labels it: the record's short name. */
  label: Localized<string>;
  /** The indicator's full name, for the tips, the description and the table. */
  indicator: Localized<string>;
  scope: Scope;
  rank: number;
}

/** The scopes in the order the chart shows them: the whole city first, then 渝东北. */
const SCOPES: Scope[] = ["全市", "渝东北"];

/** The rankings grouped by scope, each group in the article's order; a scope with none is left out. */
const byScope = (rows: Row[]) =>
  SCOPES.map((scope) => ({ scope, rows: rows.filter((r) => r.scope === scope) })).filter((g) => g.rows.length > 0);

/** The rank as the article states it: 第7位, or 首位 where the article says 首位 ("7th", "first"). */
const rankText = (r: Row, lang: Lang) => FORMATS[lang].formatStated(r.record.figure, r.record.measure);
const period = (rows: Row[], lang: Lang) => FORMATS[lang].formatPeriod(rows[0]?.record.period ?? "");
/** The groups as the words' sentences take them, names short or full. */
const sentences = (rows: Row[], lang: Lang, full: boolean) =>
  byScope(rows).map((g) => ({
    scope: g.scope,
    rows: g.rows.map((r) => ({ name: (full ? r.indicator : r.label)[lang], rank: rankText(r, lang) })),
  }));

export const growthRankings: ChartDefinition<Row[]> = {
  id: "growth-rankings",
  title: {
    zh: "万州多项增速排在全市前列",
    en: "Wanzhou ranked near the top in Chongqing on several growth measures",
  },
  subtitle: (rows, lang) => WORDS[lang].subtitle(period(rows, lang), sentences(rows, lang, false)),
  select: (records: Records) =>
    records.economy
      .filter((r) => r.measure === "rank" && r.place === "wanzhou")
      .map((record) => ({
        record,
        label: localizedWords("economy", record, "shortName"),
        indicator: localizedWords("economy", record, "indicator"),
        scope: neededField("economy", record, "scope"),
        rank: record.figure.value,
      })),
  render(rows, { width, document, lang }) {
    // One panel per scope (全市, then 渝东北区县), each headed by its scope. A row: the indicator and
    // its rank as the article writes it, and a dot on a rank line that runs right from 第1位 and on
    // past the lowest rank shown (dashed, fading, an arrow): the article never says how many rank.
    const words = WORDS[lang];
    const line = FONT.size * FONT.lineHeight;
    const nameWidth = Math.max(...rows.map((r) => textWidth(r.label[lang])));
    const rankWidth = Math.max(...rows.map((r) => textWidth(rankText(r, lang))));
    // Names beside the line only where they leave it half the width; longer names go above it,
    // wrapped (English) where a name and its rank are wider than the chart.
    const narrow = width < WIDE_FROM || nameWidth + rankWidth + RANK.columnGap * 2 > width / 2;
    const left = narrow ? MARGIN.left : MARGIN.left + nameWidth + rankWidth + RANK.columnGap * 2;
    const worst = Math.max(...rows.map((r) => r.rank));
    const end = width - MARGIN.right;
    const step = (end - left - RANK.radius) / (worst - 1 + RANK.tailSteps);
    const x = (rank: number) => left + RANK.radius + (rank - 1) * step;
    const chars = (end - MARGIN.left - rankWidth - RANK.columnGap) / FONT.size;
    const lines = new Map(rows.map((r) => [r, narrow ? wrapText(r.label[lang], chars, lang) : [r.label[lang]]]));
    const rowHeight = (r: Row) => (narrow ? lines.get(r)!.length * line : 0) + RANK.radius * 2 + RANK.rowGap;
    const groups = byScope(rows);
    const height =
      MARGIN.top +
      groups.reduce(
        (h, g, i) =>
          h + (i > 0 ? RANK.panelGap : 0) + RANK.headingHeight + g.rows.reduce((sum, r) => sum + rowHeight(r), 0),
        0,
      ) +
      FONT.small +
      MARGIN.top;
    const svg = svgRoot(document, width, height);
    let y = MARGIN.top;
    groups.forEach((group, i) => {
      y += i > 0 ? RANK.panelGap : 0;
      const heading = words.heading(group.scope);
      const panel = el(document, "g", { role: "group", "aria-label": heading });
      panel.append(
        el(document, "text", { x: MARGIN.left, y: y + FONT.size, "font-weight": "bold" }, [heading]),
        el(document, "line", {
          x1: MARGIN.left,
          x2: end,
          y1: y + RANK.headingHeight - RANK.rowGap / 2,
          y2: y + RANK.headingHeight - RANK.rowGap / 2,
          stroke: ROLE_COLOR.rule,
        }),
      );
      y += RANK.headingHeight;
      for (const r of group.rows) {
        const label = lines.get(r)!;
        const cy = y + (narrow ? label.length * line : 0) + RANK.radius;
        const textY = (i: number) => (narrow ? y + FONT.size + i * line : cy);
        const baseline = narrow ? undefined : "central";
        const rankX = narrow
          ? MARGIN.left + textWidth(label.at(-1)!) + RANK.columnGap
          : MARGIN.left + nameWidth + RANK.columnGap;
        const tail = x(worst + RANK.tailSteps) - RANK.radius;
        const track = el(document, "g", { stroke: ROLE_COLOR.rule, "stroke-width": RANK.stop, fill: "none" }, [
          el(document, "line", { x1: x(1), x2: x(worst), y1: cy, y2: cy }),
          el(document, "line", {
            x1: x(worst),
            x2: tail,
            y1: cy,
            y2: cy,
            stroke: ROLE_COLOR.comparison,
            "stroke-dasharray": RANK.tailDash,
          }),
          el(document, "path", {
            d: `M${tail - RANK.arrow},${cy - RANK.arrow}L${tail},${cy}L${tail - RANK.arrow},${cy + RANK.arrow}`,
            stroke: ROLE_COLOR.comparison,
          }),
        ]);
        const stops = el(document, "g", { fill: ROLE_COLOR.comparison });
        for (let rank = 1; rank < worst + RANK.tailSteps; rank++)
          stops.append(
            el(document, "circle", {
              cx: x(rank),
              cy,
              r: RANK.stop,
              opacity: rank > worst ? 1 - (rank - worst) / RANK.tailSteps : undefined,
            }),
          );
        const dot = el(document, "circle", {
          cx: x(r.rank),
          cy,
          r: RANK.radius,
          fill: r.scope === "全市" ? ROLE_COLOR.wanzhou : ROLE_COLOR.observer,
        });
        markTip(dot, words.tip(r.indicator[lang], r.scope, rankText(r, lang)));
        panel.append(
          ...label.map((text, i) =>
            el(document, "text", { x: MARGIN.left, y: textY(i), "dominant-baseline": baseline }, [text]),
          ),
          el(
            document,
            "text",
            { x: rankX, y: textY(label.length - 1), "dominant-baseline": baseline, "font-weight": "bold" },
            [rankText(r, lang)],
          ),
          track,
          stops,
          dot,
        );
        y += rowHeight(r);
      }
      svg.append(panel);
    });
    svg.append(
      el(
        document,
        "text",
        { x: end, y: y + FONT.small, "text-anchor": "end", "font-size": FONT.small, fill: "var(--muted)" },
        [words.note],
      ),
    );
    return finishSvg(svg);
  },
  describe: (rows, lang) => WORDS[lang].describe(period(rows, lang), sentences(rows, lang, true)),
  table: (rows, lang) => ({
    columns: [
      { key: "indicator", label: WORDS[lang].columns.indicator },
      { key: "scope", label: WORDS[lang].columns.scope },
      { key: "rank", label: WORDS[lang].columns.rank, numeric: true },
    ],
    rows: rows.map((r) => ({
      indicator: r.indicator[lang],
      scope: WORDS[lang].scope(r.scope),
      rank: rankText(r, lang),
    })),
  }),
  sources: (rows) => rows.map((r) => r.record.source),
};
