import { readFileSync } from "node:fs";
import { join } from "node:path";
import { viewBoxSize } from "../chart-page/view-box";
import { FONT } from "../text/measure";

// Read from the project (the build and the tests run at its root): the stylesheet is the one source of colours.
const css = readFileSync(join(process.cwd(), "src", "styles", "tokens.css"), "utf8");

/** The font the share images and PNG downloads are drawn with (from @expo-google-fonts/noto-sans-sc). */
export const IMAGE_FONT = "Noto Sans SC";

type Theme = "light" | "dark";

/**
 * The site's colours by name, read from the stylesheet itself (one source of truth): each
 * `--name: light-dark(a, b)` gives a for light and b for dark; other custom properties are kept as is.
 */
export function palette(theme: Theme): Map<string, string> {
  const colours = new Map<string, string>();
  const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
  for (const [, name, value] of root.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(value!.trim());
    colours.set(name!, pair ? (theme === "light" ? pair[1]! : pair[2]!).trim() : value!.trim());
  }
  return colours;
}

/**
 * A chart's SVG made to stand alone (a download, a share image): the page's CSS variables replaced by
 * their colours, currentColor given a colour, the font named first, and a background.
 */
export function standaloneSvg(svg: string, theme: Theme = "light"): string {
  const colours = palette(theme);
  const resolved = svg.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => colours.get(name) ?? whole);
  const { width, height } = viewBoxSize(resolved);
  const background = `<rect width="${width}" height="${height}" fill="${colours.get("--bg")}"/>`;
  return resolved
    .replace(/<svg([^>]*)>/, (_, attrs: string) => {
      const cleaned = attrs
        .replace(/\s(role|aria-[\w-]+|tabindex|class)="[^"]*"/g, "")
        .replace(/font-family="[^"]*"/, `font-family="${IMAGE_FONT}, ${FONT.family.replace(/'/g, "")}"`);
      const ns = cleaned.includes("xmlns=") ? "" : ' xmlns="http://www.w3.org/2000/svg"';
      return `<svg${cleaned}${ns} color="${colours.get("--text")}">${background}`;
    })
    .replace(/\sdata-tip="[^"]*"/g, "");
}
