import { localizedWords, neededWords } from "../../lib/input/needed-field";
import type { Lang, Localized } from "../../lib/locale/lang";
import { isoDay, periodRange } from "../../lib/text/dates";
import { FORMATS } from "../../lib/text/formats";
import type { Figure } from "../../schemas/figure";
import type { Records } from "../../schemas/index";
import type { Source } from "../../schemas/source";
import { COOPERATION_TIMELINE_WORDS as WORDS, type Kind } from "../words/cooperation-timeline";

// The cooperation-timeline chart's events: what the article dates, in both languages.

/** An event or statistic of the article with a date (a day) or a period (a half-year, a whole year). */
export interface Event {
  kind: Kind;
  start: Date;
  end: Date;
  /** How the article dates it: "10月17日", "今年上半年", "2019年" ("17 October", "2019"). */
  when: Localized<string>;
  what: Localized<string>;
  sources: Source[];
}

/** Words in both languages at once: the selection serves both, and checks the English is there. */
const both = (words: (lang: Lang) => string): Localized<string> => ({ zh: words("zh"), en: words("en") });
/** A figure as the timeline states it: a count with its noun, anything else as the figure reads. */
const stated = (f: Figure, lang: Lang) => WORDS[lang].count(FORMATS[lang].formatFigure(f), f.unit);
/** The article's dated events and statistics in time order, their words in both languages. */
export function selectEvents(records: Records): Event[] {
  const events: Event[] = [];
  // Dated projects, one event per date (the three platforms opened on the same day).
  const byDate = new Map<string, typeof records.projects>();
  for (const p of records.projects) if (p.date) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
  for (const [date, projects] of byDate) {
    const what = both((lang) => {
      const name = (p: (typeof projects)[number]) => neededWords("projects", p, "name", lang);
      return projects.length > 1
        ? WORDS[lang].together(projects.map(name), neededWords("projects", projects[0]!, "status", lang))
        : WORDS[lang].single(
            name(projects[0]!),
            (projects[0]!.figures ?? []).map((f) => stated(f, lang)),
          );
    });
    events.push({
      kind: "event",
      start: isoDay(date),
      end: isoDay(date),
      when: localizedWords("projects", projects[0]!, "dateText"),
      what,
      sources: projects.map((p) => p.source),
    });
  }
  // Half-year figures of the economy.
  for (const r of records.economy.filter(
    (r) => r.place === "wanzhou" && r.measure === "growth" && r.period?.endsWith("-H1"),
  )) {
    events.push({
      kind: "statistic",
      ...periodRange(r.period!),
      when: both((lang) => WORDS[lang].firstHalf),
      what: both((lang) =>
        WORDS[lang].statistic(neededWords("economy", r, "indicator", lang), FORMATS[lang].formatFigure(r.figure)),
      ),
      sources: [r.source],
    });
  }
  // Services that give the year they opened.
  for (const l of records.transport) {
    const year = l.figures?.find((f) => f.unit === "年");
    if (!year) continue;
    events.push({
      kind: "event",
      ...periodRange(String(year.value)),
      when: both((lang) => FORMATS[lang].formatFigure(year)),
      what: both((lang) => WORDS[lang].opened(neededWords("transport", l, "name", lang))),
      sources: [l.source],
    });
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime());
}
