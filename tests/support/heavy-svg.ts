// Map SVGs of a chosen gzip weight, for the weight checks: path data of pseudo-random digits
// (deterministic: the same arguments give the same text), which gzip can barely shrink.
import { gzipSync } from "node:zlib";

/** gzip level 9 bytes of a text, as the site checks weigh it. */
export const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

/** An `<svg class="chart-svg map">` of at least `minGzip` bytes gzip; `attrs` go on the root as they are. */
export function heavyMapSvg(minGzip: number, attrs = 'class="chart-svg map"'): string {
  let seed = 2463534242;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % 1000;
  };
  let d = "M0 0";
  const svg = () => `<svg ${attrs} viewBox="0 0 620 570" role="img" aria-label="map"><path d="${d}"/></svg>`;
  while (gzipBytes(svg()) < minGzip) for (let i = 0; i < 200; i++) d += `l${random()} ${random()}`;
  return svg();
}
