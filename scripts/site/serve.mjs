// Serves a built site with Astro's own static preview server, through its programmatic API: the
// `astro preview` command refuses to start while another preview of the project runs (Astro 7), which
// would stop the checks whenever a developer has one open.
// As a command: node scripts/site/serve.mjs [dist] [port] — serves until killed (Playwright's web server).
import { preview } from "astro";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Starts a server for `dist` on 127.0.0.1 (port 0: any free one); resolves to { origin, stop }. */
export async function serve(dist, port = 0) {
  const server = await preview({
    root: ROOT,
    outDir: resolve(dist),
    server: { host: "127.0.0.1", port },
    logLevel: "error",
  });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await serve(process.argv[2] ?? "dist", Number(process.argv[3] ?? 4321));
  console.log(`serving ${process.argv[2] ?? "dist"} at ${origin}/`);
}
