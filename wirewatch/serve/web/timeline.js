// The timeline: events per day (per week or month over long windows) as bars stacked by ACLED
// type, drawn in plain SVG, with brushing: drag across it to pick a date range.

import { LEGEND, typeKey } from "./taxonomy.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const LONG_EVENT_DAYS = 31; // running totals and long ongoing events are not one day's events
const MARGIN = { left: 34, right: 12, top: 8, bottom: 22 };

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD...), or null. */
export function dayNumber(iso) {
  if (!iso) return null;
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Number.isFinite(y + m + d) ? Math.round(Date.UTC(y, m - 1, d) / DAY_MS) : null;
}

export function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function monthStart(day) {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
}

function nextMonth(day) {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

/** Bins of a window: day up to three months, week (from Monday) up to two years, else month. */
export function binning(first, last) {
  const span = last - first + 1;
  if (span <= 92) return { unit: "day", start: (d) => d, next: (d) => d + 1 };
  if (span <= 731) return { unit: "week", start: (d) => d - ((d + 3) % 7), next: (d) => d + 7 };
  return { unit: "month", start: monthStart, next: nextMonth };
}

function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

function ticks(first, end, width, unit) {
  const room = Math.max(2, Math.floor(width / 78));
  const steps = [];
  if (unit === "day") steps.push(["day", 1], ["day", 2], ["day", 7], ["day", 14]);
  steps.push(["month", 1], ["month", 3], ["month", 6], ["year", 1], ["year", 2], ["year", 5]);
  for (const [kind, n] of steps) {
    const out = [];
    if (kind === "day") {
      for (let d = first; d < end; d++) if ((d - first) % n === 0) out.push(d);
    } else {
      for (let d = monthStart(first); d < end; d = nextMonth(d)) {
        const date = new Date(d * DAY_MS);
        const month = date.getUTCMonth();
        const year = date.getUTCFullYear();
        const keep = kind === "month" ? month % n === 0 : month === 0 && year % n === 0;
        if (keep && d >= first) out.push(d);
      }
    }
    if (out.length <= room && out.length > 0) return { days: out, kind };
  }
  return { days: [first], kind: "day" };
}

function tickLabel(day, kind) {
  const iso = isoDay(day);
  if (kind === "year") return iso.slice(0, 4);
  if (kind === "month") return iso.slice(0, 7);
  return iso.slice(5);
}

/**
 * A timeline in `container`; `onBrush(from, to)` gets ISO dates when a range is picked.
 * render(events, {from, to}) draws the events; the window is [from, to] when set, else the
 * events' own extent.
 */
export function createTimeline(container, { onBrush }) {
  let state = null;

  function render(events, window = {}) {
    const dated = [];
    let undated = 0;
    let long = 0;
    for (const merged of events) {
      const start = dayNumber(merged.event.when?.start);
      const end = dayNumber(merged.event.when?.end) ?? start;
      if (start == null) undated += 1;
      else if (end - start > LONG_EVENT_DAYS) long += 1;
      else dated.push({ day: start, key: typeKey(merged.event) });
    }
    let first = dayNumber(window.from) ?? Math.min(...dated.map((d) => d.day));
    let last = dayNumber(window.to) ?? Math.max(...dated.map((d) => d.day));
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      first = last = Math.round(Date.now() / DAY_MS);
    }
    if (last - first < 6) {
      const pad = Math.ceil((6 - (last - first)) / 2);
      if (window.from == null) first -= pad;
      if (window.to == null) last += pad;
    }
    const bins = binning(first, last);
    const domainStart = bins.start(first);
    const domainEnd = bins.next(bins.start(last)); // exclusive
    const counts = new Map();
    for (const { day, key } of dated) {
      const bin = bins.start(Math.min(Math.max(day, first), last));
      if (!counts.has(bin)) counts.set(bin, new Map());
      counts.get(bin).set(key, (counts.get(bin).get(key) ?? 0) + 1);
    }
    state = { bins, domainStart, domainEnd };
    draw(counts, dated.length);
    return { unit: bins.unit, drawn: dated.length, undated, long };
  }

  function draw(counts, drawn) {
    const { bins, domainStart, domainEnd } = state;
    const width = Math.max(container.clientWidth, 200);
    const height = Math.max(container.clientHeight, 110);
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const x = (day) => MARGIN.left + ((day - domainStart) / (domainEnd - domainStart)) * plotW;
    const max = Math.max(
      1,
      ...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)),
    );
    const y = (n) => (n / max) * plotH;
    state.x = x;
    state.plot = { left: MARGIN.left, right: MARGIN.left + plotW };

    const svg = el("svg", { width, height, class: "timeline-svg", role: "img" });
    el("title", {}, svg).textContent = `Events per ${bins.unit} by type`;
    const axis = el("g", { class: "timeline-axis" }, svg);
    el(
      "line",
      { x1: MARGIN.left, x2: MARGIN.left + plotW, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH },
      axis,
    );
    const tickSet = ticks(domainStart, domainEnd, plotW, bins.unit);
    for (const day of tickSet.days) {
      const tx = x(day);
      el("line", { x1: tx, x2: tx, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 4 }, axis);
      const label = el("text", { x: tx, y: height - 6, "text-anchor": "middle" }, axis);
      label.textContent = tickLabel(day, tickSet.kind);
    }
    for (const n of [max, Math.round(max / 2)].filter((v, i, a) => v > 0 && a.indexOf(v) === i)) {
      const ty = MARGIN.top + plotH - y(n);
      el("line", { x1: MARGIN.left, x2: MARGIN.left + plotW, y1: ty, y2: ty, class: "grid" }, axis);
      const label = el("text", { x: MARGIN.left - 6, y: ty + 4, "text-anchor": "end" }, axis);
      label.textContent = n;
    }

    const bars = el("g", { class: "timeline-bars" }, svg);
    for (const [bin, byType] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
      const slot = x(bins.next(bin)) - x(bin);
      const w = Math.min(Math.max(slot - 1, 2), 28); // a few wide bins stay bars, not blocks
      const x0 = x(bin) + (slot - w) / 2;
      let stacked = 0;
      for (const { name, color } of LEGEND) {
        const n = byType.get(name);
        if (!n) continue;
        const h = y(n);
        const rect = el(
          "rect",
          {
            x: x0,
            y: MARGIN.top + plotH - y(stacked) - h,
            width: w,
            height: h,
            fill: color,
            class: "timeline-bar",
            "data-testid": "timeline-bar",
            "data-day": isoDay(bin),
            "data-type": name,
            "data-count": n,
          },
          bars,
        );
        const until = bins.unit === "day" ? "" : `–${isoDay(bins.next(bin) - 1)}`;
        el("title", {}, rect).textContent = `${isoDay(bin)}${until} · ${name}: ${n}`;
        stacked += n;
      }
    }
    if (!drawn) {
      const empty = el(
        "text",
        {
          x: MARGIN.left + plotW / 2,
          y: MARGIN.top + plotH / 2,
          "text-anchor": "middle",
          class: "timeline-empty",
        },
        svg,
      );
      empty.textContent = "No dated events in this window";
    }
    const brush = el(
      "rect",
      {
        class: "timeline-brush",
        "data-testid": "timeline-brush",
        x: 0,
        y: MARGIN.top,
        width: 0,
        height: plotH,
        visibility: "hidden",
      },
      svg,
    );
    // The whole width takes drags, so that one started just off the plot still counts.
    const overlay = el(
      "rect",
      { class: "timeline-overlay", x: 0, y: 0, width, height: MARGIN.top + plotH },
      svg,
    );
    attachBrush(svg, overlay, brush);
    container.replaceChildren(svg);
  }

  /** Pixel to the first day of its bin, kept inside the window. */
  function binAt(px) {
    const { bins, domainStart, domainEnd, plot } = state;
    const ratio =
      (Math.min(Math.max(px, plot.left), plot.right - 0.01) - plot.left) / (plot.right - plot.left);
    return bins.start(Math.floor(domainStart + ratio * (domainEnd - domainStart)));
  }

  function attachBrush(svg, overlay, brush) {
    let startX = null;
    const localX = (event) => event.clientX - svg.getBoundingClientRect().left;
    overlay.addEventListener("pointerdown", (event) => {
      startX = Math.min(Math.max(localX(event), state.plot.left), state.plot.right);
      overlay.setPointerCapture(event.pointerId);
      brush.setAttribute("visibility", "visible");
      brush.setAttribute("x", startX);
      brush.setAttribute("width", 0);
    });
    overlay.addEventListener("pointermove", (event) => {
      if (startX == null) return;
      const now = Math.min(Math.max(localX(event), state.plot.left), state.plot.right);
      brush.setAttribute("x", Math.min(startX, now));
      brush.setAttribute("width", Math.abs(now - startX));
    });
    const finish = (event) => {
      if (startX == null) return;
      const endX = localX(event);
      const [a, b] = [Math.min(startX, endX), Math.max(startX, endX)];
      startX = null;
      const { bins } = state;
      const fromBin = binAt(a);
      const toBin = binAt(b); // a click (no drag) picks its one bin
      onBrush(isoDay(fromBin), isoDay(bins.next(toBin) - 1));
    };
    overlay.addEventListener("pointerup", finish);
    overlay.addEventListener("pointercancel", () => {
      startX = null;
      brush.setAttribute("visibility", "hidden");
    });
  }

  return { render };
}
