import { linkHorizontal } from "d3";
import { selectPartners, type PartnersData } from "../lib/data/partners";
import { MARGIN, NETWORK } from "./layout";
import { clipText, FONT, textWidth, wrapText } from "../lib/text/measure";
import { ROLE_COLOR } from "./palette";
import { el, markTip, svgRoot } from "./svg";
import type { ChartDefinition } from "./types";
import { PARTNERS_NETWORK_WORDS as WORDS } from "./words/partners-network";

const ROLE_FILL = {
  member: ROLE_COLOR.member,
  observer: ROLE_COLOR.observer,
  partner: ROLE_COLOR.partner,
  firm: ROLE_COLOR.comparison,
} as const;

export const partnersNetwork: ChartDefinition<PartnersData> = {
  id: "partners-network",
  title: {
    zh: "合作方与合作事项：谁参与了什么",
    en: "Partners and joint undertakings: who took part in what",
  },
  subtitle: ({ partners, items }, lang) => WORDS[lang].subtitle(partners.length, items.length),
  select: selectPartners,
  render({ partners, items }, { width, document, lang }) {
    // A name wider than NETWORK.labelShare of the chart is cut with "…" (its node's tip, the description
    // and the table give it whole): a very long one pushed both columns off the chart, and the items'
    // column down to a character a line. An English name wider than NETWORK.wrapShare wraps to two
    // lines first, which leaves the items' column room for English words.
    const words = WORDS[lang];
    const narrow = width < NETWORK.columnGapWide * 2;
    const narrowEn = narrow && lang === "en";
    const nameLines = (label: string) => {
      const share = narrowEn ? NETWORK.wrapShareNarrowEn : NETWORK.wrapShare;
      const lines = wrapText(label, (width * share) / FONT.small, lang);
      if (lang === "zh" || lines.length === 1) return [clipText(label, width * NETWORK.labelShare, FONT.small)];
      return [lines[0]!, clipText(label.slice(lines[0]!.length).trim(), width * NETWORK.labelShare, FONT.small)];
    };
    const names = new Map(partners.map((p) => [p.key, nameLines(p.label[lang])]));
    const leftWidth = Math.max(...[...names.values()].flat().map((line) => textWidth(line, FONT.small)));
    const leftX = MARGIN.left + leftWidth + NETWORK.nodeRadius * 2;
    const gap = (narrowEn ? NETWORK.columnGapNarrowEn : narrow ? NETWORK.columnGapNarrow : NETWORK.columnGapWide) / 2;
    const rightX = leftX + gap;
    const chars = Math.max(1, Math.floor((width - rightX - MARGIN.right - NETWORK.nodeRadius * 2) / FONT.small));
    const itemLines = items.map((i) => wrapText(i.label[lang], chars, lang));
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
        [words.partners],
      ),
      el(document, "text", { x: rightX, y: top - FONT.size, "font-weight": "bold", "font-size": FONT.small }, [
        words.items,
      ]),
    );
    const link = linkHorizontal<unknown, [number, number]>()
      .source((d) => (d as [[number, number], [number, number]])[0])
      .target((d) => (d as [[number, number], [number, number]])[1]);
    const edges = el(document, "g", {
      role: "group",
      "aria-label": words.links,
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
    const partnerGroup = el(document, "g", { role: "group", "aria-label": words.partners });
    for (const p of partners) {
      const py = partnerY.get(p.key)!;
      const joined = items.filter((i) => i.partners.includes(p.key));
      const node = el(document, "circle", { cx: leftX, cy: py, r: NETWORK.nodeRadius, fill: ROLE_FILL[p.role] });
      markTip(
        node,
        words.partnerTip(
          p.label[lang],
          p.role,
          joined.map((i) => i.label[lang]),
        ),
      );
      const lines = names.get(p.key)!;
      partnerGroup.append(
        node,
        ...lines.map((line, i) =>
          el(
            document,
            "text",
            {
              x: leftX - NETWORK.nodeRadius * 2,
              y: py - ((lines.length - 1) * lineHeight) / 2 + i * lineHeight,
              "text-anchor": "end",
              "dominant-baseline": "central",
              "font-size": FONT.small,
            },
            [line],
          ),
        ),
      );
    }
    svg.append(partnerGroup);
    const itemGroup = el(document, "g", { role: "group", "aria-label": words.items });
    items.forEach((item, i) => {
      const node = el(document, "circle", {
        cx: rightX,
        cy: itemY[i]!,
        r: NETWORK.nodeRadius,
        fill: ROLE_COLOR.wanzhou,
      });
      const named = item.partners.map((k) => partners.find((p) => p.key === k)!.label[lang]);
      markTip(node, words.itemTip(item.label[lang], item.note[lang], item.occasion?.[lang], named));
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
  describe: ({ partners, items }, lang) =>
    WORDS[lang].describe(
      partners.map((p) => ({
        label: p.label[lang],
        role: p.role,
        items: items.filter((i) => i.partners.includes(p.key)).map((i) => i.label[lang]),
      })),
    ),
  table: ({ partners, items }, lang) => ({
    columns: [
      { key: "item", label: WORDS[lang].columns.item },
      { key: "note", label: WORDS[lang].columns.note },
      { key: "partners", label: WORDS[lang].columns.partners },
    ],
    rows: items.map((i) => ({
      item: i.label[lang],
      note: i.note[lang],
      partners: WORDS[lang].list(i.partners.map((k) => partners.find((p) => p.key === k)!.label[lang])),
    })),
  }),
  sources: ({ items }) => items.map((i) => i.source),
};
