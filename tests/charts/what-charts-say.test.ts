// What the charts say, chart by chart: the article's own figures and words in each chart's table,
// subtitle, description and marks (words.test.ts checks what every chart's words have in common).
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { renderChart } from "../../src/pipeline/render-chart";
import { readDatasets } from "../support/repo";

const records = readDatasets();

describe("what the charts say", () => {
  test("gdp-growth: 万州 and the city at the same growth, and the rank move", () => {
    const c = renderChart("gdp-growth", records);
    expect(c.table.rows.map((r) => [r.place, r.growth])).toEqual([
      ["万州", "12.8%"],
      ["重庆全市", "12.8%"],
    ]);
    expect(c.description).toContain("提升14位");
  });

  test("growth-rankings: every rank the article gives, 首位 as the article says it", () => {
    const c = renderChart("growth-rankings", records);
    expect(c.table.rows.map((r) => r.rank)).toEqual(["第7位", "首位", "第2位", "第1位", "第3位"]);
    expect(c.table.rows.map((r) => r.scope)).toEqual(["全市", "渝东北区县", "全市", "全市", "全市"]);
    expect(c.subtitle).toContain("渝东北区县：规上工业增加值首位");
    expect(c.description).toContain("首位");
    expect(c.description).toContain("原文未给出区县总数");
  });

  test("growth-rankings: the 渝东北 rank stands apart from the four 全市 ranks, in its own labelled panel", () => {
    const c = renderChart("growth-rankings", records);
    const [city, yudongbei] = c.subtitle.split("；");
    expect(city).toContain("全市：");
    expect(city).not.toContain("首位");
    expect(yudongbei).toMatch(/^渝东北区县：/);
    for (const svg of [c.svg.narrow!, c.svg.wide]) {
      const { document } = parseHTML(svg);
      const tips = (label: string) =>
        Array.from(document.querySelectorAll(`g[aria-label="${label}"] .mark`)).map((m) => m.getAttribute("data-tip"));
      expect(tips("全市名次")).toHaveLength(4);
      for (const tip of tips("全市名次")) expect(tip).toMatch(/居全市第\d+位$/);
      expect(tips("渝东北区县名次")).toEqual(["规上工业增加值增速：居渝东北区县首位"]);
    }
  });

  test("growth-rankings: the rank line runs on past the lowest rank shown, which is not its end", () => {
    const c = renderChart("growth-rankings", records);
    for (const svg of [c.svg.narrow!, c.svg.wide]) {
      const { document } = parseHTML(svg);
      const lowest = Math.max(
        ...Array.from(document.querySelectorAll(".mark")).map((m) => Number(m.getAttribute("cx"))),
      );
      const tails = Array.from(document.querySelectorAll("line[stroke-dasharray]"));
      expect(tails).toHaveLength(c.table.rows.length);
      for (const tail of tails) expect(Number(tail.getAttribute("x2"))).toBeGreaterThan(lowest);
      expect(document.querySelector("svg")!.textContent).toContain("原文未给出区县总数");
    }
  });

  test("investment-amounts: the amounts with 万州's part inside the 万开云 total, each with its measure", () => {
    const c = renderChart("investment-amounts", records);
    expect(c.table.rows.map((r) => r.amount)).toEqual([
      "总投资达40.27亿元",
      "协议总投资37.9亿元",
      "总投资13.3亿元",
      "协议投资12.1亿元",
    ]);
    expect(c.table.rows[2]!.item).toContain("其中万州");
    expect(c.subtitle).toContain("协议投资12.1亿元");
  });

  test("investment-amounts: each bar's label names its measure (总投资 or 协议投资), on the bar itself", () => {
    const c = renderChart("investment-amounts", records);
    for (const svg of [c.svg.narrow!, c.svg.wide]) {
      const { document } = parseHTML(svg);
      const bars = Array.from(document.querySelectorAll("rect.mark"));
      expect(bars).toHaveLength(4);
      for (const bar of bars) expect(bar.getAttribute("data-tip")).toMatch(/(总投资|协议投资)达?[\d.]+亿元$/);
      const texts = Array.from(document.querySelectorAll("text")).map((t) => t.textContent ?? "");
      for (const amount of ["总投资达40.27亿元", "协议总投资37.9亿元", "协议投资12.1亿元"])
        expect(texts).toContain(amount);
      expect(texts.filter((t) => /^[\d.]+亿元$/.test(t))).toEqual([]);
    }
  });

  test("groundbreaking-projects: one square per project, no per-project amounts", () => {
    const c = renderChart("groundbreaking-projects", records);
    expect(c.svg.narrow!.match(/<rect[^>]*data-tip/g)).toHaveLength(11);
    expect(c.table.rows).toEqual([
      {
        date: "10月17日",
        count: "11个",
        total: "40.27亿元",
        sectors: "粮油加工、仓储物流、食品医药、绿色照明、园区重要道路、标准厂房建设",
      },
    ]);
  });

  test("transport-status: every link once, with the article's own status word", () => {
    const c = renderChart("transport-status", records);
    expect(c.table.rows.map((r) => r.name)).toEqual(records.transport.map((l) => l.name));
    expect(c.table.rows.map((r) => r.status)).toEqual(records.transport.map((l) => l.status));
    expect(c.svg.wide.match(/class="mark"/g)).toHaveLength(records.transport.length);
  });

  test("cooperation-timeline: the dated events in time order, the growth figure a statistic, not an event", () => {
    const c = renderChart("cooperation-timeline", records);
    expect(c.table.rows.map((r) => r.when)).toEqual(["2019年", "今年上半年", "9月16日", "10月17日"]);
    expect(c.table.rows.map((r) => r.what!.slice(0, 3))).toEqual(["事件：", "统计：", "事件：", "事件："]);
    expect(c.subtitle).toContain("3件事与1项统计");
    expect(c.description).toContain("3件事与1项统计");
  });

  test("transport-status: a one-off pilot shipment is listed apart, in no stage's count", () => {
    const pilots = records.transport.filter((l) => l.kind === "pilot");
    expect(pilots.map((l) => l.id)).toEqual(["rail-river-single-document-pilot"]);
    const c = renderChart("transport-status", records);
    expect(c.subtitle).toContain(`本站据原文整理的${records.transport.length - pilots.length}项交通项目`);
    expect(c.subtitle).toContain("另有一次性试点运输");
    const counts = [...c.subtitle.matchAll(/(\d+)项/g)].slice(1).map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(records.transport.length - pilots.length);
    const row = c.table.rows.find((r) => r.name === pilots[0]!.name)!;
    expect(row.stage).toBe("一次性试点，不计入阶段");
  });

  test("regional-map: the site's count of links, and the pilot shipment not drawn", () => {
    const c = renderChart("regional-map", records);
    expect(c.subtitle).toMatch(/本站据原文整理的\d+条交通连线/);
    const pilot = records.transport.find((l) => l.kind === "pilot")!;
    expect(c.svg.wide).not.toContain(`data-tip="${pilot.name}`);
    expect(c.table.rows.find((r) => r.name === pilot.name)!.where).toContain("一次性试点，非线路");
  });

  test("partners-network: the observer, the members and every signed firm", () => {
    const c = renderChart("partners-network", records);
    const partners = new Set(c.table.rows.flatMap((r) => r.partners!.split("、")));
    for (const name of [
      "两江新区",
      "开州区",
      "达州市",
      "云阳县",
      "猪八戒股份公司",
      "通用五菱（重庆分公司）",
      "泸州老窖集团",
    ])
      expect(partners).toContain(name);
  });
});
