import type { Localized } from "../../lib/locale/lang";
import type { Partner } from "../../lib/data/partners";

type Role = Partner["role"];

/** A partner as the description takes it: its name, role and the undertakings it joins. */
interface Joined {
  label: string;
  role: Role;
  items: string[];
}

const ROLE_ZH: Record<Role, string> = { member: "万达开成员", observer: "观察员", partner: "合作方", firm: "企业" };
const ROLE_EN: Record<Role, string> = {
  member: "Wanzhou–Dazhou–Kaizhou member",
  observer: "observer",
  partner: "partner",
  firm: "company",
};
const andList = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}` : (items[0] ?? "");
/** Every word the partners-network chart says, in each language; names come from the records. */
export const PARTNERS_NETWORK_WORDS: Localized<{
  subtitle(partners: number, items: number): string;
  /** The two columns' headings, also their groups' labels. */
  partners: string;
  items: string;
  links: string;
  partnerTip(label: string, role: Role, items: string[]): string;
  itemTip(label: string, note: string, occasion: string | undefined, partners: string[]): string;
  describe(partners: Joined[]): string;
  columns: { item: string; note: string; partners: string };
  /** The partners of an undertaking, in a table cell. */
  list(names: string[]): string;
}> = {
  zh: {
    subtitle: (partners, items) =>
      `本站据原文整理的${partners}个合作地区和企业（均为原文点名），及其参与的${items}项机制、平台、园区和签约（连线表示参与）`,
    partners: "合作方",
    items: "合作事项",
    links: "连线",
    partnerTip: (label, role, items) => `${label}（${ROLE_ZH[role]}）：${items.join("；")}`,
    itemTip: (label, note, occasion, partners) =>
      `${label}（${note}${occasion ? `，见于${occasion}` : ""}）：参与方 ${partners.join("、")}`,
    describe: (partners) =>
      "二部图：左列为合作方，右列为合作事项，连线表示参与。" +
      partners.map((p) => `${p.label}（${ROLE_ZH[p.role]}）参与${p.items.join("、")}`).join("；") +
      "。",
    columns: { item: "合作事项", note: "原文", partners: "合作方" },
    list: (names) => names.join("、"),
  },
  en: {
    subtitle: (partners, items) =>
      `${partners} partner places and companies, each named in the article, and the ${items} mechanisms, ` +
      "platforms, parks and signings they take part in, as this site has listed them from the article " +
      "(a line means taking part)",
    partners: "Partners",
    items: "Joint undertakings",
    links: "Links",
    partnerTip: (label, role, items) => `${label} (${ROLE_EN[role]}): ${items.join("; ")}`,
    itemTip: (label, note, occasion, partners) =>
      `${label} (${note}${occasion ? `; mentioned with: ${occasion}` : ""}) — partners: ${andList(partners)}`,
    describe: (partners) =>
      "Bipartite chart: partners in the left column, joint undertakings in the right, a line for each part taken. " +
      partners.map((p) => `${p.label} (${ROLE_EN[p.role]}) takes part in: ${p.items.join("; ")}`).join(". ") +
      ".",
    columns: { item: "Joint undertaking", note: "In the article", partners: "Partners" },
    list: (names) => names.join(", "),
  },
};
