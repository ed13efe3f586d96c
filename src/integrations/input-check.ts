import { writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { DataError } from "../lib/input/data-issue";
import { readInputFiles } from "../lib/input/input-files";
import { checkInput } from "../pipeline/check-input";

/**
 * Checks the site's input first thing in `astro build`, before Astro renders anything: bad input
 * prints one line per problem (`file › record › field: what is wrong`) and exits with code 1. No
 * stack trace: nothing in the code went wrong, and Astro's trace of its own internals would bury the
 * lines that matter. A bug in the checks themselves still throws, with its stack. The same check runs
 * again as the pages render (src/pipeline/site.ts), a backstop for builds started some other way.
 */
export function inputCheck(): AstroIntegration {
  return {
    name: "input-check",
    hooks: {
      "astro:config:setup": ({ command, config }) => {
        if (command !== "build") return;
        const { issues } = checkInput(readInputFiles(fileURLToPath(config.root)));
        if (issues.length === 0) return;
        // Written at once, synchronously: process.exit would cut a stream's pending output short.
        writeSync(2, `${new DataError(issues).message}\nNothing was built; the last build's output is as it was.\n`);
        process.exit(1);
      },
    },
  };
}
