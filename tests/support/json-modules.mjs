// A Node module hook for Playwright, which runs the tests in Node's own ESM loader: Vite (the
// build, Vitest) imports JSON as `import data from "./x.json"`, Node only with
// `with { type: "json" }`. The browser tests import the chart registry (src/charts/index.ts),
// which reaches the map's JSON, so JSON files load as JSON here too. Registered by playwright.config.ts.
export async function load(url, context, nextLoad) {
  if (new URL(url).pathname.endsWith(".json") && context.importAttributes?.type === undefined) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return nextLoad(url, context);
}
