import type { Mode } from "../schemas/transport";
import type { Stage } from "../lib/data/stages";

// One palette for charts and the map, as CSS custom properties defined in src/styles/tokens.css
// (light and dark values). Colours from the Okabe–Ito colour-blind-safe set, darkened for 3:1
// contrast against the light background and lightened for the dark one.

/** Fill/stroke value for a transport mode. */
export const MODE_COLOR: Record<Mode, string> = {
  air: "var(--mode-air)",
  rail: "var(--mode-rail)",
  road: "var(--mode-road)",
  water: "var(--mode-water)",
  freight: "var(--mode-freight)",
  transit: "var(--mode-transit)",
};

/** Roles of places and series: 万州 itself, a comparison, a part of a whole. */
export const ROLE_COLOR = {
  wanzhou: "var(--c-wanzhou)",
  comparison: "var(--c-comparison)",
  part: "var(--c-part)",
  member: "var(--c-member)",
  observer: "var(--c-observer)",
  partner: "var(--c-partner)",
  muted: "var(--c-muted)",
  text: "var(--text)",
  rule: "var(--rule)",
} as const;

/** Stroke of a stage's box, from planning (grey) to service (green): the --stage-* tokens. */
export const STAGE_COLOR: Record<Stage, string> = {
  preliminary: "var(--stage-preliminary)",
  upcoming: "var(--stage-upcoming)",
  construction: "var(--stage-construction)",
  opened: "var(--stage-opened)",
  operating: "var(--stage-operating)",
};
