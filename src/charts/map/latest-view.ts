import { latestAsOf, latestLabel, latestStateOf, latestWords, type LatestState } from "../../lib/data/latest-state";
import { NOTHING_FOUND, THEN_LABEL, milestoneSource } from "../../lib/data/since";
import { STAGE_LABELS, STAGES } from "../../lib/data/stages";
import { linkName, stageWords } from "../../lib/data/transport-tip";
import { inEachLang, LANGS, type Lang } from "../../lib/locale/lang";
import type { Milestone } from "../../schemas/milestones";
import type { Records } from "../../schemas/index";
import type { Source } from "../../schemas/source";
import { MODE_LABELS, type TransportLink } from "../../schemas/transport";
import { MODE_COLOR } from "../palette";
import type { ChartView } from "../types";
import { REGIONAL_MAP_WORDS as WORDS } from "../words/regional-map";
import { MAP } from "./constants";
import type { LatestData, Look, MapData } from "./data";
import { placeName } from "./label-layers";
import { describeMap } from "./map-description";
import { mapLegend } from "./map-legend";
import { mapTable } from "./map-table";
import { STAGE_DASH } from "./style";

// The regional map as of the latest sources (data/milestones.json): each link and facility drawn by
// its latest sourced stage; one with none found drawn grey and sparse, never in its 2021 stage.

/** The neutral look of a record with no later staged report: no mode colour, no stage's dash. */
const UNKNOWN = { color: "var(--map-unknown)", dash: MAP.dash.unknown } as const;

/** How the latest view draws a record, and its tooltip in each language; `at` names a facility's place. */
export function latestLook(link: TransportLink, state: Record<Lang, LatestState>, at?: (lang: Lang) => string): Look {
  const tip = inEachLang((lang) => {
    const name = linkName(link, lang);
    const where = at ? (lang === "zh" ? `（${at(lang)}）` : ` (${at(lang)})`) : "";
    return `${name}${where}${lang === "zh" ? "：" : ": "}${latestWords(state[lang], lang)}`;
  });
  const { zh } = state;
  if (zh.kind === "none") return { ...UNKNOWN, tip };
  return { color: MODE_COLOR[link.mode], dash: STAGE_DASH[zh.stage], tip };
}

/** The outside pages a state cites, for the source line: each page once, its publisher as the reader meets it. */
function pagesOf(subjects: string[], all: readonly Milestone[]): Source[] {
  return all
    .filter((m) => subjects.includes(m.subject) && m.kind !== "plan")
    .flatMap((m) => m.sources.filter((s) => s.reliability !== "Agg").map((s) => milestoneSource(s, m)));
}

/** The latest data: every transport record's latest state, and the drawn marks given their looks. */
export function latestData(data: MapData, records: Records): MapData {
  const ids = records.transport.map((t) => t.id);
  const asOf = inEachLang((lang) => latestAsOf(ids, records.milestones, lang));
  if (!asOf.zh || !asOf.en)
    throw new Error("data/milestones.json: no dated fact about any transport record, so no latest map");
  const states = inEachLang((lang) =>
    Object.fromEntries(ids.map((id) => [id, latestStateOf(id, records.milestones, lang)])),
  );
  const both = (id: string) =>
    Object.fromEntries(LANGS.map((lang) => [lang, states[lang][id]!])) as Record<Lang, LatestState>;
  const links = data.links.map((l) => ({ ...l, look: latestLook(l.link, both(l.link.id)) }));
  const facilities = data.facilities.map((f) => ({
    ...f,
    look: latestLook(f.link, both(f.link.id), (lang) => placeName(f.at, lang)),
  }));
  const unknown = [...links, ...facilities].filter((d) => d.look.color === UNKNOWN.color).map((d) => d.link);
  const latest: LatestData = { asOf: { zh: asOf.zh, en: asOf.en }, states, unknown };
  return { ...data, links, facilities, latest, sources: [...data.sources, ...pagesOf(ids, records.milestones)] };
}

const stateOf = (data: MapData, link: TransportLink, lang: Lang) => data.latest!.states[lang][link.id]!;

/** The map's second state: “最新（截至 YYYY年M月）”. */
export const latestView: ChartView<MapData> = {
  id: "latest",
  label: (data, lang) => latestLabel(data.latest!.asOf[lang], lang),
  select: latestData,
  subtitle: ({ links, facilities, latest }, lang) =>
    WORDS[lang].latestSubtitle(
      latest!.asOf[lang],
      links.length,
      facilities.length,
      latest!.unknown.length,
      NOTHING_FOUND[lang],
    ),
  describe: (data, lang) =>
    describeMap(
      data,
      WORDS[lang].latestOpening(data.latest!.asOf[lang]),
      (link) => latestWords(stateOf(data, link, lang), lang),
      lang,
    ),
  table: (data, lang) => {
    const words = WORDS[lang];
    return mapTable(
      data,
      [
        { key: "name", label: words.columns.name },
        { key: "mode", label: words.columns.mode },
        { key: "latest", label: words.columns.latest(data.latest!.asOf[lang]) },
        { key: "when", label: words.columnsLatest.when },
        { key: "source", label: words.columnsLatest.source },
        { key: "then", label: THEN_LABEL[lang] },
      ],
      (link) => {
        const state = stateOf(data, link, lang);
        const [name, mode, then] = [linkName(link, lang), MODE_LABELS[lang][link.mode], stageWords(link, lang)];
        if (state.kind === "staged")
          return { name, mode, latest: state.label, when: state.when, source: state.source, then };
        return { name, mode, latest: latestWords(state, lang), when: "", source: "", then };
      },
      lang,
    );
  },
  legend: (data, lang) => {
    const staged = [...data.links, ...data.facilities].map((d) => stateOf(data, d.link, lang));
    const shown = STAGES.filter((s) => staged.some((t) => t.kind === "staged" && t.stage === s));
    return mapLegend(
      data,
      {
        title: WORDS[lang].legend.stages(data.latest!.asOf[lang]),
        items: [
          ...shown.map((s) => ({
            key: s,
            label: STAGE_LABELS[lang][s],
            swatch: { kind: "line" as const, color: "var(--text)", dash: STAGE_DASH[s] },
          })),
          ...(data.latest!.unknown.length
            ? [{ key: "unknown", label: NOTHING_FOUND[lang], swatch: { kind: "line" as const, ...UNKNOWN } }]
            : []),
        ],
      },
      lang,
    );
  },
};
