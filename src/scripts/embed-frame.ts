// Runs inside /embed/<id>/: applies ?theme= and ?transparent=, and tells the host page the content's
// height on load and whenever it changes (it shrinks as well as grows), in our own message and in the
// shapes Datawrapper, Pym.js and AMP listeners already understand.

// Part of the site's one module (site.ts): on any page but an embed (no #embed) it does nothing.
const params = new URLSearchParams(location.search);
const root = document.documentElement;
const content = document.getElementById("embed");
const theme = params.get("theme");
if (content && (theme === "light" || theme === "dark")) root.dataset.theme = theme;
if (content && params.has("transparent")) root.dataset.transparent = "";

const chart = root.dataset.chart ?? "";
const childId = params.get("childId");
let last = -1;

function post(height: number): void {
  const parent = window.parent;
  parent.postMessage({ type: "pinghu-wanzhou:embed-size", chart, height }, "*");
  parent.postMessage({ "datawrapper-height": { [chart]: height } }, "*");
  parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  if (childId) parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, "*");
}

function measure(content: HTMLElement): void {
  const style = getComputedStyle(content);
  const height = Math.ceil(
    content.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
  );
  if (height !== last && height > 0) {
    last = height;
    post(height);
  }
}

if (window.parent !== window && content) {
  new ResizeObserver(() => measure(content)).observe(content);
  addEventListener("load", () => measure(content));
  measure(content);
}
