import { STAGES_AS_OF } from "../lib/data/article-time";
import type { Records } from "../schemas/index";
import { MODES, MODE_LABELS, type Mode, type TransportLink } from "../schemas/transport";
import { STAGES, STAGE_LABELS, statusWords, type Stage } from "../lib/data/stages";
import type { Lang } from "../lib/locale/lang";
import { CHIP, MARGIN } from "./layout";
import { FONT, textWidth } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { modeKey } from "./marks/mode-key";
import { chip } from "./marks/transport-chip";
import { el, svgRoot } from "./svg";
import { linkName, stageWords } from "../lib/data/transport-tip";
import { TRANSPORT_STATUS_WORDS as WORDS } from "./words/transport-status";
import type { ChartDefinition } from "./types";

interface Data {
  /** The records counted in the stages: every one but the one-off pilots. */
  links: TransportLink[];
  byStage: { stage: Stage; links: TransportLink[] }[];
  /** One-off pilot shipments (kind "pilot"): events, listed apart and counted in no stage. */
  pilots: TransportLink[];
  /** Every record, pilots included, in the article's order (the table and the sources). */
  all: TransportLink[];
  modes: Mode[];
}

export const transportStatus: ChartDefinition<Data> = {
  id: "transport-status",
  showsStages: true,
  title: {
    zh: "交通项目从前期工作到常态运行",
    en: "Transport projects, from preparatory work to regular service",
  },
  subtitle: ({ links, byStage, pilots }, lang) =>
    WORDS[lang].subtitle(
      STAGES_AS_OF[lang],
      links.length,
      byStage.map((s) => ({ label: STAGE_LABELS[lang][s.stage], count: s.links.length })),
      pilots.length > 0,
    ),
  select(records: Records) {
    const links = records.transport.filter((l) => l.kind !== "pilot");
    const pilots = records.transport.filter((l) => l.kind === "pilot");
    return {
      links,
      byStage: STAGES.map((stage) => ({ stage, links: links.filter((l) => l.stage === stage) })),
      pilots,
      all: records.transport,
      modes: MODES.filter((m) => records.transport.some((l) => l.mode === m)),
    };
  },
  render({ byStage, pilots, modes }, { width, document, lang }) {
    const svg = svgRoot(document, width, width);
    const words = WORDS[lang];
    const stageLabel = (stage: Stage) => STAGE_LABELS[lang][stage];
    const top = MARGIN.top + modeKey(svg, document, modes, width, lang) + CHIP.lineGap;
    const inner = width - MARGIN.left - MARGIN.right;
    // A column holds its stage's name on one line and a name of eight CJK characters in a chip.
    const least = Math.max(
      textWidth("前期工作前期工作", FONT.small),
      ...byStage.map((s) => textWidth(stageLabel(s.stage))),
    );
    const columns = Math.floor((inner + CHIP.columnGap) / (least + CHIP.columnGap));
    let bottom = top;
    if (columns >= byStage.length) {
      // Wide: one column per stage, from preliminary work on the left to service on the right.
      const colWidth = (inner - CHIP.columnGap * (byStage.length - 1)) / byStage.length;
      // The count on a line of its own under the stage's name: 即将开工或开通 fills a column.
      const countY = top + FONT.size + FONT.small * FONT.lineHeight;
      const header = CHIP.headerHeight + FONT.small * FONT.lineHeight;
      byStage.forEach(({ stage, links }, i) => {
        const x = MARGIN.left + i * (colWidth + CHIP.columnGap);
        svg.append(
          el(document, "text", { x, y: top + FONT.size, "font-weight": "bold" }, [stageLabel(stage)]),
          el(document, "text", { x, y: countY, fill: "var(--muted)", "font-size": FONT.small }, [
            words.count(links.length),
          ]),
          el(document, "line", {
            x1: x,
            x2: x + colWidth,
            y1: top + header - CHIP.gap,
            y2: top + header - CHIP.gap,
            stroke: ROLE_COLOR.text,
          }),
        );
        let y = top + header;
        const group = el(document, "g", { role: "group", "aria-label": stageLabel(stage) });
        for (const link of links) {
          const { node, height } = chip(document, link, x, y, colWidth, false, lang);
          group.append(node);
          y += height + CHIP.gap;
        }
        svg.append(group);
        bottom = Math.max(bottom, y);
      });
    } else {
      // Narrow: the stages stacked, one line per link.
      let y = top;
      for (const { stage, links } of byStage) {
        svg.append(
          el(document, "text", { x: MARGIN.left, y: y + FONT.size, "font-weight": "bold" }, [
            `${stageLabel(stage)}`,
            el(
              document,
              "tspan",
              { fill: "var(--muted)", "font-weight": "normal", "font-size": FONT.small, dx: CHIP.gap },
              [words.count(links.length)],
            ),
          ]),
        );
        y += CHIP.headerHeight;
        const group = el(document, "g", { role: "group", "aria-label": stageLabel(stage) });
        for (const link of links) {
          const { node, height } = chip(document, link, MARGIN.left, y, inner, true, lang);
          group.append(node);
          y += height + CHIP.gap;
        }
        svg.append(group);
        y += CHIP.lineGap;
      }
      bottom = y;
    }
    if (pilots.length) {
      // The pilots apart, under every stage, one line each across the width.
      let y = bottom + CHIP.lineGap;
      svg.append(
        el(document, "text", { x: MARGIN.left, y: y + FONT.size, "font-weight": "bold" }, [words.pilotHeading]),
      );
      y += CHIP.headerHeight;
      const group = el(document, "g", { role: "group", "aria-label": words.pilotHeading });
      for (const pilot of pilots) {
        const { node, height } = chip(document, pilot, MARGIN.left, y, inner, true, lang);
        group.append(node);
        y += height + CHIP.gap;
      }
      svg.append(group);
      bottom = y;
    }
    const height = Math.ceil(bottom + MARGIN.top);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  describe: ({ links, byStage, pilots }, lang) =>
    WORDS[lang].describe(
      links.length,
      byStage.map((s) => ({
        label: STAGE_LABELS[lang][s.stage],
        count: s.links.length,
        links: s.links.map((l) => named(l, lang)),
      })),
      pilots.map((l) => named(l, lang)),
    ),
  table: ({ all }, lang) => {
    const { columns } = WORDS[lang];
    return {
      columns: [
        { key: "name", label: columns.name },
        { key: "mode", label: columns.mode },
        { key: "status", label: columns.status },
        { key: "stage", label: columns.stage },
      ],
      rows: all.map((l) => ({
        name: linkName(l, lang),
        mode: MODE_LABELS[lang][l.mode],
        status: statusWords(l.status, lang),
        stage: stageWords(l, lang),
      })),
    };
  },
  sources: ({ all }) => all.map((l) => l.source),
};

/** A project as the description lists it, in one language. */
function named(link: TransportLink, lang: Lang) {
  return { name: linkName(link, lang), status: statusWords(link.status, lang) };
}
