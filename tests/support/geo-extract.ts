// What the committed boundary extract holds (data/geo/region.topo.json, made by
// scripts/extract-region.mjs): the sizes the geography tests expect before they loop over it.

/** The counties of the zone, the cluster and their neighbours. */
export const COUNTIES = 137;
/** The river lines (the Yangtze and its tributaries in the frame). */
export const RIVERS = 26;
