import type { Records } from "../../schemas/index";
import type { Source } from "../../schemas/source";
import { neededField } from "../input/needed-field";

/** A place outside 万州 or a firm the article names as a party to a mechanism, platform or agreement. */
export interface Partner {
  key: string;
  label: string;
  role: "member" | "observer" | "partner" | "firm";
}
/** A mechanism, platform, park or agreement, with the partners that join it. */
export interface Item {
  key: string;
  label: string;
  /** What the article says of it: a project's status (挂牌运营) or an investment record's action. */
  note: string;
  partners: string[];
  /** The signing the article mentions it at, by that record's name, where the record names one. */
  occasion?: string;
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
 * An investment record shown without its `action` stops the build (src/lib/input/needed-field.ts).
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
  const items: Item[] = [
    ...records.projects.map((p) => ({
      key: p.id,
      label: p.name,
      note: p.status,
      partners: p.places.filter((id) => partnerPlace(id)),
      source: p.source,
    })),
    ...records.investments.flatMap((r) => {
      const partners = [...r.places.filter((id) => partnerPlace(id)), ...(r.parties ?? []).map((n) => `firm:${n}`)];
      // Only a record the chart shows needs its action.
      if (partners.length === 0) return [];
      const note = neededField("investments", r, "action");
      const occasion = records.investments.find((o) => o.id === r.occasion)?.name;
      return [{ key: r.id, label: r.name, note, partners, ...(occasion ? { occasion } : {}), source: r.source }];
    }),
  ].filter((i) => i.partners.length > 0);
  const partners: Partner[] = [];
  for (const key of new Set(items.flatMap((i) => i.partners))) {
    const place = key.startsWith("firm:") ? undefined : partnerPlace(key)!;
    partners.push(
      place
        ? {
            key,
            label: place.name,
            role: place.wandakai === "member" ? "member" : place.wandakai === "observer" ? "observer" : "partner",
          }
        : { key, label: key.slice("firm:".length), role: "firm" },
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
