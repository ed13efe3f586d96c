// Runs the real `astro build` on copies of the repository, one broken fixture of each input file kind
// (a chapter, its translation, each dataset, the corrections log), and proves that bad input stops the
// build before anything renders with only the lines naming the file, the record and the field (no stack
// trace). Every fixture goes through the input check the build runs first (src/pipeline/check-input.ts) in
// tests/unit/check-input.test.ts, in milliseconds; a real build costs some ten seconds. It also proves that
// a good build never writes into content/ or data/, that two builds give the same bytes, and that a failed
// build leaves the last complete dist/ as it was.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { formatIssue } from "../../src/lib/input/data-issue";
import { build, copyRepo, digest, removeCopies } from "../support/build";
import { applyToDisk, BROKEN_FIXTURES } from "../support/fixtures";

afterAll(removeCopies);

/** The first broken fixture of each kind of input file, named by its prefix ("economy-…", "en-…"). */
const kindOf = (name: string) => name.split("-")[0]!;
const BUILT = BROKEN_FIXTURES.filter((f, i, all) => all.findIndex((g) => kindOf(g.name) === kindOf(f.name)) === i);

/** A line of a stack trace ("    at load (file.ts:12:3)"): what an input problem must not print. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

let good: Promise<{ dir: string; before: string[]; ok: boolean; output: string; built: string }> | undefined;
/** One build of the good input, for the tests that need one, with the digest of its dist/ as built. */
function goodBuild() {
  good ??= (async () => {
    const dir = copyRepo();
    const before = [digest(join(dir, "content")), digest(join(dir, "data"))];
    const result = await build(dir);
    return { dir, before, ...result, built: result.ok ? digest(join(dir, "dist")) : "" };
  })();
  return good;
}

describe.concurrent("astro build", () => {
  test("builds the good input without touching content/ or data/", async () => {
    const { dir, before, ok, output } = await goodBuild();
    expect(ok, output).toBe(true);
    expect(existsSync(join(dir, "dist", "index.html"))).toBe(true);
    expect(existsSync(join(dir, "dist", "_headers")), "written into the staging folder, then moved").toBe(true);
    expect([digest(join(dir, "content")), digest(join(dir, "data"))]).toEqual(before);
  });

  test("a failed build leaves the last complete dist/ byte for byte as it was", async () => {
    const { dir, ok, output, built } = await goodBuild();
    expect(ok, output).toBe(true);
    expect(digest(join(dir, "dist"))).toBe(built);
    // Bad input: stopped by the input check before Astro renders.
    const [fixture] = BROKEN_FIXTURES.filter((f) => f.name === "economy-malformed-json");
    const text = readFileSync(join(dir, fixture!.file), "utf8");
    applyToDisk(fixture!, dir);
    expect((await build(dir)).ok).toBe(false);
    expect(digest(join(dir, "dist"))).toBe(built);
    // A bug in the site's code, met halfway through rendering: its stack trace is kept.
    writeFileSync(join(dir, fixture!.file), text);
    writeFileSync(join(dir, "src", "pages", "zz-bug.astro"), '---\nthrow new Error("a bug in the site code");\n---\n');
    const bug = await build(dir);
    expect(bug.ok).toBe(false);
    expect(bug.output).toContain("a bug in the site code");
    expect(bug.output).toMatch(STACK_LINE);
    expect(digest(join(dir, "dist"))).toBe(built);
  });

  test("two builds of the same input are byte-identical (from two different folders)", async () => {
    // The good build is one of the two (its digest taken as it finished, before another test reuses its folder).
    const other = copyRepo();
    const [first, second] = await Promise.all([goodBuild(), build(other)]);
    expect(first.ok, first.output).toBe(true);
    expect(second.ok, second.output).toBe(true);
    expect(digest(join(other, "dist"))).toBe(first.built);
  });

  test("a real build is tried on every kind of broken input", () => {
    expect(BUILT.map((f) => kindOf(f.name)).sort()).toEqual([
      "chapter",
      "corrections",
      "economy",
      "en",
      "investments",
      "milestones",
      "places",
      "projects",
      "transport",
    ]);
  });

  test.each(BUILT.map((f) => [f.name, f] as const))("stops on %s", async (_, fixture) => {
    const dir = copyRepo();
    applyToDisk(fixture, dir);
    const { ok, output } = await build(dir);
    expect(ok, `the build should have failed (${fixture.about})`).toBe(false);
    // The line as the input check formats it (a whole-file problem as `file: message`).
    const where = formatIssue({ file: fixture.file, ...fixture.expect, message: "" });
    expect(output).toContain(where);
    if (fixture.expect.message) expect(output).toContain(fixture.expect.message);
    expect(output, "an input problem prints no stack trace").not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, "dist", "index.html")), "no half-built site is left").toBe(false);
  });
});
