// Serves a built site on a free local port with Astro's own static preview server.
import { preview } from "astro";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Starts a server for `dist`; resolves to { origin, stop }. */
export async function serve(dist) {
  const server = await preview({ root: ROOT, outDir: resolve(dist), server: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
