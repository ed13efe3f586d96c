// First paint in one round trip: a page's HTML carries everything its first paint needs. No
// stylesheet link (it would block rendering until fetched: the CSS comes inline), no script loaded
// by URL (the one module comes inline), and at most one script element (JSON data aside).
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";

/** Each way a page of `pages` ({ file, path }) would need a second round trip before it paints or runs. */
export function checkFirstPaint(pages) {
  return pages.flatMap(({ file, path }) => {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    const problems = [];
    for (const link of document.querySelectorAll('link[rel~="stylesheet"]'))
      problems.push(
        `${path}: <link rel="stylesheet" href="${link.getAttribute("href")}"> blocks the first paint (CSS belongs inline)`,
      );
    const scripts = [...document.querySelectorAll("script")].filter((s) => !/json/.test(s.getAttribute("type") ?? ""));
    for (const script of scripts.filter((s) => s.hasAttribute("src")))
      problems.push(
        `${path}: <script src="${script.getAttribute("src")}"> is a request of its own (the page's module belongs inline)`,
      );
    if (scripts.length > 1) problems.push(`${path}: ${scripts.length} scripts (one module a page at most)`);
    return problems;
  });
}
