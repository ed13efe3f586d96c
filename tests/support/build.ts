// Real `astro build` runs for the build tests (tests/build/): a copy of what the build reads, a build
// of it, a digest of a folder. Every copy is removed when the test file is done (removeCopies).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./repo";

const run = promisify(execFile);
const copies: string[] = [];

/** A copy of what the build reads, sharing node_modules by a link. */
export function copyRepo(): string {
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

/** Runs `astro build` in a copy: whether it succeeded, and all it printed. */
export async function build(dir: string): Promise<{ ok: boolean; output: string }> {
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

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir: string, at = ""): string[] {
  return readdirSync(join(dir, at))
    .sort()
    .flatMap((name) =>
      statSync(join(dir, at, name)).isDirectory() ? filesUnder(dir, join(at, name)) : [join(at, name)],
    );
}

/** A digest of every file under a folder (names and bytes), to prove a build changed none of them. */
export function digest(dir: string): string {
  const hash = createHash("sha256");
  for (const path of filesUnder(dir)) hash.update(path).update(readFileSync(join(dir, path)));
  return hash.digest("hex");
}

/** Removes every copy made so far. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
