import type { Localized } from "../../lib/locale/lang";
import type { Stage } from "../../lib/data/stages";
import { MAP } from "./constants";

/** What a county is on the map: in the zone, its observer, the wider cluster, or a neighbour. */
export type Role = "member" | "observer" | "cluster" | "neighbour";

/** The roles' names in each language, for tooltips and the legend. */
export const ROLE_LABEL: Localized<Record<Role, string>> = {
  zh: {
    member: "万达开示范区",
    observer: "观察员（云阳）",
    cluster: "渝东北城镇群其他区县",
    neighbour: "周边",
  },
  en: {
    member: "Wanzhou–Dazhou–Kaizhou zone",
    observer: "Observer (Yunyang)",
    cluster: "Rest of the north-eastern Chongqing urban cluster",
    neighbour: "Neighbouring areas",
  },
};

/** Fill of a county by role, as CSS custom properties (light and dark values). */
export const ROLE_FILL: Record<Role, string> = {
  member: "var(--map-member)",
  observer: "var(--map-observer)",
  cluster: "var(--map-cluster)",
  neighbour: "var(--map-neighbour)",
};

/** Line style of each stage: dashes for what is not yet built, solid for what runs. */
export const STAGE_DASH: Record<Stage, string | undefined> = {
  preliminary: MAP.dash.preliminary,
  upcoming: MAP.dash.upcoming,
  construction: MAP.dash.construction,
  opened: undefined,
  operating: undefined,
};
