// The files a build of the site writes, by kind, from the chart registry and the input: what the build
// tests expect to find before they loop over what they found (an empty list passes any loop).
import { CHARTS, CHART_IDS } from "../../src/charts/index";
import type { ChartDefinition } from "../../src/charts/types";
import { PICTURE_VARIANTS } from "../../src/lib/urls";
import { DATASET_NAMES } from "../../src/schemas/index";
import { readChapters } from "./repo";

/** A file of each chart in each of its states: charts/<id>/<name>.<ext>, then <name>-<view>.<ext>. */
function chartFiles(name: string, ext: string): string[] {
  return CHART_IDS.flatMap((id) => {
    const views = (CHARTS[id] as unknown as ChartDefinition<unknown>).views ?? [];
    return ["", ...views.slice(1).map((v) => `-${v.id}`)].map((state) => `charts/${id}/${name}${state}.${ext}`);
  });
}

/** Each kind of file the build writes, as sorted paths relative to dist/: every page and chart file once in
 *  Chinese and again in English under en/; the datasets' downloads once (both editions link the same data). */
export function siteFiles() {
  const both = (list: string[]) => [...list, ...list.map((f) => `en/${f}`)];
  const sorted = (list: string[]) => [...list].sort();
  const pages = [
    "index.html",
    "404.html",
    "about/index.html",
    "data/index.html",
    "since/index.html",
    "charts/index.html",
    ...readChapters()
      .slice(1)
      .map((c) => `chapters/${c.slug}/index.html`),
    ...CHART_IDS.flatMap((id) => [`charts/${id}/index.html`, `embed/${id}/index.html`]),
  ];
  const pictures = CHART_IDS.flatMap((id) => PICTURE_VARIANTS.map((v) => `charts/${id}/picture-${v}.svg`));
  return {
    /** Every page and every SVG drawing (downloads, the cover's pictures, the icon). */
    marked: sorted([...both([...pages, ...chartFiles("chart", "svg"), ...pictures]), "favicon.svg"]),
    /** Share cards and chart downloads, in each state. */
    pngs: sorted(both([...chartFiles("card", "png"), ...chartFiles("chart", "png")])),
    /** Each chart's data and each dataset. */
    csvs: sorted([
      ...both(CHART_IDS.map((id) => `charts/${id}/data.csv`)),
      ...DATASET_NAMES.map((n) => `data/${n}.csv`),
    ]),
    /** Each chart's data as JSON. */
    chartJson: sorted(both(CHART_IDS.map((id) => `charts/${id}/data.json`))),
  };
}
