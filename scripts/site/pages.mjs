// The built site as files: every file under dist/, its pages, and which file serves a URL path.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dist`, sorted, so that reports come out in the same order each run. */
export function listFiles(dist) {
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  })(dist);
  return files;
}

/** The URL path a page file is served at: dist/a/index.html → /a/, dist/404.html → /404.html. */
export function pathOf(dist, file) {
  return (
    "/" +
    relative(dist, file)
      .replace(/\\/g, "/")
      .replace(/(^|\/)index\.html$/, "$1")
  );
}

/** The HTML pages of `dist` as { file, path }. */
export function listPages(dist) {
  return listFiles(dist)
    .filter((f) => f.endsWith(".html"))
    .map((file) => ({ file, path: pathOf(dist, file) }));
}

/** The file a URL path is served from, or null (as a static host resolves it: a folder → index.html). */
export function fileFor(dist, pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith("/")
    ? [join(dist, decoded, "index.html")]
    : [join(dist, decoded), join(dist, decoded, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
