// A chart's switch between its states (ChartFigure.astro) works with no script: its links set the
// URL's hash and CSS :target shows that state. The script only keeps the reader in place: the
// browser would scroll the chart's top into view and leave focus on the now hidden copy of the
// switch; here the page stays where it was and focus moves to the shown state's own switch.
document.addEventListener("click", (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>(".view-switch a");
  const target = link && document.getElementById(link.hash.slice(1));
  const figure = target?.closest(".chart");
  if (!link || !target || !figure || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const [x, y] = [scrollX, scrollY];
  // Setting the hash (not pushState) is what updates :target; it scrolls at once, undone before any paint.
  location.hash = link.hash;
  scrollTo(x, y);
  figure
    .querySelector<HTMLElement>(`.chart-head[data-state="${target.dataset.target}"] .view-switch [aria-current]`)
    ?.focus({ preventScroll: true });
});
