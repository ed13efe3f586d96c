import type { Records } from "../../schemas/index";
import { ARTICLE_LAST_DATE } from "../data/article-time";
import type { DataIssue } from "./data-issue";

const FILE = "data/milestones.json";

/** The first day a date of day or month precision can mean, or undefined when it is no calendar date. */
function firstDay(date: string): string | undefined {
  const day = date.length === 7 ? `${date}-01` : date;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? undefined : day;
}

/** Digit runs in a text: the numbers it states. */
const numbersIn = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];

/**
 * The rules on later facts that one record's schema cannot state (SINCE rules): the subject is an item
 * of the article (a transport or projects record); the date is a real one after the article; a fact
 * never rests on aggregators alone; a stage belongs to a transport item; every number the record says
 * is written in one of its quotes.
 */
export function checkMilestones(records: Records): DataIssue[] {
  const issues: DataIssue[] = [];
  const transport = new Set(records.transport.map((r) => r.id));
  const projects = new Set(records.projects.map((r) => r.id));
  for (const m of records.milestones) {
    const at = (field: string, message: string) => issues.push({ file: FILE, record: m.id, field, message });
    if (!transport.has(m.subject) && !projects.has(m.subject))
      at("subject", `unknown subject "${m.subject}": not a record of data/transport.json or data/projects.json`);
    const day = firstDay(m.date);
    if (day === undefined) at("date", `"${m.date}" is not a calendar date`);
    else if (day <= ARTICLE_LAST_DATE)
      at("date", `${m.date} is not after the article (the latest date it states is ${ARTICLE_LAST_DATE})`);
    if (m.sources.every((s) => s.reliability === "Agg"))
      at("sources", "every source is an aggregator (Agg): a later fact needs a Gov, News or Copy source");
    if (m.stage !== undefined && !transport.has(m.subject))
      at("stage", `a stage is given, but "${m.subject}" is not a transport record: only transport items have stages`);
    const quoted = m.sources.map((s) => s.quote).join("\n");
    for (const n of numbersIn(m.what))
      if (!quoted.includes(n)) at("what", `the number ${n} is not written in any of the record's quotes`);
  }
  return issues;
}
