// Runs the real `astro build` on copies of the repository, one broken fixture each, and proves
// that bad input stops the build with a message naming the file, the record and the field, that a
// good build never writes into content/ or data/, and that two builds give the same bytes.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { applyToDisk, BROKEN_FIXTURES } from "../support/fixtures";
import { ROOT } from "../support/repo";

const run = promisify(execFile);
const copies: string[] = [];

/** A copy of what the build reads, sharing node_modules by a link. */
function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "pinghu-build-"));
  copies.push(dir);
  for (const entry of ["src", "content", "data", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  // Each package by its own link, not node_modules as a whole: Astro keeps its content cache in
  // node_modules/.astro, and builds running side by side must not share (and race on) one cache.
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!name.startsWith(".")) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name), "dir");
  }
  return dir;
}

async function build(dir: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(dir, "node_modules", "astro", "bin", "astro.mjs"), "build"],
      {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: (e.stdout ?? "") + (e.stderr ?? "") };
  }
}

/** A digest of every file under a folder, to prove the build changed none of them. */
function digest(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path.slice(dir.length)).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent("astro build", () => {
  test("builds the good input without touching content/ or data/", async () => {
    const dir = copyRepo();
    const before = [digest(join(dir, "content")), digest(join(dir, "data"))];
    const { ok, output } = await build(dir);
    expect(ok, output).toBe(true);
    expect(existsSync(join(dir, "dist", "index.html"))).toBe(true);
    expect([digest(join(dir, "content")), digest(join(dir, "data"))]).toEqual(before);
  });

  test("two builds of the same input are byte-identical (from two different folders)", async () => {
    const [a, b] = [copyRepo(), copyRepo()];
    const [ra, rb] = await Promise.all([build(a), build(b)]);
    expect(ra.ok, ra.output).toBe(true);
    expect(rb.ok, rb.output).toBe(true);
    expect(digest(join(a, "dist"))).toBe(digest(join(b, "dist")));
  });

  test.each(BROKEN_FIXTURES.map((f) => [f.name, f] as const))("stops on %s", async (_, fixture) => {
    const dir = copyRepo();
    applyToDisk(fixture, dir);
    const { ok, output } = await build(dir);
    expect(ok, `the build should have failed (${fixture.about})`).toBe(false);
    expect(output).toContain(fixture.file);
    expect(output).toContain(fixture.expect.record);
    if (fixture.expect.field) expect(output).toContain(fixture.expect.field);
    if (fixture.expect.message) expect(output).toContain(fixture.expect.message);
    expect(existsSync(join(dir, "dist", "index.html")), "no half-built site is left").toBe(false);
  });
});
