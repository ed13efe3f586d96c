import { describe, expect, test } from "vitest";
import { latestLook } from "../../src/charts/map/latest-view";
import { STAGE_DASH } from "../../src/charts/map/style";
import { MODE_COLOR } from "../../src/charts/palette";
import { latestAsOf, latestStateOf, latestWords } from "../../src/lib/data/latest-state";
import { publisherWords } from "../../src/lib/data/since";
import type { Milestone } from "../../src/schemas/milestones";
import { readDatasets } from "../support/repo";

const page = { kind: "external", url: "https://example.org/", quote: "q" } as const;
const m = (id: string, date: string, kind: Milestone["kind"], stage?: Milestone["stage"]): Milestone => ({
  id,
  subject: "line",
  date,
  precision: "day",
  kind,
  what: `what ${id}`,
  whatEn: `what ${id}`,
  ...(stage ? { stage } : {}),
  sources: [{ ...page, publisher: "日报", publisherEn: "Daily", reliability: "News" }],
});

describe("which stage an item gets in the latest view", () => {
  test("its latest staged event or status, with the date and publisher", () => {
    const state = latestStateOf(
      "line",
      [
        m("started", "2021-12-01", "event", "construction"),
        m("opened", "2022-06-20", "event", "opened"),
        m("plan", "2023-01-01", "plan"),
        m("context", "2023-02-01", "event"),
      ],
      "zh",
    );
    expect(state).toMatchObject({ kind: "staged", stage: "opened", when: "2022年6月20日", source: "日报" });
    expect(latestWords(state, "zh")).toBe("建成或开通，2022年6月20日（日报）");
  });

  test("no staged milestone: 未查到此后报道, never a stage; a stageless later fact is said as such", () => {
    expect(latestStateOf("line", [], "zh")).toEqual({ kind: "none", label: "未查到此后报道" });
    expect(latestStateOf("line", [m("plan", "2023-01-01", "plan")], "zh")).toEqual({
      kind: "none",
      label: "未查到此后报道",
    });
    const other = latestStateOf("line", [m("context", "2022-05-19", "event")], "zh");
    expect(other.kind).toBe("none");
    expect(latestWords(other, "zh")).toMatch(
      /^未查到此后报道；此后另有报道，未涉及阶段：2022年5月19日what context（日报）$/,
    );
  });

  test("a repost is shown as one, with whose text it reposts", () => {
    expect(publisherWords({ ...page, publisher: "x.com", reliability: "Copy", repostOf: "新华网" }, "zh")).toBe(
      "x.com（转载自新华网）",
    );
    expect(publisherWords({ ...page, publisher: "x.com", reliability: "Copy" }, "zh")).toBe("x.com（转载）");
  });

  test("the look: a staged item in its mode's colour and its latest stage's dash; none found, neutral", () => {
    const link = { id: "line", name: "线", nameEn: "Line", mode: "rail", stage: "construction" } as never;
    const both = (all: Milestone[]) => ({ zh: latestStateOf("line", all, "zh"), en: latestStateOf("line", all, "en") });
    const staged = latestLook(link, both([m("opened", "2022-06-20", "event", "opened")]));
    expect(staged).toMatchObject({ color: MODE_COLOR.rail, dash: STAGE_DASH.opened });
    const none = latestLook(link, both([]));
    expect(none.color).not.toBe(MODE_COLOR.rail);
    expect(none.dash).not.toBe(STAGE_DASH.construction);
    expect(none.tip.zh).toBe("线：未查到此后报道");
  });
});

describe("the real records", () => {
  const { transport, milestones } = readDatasets();
  const stateOf = (id: string) => latestStateOf(id, milestones, "zh");

  test("郑万 has opened; 新田港二期 is about to open (基本建成); an item with nothing found says so", () => {
    expect(stateOf("zhengwan-hsr")).toMatchObject({ kind: "staged", stage: "opened", when: "2022年6月20日" });
    expect(stateOf("xintian-port-phase-2")).toMatchObject({ kind: "staged", stage: "upcoming", when: "2024年12月" });
    expect(stateOf("wankai-expressway")).toEqual({ kind: "none", label: "未查到此后报道" });
  });

  test("the as-of date is the newest fact about any transport record, in words", () =>
    expect(
      latestAsOf(
        transport.map((t) => t.id),
        milestones,
        "zh",
      ),
    ).toMatch(/^截至\d{4}年\d{1,2}月$/));
});
