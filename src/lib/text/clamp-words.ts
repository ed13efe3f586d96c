import { textWidth, wrapText } from "./measure";

// An English title on a share card: at most a few lines, cut with an ellipsis that still fits.
// Lines break as wrapText breaks English (src/lib/text/measure.ts).

/** At most `max` lines of wrapped text; where words were left out, the last line ends in "…" and still fits. */
export function clampWords(text: string, ems: number, max: number): string[] {
  const lines = wrapText(text, ems, "en");
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (textWidth(`${last}…`, 1) > ems && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
  while (textWidth(`${last}…`, 1) > ems) last = [...last].slice(0, -1).join("");
  kept[max - 1] = `${last.replace(/[\s,;:.—–-]+$/u, "")}…`;
  return kept;
}
