import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Every inline <script> and <style> of the built pages, as CSP hash sources ('sha256-…'). */
export function inlineHashes(dist: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  (function walk(dir: string) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) {
        const html = readFileSync(path, "utf8");
        for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) scripts.add(hash(m[1]!));
        for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(hash(m[1]!));
      }
    }
  })(dist);
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** The Content-Security-Policy of the site: only its own files and the hashed inline blocks. */
export function contentSecurityPolicy(hashes: { scripts: string[]; styles: string[] }, frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.scripts.join(" ")}`.trim(),
    `style-src 'self' ${hashes.styles.join(" ")}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** Whether a folder of the build holds a page (an .html file) at any depth. */
function holdsPages(dir: string): boolean {
  return readdirSync(dir).some((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? holdsPages(path) : name.endsWith(".html");
  });
}

/**
 * The path rules of the pages that must not be framed: the cover, the 404 page and one rule per
 * top-level folder of pages, read from the build so that a new page type (/since/) is never left
 * without a CSP. Embeds have their own rule.
 */
export function pageRules(dist: string, prefix = ""): string[] {
  const root = join(dist, prefix);
  const folders = readdirSync(root)
    .filter((name) => name !== "embed" && !name.startsWith("_") && statSync(join(root, name)).isDirectory())
    .filter((name) => holdsPages(join(root, name)))
    .sort();
  // The English edition (/en/) repeats the site's shape: its folders get rules of their own, so that
  // /en/embed/* can be framed while no other rule under /en/ overlaps it.
  const edition = prefix === "" && folders.includes(EN_FOLDER) ? pageRules(dist, EN_FOLDER) : [];
  const own = folders
    .filter((name) => prefix !== "" || name !== EN_FOLDER)
    .map((name) => `/${prefix}${prefix && "/"}${name}/*`);
  const base = prefix ? `/${prefix}/` : "/";
  return [base, `${base}index.html`, ...own, `${base}404.html`, ...edition];
}

/** The folder of the English edition, whose pages mirror the site's. */
const EN_FOLDER = "en";

/** The embeds' path rules: the Chinese ones and, where it is built, the English edition's. */
export function embedRules(dist: string): string[] {
  return ["/embed/*", ...(existsSync(join(dist, EN_FOLDER, "embed")) ? [`/${EN_FOLDER}/embed/*`] : [])];
}

/** The _headers file (Netlify, Cloudflare Pages and others read it): CSP, referrer policy, caching. */
export function headersFile(dist: string): string {
  const hashes = inlineHashes(dist);
  const common = ["  Referrer-Policy: strict-origin-when-cross-origin", "  X-Content-Type-Options: nosniff"];
  // Each page type gets its own rule, so no two CSPs ever apply to one path (hosts merge matching rules).
  const pages = pageRules(dist);
  const lines: string[] = ["# Made by src/integrations/security-headers.ts at build time: do not edit.", ""];
  for (const path of pages)
    lines.push(
      path,
      `  Content-Security-Policy: ${contentSecurityPolicy(hashes, "'none'")}`,
      "  X-Frame-Options: DENY",
      ...common,
      "",
    );
  // Embeds exist to be framed by other sites.
  for (const path of embedRules(dist))
    lines.push(path, `  Content-Security-Policy: ${contentSecurityPolicy(hashes, "*")}`, ...common, "");
  lines.push("/_astro/*", "  Cache-Control: public, max-age=31536000, immutable", "");
  return lines.join("\n");
}

/** Writes dist/_headers after every build. */
export function securityHeaders(): AstroIntegration {
  return {
    name: "security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, "_headers"), headersFile(dist));
        logger.info("wrote _headers (CSP with hashes of the inline scripts and styles)");
      },
    },
  };
}
