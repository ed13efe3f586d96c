import { statusWords } from "../../lib/data/stages";
import { linkName } from "../../lib/data/transport-tip";
import type { Lang } from "../../lib/locale/lang";
import type { TransportLink } from "../../schemas/transport";
import { REGIONAL_MAP_WORDS } from "../words/regional-map";
import type { MapData } from "./data";
import { areaEnds, endNames } from "./points";

/**
 * The regional map's description in any of its states: `opening` says what the map is, `state`
 * what the state says of each record (the article's word, or its latest stage with date and source).
 */
export function describeMap(
  data: MapData,
  opening: string,
  state: (link: TransportLink) => string,
  lang: Lang,
): string {
  const words = REGIONAL_MAP_WORDS[lang];
  const { links, facilities, undrawn, pilots } = data;
  const named = (l: { link: TransportLink }) => words.named(linkName(l.link, lang), state(l.link));
  const ends = areaEnds(links.flatMap((l) => l.ends)).flatMap((e) => endNames(e, lang));
  return (
    opening +
    words.describe({
      regional: links.filter((l) => l.regional).map(named),
      far: links.filter((l) => !l.regional).map(named),
      facilities: facilities.map(named),
      ends,
      undrawn: undrawn.map((l) => linkName(l, lang)),
      // A pilot is named with the article's word in every state: it has no stage to update.
      pilots: pilots.map((link) => words.named(linkName(link, lang), statusWords(link.status, lang))),
    })
  );
}
