// The regional map's geometry, in one place: map files take every number from here (the
// no-figures test exempts this file and checks all the others under src/charts/).

/** The regional map: projection, frame, strokes, hit areas, labels, scale bar, inset and credit. */
export const MAP = {
  /** Standard parallels of the conic conformal projection, in degrees of latitude (they bracket the zone). */
  parallels: [29.5, 32.5],
  /** Central meridian of the projection, in degrees of longitude east. */
  centralMeridian: 108.3,
  /** Height of the map as a fraction of its width. */
  aspect: 0.92,
  /** Margin between the zone's counties and the map's edge, in px; also the scale bar's inset. */
  pad: 10,
  /** Leading adcode digits shared by a prefecture's counties (a count of digits). */
  prefectureDigits: 4,
  /** Stroke width of county and province borders and of the dots' outline, in px. */
  border: 0.8,
  /** Stroke width of rivers, in px. */
  river: 1.6,
  /** Stroke width of transport links and facility rings, in px. */
  line: 2.5,
  /** Width of the invisible stroke that makes a link easy to hover or tap, in px. */
  hitWidth: 24,
  /** Radius of the invisible circle that makes a point easy to hover or tap, in px. */
  hitRadius: 10,
  /** Radius of a facility's ring (airport, port), in px. */
  ring: 7,
  /** Radius of a place's dot, in px. */
  dot: 4.5,
  /** Radius of an airport's or port's dot and of the inset's dots, in px. */
  dotSmall: 3,
  /** Bend added per extra link between the same two places, as a fraction of the link's length. */
  bendStep: 0.12,
  /** Gap between a point and its label, and between the map's edge and the inset or credit, in px. */
  labelGap: 6,
  /** Width of the background-coloured halo around label text, in px. */
  halo: 3,
  /** Spacing of the points tried for a county name's centre, in px. */
  countyLabelStep: 2,
  /** Size of the main map's narrow-container labels, as a multiple of the body font size. */
  narrowLabelScale: 1.5,
  /** Height of the scale bar's end ticks, in px. */
  tick: 5,
  /** Length the scale bar stands for, in km. */
  scaleKm: 50,
  /** Horizontal distance probed at the map's centre to measure px per km, in px. */
  scaleProbe: 100,
  /** Mean radius of the Earth, in km (turns d3's great-circle radians into km). */
  earthRadiusKm: 6371,
  /** Width of the national inset as a fraction of the map's width. */
  insetShare: 0.36,
  /** Height of the inset as a fraction of its own width. */
  insetAspect: 0.8,
  /** Margin inside the inset around its points and its title, in px. */
  insetPad: 14,
  /** Size of the inset's narrow-container labels, as a multiple of the body font size. */
  insetNarrowLabelScale: 1.25,
  /** Size of the credit line, as a fraction of the small font size. */
  creditScale: 0.85,
  /** Lines of small text kept free below the inset for the credit (a count of lines). */
  creditLines: 2,
  /** Boundaries and rivers drop every point whose triangle with its neighbours covers less than this, in square screen px. */
  simplifyArea: 0.7,
  /** Grid that boundary and river path data and points are rounded to, in steps a px (1: whole px; 10: one decimal). */
  pathResolution: 1,
  /** Rounding of arc coordinates: 10 keeps one decimal (a multiplier, unitless). */
  precision: 10,
  /** Dash patterns (SVG stroke-dasharray, dash and gap lengths in px). */
  dash: {
    /** A link at the preliminary stage (planned, studied): dots, in px. */
    preliminary: "1 4",
    /** A link about to start: short dashes, in px. */
    upcoming: "6 4",
    /** A link under construction: dash and dot, in px. */
    construction: "10 3 2 3",
    /** Province borders, in px. */
    province: "4 3",
  },
} as const;
