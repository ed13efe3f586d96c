// The response headers of dist/_headers (made by src/integrations/security-headers.ts), read as the
// static hosts that honour the file read it (Netlify, Cloudflare Pages): a rule is a path pattern, where
// `*` stands for any run of characters, and its indented `Name: value` lines; a path gets the headers of
// every rule that matches it. check:site proves with them that every page is sent a
// Content-Security-Policy, exactly one, that forbids framing it unless it is an embed.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pageType } from "./weight.mjs";

/** @typedef {{ path: string, headers: Record<string, string> }} HeaderRule */

/**
 * The rules of a _headers file, in order.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const at = line.indexOf(":");
      const rule = rules.at(-1);
      if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * The rules whose pattern matches a URL path.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 */
export function rulesFor(rules, pathname) {
  const matches = (/** @type {string} */ pattern) =>
    new RegExp(`^${pattern.split("*").map(escape).join(".*")}$`).test(pathname);
  return rules.filter((rule) => matches(rule.path));
}

/**
 * The headers a host sends for a URL path: those of every matching rule. Where two rules give one
 * header, the later one's value stands here; a host joins both, which is why checkHeaders allows only
 * one rule with a CSP a path.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  return Object.assign({}, ...rulesFor(rules, pathname).map((rule) => rule.headers));
}

/** @param {string} text */
function escape(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

/** What a page's CSP must say of framing: embeds exist to be framed by any site, nothing else may be. */
export const FRAME_ANCESTORS = { embed: "*", page: "'none'" };

/**
 * Each page of `pages` ({ file, path }) that a host would serve without exactly one
 * Content-Security-Policy, or with one whose frame-ancestors is not its kind's. A page is checked at
 * each address that serves it: /a/ and /a/index.html.
 * @param {string} dist
 * @param {{ file: string, path: string }[]} pages
 * @returns {string[]}
 */
export function checkHeaders(dist, pages) {
  const file = join(dist, "_headers");
  if (!existsSync(file)) return [`_headers: no such file in ${dist}, so no page is sent a Content-Security-Policy`];
  const rules = parseHeaders(readFileSync(file, "utf8"));
  const problems = [];
  for (const page of pages) {
    const addresses = new Set([page.path, "/" + relative(dist, page.file).replace(/\\/g, "/")]);
    const expected = pageType(page.path) === "embed" ? FRAME_ANCESTORS.embed : FRAME_ANCESTORS.page;
    for (const address of addresses) {
      const csps = rulesFor(rules, address).filter((rule) => rule.headers["Content-Security-Policy"]);
      if (csps.length === 0) {
        problems.push(`${address}: no _headers rule gives it a Content-Security-Policy`);
        continue;
      }
      if (csps.length > 1) {
        const patterns = csps.map((rule) => rule.path).join(", ");
        problems.push(`${address}: ${csps.length} _headers rules give it a Content-Security-Policy (${patterns})`);
        continue;
      }
      const policy = csps[0].headers["Content-Security-Policy"];
      const ancestors = /(?:^|;)\s*frame-ancestors\s+([^;]*)/.exec(policy)?.[1]?.trim();
      if (ancestors !== expected)
        problems.push(
          `${address}: its Content-Security-Policy (${csps[0].path}) has frame-ancestors ${ancestors ?? "missing"}, ` +
            `not ${expected}`,
        );
    }
  }
  return problems;
}
