// HTML validity with the W3C Nu checker (npm vnu-jar; it needs a Java runtime).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathOf } from "./pages.mjs";

// The checker's CSS module predates container queries and paint-order (both in every browser we
// support): those messages, and only those, are set aside.
const CSS_CHECKER_GAPS = [
  /Unrecognized at-rule “@container”/,
  /“container-type”: Property “container-type” doesn't exist/,
  /“paint-order”: Property “paint-order” doesn't exist/,
];

/** Every error the Nu checker finds in dist/, each naming the page, the line and the markup. */
export function checkHtml(dist) {
  const vnu = createRequire(import.meta.url)("vnu-jar");
  const checked = spawnSync(
    "java",
    ["-jar", String(vnu), "--errors-only", "--skip-non-html", "--format", "json", dist],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (checked.error || checked.stderr === "") {
    return [
      `html: the Nu checker did not run (${checked.error?.message ?? "no output"}); it needs Java (apt-get install default-jre-headless)`,
    ];
  }
  return (JSON.parse(checked.stderr).messages ?? [])
    .filter((m) => m.type === "error" && !CSS_CHECKER_GAPS.some((gap) => gap.test(m.message)))
    .map(
      (m) =>
        `${pathOf(dist, new URL(m.url).pathname)}: line ${m.lastLine}: ${m.message} (${(m.extract ?? "").trim().slice(0, 80)})`,
    );
}
