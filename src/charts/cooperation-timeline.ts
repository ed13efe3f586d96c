import { scaleUtc } from "d3";
import { isoDay, periodRange, yearStart } from "../lib/text/dates";
import { formatFigure } from "../lib/text/format";
import type { Records } from "../schemas/index";
import type { Source } from "../schemas/source";
import { MARGIN, TIMELINE } from "./layout";
import { FONT, wrapChars } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

/** What the article dates: a thing that happened, or a statistic of a period (a growth rate). */
type Kind = "event" | "statistic";
const KIND_LABEL: Record<Kind, string> = { event: "事件", statistic: "统计" };

/** An event or statistic of the article with a date (a day) or a period (a half-year, a whole year). */
interface Event {
  kind: Kind;
  start: Date;
  end: Date;
  /** How the article dates it: "10月17日", "今年上半年", "2019年". */
  when: string;
  what: string;
  sources: Source[];
}

/** "3件事与1项统计": events and statistics counted apart (a statistic is not an event). */
function counted(events: Event[]): string {
  const n = (kind: Kind) => events.filter((e) => e.kind === kind).length;
  return [n("event") ? `${n("event")}件事` : "", n("statistic") ? `${n("statistic")}项统计` : ""]
    .filter(Boolean)
    .join("与");
}

export const cooperationTimeline: ChartDefinition<Event[]> = {
  id: "cooperation-timeline",
  title: {
    zh: "从水上巴士到集中开工：文中有日期的事件",
    en: "From the water bus to the mass groundbreaking: the article's dated events",
  },
  subtitle: (events) => `原文标明日期或时段的${counted(events)}，按时间排列；原文只写月日的，年份按文章所述年份`,
  select(records: Records) {
    const events: Event[] = [];
    // Dated projects, one event per date (the three platforms opened on the same day).
    const byDate = new Map<string, typeof records.projects>();
    for (const p of records.projects) if (p.date) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
    for (const [date, projects] of byDate) {
      const what =
        projects.length > 1
          ? `${projects.map((p) => p.name).join("、")}同步${projects[0]!.status}`
          : `${projects[0]!.name}${projects[0]!.figures?.length ? `：${projects[0]!.figures.map(formatFigure).join("，总投资")}` : ""}`;
      events.push({
        kind: "event",
        start: isoDay(date),
        end: isoDay(date),
        when: projects[0]!.dateText!,
        what,
        sources: projects.map((p) => p.source),
      });
    }
    // Half-year figures of the economy.
    for (const r of records.economy.filter(
      (r) => r.place === "wanzhou" && r.measure === "growth" && r.period?.endsWith("-H1"),
    )) {
      events.push({
        kind: "statistic",
        ...periodRange(r.period!),
        when: "今年上半年",
        what: `万州${r.indicator}${formatFigure(r.figure)}`,
        sources: [r.source],
      });
    }
    // Services that give the year they opened.
    for (const l of records.transport) {
      const year = l.figures?.find((f) => f.unit === "年");
      if (!year) continue;
      events.push({
        kind: "event",
        ...periodRange(String(year.value)),
        when: year.text,
        what: `${l.name}开通（原文未写月日）`,
        sources: [l.source],
      });
    }
    return events.sort((a, b) => a.start.getTime() - b.start.getTime());
  },
  render(events, { width, document }) {
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
      const lines = [
        e.kind === "statistic" ? `${e.when} · ${KIND_LABEL.statistic}` : e.when,
        ...wrapChars(e.what, chars),
      ];
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
          [`${year}年`],
        ),
      );
    }
    const group = el(document, "g", { role: "group", "aria-label": "事件与统计" });
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
      markTip(mark, `${e.when}（${KIND_LABEL[e.kind]}）：${e.what}`);
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
  describe: (events) =>
    `时间线，${counted(events)}：${events.map((e) => `${e.when}，${e.what}（${KIND_LABEL[e.kind]}）`).join("；")}。`,
  table: (events) => ({
    columns: [
      { key: "when", label: "时间（原文）" },
      { key: "what", label: "事件或统计" },
    ],
    // The kind in the cell, not a column of its own: a two-character column wraps a character a line on phones.
    rows: events.map((e) => ({ when: e.when, what: `${KIND_LABEL[e.kind]}：${e.what}` })),
  }),
  sources: (events) => events.flatMap((e) => e.sources),
};
