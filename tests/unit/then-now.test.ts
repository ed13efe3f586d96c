// The then-and-now chart's selection: each transport item's 2021 stage (the article's) beside the
// latest stage a later source gives, with its date; none found said so; plans never a stage.
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { NOTHING_FOUND } from "../../src/lib/data/since";
import { STAGE_LABELS } from "../../src/lib/data/stages";
import { thenAndNow, thenNowTip } from "../../src/lib/data/then-now";
import { milestoneSource, publisherWords } from "../../src/lib/data/since";
import { sourceLineItems } from "../../src/lib/chart-page/chart-sources";
import { renderChart } from "../../src/pipeline/render-chart";
import type { Milestone } from "../../src/schemas/milestones";
import { readDatasets } from "../support/repo";

const records = readDatasets();
const data = thenAndNow(records.transport, records.milestones);
const item = (id: string) => data.items.find((i) => i.link.id === id)!;
const latest = (id: string) => item(id).latest && [item(id).latest!.stage, item(id).latest!.when.zh];

describe("from the real records", () => {
  test("every transport item but the pilots, each once, with the article's own stage", () => {
    const shown = records.transport.filter((l) => l.kind !== "pilot");
    expect(data.items.map((i) => i.link.id)).toEqual(shown.map((l) => l.id));
    expect([...data.found, ...data.missing].map((i) => i.link.id).sort()).toEqual(shown.map((l) => l.id).sort());
    expect(data.pilots.map((l) => l.id)).toEqual(["rail-river-single-document-pilot"]);
  });

  test("the latest stage and its date, as the latest staged milestone gives them", () => {
    expect(latest("zhengwan-hsr")).toEqual(["opened", "2022年6月20日"]);
    expect(latest("wanzhou-airport-expansion")).toEqual(["opened", "2023年8月8日"]);
    expect(latest("xintian-port-phase-2")).toEqual(["upcoming", "2024年12月"]);
    expect(latest("wanda-direct-motorway")).toEqual(["construction", "不晚于2025年11月3日"]);
    expect(latest("dawan-railway-upgrade")).toEqual(["preliminary", "2023年4月25日"]);
    // 渝西: the plan stated the same day (预计2028年…开通) is a plan, not the stage.
    expect(latest("yuxi-hsr")).toEqual(["construction", "2022年11月29日"]);
    expect(item("yuxi-hsr").plans.map((p) => p.what.zh)).toEqual(["预计2028年西渝高铁全线开通运行"]);
    expect(item("yuxi-hsr").latest!.when.en).toBe("29 November 2022");
    expect(item("wanda-direct-motorway").latest!.when.en).toBe("by 3 November 2025");
  });

  test("an item with no later staged milestone has none, whether it has no milestone or a stageless one", () => {
    expect(item("wankaiyunliang-shared-check-in").latest).toBeUndefined();
    expect(item("wanzhou-dazhou-alternate-airports").latest).toBeUndefined();
    expect(data.missing.map((i) => i.link.id)).toContain("yuwan-hsr");
  });

  test("the latest column is dated by the newest stage shown", () =>
    expect(data.latestHeading).toEqual({ zh: "此后最新（截至2025年11月）", en: "Latest since (as of November 2025)" }));

  test("the table: 2021 stage with the article's word, latest or 未查到此后报道, a repost marked", () => {
    const { rows } = renderChart("transport-since", records, "zh").table;
    const row = (name: string) => rows.find((r) => r.name === name)!;
    expect(row("郑万高铁重庆段")).toMatchObject({ then: "在建（原文“完成铺轨”）", latest: "建成或开通" });
    expect(row("渝万高铁")).toMatchObject({ then: "在建（原文“开工建设”）", latest: NOTHING_FOUND.zh, when: "—" });
    expect(row("万州机场改扩建").source).toBe("中国工业新闻网（indunet.net.cn）（转载自新华网）");
    expect(row("成达万高铁").plans).toBe("2025年2月13日提出：计划于2027年全面建成通车");
  });
});

const source = {
  kind: "external",
  publisher: "p",
  publisherEn: "p",
  url: "https://example.org/a",
  reliability: "News",
  quote: "q",
} as const;
const m = (id: string, date: string, kind: Milestone["kind"], stage?: Milestone["stage"]): Milestone => ({
  id,
  subject: "zhengwan-hsr",
  date,
  precision: "day",
  kind,
  what: id,
  whatEn: id,
  ...(stage ? { stage } : {}),
  sources: [source],
});

