import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * Builds into a staging folder beside the output folder (dist/ → .dist-staging/) and moves it into
 * place only when the build is done, so that a build that fails halfway leaves the last complete
 * dist/ as it was: a deploy step that publishes dist/ after a failed build publishes the old site,
 * never half a site or none. List it last among the integrations: the build:done hooks run in order,
 * and those before it (the _headers file) must write into the staging folder before it moves.
 */
export function stagedOutDir(): AstroIntegration {
  let outDir = "";
  let staging = "";
  return {
    name: "staged-out-dir",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, "");
        staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
        // A failed build leaves its half of a site here; never let it mix with this one.
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(staging + "/") });
      },
      "astro:build:done": ({ logger }) => {
        const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
        rmSync(previous, { recursive: true, force: true });
        // Two renames on one file system: dist/ is missing only between them, never half written.
        if (existsSync(outDir)) renameSync(outDir, previous);
        renameSync(staging, outDir);
        rmSync(previous, { recursive: true, force: true });
        logger.info(`moved the finished build into ${basename(outDir)}/`);
      },
    },
  };
}
