import { existsSync, renameSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * Astro writes a 404 page at the root as 404.html, but one in a folder (/en/404) as 404/index.html.
 * Hosts serve the 404.html nearest a missing path, so the English edition's goes to /en/404.html.
 */
export function edition404(folder: string): AstroIntegration {
  return {
    name: "edition-404",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const built = join(fileURLToPath(dir), folder, "404");
        if (!existsSync(join(built, "index.html"))) return;
        renameSync(join(built, "index.html"), `${built}.html`);
        rmdirSync(built);
      },
    },
  };
}
