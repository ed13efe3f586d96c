import type { Lang } from "../../lib/locale/lang";
import { textWidth } from "../../lib/text/measure";
import { el } from "../svg";
import { MAP_WORDS } from "../words/map";
import { MAP } from "./constants";
import type { MapLayout } from "./layout";

/**
 * The credit line's words, in as few lines as fit the width: broken only between its parts (“ · ”),
 * for a longer language's credit can outrun a phone's width (the layout makes room for each line).
 */
export function creditLines(lang: Lang, width: number, links = true): string[] {
  const [first, ...rest] = MAP_WORDS[lang].credit(links).split(" · ");
  const lines = [first!];
  for (const part of rest) {
    const joined = `${lines.at(-1)} · ${part}`;
    if (textWidth(joined, MAP.text) <= width - MAP.labelGap * 2) lines[lines.length - 1] = joined;
    else lines.push(part);
  }
  return lines;
}

/** The credit in the bottom-right corner: on the map itself, as the boundary licence asks; its last line on `creditY`. */
export function credit(
  document: Document,
  width: number,
  { creditY }: Pick<MapLayout, "creditY">,
  lines: string[],
): SVGTextElement {
  const x = width - MAP.labelGap;
  const attrs = { "text-anchor": "end", "font-size": MAP.text, fill: "var(--muted)" };
  if (lines.length === 1) return el(document, "text", { x, y: creditY, ...attrs }, [lines[0]!]);
  const lineHeight = Math.round(MAP.text * MAP.lineHeight);
  const top = creditY - (lines.length - 1) * lineHeight;
  return el(
    document,
    "text",
    { x, y: top, ...attrs },
    lines.map((line, i) => el(document, "tspan", { x, y: top + i * lineHeight }, [line])),
  );
}
