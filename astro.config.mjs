// @ts-check
import { defineConfig } from "astro/config";
import { satteri } from "@astrojs/markdown-satteri";
import { headingAnchors, sentenceAnchors } from "./src/lib/markdown/sentence-anchors.ts";
import { chartDirective } from "./src/lib/markdown/chart-directive.ts";
import { sentenceDirective } from "./src/lib/markdown/sentence-directive.ts";
import { CHART_IDS } from "./src/charts/index.ts";
import { inputCheck } from "./src/integrations/input-check.ts";
import { securityHeaders } from "./src/integrations/security-headers.ts";
import { stagedOutDir } from "./src/integrations/staged-out-dir.ts";
import { edition404 } from "./src/integrations/edition-404.ts";

// The public origin, for canonical and share URLs. Override at build: SITE_URL=https://… npm run build
const site = process.env.SITE_URL ?? "https://pinghu-wanzhou.pages.dev";

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  // First paint in one round trip: a page's CSS comes inside its HTML (no render-blocking request;
  // the security-headers integration hashes inline styles into the CSP like any other).
  build: { format: "directory", inlineStylesheets: "always" },
  vite: {
    build: {
      // The page's one small script module (src/scripts/site.ts, about 1 KB gzip) inline too, hashed
      // into the CSP: no request before the page is interactive. Other assets keep Vite's default.
      assetsInlineLimit: (file, content) => (file.endsWith(".js") ? content.length < 16 * 1024 : undefined),
    },
  },
  // No telemetry, no dev toolbar: nothing may call outside the machine.
  devToolbar: { enabled: false },
  // In this order: the input is checked before anything is built; the build goes to a staging folder
  // that replaces dist/ only when the build is done, after _headers is written into it.
  // The English edition's 404 page is moved to /en/404.html before _headers is written.
  integrations: [inputCheck(), edition404("en"), securityHeaders(), stagedOutDir()],
  markdown: {
    processor: satteri({
      // The article's own punctuation (curly quotes “ ”, ——) is kept exactly as printed.
      features: { smartPunctuation: false, directive: true },
      mdastPlugins: [chartDirective(CHART_IDS), sentenceDirective],
      hastPlugins: [sentenceAnchors, headingAnchors],
    }),
  },
});
