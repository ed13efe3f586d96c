import { scaleUtc } from "d3";
import type { Lang } from "../lib/locale/lang";
import { yearStart } from "../lib/text/dates";
import { MARGIN, TIMELINE } from "./layout";
import { FONT, wrapText } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";
import { selectEvents, type Event } from "./timeline/events";
import { COOPERATION_TIMELINE_WORDS as WORDS } from "./words/cooperation-timeline";

/** The events and statistics counted apart, in a language. */
const counted = (events: Event[], lang: Lang) =>
  WORDS[lang].counted(
    events.filter((e) => e.kind === "event").length,
    events.filter((e) => e.kind === "statistic").length,
  );
/** An event's words in one language. */
const said = (e: Event, lang: Lang) => ({ kind: e.kind, when: e.when[lang], what: e.what[lang] });

export const cooperationTimeline: ChartDefinition<Event[]> = {
  id: "cooperation-timeline",
  title: {
    zh: "从水上巴士到集中开工：文中有日期的事件",
    en: "From the water bus to the mass groundbreaking: the article's dated events",
  },
  subtitle: (events, lang) => WORDS[lang].subtitle(counted(events, lang)),
  select: selectEvents,
  render(events, { width, document, lang }) {
    const words = WORDS[lang];
    const first = events[0]!.start.getUTCFullYear();
    const last = events.at(-1)!.end.getUTCFullYear();
    const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const y = scaleUtc(
      [yearStart(first), yearStart(last + 1)],
      [MARGIN.top + FONT.size, MARGIN.top + FONT.size + years.length * TIMELINE.rowHeight * 2],
    );
    const labelX = TIMELINE.axisX + TIMELINE.bandWidth * 2;
    const chars = Math.max(1, Math.floor((width - labelX - MARGIN.right) / FONT.small));

    // Labels go beside their event, pushed down where they would overlap, with a leader line.
    let next = 0;
    const placed = events.map((e) => {
      const lines = [words.firstLine(e.when[lang], e.kind), ...wrapText(e.what[lang], chars, lang)];
      const anchor = (y(e.start) + y(e.end)) / 2;
      const top = Math.max(anchor - FONT.small, next);
      next = top + lines.length * FONT.small * TIMELINE.lineHeight + TIMELINE.dot * 2;
      return { e, lines, anchor, top };
    });
    const height = Math.ceil(Math.max(next, y(yearStart(last + 1))) + MARGIN.bottom);
    const svg = svgRoot(document, width, height);
    svg.append(
      el(document, "line", {
        x1: TIMELINE.axisX,
        x2: TIMELINE.axisX,
        y1: y.range()[0],
        y2: y.range()[1],
        stroke: ROLE_COLOR.rule,
        "stroke-width": 2,
      }),
    );
    for (const year of years) {
      svg.append(
        el(document, "line", {
          x1: TIMELINE.axisX - TIMELINE.dot,
          x2: TIMELINE.axisX,
          y1: y(yearStart(year)),
          y2: y(yearStart(year)),
          stroke: ROLE_COLOR.text,
        }),
        el(
          document,
          "text",
          {
            x: TIMELINE.axisX - TIMELINE.dot * 2,
            y: y(yearStart(year)),
            "text-anchor": "end",
            "dominant-baseline": "central",
            fill: "var(--muted)",
          },
          [words.year(year)],
        ),
      );
    }
    const group = el(document, "g", { role: "group", "aria-label": words.group });
    for (const { e, lines, anchor, top } of placed) {
      const point = e.start.getTime() === e.end.getTime();
      const mark = point
        ? el(document, "circle", { cx: TIMELINE.axisX, cy: anchor, r: TIMELINE.dot, fill: ROLE_COLOR.wanzhou })
        : el(document, "rect", {
            x: TIMELINE.axisX - TIMELINE.bandWidth / 2,
            y: y(e.start),
            width: TIMELINE.bandWidth,
            height: y(e.end) - y(e.start),
            rx: TIMELINE.bandWidth / 2,
            // A statistic's band hollow: a figure of the period, not a thing that happened.
            ...(e.kind === "statistic"
              ? { fill: "var(--surface)", stroke: ROLE_COLOR.text }
              : { fill: ROLE_COLOR.wanzhou, "fill-opacity": TIMELINE.bandOpacity }),
          });
      markTip(mark, words.tip(said(e, lang)));
      const textTop = top + FONT.small;
      group.append(
        mark,
        el(document, "path", {
          d: `M${TIMELINE.axisX + TIMELINE.dot},${anchor}L${labelX - TIMELINE.dot},${textTop - FONT.descent - FONT.descent}`,
          stroke: ROLE_COLOR.rule,
          fill: "none",
        }),
        ...lines.map((line, i) =>
          el(
            document,
            "text",
            {
              x: labelX,
              y: textTop + i * FONT.small * TIMELINE.lineHeight,
              "font-size": FONT.small,
              "font-weight": i === 0 ? "bold" : undefined,
            },
            [line],
          ),
        ),
      );
    }
    svg.append(group);
    return svg;
  },
  describe: (events, lang) =>
    WORDS[lang].describe(
      counted(events, lang),
      events.map((e) => said(e, lang)),
    ),
  table: (events, lang) => ({
    columns: [
      { key: "when", label: WORDS[lang].columns.when },
      { key: "what", label: WORDS[lang].columns.what },
    ],
    // The kind in the cell, not a column of its own: a two-character column wraps a character a line on phones.
    rows: events.map((e) => ({ when: e.when[lang], what: WORDS[lang].cell(said(e, lang)) })),
  }),
  sources: (events) => events.flatMap((e) => e.sources),
};
