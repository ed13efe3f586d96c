import type { Records } from "../schemas/index";
import { MODE_LABELS } from "../schemas/transport";
import type { Lang } from "../lib/locale/lang";
import { STAGE_LABELS } from "../lib/data/stages";
import { linkName } from "../lib/data/transport-tip";
import { NOTHING_FOUND, milestoneSource } from "../lib/data/since";
import {
  FOUND_HEADING,
  NOTHING_FOUND_MEANS,
  PILOTS_LEFT_OUT,
  PLANS_APART,
  thenAndNow,
  thenWords,
  latestWords,
  type ThenNow,
} from "../lib/data/then-now";
import { FONT, wrapChars } from "../lib/text/measure";
import { MARGIN, SINCE } from "./layout";
import { ROLE_COLOR } from "./palette";
import { columns, row } from "./marks/since-row";
import { el, finishSvg, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";
import { TRANSPORT_SINCE_WORDS as WORDS } from "./words/transport-since";

const LINE = FONT.size * FONT.lineHeight;
const SMALL_LINE = SINCE.text * FONT.lineHeight;

export const transportSince: ChartDefinition<ThenNow> = {
  id: "transport-since",
  showsStages: true,
  title: {
    zh: "交通项目：原文所述阶段与此后最新进展",
    en: "Transport projects: the stage the article gives and the latest since",
  },
  subtitle: (d, lang) =>
    WORDS[lang].subtitle(
      said(d, lang),
      d.latestHeading[lang],
      { items: d.items.length, found: d.found.length, missing: d.missing.length },
      d.byLatestStage.map((s) => ({ label: STAGE_LABELS[lang][s.stage], count: s.items.length })),
    ),
  select: (records: Records) => thenAndNow(records.transport, records.milestones),
  render(data, { width, document, lang }) {
    const svg = svgRoot(document, width, width);
    const cols = columns(data, width, lang);
    let y = MARGIN.top;
    // A header wraps where it would outrun the width (a longer language's, at the narrow width).
    const heads = [
      [cols.thenX, data.thenHeading[lang]],
      [cols.nowX, data.latestHeading[lang]],
    ].map(([x, words]) => ({
      x: x as number,
      lines: wrapChars(words as string, (cols.right - (x as number)) / SINCE.text),
    }));
    for (const { x, lines } of heads)
      lines.forEach((line, i) =>
        svg.append(
          el(
            document,
            "text",
            { x, y: y + SINCE.text + i * SMALL_LINE, "font-size": SINCE.text, "font-weight": "bold" },
            [line],
          ),
        ),
      );
    y += SMALL_LINE * Math.max(...heads.map((h) => h.lines.length)) + SINCE.pad;
    svg.append(
      el(document, "line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: y, y2: y, stroke: ROLE_COLOR.text }),
    );
    for (const [heading, items] of [
      [WORDS[lang].group(FOUND_HEADING[lang], data.found.length), data.found],
      [WORDS[lang].group(NOTHING_FOUND[lang], data.missing.length), data.missing],
    ] as const) {
      if (items.length === 0) continue;
      y += SINCE.groupGap;
      svg.append(el(document, "text", { x: MARGIN.left, y: y + FONT.size, "font-weight": "bold" }, [heading]));
      y += LINE + SINCE.pad;
      const group = el(document, "g", { role: "group", "aria-label": heading });
      for (const item of items) {
        const { node, height } = row(document, item, y, width, cols, lang);
        group.append(node);
        y += height + SINCE.rowGap;
      }
      svg.append(group);
    }
    const height = Math.ceil(y + MARGIN.top);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return finishSvg(svg);
  },
  describe: (d, lang) =>
    WORDS[lang].describe(
      said(d, lang),
      d.found.map((i) => ({
        name: linkName(i.link, lang),
        then: thenWords(i.link, lang),
        latest: latestWords(i, lang),
        publishers: i.latest!.publishers[lang],
      })),
      d.missing.map((i) => linkName(i.link, lang)),
      d.pilots.map((l) => linkName(l, lang)),
    ),
  table: (d, lang) => {
    const words = WORDS[lang];
    return {
      columns: [
        { key: "name", label: words.columns.name },
        { key: "mode", label: words.columns.mode },
        { key: "then", label: d.thenHeading[lang] },
        { key: "latest", label: words.columns.latest },
        { key: "when", label: words.columns.when },
        { key: "source", label: words.columns.source },
        { key: "plans", label: words.columns.plans },
      ],
      rows: d.items.map((i) => ({
        name: linkName(i.link, lang),
        mode: MODE_LABELS[lang][i.link.mode],
        then: thenWords(i.link, lang),
        latest: i.latest ? STAGE_LABELS[lang][i.latest.stage] : NOTHING_FOUND[lang],
        when: i.latest?.when[lang] ?? "—",
        source: i.latest?.publishers[lang] ?? "—",
        plans: i.plans.map((p) => words.plan(p.when[lang], p.what[lang])).join(words.planJoin) || "—",
      })),
    };
  },
  sources: (d) => [
    ...d.items.map((i) => i.link.source),
    ...d.items.flatMap((i) =>
      [...(i.latest ? [i.latest.milestone] : []), ...i.plans.map((p) => p.milestone)].flatMap((m) =>
        m.sources.map((s) => milestoneSource(s, m)),
      ),
    ),
  ],
};

/** The then-and-now words the sentences use, in one language. */
function said(d: ThenNow, lang: Lang) {
  return {
    thenHeading: d.thenHeading[lang],
    asOf: d.asOf[lang],
    foundHeading: FOUND_HEADING[lang],
    nothingFound: NOTHING_FOUND[lang],
    nothingFoundMeans: NOTHING_FOUND_MEANS[lang],
    pilotsLeftOut: PILOTS_LEFT_OUT[lang],
    plansApart: PLANS_APART[lang],
  };
}