describe("plans and absences", () => {
  test("a plan later than the last staged fact never becomes the latest stage", () => {
    const d = thenAndNow(records.transport, [
      m("built", "2022-06-20", "event", "opened"),
      m("plan", "2024-01-01", "plan"),
    ]);
    const zw = d.items.find((i) => i.link.id === "zhengwan-hsr")!;
    expect(zw.latest!.milestone.id).toBe("built");
    expect(d.latestHeading.zh).toBe("此后最新（截至2022年6月）");
  });

  test("an item with only a plan shows 未查到此后报道, in its tooltip and its boxes", () => {
    const d = thenAndNow(records.transport, [
      m("plan", "2024-01-01", "plan"),
      { ...m("other", "2022-01-01", "event", "opened"), subject: "yuxi-hsr" },
    ]);
    const zw = d.missing.find((i) => i.link.id === "zhengwan-hsr")!;
    expect(zw.latest).toBeUndefined();
    expect(zw.plans).toHaveLength(1);
    expect(thenNowTip(zw, "zh")).toContain(`此后：${NOTHING_FOUND.zh}`);
    expect(thenNowTip(zw, "zh")).toContain("原文所述（2021年）在建（原文“完成铺轨”）");
    expect(thenNowTip(zw, "en")).toContain(
      "In the article (2021), Under construction (the article: “track laying completed”)",
    );
    expect(thenNowTip(zw, "en")).toContain("since: No later report found");
  });

  test("no later staged fact at all: nothing to set beside the article, the chart stops", () =>
    expect(() => thenAndNow(records.transport, [m("plan", "2024-01-01", "plan")])).toThrow(/nothing to set beside/));
});

test("a Copy reads as a repost, in the table and in the source line", () => {
  const copy = { ...source, reliability: "Copy", repostOf: "新华网" } as const;
  expect(publisherWords(copy, "zh")).toBe("p（转载自新华网）");
  expect(publisherWords({ ...copy, publisherEn: "p", repostOfEn: "Xinhuanet" }, "en")).toBe("p (repost of Xinhuanet)");
  expect(() => publisherWords(copy, "en")).toThrow(/lacks repostOfEn/);
  expect(publisherWords({ ...copy, repostOf: undefined }, "zh")).toBe("p（转载）");
  expect(publisherWords(source, "zh")).toBe("p");
  const translated = { ...copy, publisherEn: "p", repostOfEn: "Xinhuanet" };
  const line = sourceLineItems([milestoneSource(translated, m("x", "2022-01-01", "event", "opened"))]);
  expect(line[1]).toBe("p，转载自新华网（转载）");
});

describe("the drawing", () => {
  const chart = renderChart("transport-since", records);
  test.each(["narrow", "wide"] as const)("%s: one mark an item, its boxes and both headers", (width) => {
    const { document } = parseHTML(chart.svg[width]);
    const texts = Array.from(document.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toContain("原文所述（2021年）");
    expect(texts).toContain("此后最新（截至2025年11月）");
    const marks = Array.from(document.querySelectorAll(".mark"));
    // The article's 29 transport items but the one-off pilot.
    expect(data.items).toHaveLength(28);
    expect(marks).toHaveLength(data.items.length);
    for (const [i, it] of [...data.found, ...data.missing].entries()) {
      const words = Array.from(marks[i]!.querySelectorAll("text")).map((t) => t.textContent);
      expect(words).toContain(STAGE_LABELS.zh[it.link.stage]);
      expect(words).toContain(it.latest ? STAGE_LABELS.zh[it.latest.stage] : NOTHING_FOUND.zh);
      if (it.latest) expect(words).toContain(it.latest.when.zh);
      // An arrowhead only where a later stage was found.
      expect(marks[i]!.querySelectorAll("path")).toHaveLength(it.latest ? 1 : 0);
    }
  });

  test("the pilots and the plans are said to be left out, in the description", () => {
    expect(chart.description).toContain("国内首单“铁江联运一单制”试点船舶");
    expect(chart.description).toContain("计划不是阶段");
    expect(chart.svg.wide).not.toContain("试点船舶");
  });
});
