// The one place chart files take layout numbers from (sizes in CSS pixels). Chart files
// themselves hold no numeric literals beyond 0, 1 and 2: a test enforces it, so that no figure
// can be typed into a chart instead of coming from data.

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
} as const;
/** Unit charts: square size and gap. */
export const UNIT = { size: 26, gap: 6 } as const;
/** Rank charts: dot radius and rank axis padding. */
export const RANK = {
  radius: 7,
  height: 260,
  labelChars: 4,
  labelCharsWide: 8,
  labelGap: 4,
  axisChars: 3.5,
  labelLinesNarrow: 5,
  labelLinesWide: 3,
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
} as const;

/** The regional map: projection, frame, strokes, hit areas, inset. */
export const MAP = {
  parallels: [29.5, 32.5],
  centralMeridian: 108.3,
  aspect: 0.92,
  pad: 10,
  prefectureDigits: 4,
  border: 0.8,
  river: 1.6,
  line: 2.5,
  hitWidth: 24,
  hitRadius: 10,
  ring: 7,
  dot: 4.5,
  dotSmall: 3,
  bendStep: 0.12,
  labelGap: 6,
  halo: 3,
  narrowLabelScale: 1.5,
  tick: 5,
  scaleKm: 50,
  scaleProbe: 100,
  earthRadiusKm: 6371,
  insetShare: 0.36,
  insetAspect: 0.8,
  insetPad: 14,
  insetNarrowLabelScale: 1.25,
  creditScale: 0.85,
  creditLines: 2,
  precision: 10,
  dash: { preliminary: "1 4", upcoming: "6 4", construction: "10 3 2 3", province: "4 3" },
} as const;
