// Where chart files take layout numbers from (sizes in CSS pixels); the regional map's geometry
// lives with its parts, in src/charts/map/constants.ts. Chart files themselves hold no numeric
// literals beyond 0, 1 and 2: a test enforces it, so that no figure can be typed into a chart
// instead of coming from data.

/** The two widths every chart is rendered at; the page shows one by its container's width. */
export const WIDTHS = { narrow: 360, wide: 620 } as const;
/** Container width from which the wide rendering shows. */
export const WIDE_FROM = 560;

export const MARGIN = { top: 8, right: 16, bottom: 28, left: 16 } as const;

/** Bar and row sizes. */
export const BAR = {
  height: 26,
  gap: 14,
  labelGap: 6,
  ticksNarrow: 4,
  ticksWide: 8,
  placeColumnEm: 5,
  valueColumnEm: 4,
  /** How much wider bold Latin text runs than textWidth's estimate, for wrapping bold labels. */
  boldWidth: 1.1,
} as const;
/** Unit charts: square size and gap. */
export const UNIT = { size: 26, gap: 6 } as const;
/**
 * Rank charts: one row per ranking, a rank line running right from 第1位. The line runs on past the
 * lowest rank shown (dashed, fading, an arrow), for the article never says how many are ranked.
 */
export const RANK = {
  /** Radius of a ranking's dot. */
  radius: 7,
  /** Radius of the faint marks at each whole rank along the line. */
  stop: 2.5,
  /** Rank steps the line runs on past the lowest rank shown. */
  tailSteps: 2,
  /** Dashes of the line past the lowest rank shown. */
  tailDash: "4 4",
  /** Half-height of the arrowhead at the line's open end. */
  arrow: 5,
  /** Height of a panel's heading line. */
  headingHeight: 26,
  /** Space above each panel after the first. */
  panelGap: 14,
  /** Space below each row. */
  rowGap: 12,
  /** Gap between a row's name, its rank and its line (wide rendering). */
  columnGap: 10,
} as const;
/** Chips (text boxes) in list-like charts. */
export const CHIP = { height: 24, padX: 8, gap: 6, lineGap: 8, columnGap: 10, headerHeight: 30, bar: 4 } as const;
/** Timeline geometry. */
export const TIMELINE = {
  axisX: 64,
  rowHeight: 58,
  dot: 6,
  bandWidth: 10,
  lineHeight: 1.4,
  bandOpacity: 0.55,
} as const;
/** Bipartite network geometry. */
export const NETWORK = {
  rowHeight: 30,
  nodeRadius: 5,
  columnGapNarrow: 150,
  columnGapWide: 320,
  lineHeight: 1.35,
  edgeWidth: 1.5,
  /** The widest a partner's name may be, as a share of the chart's width. */
  labelShare: 0.4,
  /** The width past which an English partner's name wraps to a second line, as a share of the chart's. */
  wrapShare: 0.3,
  /**
   * On a phone, English (twice the Chinese's width) trades room for the curves for room for words: the
   * gap between the columns and the names' wrapping width, so the items' column is not two words wide.
   */
  columnGapNarrowEn: 96,
  wrapShareNarrowEn: 0.24,
} as const;
/** Then-and-now rows (transport-since): one row an item, its two stage boxes joined by an arrow. */
export const SINCE = {
  /**
   * Type of the boxes, dates and headers: 13 px, so still 12 px and more where the 360 px rendering
   * is drawn at 343 px (a 375 px phone).
   */
  text: 13,
  /** Height of a stage box. */
  box: 24,
  /** Space inside a box, left and right, and inside a row, around its contents. */
  pad: 6,
  /** Length of the connector from the article's box to the latest one. */
  arrow: 26,
  /** Half the height of the arrowhead, and its length. */
  head: 4,
  /** Gap between the name and the boxes, and between a box and its date. */
  gap: 10,
  /** Space between rows. */
  rowGap: 4,
  /** Space above a group's heading. */
  groupGap: 16,
  /** The name column of the one-line rows, in characters of the body size. */
  nameChars: 12,
  /** Dashes of a box and connector where no later stage was found. */
  dash: "3 3",
} as const;
