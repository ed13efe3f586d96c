import { wrapChars } from "../text/measure";
import { clampWords } from "../text/clamp-words";
import type { Lang, Localized } from "../locale/lang";
import { SITE_TITLE } from "../../consts";
import type { RenderedChart } from "../chart-page/rendered-chart";
import { viewBoxSize } from "../chart-page/view-box";
import { SHARE_IMAGE } from "./share-image-size";
import { IMAGE_FONT, palette, standaloneSvg } from "./standalone-svg";

/** Layout of the card, in its own pixels. A tall chart goes to the right of the words; others below. */
const CARD = {
  pad: 56,
  site: 26,
  title: 52,
  titleLine: 66,
  subtitle: 28,
  subtitleLine: 40,
  foot: 22,
  titleChars: 19,
  /** An English title beside a tall chart. */
  titleWordy: 44,
  titleWordyLine: 56,
  subtitleChars: 38,
  gap: 20,
  tall: 0.7,
  column: 520,
  subtitleLines: 2,
  subtitleLinesBeside: 6,
} as const;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The card's source line: where the chart's records come from, and who drew it. */
const FOOT: Localized<(article: boolean, outside: boolean) => string> = {
  zh: (article, outside) =>
    `来源：${article ? "原文报道" : ""}${outside ? "及文外资料（见图表页）" : ""} · 制图：${SITE_TITLE.zh}`,
  en: (article, outside) =>
    `Source: ${[article && "the article", outside && "outside sources (see the chart page)"].filter(Boolean).join(" and ")} · Chart: ${SITE_TITLE.en}`,
};

/** The 1200×630 share card of a chart in its language: site name, title, subtitle, the chart itself, source. */
export function cardSvg(chart: RenderedChart, lang: Lang = "zh"): string {
  const colours = palette("light");
  const { width, height } = SHARE_IMAGE;
  const chartSvg = standaloneSvg(chart.svg.wide, "light");
  const { width: vw, height: vh } = viewBoxSize(chartSvg);
  const beside = vh / vw > CARD.tall;
  // Beside a tall chart an English title, longer than the Chinese, is set smaller, on up to three lines
  // (one taken from the subtitle).
  const wordy = beside && lang === "en";
  const title = wordy
    ? { size: CARD.titleWordy, line: CARD.titleWordyLine }
    : { size: CARD.title, line: CARD.titleLine };
  const titleChars = beside ? Math.floor(CARD.column / title.size) : CARD.titleChars;
  const subtitleChars = beside ? Math.floor(CARD.column / CARD.subtitle) : CARD.subtitleChars;
  const maxTitle = wordy ? 3 : 2;
  const maxSubtitle = beside ? CARD.subtitleLinesBeside - (wordy ? 1 : 0) : CARD.subtitleLines;
  // Chinese breaks anywhere (a long title loses its end); English breaks at spaces, and says where it was cut.
  const titleLines =
    lang === "en" ? clampWords(chart.title, titleChars, maxTitle) : wrapChars(chart.title, titleChars).slice(0, 2);
  const allSubtitle =
    lang === "en" ? clampWords(chart.subtitle, subtitleChars, maxSubtitle) : wrapChars(chart.subtitle, subtitleChars);
  const subtitleLines = allSubtitle.slice(0, maxSubtitle);
  if (allSubtitle.length > maxSubtitle)
    subtitleLines[maxSubtitle - 1] = `${[...subtitleLines[maxSubtitle - 1]!].slice(0, subtitleChars - 1).join("")}…`;
  let y = CARD.pad + CARD.site;
  const parts = [
    `<rect width="${width}" height="${height}" fill="${colours.get("--bg")}"/>`,
    `<rect width="${width}" height="8" fill="${colours.get("--accent")}"/>`,
    `<text x="${CARD.pad}" y="${y}" font-size="${CARD.site}" font-weight="700" fill="${colours.get("--accent")}">${SITE_TITLE[lang]}</text>`,
  ];
  y += CARD.gap;
  for (const line of titleLines) {
    y += title.line;
    parts.push(
      `<text x="${CARD.pad}" y="${y}" font-size="${title.size}" font-weight="700" fill="${colours.get("--text")}">${escape(line)}</text>`,
    );
  }
  y += CARD.gap / 2;
  for (const line of subtitleLines) {
    y += CARD.subtitleLine;
    parts.push(
      `<text x="${CARD.pad}" y="${y}" font-size="${CARD.subtitle}" fill="${colours.get("--muted")}">${escape(line)}</text>`,
    );
  }
  // The chart fills what is left (below the words, or beside them), keeping its aspect ratio.
  const top = beside ? CARD.pad : y + CARD.gap;
  const left = beside ? CARD.pad + CARD.column + CARD.gap : CARD.pad;
  const bottom = height - CARD.pad;
  const boxW = width - left - CARD.pad;
  const boxH = bottom - top - CARD.gap;
  const scale = Math.min(boxW / vw, boxH / vh);
  const drawnW = vw * scale;
  const nested = chartSvg.replace(/<svg([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s(width|height|xmlns)="[^"]*"/g, "");
    return `<svg x="${left + (boxW - drawnW) / 2}" y="${top}" width="${drawnW}" height="${vh * scale}" preserveAspectRatio="xMidYMin meet"${kept}>`;
  });
  parts.push(nested);
  const source = FOOT[lang](
    chart.sources.some((s) => s.kind === "article"),
    chart.sources.some((s) => s.kind === "external"),
  );
  parts.push(
    `<text x="${CARD.pad}" y="${height - CARD.pad / 2}" font-size="${CARD.foot}" fill="${colours.get("--muted")}">${escape(source)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT}">${parts.join("")}</svg>`;
}
