import { describe, expect, test } from "vitest";
import { checkInput } from "../../src/pipeline/check-input";
import { formatIssue } from "../../src/lib/input/data-issue";
import { applyToFiles, BROKEN_FIXTURES } from "../support/fixtures";
import { readInputFiles } from "../support/repo";

describe("the real input", () => {
  test("passes every schema and every cross-file check", () => {
    const checked = checkInput(readInputFiles());
    expect(checked.issues.map(formatIssue)).toEqual([]);
    expect(checked.chapters.map((c) => c.slug)).toEqual([
      "lead",
      "planning",
      "hub-and-centres",
      "coordination",
      "closing",
    ]);
    // Every chapter has its English, in the same order (content/en/chapters/).
    expect(checked.translations.map((t) => t.data.slug)).toEqual(checked.chapters.map((c) => c.slug));
  });
});

describe("each broken fixture is caught, naming file, record and field", () => {
  test("there are fixtures", () => expect(BROKEN_FIXTURES.length).toBeGreaterThanOrEqual(10));

  test.each(BROKEN_FIXTURES.map((f) => [f.name, f] as const))("%s", (_, fixture) => {
    const { issues } = checkInput(applyToFiles(fixture, readInputFiles()));
    expect(issues.length, fixture.about).toBeGreaterThan(0);
    const match = issues.find(
      (i) => i.file === fixture.file && i.record === fixture.expect.record && i.field === fixture.expect.field,
    );
    expect(
      match,
      `expected an issue at ${fixture.file} › ${fixture.expect.record} › ${fixture.expect.field}, got:\n${issues.map(formatIssue).join("\n")}`,
    ).toBeDefined();
    if (fixture.expect.message) expect(match!.message).toContain(fixture.expect.message);
    if (fixture.expect.count !== undefined) expect(issues.map(formatIssue)).toHaveLength(fixture.expect.count);
    expect(formatIssue(match!)).toContain(fixture.file);
  });
});
