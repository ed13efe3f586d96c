// The regional map's geometry, in one place: map files take every number from here (the
// no-figures test exempts this file and checks all the others under src/charts/).

/** The regional map: projection, frame, strokes, hit areas, labels, scale bar, inset and credit. */
export const MAP = {
  /** Standard parallels of the conic conformal projection, in degrees of latitude (they bracket the zone). */
  parallels: [29.5, 32.5],
  /** Central meridian of the projection, in degrees of longitude east. */
  centralMeridian: 108.3,
  /** Height of the desktop map as a fraction of its width (room for the inset in its corner). */
  aspect: 0.92,
  /** Renderings narrower than this (px) are the phone map: cropped to the zone, inset below. */
  phoneBelow: 480,
  /** Size of every text on the map, in px: at least 11 px on screen wherever a rendering shows. */
  text: 13,
  /** Grid cells per side searched for a county's inner point (a count; finer than a map pixel). */
  areaGrid: 50,
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
  /** The same on the phone map, where a thumb taps, in px. */
  hitRadiusPhone: 15,
  /** Radius of a facility's ring (airport, port), in px. */
  ring: 7,
  /** Radius of a place's dot, in px. */
  dot: 4.5,
  /** Radius of an airport's or port's dot and of the inset's dots, in px. */
  dotSmall: 3,
  /** Distance between the middles of neighbouring links drawn between the same two points, in px. */
  fanGap: 7,
  /** Gap between a point and its label, and between the map's edge and the inset or credit, in px. */
  labelGap: 6,
  /** Width of the background-coloured halo around label text, in px. */
  halo: 3,
  /** Spacing of the points tried for a county name's centre, in px. */
  countyLabelStep: 2,
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
  /** Height of the phone map's inset, below the main map, as a fraction of the width. */
  insetAspectPhone: 0.62,
  /** Line height of map text, as a multiple of its size (room kept for the credit line). */
  lineHeight: 1.6,
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
    /** A link with no later report of its stage (the latest view; drawn grey): sparse dashes, in px. */
    unknown: "3 6",
    /** Province borders, in px. */
    province: "4 3",
    /** The ring of an approximate end (a place drawn inside its county), in px. */
    areaEnd: "2 2",
  },
} as const;
