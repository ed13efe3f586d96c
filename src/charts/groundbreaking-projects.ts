import { formatFigure } from "../lib/text/format";
import type { Records } from "../schemas/index";
import type { Project } from "../schemas/projects";
import { CHIP, MARGIN, UNIT } from "./layout";
import { FONT, textWidth } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

interface Data {
  project: Project;
  count: number;
  total: string;
  sectors: string[];
}

export const groundbreakingProjects: ChartDefinition<Data> = {
  id: "groundbreaking-projects",
  title: {
    zh: "经开区一天集中开工一批重大项目",
    en: "A batch of major projects broke ground in the development zone on one day",
  },
  subtitle: ({ project, count, total }) =>
    `${project.dateText}，万州经开区集中开工重大产业项目、重大基础设施项目${count}个，总投资${total}；原文未公布单个项目的金额`,
  select(records: Records) {
    const project = records.projects.find((p) => p.kind === "groundbreaking");
    const count = project?.figures?.find((f) => f.unit === "个");
    const total = project?.figures?.find((f) => f.unit === "亿元");
    if (!project || !count || !total)
      throw new Error("groundbreaking-projects: projects lacks the groundbreaking record with its count and total");
    return { project, count: count.value, total: formatFigure(total), sectors: project.items ?? [] };
  },
  render({ count, sectors, project }, { width, document }) {
    const inner = width - MARGIN.left - MARGIN.right;
    const perRow = Math.max(1, Math.min(count, Math.floor((inner + UNIT.gap) / (UNIT.size + UNIT.gap))));
    const unitRows = Math.ceil(count / perRow);
    const squaresBottom = MARGIN.top + unitRows * (UNIT.size + UNIT.gap);

    // Sectors flow as chips under the squares: they are what the projects cover, not one per square.
    const chips: { text: string; x: number; y: number; w: number }[] = [];
    let x = MARGIN.left;
    let y = squaresBottom + FONT.size * 2 + CHIP.lineGap;
    for (const text of sectors) {
      const w = textWidth(text, FONT.small) + CHIP.padX * 2;
      if (x + w > width - MARGIN.right && x > MARGIN.left) {
        x = MARGIN.left;
        y += CHIP.height + CHIP.gap;
      }
      chips.push({ text, x, y, w });
      x += w + CHIP.gap;
    }
    const height = (chips.at(-1)?.y ?? squaresBottom) + CHIP.height + MARGIN.top;
    const svg = svgRoot(document, width, height);
    const squares = el(document, "g", { role: "group", "aria-label": "项目" });
    for (let i = 0; i < count; i++) {
      const square = el(document, "rect", {
        x: MARGIN.left + (i % perRow) * (UNIT.size + UNIT.gap),
        y: MARGIN.top + Math.floor(i / perRow) * (UNIT.size + UNIT.gap),
        width: UNIT.size,
        height: UNIT.size,
        rx: UNIT.gap / 2,
        fill: ROLE_COLOR.wanzhou,
      });
      markTip(square, `${project.dateText}集中开工的项目之一（共${count}个；原文未列出项目名称和金额）`);
      squares.append(square);
    }
    svg.append(squares);
    svg.append(
      el(
        document,
        "text",
        {
          x: MARGIN.left,
          y: squaresBottom + FONT.size * FONT.lineHeight,
          "font-size": FONT.small,
          fill: "var(--muted)",
        },
        ["涵盖领域和建设内容（按原文）："],
      ),
    );
    const chipGroup = el(document, "g", { role: "group", "aria-label": "领域" });
    for (const chip of chips) {
      chipGroup.append(
        el(document, "rect", {
          x: chip.x,
          y: chip.y,
          width: chip.w,
          height: CHIP.height,
          rx: CHIP.height / 2,
          fill: "none",
          stroke: ROLE_COLOR.wanzhou,
        }),
        el(
          document,
          "text",
          {
            x: chip.x + chip.w / 2,
            y: chip.y + CHIP.height / 2,
            "text-anchor": "middle",
            "dominant-baseline": "central",
            "font-size": FONT.small,
          },
          [chip.text],
        ),
      );
    }
    svg.append(chipGroup);
    return svg;
  },
  describe: ({ project, count, total, sectors }) =>
    `单位图：${project.dateText}万州经开区集中开工的${count}个重大项目，每个方块代表一个项目，总投资${total}。` +
    `项目涵盖${sectors.join("、")}。` +
    "原文没有公布每个项目的名称、领域归属或金额，所以方块之间不作区分。",
  table: ({ project, count, total, sectors }) => ({
    columns: [
      { key: "date", label: "日期" },
      { key: "count", label: "项目数", numeric: true },
      { key: "total", label: "总投资", numeric: true },
      { key: "sectors", label: "涵盖领域和建设内容" },
    ],
    rows: [{ date: project.dateText ?? "", count: `${count}个`, total, sectors: sectors.join("、") }],
  }),
  sources: ({ project }) => [project.source],
};
