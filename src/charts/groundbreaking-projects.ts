import { neededWordList, neededWords } from "../lib/input/needed-field";
import type { Lang } from "../lib/locale/lang";
import { FORMATS } from "../lib/text/formats";
import type { Figure } from "../schemas/figure";
import type { Records } from "../schemas/index";
import type { Project } from "../schemas/projects";
import { CHIP, MARGIN, UNIT } from "./layout";
import { FONT, textWidth } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";
import { GROUNDBREAKING_PROJECTS_WORDS as WORDS } from "./words/groundbreaking-projects";

interface Data {
  project: Project;
  count: number;
  total: Figure;
}

/** The record's words and figures in one language, as the chart's sentences take them. */
function batch({ project, count, total }: Data, lang: Lang) {
  const sectors = neededWordList("projects", project, "items", lang);
  return {
    date: neededWords("projects", project, "dateText", lang),
    count: String(count),
    total: FORMATS[lang].formatFigure(total),
    sectors: WORDS[lang].list(sectors),
    list: sectors,
  };
}

export const groundbreakingProjects: ChartDefinition<Data> = {
  id: "groundbreaking-projects",
  title: {
    zh: "经开区一天集中开工一批重大项目",
    en: "A batch of major projects broke ground in the development zone on one day",
  },
  subtitle: (data, lang) => WORDS[lang].subtitle(batch(data, lang)),
  select(records: Records) {
    const project = records.projects.find((p) => p.kind === "groundbreaking");
    const count = project?.figures?.find((f) => f.unit === "个");
    const total = project?.figures?.find((f) => f.unit === "亿元");
    if (!project || !count || !total)
      throw new Error("groundbreaking-projects: projects lacks the groundbreaking record with its count and total");
    const data = { project, count: count.value, total };
    // Both languages' words now: a record without its English stops the build here, named.
    for (const lang of ["zh", "en"] as const) batch(data, lang);
    return data;
  },
  render(data, { width, document, lang }) {
    const { count } = data;
    const words = WORDS[lang];
    const b = batch(data, lang);
    const sectors = b.list;
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
    const squares = el(document, "g", { role: "group", "aria-label": words.groups.squares });
    for (let i = 0; i < count; i++) {
      const square = el(document, "rect", {
        x: MARGIN.left + (i % perRow) * (UNIT.size + UNIT.gap),
        y: MARGIN.top + Math.floor(i / perRow) * (UNIT.size + UNIT.gap),
        width: UNIT.size,
        height: UNIT.size,
        rx: UNIT.gap / 2,
        fill: ROLE_COLOR.wanzhou,
      });
      markTip(square, words.tip(b));
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
        [words.sectorsCaption],
      ),
    );
    const chipGroup = el(document, "g", { role: "group", "aria-label": words.groups.chips });
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
  describe: (data, lang) => WORDS[lang].describe(batch(data, lang)),
  table: (data, lang) => {
    const b = batch(data, lang);
    const columns = WORDS[lang].columns;
    return {
      columns: [
        { key: "date", label: columns.date },
        { key: "count", label: columns.count, numeric: true },
        { key: "total", label: columns.total, numeric: true },
        { key: "sectors", label: columns.sectors },
      ],
      rows: [{ date: b.date, count: WORDS[lang].count(b.count), total: b.total, sectors: b.sectors }],
    };
  },
  sources: ({ project }) => [project.source],
};
