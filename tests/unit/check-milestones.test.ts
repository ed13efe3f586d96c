// The rules on later facts that no one record's schema states (src/lib/input/check-milestones.ts),
// each alone on small hand-made records, with its exact field and message.
import { expect, test } from "vitest";
import { ARTICLE_LAST_DATE } from "../../src/lib/data/article-time";
import { checkMilestones } from "../../src/lib/input/check-milestones";
import { formatIssue } from "../../src/lib/input/data-issue";
import type { Records } from "../../src/schemas/index";

const source = (quote: string, reliability = "News") => ({
  kind: "external",
  url: "https://news.example/1",
  reliability,
  quote,
});
const milestone = (fields: object) => ({
  id: "m",
  subject: "zhengwan",
  date: "2022-06-20",
  what: "郑万高铁全线通车。",
  sources: [source("郑万高铁全线通车。")],
  ...fields,
});
const issues = (...milestones: object[]) =>
  checkMilestones({
    transport: [{ id: "zhengwan" }],
    projects: [{ id: "xintian-port" }],
    milestones,
  } as unknown as Records).map(formatIssue);
const at = (field: string, message: string) => `data/milestones.json › record "m" › field ${field}: ${message}`;

test("a later fact about an item of the article, after it, from a news source, passes", () => {
  expect(issues(milestone({}), milestone({ subject: "xintian-port", date: "2021-11" }))).toEqual([]);
  expect(issues(milestone({ date: "2021-10-18" }), milestone({ stage: "done" }))).toEqual([]);
});

test("the subject must be a transport or projects record", () => {
  expect(issues(milestone({ subject: "wanzhou" }))).toEqual([
    at("subject", 'unknown subject "wanzhou": not a record of data/transport.json or data/projects.json'),
  ]);
});

test("the date must be a calendar date after the article's last, a month counting from its first day", () => {
  expect(ARTICLE_LAST_DATE).toBe("2021-10-17");
  const after = (date: string) =>
    at("date", `${date} is not after the article (the latest date it states is 2021-10-17)`);
  expect(issues(milestone({ date: "2021-10-17" }))).toEqual([after("2021-10-17")]);
  expect(issues(milestone({ date: "2021-10" }))).toEqual([after("2021-10")]);
  for (const date of ["2022-02-30", "2022-13", "2022-13-01", "2022-6-2"])
    expect(issues(milestone({ date }))).toEqual([at("date", `"${date}" is not a calendar date`)]);
});

test("a fact may not rest on aggregators alone; one other source is enough", () => {
  const agg = source("郑万高铁全线通车。", "Agg");
  expect(issues(milestone({ sources: [agg, source("郑万高铁全线通车。")] }))).toEqual([]);
  expect(issues(milestone({ sources: [agg, agg] }))).toEqual([
    at("sources", "every source is an aggregator (Agg): a later fact needs a Gov, News or Copy source"),
  ]);
});

test("only a transport item has stages", () => {
  expect(issues(milestone({ subject: "xintian-port", stage: "done" }))).toEqual([
    at("stage", 'a stage is given, but "xintian-port" is not a transport record: only transport items have stages'),
  ]);
});

test("every number the record says is written in one of its quotes, whole", () => {
  const said = (what: string, ...quotes: string[]) =>
    issues(milestone({ what, sources: quotes.map((q) => source(q)) }));
  expect(said("投资13.25亿元，建成2座。", "总投资13.25亿元。", "建成2座码头。")).toEqual([]);
  expect(said("投资13.25亿元。", "总投资13.2亿元。")).toEqual([
    at("what", "the number 13.25 is not written in any of the record's quotes"),
  ]);
  // Two quotes are not read as one text: "1" at the end of one and "2" at the start of the next are not 12.
  expect(said("建成12座。", "建成1", "2座在建。")).toEqual([
    at("what", "the number 12 is not written in any of the record's quotes"),
  ]);
});

test("each rule a record breaks is named, in order", () => {
  expect(
    issues(
      milestone({ subject: "xintian", date: "2021-01-01", stage: "done", what: "3座", sources: [source("无", "Agg")] }),
    ),
  ).toEqual([
    at("subject", 'unknown subject "xintian": not a record of data/transport.json or data/projects.json'),
    at("date", "2021-01-01 is not after the article (the latest date it states is 2021-10-17)"),
    at("sources", "every source is an aggregator (Agg): a later fact needs a Gov, News or Copy source"),
    at("stage", 'a stage is given, but "xintian" is not a transport record: only transport items have stages'),
    at("what", "the number 3 is not written in any of the record's quotes"),
  ]);
});
