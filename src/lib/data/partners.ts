import type { Records } from "../../schemas/index";
import type { Source } from "../../schemas/source";
import { localizedWords, neededWordList } from "../input/needed-field";
import type { Localized } from "../locale/lang";

/** A place outside 万州 or a firm the article names as a party to a mechanism, platform or agreement. */
export interface Partner {
  key: string;
  /** Its name in each language (a place's nameEn, a firm's entry in partiesEn). */
  label: Localized<string>;
  role: "member" | "observer" | "partner" | "firm";
}
/** A mechanism, platform, park or agreement, with the partners that join it. */
export interface Item {
  key: string;
  label: Localized<string>;
  /** What the article says of it: a project's status (挂牌运营) or an investment record's action. */
  note: Localized<string>;
  partners: string[];
  /** The signing the article mentions it at, by that record's name, where the record names one. */
  occasion?: Localized<string>;
  source: Source;
}
/** What the partners-network chart shows. */
export interface PartnersData {
  partners: Partner[];
  items: Item[];
}

/**
 * Who joins what: the partner places (districts, counties, prefectures and new areas outside 万州)
 * and named firms, and the projects and investment records they are parties to, as the records name
 * them (a record that names no place beside its firms, such as the intent agreements, is linked to
 * its firms only: the chart never adds 万州 or any place the article does not name). Partners are
 * ordered by role, items by the mean position of their partners, so links cross as little as possible.
 * An investment record shown without its `action` stops the build (src/lib/input/needed-field.ts),
 * and so does a record or firm shown without its English (nameEn, statusEn, actionEn, partiesEn).
 */
export function selectPartners(records: Records): PartnersData {
  const places = new Map(records.places.map((p) => [p.id, p]));
  const partnerPlace = (id: string) => {
    const p = places.get(id);
    return p &&
      id !== "wanzhou" &&
      p.within !== "wanzhou" &&
      ["district", "county", "prefecture", "new-area"].includes(p.kind)
      ? p
      : undefined;
  };
  // Firms by their Chinese name (the key), with their names in each language.
  const firms = new Map<string, Localized<string>>();
  const items: Item[] = [
    ...records.projects.flatMap((p) => {
      const partners = p.places.filter((id) => partnerPlace(id));
      // Only a project the chart shows needs its English.
      if (partners.length === 0) return [];
      const label = localizedWords("projects", p, "name");
      return [{ key: p.id, label, note: localizedWords("projects", p, "status"), partners, source: p.source }];
    }),
    ...records.investments.flatMap((r) => {
      const partners = [...r.places.filter((id) => partnerPlace(id)), ...(r.parties ?? []).map((n) => `firm:${n}`)];
      // Only a record the chart shows needs its action, and its English.
      if (partners.length === 0) return [];
      const note = localizedWords("investments", r, "action");
      const named = neededWordList("investments", r, "parties", "en");
      (r.parties ?? []).forEach((zh, i) => firms.set(zh, firms.get(zh) ?? { zh, en: named[i]! }));
      const on = records.investments.find((o) => o.id === r.occasion);
      const occasion = on && localizedWords("investments", on, "name");
      return [
        {
          key: r.id,
          label: localizedWords("investments", r, "name"),
          note,
          partners,
          ...(occasion ? { occasion } : {}),
          source: r.source,
        },
      ];
    }),
  ].filter((i) => i.partners.length > 0);
  const partners: Partner[] = [];
  for (const key of new Set(items.flatMap((i) => i.partners))) {
    const place = key.startsWith("firm:") ? undefined : partnerPlace(key)!;
    partners.push(
      place
        ? {
            key,
            label: localizedWords("places", place, "name"),
            role: place.wandakai === "member" ? "member" : place.wandakai === "observer" ? "observer" : "partner",
          }
        : { key, label: firms.get(key.slice("firm:".length))!, role: "firm" },
    );
  }
  const order = ["partner", "member", "observer", "firm"] as const;
  partners.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  // Items next to their partners: sorted by the mean position of the partners they join.
  const position = new Map(partners.map((p, i) => [p.key, i]));
  const mean = (i: Item) => i.partners.reduce((s, k) => s + position.get(k)!, 0) / i.partners.length;
  items.sort((a, b) => mean(a) - mean(b));
  return { partners, items };
}
