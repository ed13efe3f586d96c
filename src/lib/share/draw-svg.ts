// SVG to pixels for the share cards and chart PNGs (and the tests that look at them), with resvg's
// WebAssembly build and the CJK font held in memory. resvg's native build (@resvg/resvg-js) can only
// be given font files, and reads the whole 10.5 MB file again for every glyph it draws: a build spent
// most of its image time there, and long text made it minutes. Given the bytes, the WebAssembly build
// draws the same PNGs, byte for byte, several times faster.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initWasm, Resvg, type ResvgRenderOptions } from "@resvg/resvg-wasm";
import { IMAGE_FONT } from "./standalone-svg";

const require = createRequire(import.meta.url);
/** The CJK font files images are drawn with: an npm package, so every machine draws the same. */
export const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
];

let fonts: Uint8Array[] | undefined;
/** The font files' bytes, read once. */
export function imageFonts(): Uint8Array[] {
  return (fonts ??= FONT_FILES.map((file) => readFileSync(file)));
}

let ready: Promise<void> | undefined;
/** Loads resvg's WebAssembly, once a process (it refuses a second time, even from another copy of this module). */
function loadResvg(): Promise<void> {
  ready ??= initWasm(readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm"))).catch((error: unknown) => {
    if (!String(error).includes("Already initialized")) throw error;
  });
  return ready;
}

type Rendered = ReturnType<InstanceType<typeof Resvg>["render"]>;

/**
 * Draws an SVG with the given fonts only (no system fonts: no machine-dependent output) and reads what
 * is needed from the image before its WebAssembly memory is freed.
 */
export async function drawSvg<T>(
  svg: string,
  fitTo: ResvgRenderOptions["fitTo"],
  read: (image: Rendered) => T,
  fontBuffers: Uint8Array[] = imageFonts(),
): Promise<T> {
  await loadResvg();
  const resvg = new Resvg(svg, { fitTo, font: { fontBuffers, defaultFontFamily: IMAGE_FONT } });
  const image = resvg.render();
  try {
    return read(image);
  } finally {
    image.free();
    resvg.free();
  }
}

/** Draws an SVG to PNG at a given width, with the CJK font. */
export function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  return drawSvg(svg, { mode: "width", value: width }, (image) => image.asPng());
}
