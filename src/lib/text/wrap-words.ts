import { textWidth, wrapChars } from "./measure";

// Latin text breaks at spaces and after dashes, not anywhere as Chinese may (wrapChars): an English
// title on a share card wraps word by word, and a line never starts with the comma or apostrophe of
// the word before. A word wider than a line (or text with no spaces) is broken as wrapChars breaks it.

/** The pieces a line may end after: each word with the space or dash that follows it. */
function pieces(text: string, ems: number): string[] {
  return text
    .trim()
    .split(/(?<=\s)(?=\S)|(?<=[–—-])(?=\S)/u)
    .flatMap((piece) => (textWidth(piece.trim(), 1) > ems ? wrapChars(piece, ems) : [piece]));
}

/** Breaks text into lines at most `ems` em wide (textWidth at size 1) at its spaces and dashes. */
export function wrapWords(text: string, ems: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text, ems)) {
    if (line && textWidth((line + piece).trim(), 1) > ems) {
      lines.push(line.trim());
      line = piece;
    } else {
      line += piece;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** At most `max` lines of wrapped text; where words were left out, the last line ends in "…" and still fits. */
export function clampWords(text: string, ems: number, max: number): string[] {
  const lines = wrapWords(text, ems);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (textWidth(`${last}…`, 1) > ems && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
  while (textWidth(`${last}…`, 1) > ems) last = [...last].slice(0, -1).join("");
  kept[max - 1] = `${last.replace(/[\s,;:.—–-]+$/u, "")}…`;
  return kept;
}
