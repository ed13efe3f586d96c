import { scaleLinear } from "d3";
import { FORMATS } from "../lib/text/formats";
import type { Figure } from "../schemas/figure";
import { both, selectAmounts, type Amount, type Row } from "./amounts/rows";
import { BAR, MARGIN, WIDE_FROM } from "./layout";
import { FONT, textWidth, wrapText } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";
import { INVESTMENT_AMOUNTS_WORDS as WORDS } from "./words/investment-amounts";

export const investmentAmounts: ChartDefinition<Row[]> = {
  id: "investment-amounts",
  title: {
    zh: "一批项目集中开工和签约",
    en: "Projects that broke ground or were signed together",
  },
  subtitle: (rows, lang) =>
    WORDS[lang].subtitle(rows.map((r) => ({ label: r.label[lang], amount: r.amount.text[lang] }))),
  select: selectAmounts,
  render(rows, { width, document, lang }) {
    // Each row: its label above, the bar, and (where the article splits one out) 万州's part inside
    // the bar with its own line beneath. Labels above bars keep long names whole at any width.
    // Each bar's value is the article's own words for it, so the measure (总投资, 协议投资) is on the
    // bar: beside it where it leaves the bars half the width, else (English) on a line under it.
    const words = WORDS[lang];
    const inner = width - MARGIN.left - MARGIN.right;
    const widest = Math.max(...rows.map((r) => textWidth(r.amount.text[lang], FONT.size))) + BAR.labelGap * 2;
    const below = widest > inner / 2;
    const { factor, words: unit } = FORMATS[lang].formatAxisUnit("亿元");
    // Under the bars, the axis's last tick keeps clear of the unit's words at its end.
    const unitRoom = textWidth(unit, FONT.small) + FONT.small + BAR.labelGap;
    const x = scaleLinear(
      [0, Math.max(...rows.map((r) => r.amount.figure.value * factor))],
      [MARGIN.left, width - MARGIN.right - (below ? unitRoom : widest)],
    ).nice();
    const at = (amount: Amount) => x(amount.figure.value * factor);
    const line = FONT.size * FONT.lineHeight;
    const smallLine = FONT.small * FONT.lineHeight;
    const laid = rows.map((r) => ({
      r,
      label: wrapText(r.label[lang], inner / FONT.size, lang),
      value: below
        ? wrapText(words.valueLine(r.amount.text[lang]), inner / FONT.size / BAR.boldWidth, lang)
        : [r.amount.text[lang]],
      part: r.part ? wrapText(words.partLine(both(r.part.count, r.part.amount, lang)), inner / FONT.small, lang) : [],
    }));
    type Laid = (typeof laid)[number];
    const valueHeight = (l: Laid) => (below ? l.value.length * line + BAR.labelGap : 0);
    const partHeight = (l: Laid) => (l.part.length ? FONT.size + BAR.labelGap + (l.part.length - 1) * smallLine : 0);
    const rowHeight = (l: Laid) =>
      FONT.size + (l.label.length - 1) * line + BAR.labelGap + BAR.height + valueHeight(l) + partHeight(l) + BAR.gap;
    const height = MARGIN.top + laid.reduce((h, l) => h + rowHeight(l), 0) + MARGIN.bottom;
    const svg = svgRoot(document, width, height);
    const axisY = height - MARGIN.bottom + BAR.labelGap;
    const axis = el(document, "g", {
      role: "group",
      "aria-label": words.axis(unit),
      "font-size": FONT.small,
      fill: "var(--muted)",
    });
    for (const tick of x.ticks(width < WIDE_FROM ? BAR.ticksNarrow : BAR.ticksWide)) {
      axis.append(
        el(document, "line", {
          x1: x(tick),
          x2: x(tick),
          y1: MARGIN.top,
          y2: axisY - BAR.labelGap,
          stroke: ROLE_COLOR.rule,
        }),
        el(document, "text", { x: x(tick), y: axisY + FONT.small, "text-anchor": "middle" }, [String(tick)]),
      );
    }
    axis.append(el(document, "text", { x: width - MARGIN.right, y: axisY + FONT.small, "text-anchor": "end" }, [unit]));
    svg.append(axis);
    const bars = el(document, "g", { role: "group", "aria-label": words.bars });
    let y = MARGIN.top;
    for (const l of laid) {
      const { r } = l;
      const barY = y + FONT.size + (l.label.length - 1) * line + BAR.labelGap;
      const bar = el(document, "rect", {
        x: x(0),
        y: barY,
        width: at(r.amount) - x(0),
        height: BAR.height,
        fill: ROLE_COLOR.wanzhou,
      });
      markTip(bar, words.tip(r.label[lang], both(r.count, r.amount, lang)));
      bars.append(
        ...l.label.map((text, i) =>
          el(document, "text", { x: x(0), y: y + FONT.size + i * line, "font-size": FONT.size }, [text]),
        ),
        bar,
        ...l.value.map((text, i) =>
          el(
            document,
            "text",
            below
              ? { x: x(0), y: barY + BAR.height + BAR.labelGap + FONT.size + i * line, "font-weight": "bold" }
              : {
                  x: at(r.amount) + BAR.labelGap,
                  y: barY + BAR.height / 2,
                  "dominant-baseline": "central",
                  "font-weight": "bold",
                },
            [text],
          ),
        ),
      );
      if (r.part) {
        const part = el(document, "rect", {
          x: x(0),
          y: barY,
          width: at(r.part.amount) - x(0),
          height: BAR.height,
          fill: ROLE_COLOR.part,
        });
        markTip(part, words.partTip(r.label[lang], both(r.part.count, r.part.amount, lang)));
        const partY = barY + BAR.height + valueHeight(l) + BAR.labelGap + FONT.small;
        bars.append(
          part,
          el(document, "path", {
            d: `M${at(r.part.amount)},${barY + BAR.height}V${barY + BAR.height + BAR.labelGap}`,
            stroke: ROLE_COLOR.text,
          }),
          ...l.part.map((text, i) =>
            el(document, "text", { x: x(0), y: partY + i * smallLine, "font-size": FONT.small }, [text]),
          ),
        );
      }
      y += rowHeight(l);
    }
    svg.append(
      bars,
      el(document, "line", { x1: x(0), x2: x(0), y1: MARGIN.top, y2: axisY - BAR.labelGap, stroke: ROLE_COLOR.text }),
    );
    return svg;
  },
  describe: (rows, lang) =>
    WORDS[lang].describe(
      rows.map((r) => ({
        label: r.label[lang],
        both: both(r.count, r.amount, lang),
        part: r.part && both(r.part.count, r.part.amount, lang),
      })),
    ),
  table: (rows, lang) => {
    const words = WORDS[lang];
    const counted = (c: Figure | undefined) => (c ? words.count(FORMATS[lang].formatFigure(c), c.unit) : "—");
    return {
      columns: [
        { key: "item", label: words.columns.item },
        { key: "count", label: words.columns.count, numeric: true },
        { key: "amount", label: words.columns.amount, numeric: true },
      ],
      rows: rows.flatMap((r) => [
        { item: r.label[lang], count: counted(r.count), amount: r.amount.text[lang] },
        ...(r.part
          ? [{ item: words.partItem(r.label[lang]), count: counted(r.part.count), amount: r.part.amount.text[lang] }]
          : []),
      ]),
    };
  },
  sources: (rows) => rows.flatMap((r) => [r.source, ...(r.part ? [r.part.source] : [])]),
};
