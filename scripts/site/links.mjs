// Links and assets: every internal href/src resolves to a file in dist/, every #fragment to an id on
// its page, and no script, stylesheet, image, frame or icon is loaded from another origin.
import { readFileSync } from "node:fs";
import { fileFor } from "./pages.mjs";

const LINKING = /<(a|link|script|img|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"/g;

/** Problems with the links of the pages, each naming the page and the element. */
export function checkLinks(dist, pages, site) {
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file))
      ids.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    return ids.get(file);
  };
  const failures = [];
  for (const { file, path } of pages) {
    const base = new URL(path, site);
    for (const m of readFileSync(file, "utf8").matchAll(LINKING)) {
      const [element, tag, attr, raw] = m;
      const value = raw.replace(/&amp;/g, "&");
      if (/^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value, base);
      const own = url.origin === site.origin;
      // A link to a page elsewhere is fine; only loading something from elsewhere is not.
      const loads = tag !== "a" && !(tag === "link" && /rel="(canonical|alternate)"/.test(element));
      if (!own) {
        if (loads && url.protocol.startsWith("http"))
          failures.push(`${path}: <${tag} ${attr}="${value}"> loads from another origin`);
        continue;
      }
      const target = fileFor(dist, url.pathname);
      if (!target) {
        failures.push(`${path}: <${tag} ${attr}="${value}"> → no such file in ${dist}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
        failures.push(`${path}: <${tag} ${attr}="${value}"> → no id "${fragment}" on ${url.pathname}`);
      }
    }
  }
  return failures;
}
