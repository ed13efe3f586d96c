// The rules on outside sources (src/lib/input/outside-source-rules.ts) and the list of them that
// /about/ shows (src/lib/input/outside-sources.ts), on small hand-made records.
import { expect, test } from "vitest";
import { formatIssue } from "../../src/lib/input/data-issue";
import { checkOutsideSources } from "../../src/lib/input/outside-source-rules";
import { outsideSources } from "../../src/lib/input/outside-sources";
import type { Records } from "../../src/schemas/index";

const outside = (fields: object) => ({
  kind: "external",
  publisher: "GeoNames",
  publisherEn: "GeoNames",
  reliability: "Data",
  note: "坐标",
  noteEn: "coordinates",
  ...fields,
});
const geonames = outside({ url: "https://www.geonames.org/1791748" });
const place = (source: object) => ({ id: "p", coordinates: { lon: 108.4, lat: 30.8, source } });
const records = (parts: Record<string, object[]>) =>
  ({
    economy: [],
    projects: [],
    transport: [],
    investments: [],
    places: [],
    milestones: [],
    ...parts,
  }) as unknown as Records;
const issues = (parts: Record<string, object[]>) => checkOutsideSources(records(parts)).map(formatIssue);

test("a source that says it is a repost (转载), by its publisher or its note, must be Copy", () => {
  expect(
    issues({
      projects: [
        {
          id: "a",
          source: outside({ publisher: "新浪（转载自万州区政府网）", reliability: "News", url: "https://a.example/1" }),
        },
        { id: "b", sources: [geonames, outside({ note: "转载", reliability: "Gov", url: "https://b.example/1" })] },
        { id: "c", source: outside({ publisher: "转载网", reliability: "Copy", url: "https://c.example/1" }) },
        { id: "d", source: outside({ note: undefined, url: "https://d.example/1" }) },
      ],
    }),
  ).toEqual([
    'data/projects.json › record "a" › field source.reliability: the source says it is a repost (转载) and is labelled News: a repost is Copy',
    'data/projects.json › record "b" › field sources[1].reliability: the source says it is a repost (转载) and is labelled Gov: a repost is Copy',
  ]);
});

test("every outside source carries the English of its publisher, note and reposted original", () => {
  const bare = outside({ publisherEn: undefined, noteEn: undefined, url: "https://a.example/1" });
  const repost = outside({ reliability: "Copy", repostOf: "新华网", url: "https://b.example/1" });
  expect(issues({ projects: [{ id: "a", source: bare }], milestones: [{ id: "m", sources: [repost] }] })).toEqual([
    'data/projects.json › record "a" › field source.publisherEn: the English edition shows this source\'s publisher and needs its English, which it lacks',
    'data/projects.json › record "a" › field source.noteEn: the English edition shows this source\'s note and needs its English, which it lacks',
    'data/milestones.json › record "m" › field sources[0].repostOfEn: the English edition shows this source\'s repostOf and needs its English, which it lacks',
  ]);
  expect(
    issues({
      projects: [{ id: "a", source: outside({ note: undefined, noteEn: undefined, url: "https://c.example/1" }) }],
    }),
  ).toEqual([]);
});

test("coordinates cite their entry: not a home page, not a URL without a path", () => {
  const home = (url: string) =>
    `data/places.json › record "p" › field coordinates.source.url: cites the site's home page (${url}), not the entry the coordinates come from: cite the entry's own URL`;
  expect(issues({ places: [place(outside({ url: "https://www.geonames.org/" }))] })).toEqual([
    home("https://www.geonames.org/"),
  ]);
  expect(issues({ places: [place(outside({ url: "https://www.geonames.org" }))] })).toEqual([
    home("https://www.geonames.org"),
  ]);
  expect(issues({ places: [place(outside({ url: "urn:" }))] })).toEqual([home("urn:")]);
  expect(issues({ places: [place(geonames), place(outside({ package: "world-atlas@2.0.2" }))] })).toEqual([]);
  // Only coordinates have entries: a record's source may be a site's front page.
  expect(issues({ projects: [{ id: "x", source: outside({ url: "https://www.gov.cn/" }) }] })).toEqual([]);
});

test("coordinates from OpenFlights' data page name the airport's OpenFlights ID", () => {
  const openflights = (url: string, note: string) =>
    issues({ places: [place(outside({ publisher: "OpenFlights", url, note }))] });
  const vague = (url: string) =>
    `data/places.json › record "p" › field coordinates.source.url: cites OpenFlights' data page (${url}) without naming the airport: the note must give its OpenFlights ID (e.g. “OpenFlights ID 6403”)`;
  const data = "https://openflights.org/data.php";
  for (const note of ["OpenFlights ID 6403", "OpenFlights airport ID6403", "openflights id  6403 的坐标"])
    expect(openflights(data, note)).toEqual([]);
  for (const note of ["万州五桥机场", "OpenFlights，ID 6403", "OpenFlights ID 号码"])
    expect(openflights(data, note)).toEqual([vague(data)]);
  expect(openflights("https://www.openflights.org/data.php", "机场")).toEqual([
    vague("https://www.openflights.org/data.php"),
  ]);
  // Other sites are not OpenFlights' data page.
  expect(openflights("https://notopenflights.org/data.php", "机场")).toEqual([]);
  expect(openflights("https://openflights.org.example/data.php", "机场")).toEqual([]);
});

test("/about/'s list: each outside source once, first cited first, with its count; not the later facts'", () => {
  const npm = outside({ publisher: "world-atlas", package: "world-atlas@2.0.2" });
  const gov = outside({ publisher: "万州区政府" });
  const list = outsideSources(
    records({
      economy: [{ id: "e", source: { kind: "article", chapter: "lead", quote: "原文。" } }],
      projects: [
        { id: "a", sources: [geonames, npm, gov] },
        { id: "b", source: geonames },
      ],
      places: [
        place(npm),
        { id: "q", coordinates: null },
        place(outside({ url: "https://www.geonames.org/1791748", note: "另一条" })),
      ],
      milestones: [{ id: "m", sources: [outside({ url: "https://later.example/1" })] }],
    }),
  );
  // Each keeps where it is first cited: the record whose note (and English) the list shows.
  expect(list).toEqual([
    { ...geonames, count: 3, citedAt: { dataset: "projects", recordId: "a", field: "sources[0]" } },
    { ...npm, count: 2, citedAt: { dataset: "projects", recordId: "a", field: "sources[1]" } },
    { ...gov, count: 1, citedAt: { dataset: "projects", recordId: "a", field: "sources[2]" } },
  ]);
  const coordinates = outsideSources(records({ places: [place(npm)] }));
  expect(coordinates[0]!.citedAt).toEqual({ dataset: "places", recordId: "p", field: "coordinates.source" });
});

test("/about/'s list tells sources apart by URL, then package, then publisher: one publisher's two pages are two", () => {
  const first = outside({ publisher: "万州区政府", url: "https://www.wz.gov.cn/a" });
  const second = outside({ publisher: "万州区政府", url: "https://www.wz.gov.cn/b" });
  const bare = outside({ publisher: "万州区政府" });
  const list = outsideSources(records({ projects: [{ id: "a", sources: [first, second, bare, first] }] }));
  const at = (i: number) => ({ dataset: "projects", recordId: "a", field: `sources[${i}]` });
  expect(list).toEqual([
    { ...first, count: 2, citedAt: at(0) },
    { ...second, count: 1, citedAt: at(1) },
    { ...bare, count: 1, citedAt: at(2) },
  ]);
});
