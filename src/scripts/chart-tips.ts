// Enhances every chart figure: a tooltip for each data mark on hover, tap and keyboard focus.
// The chart, its description and its table are all in the HTML already; this only adds the tips.
// Keyboard: Tab to the chart, arrow keys step through its marks, Home/End jump, Escape closes.

const TAP_RADIUS = 22;

function setUp(plot: HTMLElement): void {
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.hidden = true;
  tip.setAttribute("role", "status");
  tip.setAttribute("aria-live", "polite");
  plot.append(tip);
  let active: Element | null = null;

  const show = (mark: Element, at?: { x: number; y: number }) => {
    active?.classList.remove("is-active");
    active = mark;
    mark.classList.add("is-active");
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    const box = plot.getBoundingClientRect();
    const target = mark.getBoundingClientRect();
    const x = (at?.x ?? target.left + target.width / 2) - box.left;
    const y = (at?.y ?? target.top) - box.top;
    const left = Math.min(Math.max(0, x - tip.offsetWidth / 2), plot.clientWidth - tip.offsetWidth);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, y - tip.offsetHeight - 8)}px`;
  };
  const hide = () => {
    active?.classList.remove("is-active");
    active = null;
    tip.hidden = true;
  };

  plot.addEventListener("pointermove", (event) => {
    const mark = (event.target as Element).closest?.(".mark");
    if (mark && plot.contains(mark)) show(mark, { x: event.clientX, y: event.clientY });
    else if (event.pointerType === "mouse") hide();
  });
  plot.addEventListener("pointerleave", (event) => event.pointerType === "mouse" && hide());
  // A finger is broad: a tap within 22 px of a small mark (a 44 px target) counts as a tap on it.
  const nearest = (x: number, y: number): Element | null => {
    let best: Element | null = null;
    let bestDistance = TAP_RADIUS;
    for (const mark of plot.querySelectorAll(".mark")) {
      const r = mark.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const dx = Math.max(r.left - x, 0, x - r.right);
      const dy = Math.max(r.top - y, 0, y - r.bottom);
      const d = Math.hypot(dx, dy);
      if (
        d < bestDistance ||
        (d === 0 &&
          best !== null &&
          r.width * r.height < best.getBoundingClientRect().width * best.getBoundingClientRect().height)
      ) {
        best = mark;
        bestDistance = d;
      }
    }
    return best;
  };
  plot.addEventListener("pointerdown", (event) => {
    const hit = (event.target as Element).closest?.(".mark") ?? null;
    const mark = event.pointerType === "mouse" || hit ? hit : nearest(event.clientX, event.clientY);
    if (mark) show(mark, { x: event.clientX, y: event.clientY });
    else hide();
  });
  document.addEventListener("pointerdown", (event) => !plot.contains(event.target as Node) && hide());

  for (const svg of plot.querySelectorAll<SVGSVGElement>("svg.chart-svg")) {
    const marks = () => Array.from(svg.querySelectorAll(".mark"));
    svg.addEventListener("keydown", (event) => {
      const list = marks();
      if (list.length === 0) return;
      const index = active ? list.indexOf(active) : -1;
      let next: number | null = null;
      if (event.key === "ArrowRight" || event.key === "ArrowDown") next = index < 0 ? 0 : (index + 1) % list.length;
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = index <= 0 ? list.length - 1 : index - 1;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = list.length - 1;
      else if (event.key === "Escape") {
        hide();
        return;
      }
      if (next === null) return;
      event.preventDefault();
      show(list[next]!);
    });
    svg.addEventListener("blur", hide);
  }
}

for (const plot of document.querySelectorAll<HTMLElement>(".chart-plot")) setUp(plot);
