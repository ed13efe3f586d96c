// What the browser tests need to know about the built site, read from dist/ so that every page
// the build makes is covered without a hand-kept list.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { regionalMap } from "../../src/charts/regional-map";
import { readDatasets } from "../support/repo";

const DIST = join(import.meta.dirname, "..", "..", "dist");

/** The URL path of every HTML page in dist/, e.g. "/", "/chapters/planning/". */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "_astro") walk(path);
      } else if (name === "index.html") {
        const rel = relative(DIST, dir).split(sep).join("/");
        pages.push(rel ? `/${rel}/` : "/");
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The chapter pages in reading order, as the cover's table of contents lists them. */
export const CHAPTER_PATHS = [
  "/chapters/planning/",
  "/chapters/hub-and-centres/",
  "/chapters/coordination/",
  "/chapters/closing/",
];

/**
 * What the regional map draws, by mode, from its own selection of the records: a line for each leg
 * of a link (between two consecutive ends), a ring for each facility (an airport, a port).
 */
export function mapMarks(): { legs: string[]; rings: string[] } {
  const { links, facilities } = regionalMap.select(readDatasets());
  return {
    legs: links.flatMap((l) => l.ends.slice(1).map(() => l.link.mode)),
    rings: facilities.map((f) => f.link.mode),
  };
}
