// What the committed boundary extract holds (data/geo/region.topo.json, made by
// scripts/extract-region.mjs): the sizes the geography tests expect before they loop over it.

/** The counties of the zone, the cluster and their neighbours. */
export const COUNTIES = 137;
/** The river lines (the Yangtze and its tributaries in the frame). */
export const RIVERS = 26;

/** The article's places with coordinates in the zone, in data/places.json's order: the map's dots
 *  (stand-in ends are rings, not dots), each inside a county of the extract. */
export const PLACES_WITH_COORDINATES = [
  "wanzhou",
  "kaizhou",
  "dazhou",
  "yunyang",
  "liangping",
  "wanzhou-airport",
  "dazhou-heshi-airport",
  "xintian-port",
];
