// Text measuring without a browser: charts, share cards and embed heights are laid out at build
// time, where no font metrics exist. One owner for the chart type and for these estimates.
import type { Lang } from "../locale/lang";

/** The type charts are set in: sizes in CSS pixels, and the system CJK font stack. */
export const FONT = {
  /** Body size of chart text. */
  size: 14,
  /** Axis labels, notes and credits. */
  small: 12,
  /** Line height, as a multiple of the size. */
  lineHeight: 1.4,
  /** How far glyphs reach below the baseline, in pixels. */
  descent: 3,
  family:
    "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
} as const;

/**
 * Latin letters and marks by width, in em, set after a wide sans (DejaVu Sans, the fallback of the
 * build's browser, wider than the phone and desktop system fonts): English labels are measured no
 * narrower than they draw. Digits and anything else keep the half-em estimate.
 */
const LATIN_WIDTHS: [RegExp, number][] = [
  [/[ijlIJ',.:;!|· ]/u, 0.3],
  [/[frt()[\]-]/u, 0.4],
  [/[mwMW]/u, 0.95],
  [/[A-Z]/u, 0.7],
  [/[bdghnopqu]/u, 0.64],
  [/[a-z]/u, 0.6],
];

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’—…]/u;

/**
 * Approximate rendered width of text: CJK and full-width characters one em; in text with no CJK at
 * all (English), Latin by LATIN_WIDTHS; any other character, and every one of a Chinese text's, about half.
 */
export function textWidth(text: string, size: number = FONT.size): number {
  // Chinese text keeps the half-em estimate its layouts were made with (a run of digits, "5G").
  const latin = !CJK.test(text);
  let width = 0;
  for (const char of text) {
    if (CJK.test(char)) width += size;
    else width += size * ((latin && LATIN_WIDTHS.find(([chars]) => chars.test(char))?.[1]) || 0.56);
  }
  return width;
}

/**
 * Breaks text into lines at most `chars` em wide. CJK text has no spaces to break at, so any
 * character may end a line, but a run of Latin letters or digits ("2021", "5G", "1+3", an English
 * word) is never split, and closing punctuation (an English comma, an en dash) never starts a line.
 */
export function wrapChars(text: string, chars: number): string[] {
  const tokens = text.match(/[(]?[A-Za-z0-9.+%'’\-]+|./gsu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const fits = textWidth(line + token, 1) <= chars;
    const closing = /^[，。、；：！？”’）》」』,;:!?)–]/u.test(token);
    if (!fits && line !== "" && !closing) {
      // English breaks at its spaces: a line neither ends nor starts with one.
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Text cut to at most `width` pixels at `size`, ending in "…" where it was cut. */
export function clipText(text: string, width: number, size: number = FONT.size): string {
  if (textWidth(text, size) <= width) return text;
  let clipped = "";
  for (const char of text) {
    if (textWidth(clipped + char + "…", size) > width) break;
    clipped += char;
  }
  return clipped + "…";
}

/**
 * Where English may break: after white space (so a comma or apostrophe stays with its word) or after a
 * dash of a compound name, but never after a number or its scale word ("3.79 billion yuan", "17 October").
 */
const ENGLISH_BREAK = /(?<=(?<!(?:^|\s)[\d.,]+|\b(?:billion|million|thousand))\s)(?=\S)|(?<=[–—-])(?=\S)/u;

/**
 * Breaks text into lines at most `chars` em wide (textWidth at size 1), as its language breaks: Chinese
 * between any two characters (wrapChars); English at ENGLISH_BREAK, a word wider than a line (or text with
 * no spaces) broken as wrapChars breaks it. The one owner of line breaking for charts, cards and embeds.
 */
export function wrapText(text: string, chars: number, lang: Lang): string[] {
  if (lang === "zh") return wrapChars(text, chars);
  const pieces = text
    .trim()
    .split(ENGLISH_BREAK)
    .flatMap((piece) => (textWidth(piece.trim(), 1) > chars ? wrapChars(piece, chars) : [piece]));
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line && textWidth((line + piece).trim(), 1) > chars) {
      lines.push(line.trim());
      line = piece;
    } else {
      line += piece;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
