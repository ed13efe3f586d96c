// The rows of the then-and-now chart (transport-since): where its columns sit at a width, and one row.
import { NOTHING_FOUND } from "../../lib/data/since";
import { STAGE_LABELS } from "../../lib/data/stages";
import type { ThenNow, ThenNowItem } from "../../lib/data/then-now";
import { thenNowTip } from "../../lib/data/then-now";
import { linkName } from "../../lib/data/transport-tip";
import type { Lang } from "../../lib/locale/lang";
import { FONT, textWidth, wrapChars } from "../../lib/text/measure";
import { MARGIN, SINCE } from "../layout";
import { el, markTip } from "../svg";
import { stageBox } from "./stage-box";

const LINE = FONT.size * FONT.lineHeight;
const SMALL_LINE = SINCE.text * FONT.lineHeight;
const boxWidth = (label: string) => textWidth(label, SINCE.text) + SINCE.pad * 2;

/** Where the columns sit at a width: one line a row if name, boxes and date fit side by side. */
export function columns(data: ThenNow, width: number, lang: Lang) {
  const x0 = MARGIN.left + SINCE.pad;
  const right = width - MARGIN.right - SINCE.pad;
  const thenW = Math.max(...data.items.map((i) => boxWidth(STAGE_LABELS[lang][i.link.stage])));
  const nowW = Math.max(
    boxWidth(NOTHING_FOUND[lang]),
    ...data.found.map((i) => boxWidth(STAGE_LABELS[lang][i.latest!.stage])),
  );
  const dateW = Math.max(...data.found.map((i) => textWidth(i.latest!.when[lang], SINCE.text)));
  // The latest column starts where the article's header (bold, wider than its boxes) has ended.
  const span = Math.max(thenW + SINCE.arrow, textWidth(data.thenHeading[lang], SINCE.text) + SINCE.gap * 2);
  const nameW = FONT.size * SINCE.nameChars;
  const oneLine = x0 + nameW + SINCE.gap + span + nowW + SINCE.gap + dateW <= right;
  const thenX = oneLine ? x0 + nameW + SINCE.gap : x0;
  return { x0, right, oneLine, thenX, thenW, nowX: thenX + span, nowW };
}

/** One item's row: its name, the article's stage, an arrow (dashed, headless when nothing was found), the latest. */
export function row(
  document: Document,
  item: ThenNowItem,
  y: number,
  width: number,
  cols: ReturnType<typeof columns>,
  lang: Lang,
) {
  const { x0, right, oneLine, thenX, thenW, nowX, nowW } = cols;
  const lines = wrapChars(linkName(item.link, lang), oneLine ? SINCE.nameChars : Math.floor((right - x0) / FONT.size));
  const nameH = lines.length * LINE;
  const when = item.latest?.when[lang] ?? "";
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
    stageBox(document, thenX, boxY, thenW, item.link.stage, lang),
    el(document, "line", {
      x1: thenX + thenW + SINCE.head / 2,
      x2: nowX - SINCE.head,
      y1: mid,
      y2: mid,
      stroke: "var(--muted)",
      "stroke-width": SINCE.head / 2,
      "stroke-dasharray": item.latest ? undefined : SINCE.dash,
    }),
    stageBox(document, nowX, boxY, nowW, item.latest?.stage, lang),
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
  markTip(g, thenNowTip(item, lang));
  return { node: g, height };
}
