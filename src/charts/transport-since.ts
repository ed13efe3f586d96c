import type { Records } from "../schemas/index";
import { MODE_LABELS } from "../schemas/transport";
import { STAGE_LABELS } from "../lib/data/stages";
import { NOTHING_FOUND, milestoneSource } from "../lib/data/since";
import {
  FOUND_HEADING,
  NOTHING_FOUND_MEANS,
  PILOTS_LEFT_OUT,
  PLANS_APART,
  thenAndNow,
  thenNowTip,
  thenWords,
  latestWords,
  type ThenNow,
  type ThenNowItem,
} from "../lib/data/then-now";
import { FONT, textWidth, wrapChars } from "../lib/text/measure";
import { MARGIN, SINCE } from "./layout";
import { ROLE_COLOR } from "./palette";
import { stageBox } from "./marks/stage-box";
import { el, finishSvg, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

const LINE = FONT.size * FONT.lineHeight;
const SMALL_LINE = SINCE.text * FONT.lineHeight;
const boxWidth = (label: string) => textWidth(label, SINCE.text) + SINCE.pad * 2;

/** Where the columns sit at a width: one line a row if name, boxes and date fit side by side. */
function columns(data: ThenNow, width: number) {
  const x0 = MARGIN.left + SINCE.pad;
  const right = width - MARGIN.right - SINCE.pad;
  const thenW = Math.max(...data.items.map((i) => boxWidth(STAGE_LABELS[i.link.stage])));
  const nowW = Math.max(boxWidth(NOTHING_FOUND), ...data.found.map((i) => boxWidth(STAGE_LABELS[i.latest!.stage])));
  const dateW = Math.max(...data.found.map((i) => textWidth(i.latest!.when, SINCE.text)));
  // The latest column starts where the article's header (bold, wider than its boxes) has ended.
  const span = Math.max(thenW + SINCE.arrow, textWidth(data.thenHeading, SINCE.text) + SINCE.gap * 2);
  const nameW = FONT.size * SINCE.nameChars;
  const oneLine = x0 + nameW + SINCE.gap + span + nowW + SINCE.gap + dateW <= right;
  const thenX = oneLine ? x0 + nameW + SINCE.gap : x0;
  return { x0, right, oneLine, thenX, thenW, nowX: thenX + span, nowW };
}

/** One item's row: its name, the article's stage, an arrow (dashed, headless when nothing was found), the latest. */
function row(document: Document, item: ThenNowItem, y: number, width: number, cols: ReturnType<typeof columns>) {
  const { x0, right, oneLine, thenX, thenW, nowX, nowW } = cols;
  const lines = wrapChars(item.link.name, oneLine ? SINCE.nameChars : Math.floor((right - x0) / FONT.size));
  const nameH = lines.length * LINE;
  const when = item.latest?.when ?? "";
  // Stacked, the date goes at the end of the name's last line where it fits, else under its box.
  const dateBelow =
    !oneLine && when !== "" && x0 + textWidth(lines.at(-1)!) + SINCE.gap + textWidth(when, SINCE.text) > right;
  const dateH = dateBelow ? SMALL_LINE : 0;
  const height = oneLine
    ? Math.max(nameH, SINCE.box) + SINCE.pad * 2
    : nameH + SINCE.rowGap + SINCE.box + dateH + SINCE.pad * 2;
  const nameTop = oneLine ? y + (height - nameH) / 2 : y + SINCE.pad;
  const boxY = oneLine ? y + (height - SINCE.box) / 2 : nameTop + nameH + SINCE.rowGap;
  const mid = boxY + SINCE.box / 2;
  const g = el(document, "g", {});
  g.append(
    el(document, "rect", {
      x: MARGIN.left,
      y,
      width: width - MARGIN.left - MARGIN.right,
      height,
      rx: 2,
      fill: "var(--surface)",
      class: "mark-shape",
    }),
    // Each name line's glyphs centred in its line box, so a one-line name sits level with the boxes.
    ...lines.map((line, i) =>
      el(document, "text", { x: x0, y: nameTop + i * LINE + (LINE + FONT.size) / 2 - FONT.descent }, [line]),
    ),
    stageBox(document, thenX, boxY, thenW, item.link.stage),
    el(document, "line", {
      x1: thenX + thenW + SINCE.head / 2,
      x2: nowX - SINCE.head,
      y1: mid,
      y2: mid,
      stroke: "var(--muted)",
      "stroke-width": SINCE.head / 2,
      "stroke-dasharray": item.latest ? undefined : SINCE.dash,
    }),
    stageBox(document, nowX, boxY, nowW, item.latest?.stage),
  );
  if (item.latest) {
    const head = `M${nowX - SINCE.head / 2} ${mid}l${-SINCE.head * 2} ${-SINCE.head}v${SINCE.head * 2}z`;
    g.append(el(document, "path", { d: head, fill: "var(--muted)" }));
    const [x, baseline, anchor] = oneLine
      ? [nowX + nowW + SINCE.gap, mid + SINCE.text / 2 - FONT.descent / 2]
      : dateBelow
        ? [nowX, boxY + SINCE.box + SMALL_LINE - FONT.descent]
        : [right, nameTop + nameH - LINE + (LINE + FONT.size) / 2 - FONT.descent, "end"];
    const words = { x, y: baseline, "text-anchor": anchor, "font-size": SINCE.text, fill: "var(--muted)" };
    g.append(el(document, "text", words, [when]));
  }
  markTip(g, thenNowTip(item));
  return { node: g, height };
}

export const transportSince: ChartDefinition<ThenNow> = {
  id: "transport-since",
  showsStages: true,
  title: {
    zh: "交通项目：原文所述阶段与此后最新进展",
    en: "Transport projects: the stage the article gives and the latest since",
  },
  subtitle: (d) =>
    `左为${d.thenHeading}，右为${d.latestHeading}。本站据原文整理的${d.items.length}项交通项目中，` +
    `${d.found.length}项${FOUND_HEADING}（${d.byLatestStage.map((s) => `${STAGE_LABELS[s.stage]}${s.items.length}项`).join("，")}），` +
    `${d.missing.length}项${NOTHING_FOUND}`,
  select: (records: Records) => thenAndNow(records.transport, records.milestones),
  render(data, { width, document }) {
    const svg = svgRoot(document, width, width);
    const cols = columns(data, width);
    let y = MARGIN.top;
    for (const [x, words] of [
      [cols.thenX, data.thenHeading],
      [cols.nowX, data.latestHeading],
    ] as const)
      svg.append(
        el(document, "text", { x, y: y + SINCE.text, "font-size": SINCE.text, "font-weight": "bold" }, [words]),
      );
    y += SMALL_LINE + SINCE.pad;
    svg.append(
      el(document, "line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: y, y2: y, stroke: ROLE_COLOR.text }),
    );
    for (const [heading, items] of [
      [`${FOUND_HEADING}：${data.found.length}项`, data.found],
      [`${NOTHING_FOUND}：${data.missing.length}项`, data.missing],
    ] as const) {
      if (items.length === 0) continue;
      y += SINCE.groupGap;
      svg.append(el(document, "text", { x: MARGIN.left, y: y + FONT.size, "font-weight": "bold" }, [heading]));
      y += LINE + SINCE.pad;
      const group = el(document, "g", { role: "group", "aria-label": heading });
      for (const item of items) {
        const { node, height } = row(document, item, y, width, cols);
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
  describe: (d) =>
    `每行一项交通项目：左框为${d.thenHeading}的阶段，右框为此后来源所述的最新阶段及其日期（${d.asOf}）。` +
    `${FOUND_HEADING}的${d.found.length}项：` +
    d.found
      .map((i) => `${i.link.name}，${thenWords(i.link)}，此后${latestWords(i)}，据${i.latest!.publishers}`)
      .join("；") +
    `。${NOTHING_FOUND}的${d.missing.length}项：${d.missing.map((i) => i.link.name).join("、")}（${NOTHING_FOUND_MEANS}）。` +
    (d.pilots.length ? `${PILOTS_LEFT_OUT}（${d.pilots.map((l) => l.name).join("、")}）。` : "") +
    `${PLANS_APART}。`,
  table: (d) => ({
    columns: [
      { key: "name", label: "项目" },
      { key: "mode", label: "方式" },
      { key: "then", label: d.thenHeading },
      { key: "latest", label: "此后最新阶段" },
      { key: "when", label: "日期" },
      { key: "source", label: "来源" },
      { key: "plans", label: "此后提出的计划" },
    ],
    rows: d.items.map((i) => ({
      name: i.link.name,
      mode: MODE_LABELS[i.link.mode],
      then: thenWords(i.link),
      latest: i.latest ? STAGE_LABELS[i.latest.stage] : NOTHING_FOUND,
      when: i.latest?.when ?? "—",
      source: i.latest?.publishers ?? "—",
      plans: i.plans.map((p) => `${p.when}提出：${p.what}`).join("；") || "—",
    })),
  }),
  sources: (d) => [
    ...d.items.map((i) => i.link.source),
    ...d.items.flatMap((i) =>
      [...(i.latest ? [i.latest.milestone] : []), ...i.plans.map((p) => p.milestone)].flatMap((m) =>
        m.sources.map((s) => milestoneSource(s, m)),
      ),
    ),
  ],
};
