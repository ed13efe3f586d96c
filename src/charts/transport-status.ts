import { STAGES_AS_OF } from "../lib/data/article-time";
import type { Records } from "../schemas/index";
import { MODES, MODE_LABELS, type Mode, type TransportLink } from "../schemas/transport";
import { STAGES, STAGE_LABELS, type Stage } from "../lib/data/stages";
import { CHIP, MARGIN } from "./layout";
import { FONT, textWidth } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { modeKey } from "./marks/mode-key";
import { chip } from "./marks/transport-chip";
import { el, svgRoot } from "./svg";
import { PILOT_LABEL } from "../lib/data/transport-tip";
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

/** The heading over the pilots, in the chart, its description and its table. */
const PILOT_HEADING = "另有一次性试点运输（不计入阶段）";

export const transportStatus: ChartDefinition<Data> = {
  id: "transport-status",
  showsStages: true,
  title: {
    zh: "交通项目从前期工作到常态运行",
    en: "Transport projects, from preparatory work to regular service",
  },
  subtitle: ({ links, byStage, pilots }) =>
    `${STAGES_AS_OF}。本站据原文整理的${links.length}项交通项目，按原文用语归入五个阶段：` +
    byStage.map((s) => `${STAGE_LABELS[s.stage]}${s.links.length}项`).join("，") +
    (pilots.length ? `；${PILOT_HEADING.replace("（", "，").replace("）", "")}` : ""),
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
  render({ byStage, pilots, modes }, { width, document }) {
    const svg = svgRoot(document, width, width);
    const top = MARGIN.top + modeKey(svg, document, modes, width) + CHIP.lineGap;
    const inner = width - MARGIN.left - MARGIN.right;
    const columns = Math.floor((inner + CHIP.columnGap) / (textWidth("前期工作前期工作", FONT.small) + CHIP.columnGap));
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
          el(document, "text", { x, y: top + FONT.size, "font-weight": "bold" }, [STAGE_LABELS[stage]]),
          el(document, "text", { x, y: countY, fill: "var(--muted)", "font-size": FONT.small }, [`${links.length}项`]),
          el(document, "line", {
            x1: x,
            x2: x + colWidth,
            y1: top + header - CHIP.gap,
            y2: top + header - CHIP.gap,
            stroke: ROLE_COLOR.text,
          }),
        );
        let y = top + header;
        const group = el(document, "g", { role: "group", "aria-label": STAGE_LABELS[stage] });
        for (const link of links) {
          const { node, height } = chip(document, link, x, y, colWidth, false);
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
            `${STAGE_LABELS[stage]}`,
            el(
              document,
              "tspan",
              { fill: "var(--muted)", "font-weight": "normal", "font-size": FONT.small, dx: CHIP.gap },
              [`${links.length}项`],
            ),
          ]),
        );
        y += CHIP.headerHeight;
        const group = el(document, "g", { role: "group", "aria-label": STAGE_LABELS[stage] });
        for (const link of links) {
          const { node, height } = chip(document, link, MARGIN.left, y, inner, true);
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
      svg.append(el(document, "text", { x: MARGIN.left, y: y + FONT.size, "font-weight": "bold" }, [PILOT_HEADING]));
      y += CHIP.headerHeight;
      const group = el(document, "g", { role: "group", "aria-label": PILOT_HEADING });
      for (const pilot of pilots) {
        const { node, height } = chip(document, pilot, MARGIN.left, y, inner, true);
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
  describe: ({ links, byStage, pilots }) =>
    `按阶段排列的交通项目（颜色表示方式）。本站据原文整理的共${links.length}项：${byStage
      .map(
        (s) =>
          `${STAGE_LABELS[s.stage]}${s.links.length}项（${s.links.map((l) => `${l.name}，${l.status}`).join("；")}）`,
      )
      .join("。")}。` +
    (pilots.length ? `${PILOT_HEADING}：${pilots.map((l) => `${l.name}，${l.status}`).join("；")}。` : "") +
    "阶段由本站按原文用语归并，对照表见“关于”页。",
  table: ({ all }) => ({
    columns: [
      { key: "name", label: "项目" },
      { key: "mode", label: "方式" },
      { key: "status", label: "原文用语" },
      { key: "stage", label: "阶段" },
    ],
    rows: all.map((l) => ({
      name: l.name,
      mode: MODE_LABELS[l.mode],
      status: l.status,
      stage: l.kind === "pilot" ? PILOT_LABEL : STAGE_LABELS[l.stage],
    })),
  }),
  sources: ({ all }) => all.map((l) => l.source),
};
