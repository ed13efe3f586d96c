import { linkHorizontal } from "d3";
import { selectPartners, type PartnersData } from "../lib/data/partners";
import { MARGIN, NETWORK } from "./layout";
import { clipText, FONT, textWidth, wrapChars } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";

const ROLE_FILL = {
  member: ROLE_COLOR.member,
  observer: ROLE_COLOR.observer,
  partner: ROLE_COLOR.partner,
  firm: ROLE_COLOR.comparison,
} as const;
const ROLE_LABEL = { member: "万达开成员", observer: "观察员", partner: "合作方", firm: "企业" } as const;

export const partnersNetwork: ChartDefinition<PartnersData> = {
  id: "partners-network",
  title: {
    zh: "合作方与合作事项：谁参与了什么",
    en: "Partners and joint undertakings: who took part in what",
  },
  subtitle: ({ partners, items }) =>
    `本站据原文整理的${partners.length}个合作地区和企业（均为原文点名），及其参与的${items.length}项机制、平台、园区和签约（连线表示参与）`,
  select: selectPartners,
  render({ partners, items }, { width, document }) {
    // A name wider than NETWORK.labelShare of the chart is cut with "…" (its node's tip, the description
    // and the table give it whole): a very long one pushed both columns off the chart, and the items'
    // column down to a character a line.
    const names = new Map(partners.map((p) => [p.key, clipText(p.label, width * NETWORK.labelShare, FONT.small)]));
    const leftWidth = Math.max(...partners.map((p) => textWidth(names.get(p.key)!, FONT.small)));
    const leftX = MARGIN.left + leftWidth + NETWORK.nodeRadius * 2;
    const gap = width < NETWORK.columnGapWide * 2 ? NETWORK.columnGapNarrow / 2 : NETWORK.columnGapWide / 2;
    const rightX = leftX + gap;
    const chars = Math.max(1, Math.floor((width - rightX - MARGIN.right - NETWORK.nodeRadius * 2) / FONT.small));
    const itemLines = items.map((i) => wrapChars(i.label, chars));
    const lineHeight = FONT.small * NETWORK.lineHeight;
    const itemY: number[] = [];
    let y = MARGIN.top + FONT.size * 2;
    for (const lines of itemLines) {
      itemY.push(y + ((lines.length - 1) * lineHeight) / 2);
      y += Math.max(NETWORK.rowHeight, lines.length * lineHeight + NETWORK.nodeRadius * 2);
    }
    const bottom = y;
    const top = MARGIN.top + FONT.size * 2;
    const step = partners.length > 1 ? (itemY.at(-1)! - itemY[0]!) / (partners.length - 1) : 0;
    const partnerY = new Map(partners.map((p, i) => [p.key, itemY[0]! + i * step]));
    const svg = svgRoot(document, width, Math.ceil(bottom + MARGIN.bottom));
    svg.append(
      el(
        document,
        "text",
        { x: leftX, y: top - FONT.size, "text-anchor": "end", "font-weight": "bold", "font-size": FONT.small },
        ["合作方"],
      ),
      el(document, "text", { x: rightX, y: top - FONT.size, "font-weight": "bold", "font-size": FONT.small }, [
        "合作事项",
      ]),
    );
    const link = linkHorizontal<unknown, [number, number]>()
      .source((d) => (d as [[number, number], [number, number]])[0])
      .target((d) => (d as [[number, number], [number, number]])[1]);
    const edges = el(document, "g", {
      role: "group",
      "aria-label": "连线",
      fill: "none",
      stroke: ROLE_COLOR.rule,
      "stroke-width": NETWORK.edgeWidth,
    });
    items.forEach((item, i) => {
      for (const key of item.partners)
        edges.append(
          el(document, "path", {
            d:
              link([
                [leftX, partnerY.get(key)!],
                [rightX, itemY[i]!],
              ] as never) ?? "",
          }),
        );
    });
    svg.append(edges);
    const partnerGroup = el(document, "g", { role: "group", "aria-label": "合作方" });
    for (const p of partners) {
      const py = partnerY.get(p.key)!;
      const joined = items.filter((i) => i.partners.includes(p.key));
      const node = el(document, "circle", { cx: leftX, cy: py, r: NETWORK.nodeRadius, fill: ROLE_FILL[p.role] });
      markTip(node, `${p.label}（${ROLE_LABEL[p.role]}）：${joined.map((i) => i.label).join("；")}`);
      partnerGroup.append(
        node,
        el(
          document,
          "text",
          {
            x: leftX - NETWORK.nodeRadius * 2,
            y: py,
            "text-anchor": "end",
            "dominant-baseline": "central",
            "font-size": FONT.small,
          },
          [names.get(p.key)!],
        ),
      );
    }
    svg.append(partnerGroup);
    const itemGroup = el(document, "g", { role: "group", "aria-label": "合作事项" });
    items.forEach((item, i) => {
      const node = el(document, "circle", {
        cx: rightX,
        cy: itemY[i]!,
        r: NETWORK.nodeRadius,
        fill: ROLE_COLOR.wanzhou,
      });
      const names = item.partners.map((k) => partners.find((p) => p.key === k)!.label).join("、");
      const at = item.occasion ? `，见于${item.occasion}` : "";
      markTip(node, `${item.label}（${item.note}${at}）：参与方 ${names}`);
      const lines = itemLines[i]!;
      itemGroup.append(
        node,
        ...lines.map((line, j) =>
          el(
            document,
            "text",
            {
              x: rightX + NETWORK.nodeRadius * 2,
              y: itemY[i]! - ((lines.length - 1) * lineHeight) / 2 + j * lineHeight,
              "dominant-baseline": "central",
              "font-size": FONT.small,
            },
            [line],
          ),
        ),
      );
    });
    svg.append(itemGroup);
    return svg;
  },
  describe: ({ partners, items }) =>
    `二部图：左列为合作方，右列为合作事项，连线表示参与。${partners
      .map(
        (p) =>
          `${p.label}（${ROLE_LABEL[p.role]}）参与${items
            .filter((i) => i.partners.includes(p.key))
            .map((i) => i.label)
            .join("、")}`,
      )
      .join("；")}。`,
  table: ({ partners, items }) => ({
    columns: [
      { key: "item", label: "合作事项" },
      { key: "note", label: "原文" },
      { key: "partners", label: "合作方" },
    ],
    rows: items.map((i) => ({
      item: i.label,
      note: i.note,
      partners: i.partners.map((k) => partners.find((p) => p.key === k)!.label).join("、"),
    })),
  }),
  sources: ({ items }) => items.map((i) => i.source),
};
