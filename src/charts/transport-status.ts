import type { Records } from "../schemas/index";
import { MODES, MODE_LABELS, type Mode, type TransportLink } from "../schemas/transport";
import { STAGES, STAGE_LABELS, type Stage } from "../lib/data/stages";
import { CHIP, MARGIN } from "./layout";
import { FONT, textWidth, wrapChars } from "../lib/text/measure";
import { MODE_COLOR, ROLE_COLOR } from "./palette";
import { modeKey } from "./marks/mode-key";
import { el, markTip, svgRoot } from "./svg";
import { transportTip } from "../lib/data/transport-tip";
import type { ChartDefinition } from "./types";

interface Data {
  links: TransportLink[];
  byStage: { stage: Stage; links: TransportLink[] }[];
  modes: Mode[];
}

/** One link as a chip: a mode-coloured bar, its name (wrapped to the width), its status word. */
function chip(
  document: Document,
  link: TransportLink,
  x: number,
  y: number,
  width: number,
  oneLine: boolean,
): { node: SVGGElement; height: number } {
  const bar = CHIP.bar;
  const textX = x + bar + CHIP.padX;
  const chars = Math.max(1, Math.floor((width - bar - CHIP.padX * 2) / FONT.small));
  const lines = oneLine ? [link.name] : wrapChars(link.name, chars);
  const lineHeight = FONT.small * FONT.lineHeight;
  const height = oneLine ? CHIP.height : (lines.length + 1) * lineHeight + CHIP.padX;
  const g = el(document, "g", {});
  const shape = el(document, "rect", { x, y, width, height, rx: 2, fill: "var(--surface)", class: "mark-shape" });
  g.append(shape, el(document, "rect", { x, y, width: bar, height, fill: MODE_COLOR[link.mode] }));
  if (oneLine) {
    g.append(
      el(document, "text", { x: textX, y: y + height / 2, "dominant-baseline": "central", "font-size": FONT.small }, [
        link.name,
        el(document, "tspan", { fill: "var(--muted)", dx: CHIP.gap }, [link.status]),
      ]),
    );
  } else {
    lines.forEach((line, i) =>
      g.append(
        el(
          document,
          "text",
          { x: textX, y: y + CHIP.padX / 2 + (i + 1) * lineHeight - FONT.descent, "font-size": FONT.small },
          [line],
        ),
      ),
    );
    g.append(
      el(
        document,
        "text",
        {
          x: textX,
          y: y + CHIP.padX / 2 + (lines.length + 1) * lineHeight - FONT.descent,
          "font-size": FONT.small,
          fill: "var(--muted)",
        },
        [link.status],
      ),
    );
  }
  markTip(g, transportTip(link));
  return { node: g, height };
}

export const transportStatus: ChartDefinition<Data> = {
  id: "transport-status",
  title: "交通项目从前期工作到常态运行",
  subtitle: ({ links, byStage }) =>
    `原文提到的${links.length}个交通项目，按原文用语归入五个阶段：` +
    byStage.map((s) => `${STAGE_LABELS[s.stage]}${s.links.length}个`).join("，"),
  select(records: Records) {
    const links = records.transport;
    return {
      links,
      byStage: STAGES.map((stage) => ({ stage, links: links.filter((l) => l.stage === stage) })),
      modes: MODES.filter((m) => links.some((l) => l.mode === m)),
    };
  },
  render({ byStage, modes }, { width, document }) {
    const svg = svgRoot(document, width, width);
    const top = MARGIN.top + modeKey(svg, document, modes, width) + CHIP.lineGap;
    const inner = width - MARGIN.left - MARGIN.right;
    const columns = Math.floor((inner + CHIP.columnGap) / (textWidth("前期工作前期工作", FONT.small) + CHIP.columnGap));
    let bottom = top;
    if (columns >= byStage.length) {
      // Wide: one column per stage, from preliminary work on the left to service on the right.
      const colWidth = (inner - CHIP.columnGap * (byStage.length - 1)) / byStage.length;
      byStage.forEach(({ stage, links }, i) => {
        const x = MARGIN.left + i * (colWidth + CHIP.columnGap);
        svg.append(
          el(document, "text", { x, y: top + FONT.size, "font-weight": "bold" }, [STAGE_LABELS[stage]]),
          el(
            document,
            "text",
            {
              x: x + colWidth,
              y: top + FONT.size,
              "text-anchor": "end",
              fill: "var(--muted)",
              "font-size": FONT.small,
            },
            [`${links.length}个`],
          ),
          el(document, "line", {
            x1: x,
            x2: x + colWidth,
            y1: top + CHIP.headerHeight - CHIP.gap,
            y2: top + CHIP.headerHeight - CHIP.gap,
            stroke: ROLE_COLOR.text,
          }),
        );
        let y = top + CHIP.headerHeight;
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
              [`${links.length}个`],
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
    const height = Math.ceil(bottom + MARGIN.top);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  describe: ({ links, byStage }) =>
    `按阶段排列的交通项目（颜色表示方式）。共${links.length}个：${byStage
      .map(
        (s) =>
          `${STAGE_LABELS[s.stage]}${s.links.length}个（${s.links.map((l) => `${l.name}，${l.status}`).join("；")}）`,
      )
      .join("。")}。阶段由本站按原文用语归并，对照表见“关于”页。`,
  table: ({ links }) => ({
    columns: [
      { key: "name", label: "项目" },
      { key: "mode", label: "方式" },
      { key: "status", label: "原文用语" },
      { key: "stage", label: "阶段" },
    ],
    rows: links.map((l) => ({
      name: l.name,
      mode: MODE_LABELS[l.mode],
      status: l.status,
      stage: STAGE_LABELS[l.stage],
    })),
  }),
  sources: ({ links }) => links.map((l) => l.source),
};
