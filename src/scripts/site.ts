// The site's one script module: every page that shows a chart loads it once (ChartFigure.astro), so
// a page makes no script request of its own and the module arrives inline with the HTML. Each part
// only enhances what the HTML already does, and acts only where its elements are.
import "./chart-tips.ts";
import "./copy-text.ts";
import "./share-sheet.ts";
import "./embed-frame.ts";
import "./view-switch.ts";
