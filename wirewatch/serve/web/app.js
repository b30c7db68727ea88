// wirewatch's analyst page: map, timeline, filters, event list and event panel, over the HTTP
// API of `wirewatch serve` (same origin only; no request leaves the page's own host).
//
// Stable hooks for browser tests (ids, and data-testid with the same name unless noted):
//   #map                      the Leaflet map; markers are `.marker` (data-event-id, data-type,
//                             class status-<status>, .selected when open), clusters `.cluster`
//                             (data-count, .selected when they hold the open event); #map-key
//   #legend                   the type legend: `.legend-type[data-type]` buttons (a click filters
//                             by that type; aria-pressed on the current one)
//   #timeline                 the SVG timeline; bars `.timeline-bar` (data-day, data-type,
//                             data-count), the brush `.timeline-brush`; #timeline-caption,
//                             #timeline-reset ("All dates")
//   #filters                  the filter form: #filter-from, #filter-to (type=date),
//                             #filter-type (select), #filter-actor, #filter-country,
//                             #filter-text, #filter-reset
//   #status                   loading / error messages; body[data-state] is "loading",
//                             "ready" or "error", body[data-loads] counts finished loads
//   #event-count              "N events"; #event-list the table, rows `.event-row`
//                             (data-event-id, .selected when open)
//   #event-panel              the event panel (data-event-id when open, class "loading" while
//                             it loads): #event-fields rows `tr.field[data-field]`
//                             (data-testid field-<name>), #event-sources with `.source`
//                             (data-article-id), #event-disagreements, #article-view with
//                             `.article-text`, `.sentence` and `.evidence[data-field=...]`
//                             (the narrowest field covering the words; data-fields lists all;
//                             data-start/data-end: its offsets in the article's text),
//                             tabs `.tabs button[data-article-id]` (one per source article),
//                             #event-close; a rejected event: .rejected on the panel and
//                             #event-rejected (a badge)
//   #review                   the review loop (review.js): #corrections with
//                             `.correction[data-field]` (oldest first), the form #review-form:
//                             #review-field (select: event_type, sub_event_type, date, place,
//                             fatalities, actor1, actor2), #review-value (the value: a select of
//                             ACLED types or sub-types, a date, a place's name, a number, an
//                             actor's name), #review-value-end (date: last day, optional),
//                             #review-lat, #review-lon (place), #review-note, #review-author
//                             (kept in localStorage), #review-token (kept in sessionStorage),
//                             #review-submit, #review-reject (asks to confirm; "Restore" on a
//                             rejected event, data-rejected), #review-error (401/403/422 detail).
//                             Corrected rows of #event-fields: `tr.field.corrected`
//                             (data-corrected lists the corrected fields) with a `.badge.corrected`
//                             and the extracted value struck through (`.extracted del`)
// Page address: ?from=&to=&type=&actor=&country=&text= (the filters), &event=ID (the open
// event), &tiles=<URL template> (optional map tiles; off by default).

import { fetchEvents } from "./api.js";
import { createMap } from "./map.js";
import { createPanel } from "./panel.js";
import { h } from "./html.js";
import { ACLED_TYPES, LEGEND, OTHER, typeColor, typeKey } from "./taxonomy.js";
import { createTimeline } from "./timeline.js";

const FILTERS = ["from", "to", "type", "actor", "country", "text"];
const KEEP_PARAMS = ["tiles", "tiles_attribution"];

const $ = (selector) => document.querySelector(selector);
const inputs = Object.fromEntries(FILTERS.map((name) => [name, $(`#filter-${name}`)]));
const state = {
  events: [],
  total: 0,
  selected: null,
  controller: null,
  actors: new Set(),
  countries: new Set(),
};

const map = createMap($("#map"), { onSelect: (id) => openEvent(id) });
const timeline = createTimeline($("#timeline"), {
  onBrush: (from, to) => setFilters({ from, to }),
});
const panel = createPanel($("#event-panel"), {
  onClose: () => selectEvent(null),
  onChange: () => load(), // a correction or rejection: the list, map and timeline again
});

function fillTypeSelect() {
  const select = inputs.type;
  for (const type of ACLED_TYPES) {
    const group = document.createElement("optgroup");
    group.label = type.name;
    group.append(new Option(`${type.name} (all)`, type.name));
    for (const sub of type.sub) group.append(new Option(sub, sub));
    select.append(group);
  }
}

function currentFilters() {
  return Object.fromEntries(FILTERS.map((name) => [name, inputs[name].value.trim()]));
}

function setFilters(values) {
  for (const [name, value] of Object.entries(values)) inputs[name].value = value ?? "";
  load();
}

function writeAddress() {
  const params = new URLSearchParams();
  const old = new URLSearchParams(window.location.search);
  for (const name of KEEP_PARAMS) if (old.get(name)) params.set(name, old.get(name));
  for (const [name, value] of Object.entries(currentFilters())) if (value) params.set(name, value);
  if (state.selected) params.set("event", state.selected);
  const qs = params.toString();
  window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
}

function setStatus(text, kind = "") {
  const status = $("#status");
  status.textContent = text;
  status.className = kind;
}

async function load() {
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  const filters = currentFilters();
  writeAddress();
  document.body.dataset.state = "loading";
  setStatus("Loading…");
  try {
    const { total, events } = await fetchEvents(filters, controller.signal);
    if (controller.signal.aborted) return;
    state.events = events;
    state.total = total;
    render();
    setStatus("");
    document.body.dataset.state = "ready";
  } catch (error) {
    if (error.name === "AbortError") return;
    setStatus(`Could not load events: ${error.message}`, "error");
    document.body.dataset.state = "error";
  }
  document.body.dataset.loads = String(Number(document.body.dataset.loads ?? 0) + 1);
}

function render() {
  const { from, to } = currentFilters();
  map.setEvents(state.events);
  const drawn = timeline.render(state.events, { from: from || null, to: to || null });
  const notes = [`Events per ${drawn.unit} by type`];
  if (drawn.long) notes.push(`${drawn.long} over long periods not drawn`);
  if (drawn.undated) notes.push(`${drawn.undated} undated`);
  $("#timeline-caption").textContent = `${notes.join(" · ")} — drag to select dates`;
  $("#timeline-reset").hidden = !(from || to);
  renderLegend();
  renderList();
  learnNames();
  if (state.selected) map.select(state.selected);
}

/** The type legend with this selection's counts; a click shows only that type (again: all). */
function renderLegend() {
  const counts = new Map();
  for (const merged of state.events) {
    const key = typeKey(merged.event);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const current = inputs.type.value;
  const buttons = LEGEND.map(({ name, color }) =>
    h(
      "button",
      {
        type: "button",
        class: "legend-type",
        "data-type": name,
        "data-testid": "legend-type",
        "aria-pressed": String(current === name),
        disabled: name === OTHER.name,
        title:
          name === OTHER.name
            ? "Diplomacy (PLOVER only), running totals, displacement: no ACLED type"
            : current === name
              ? "Show all types"
              : `Show only ${name}`,
        onclick: () => setFilters({ type: current === name ? "" : name }),
      },
      h("i", { style: `background:${color}` }),
      name,
      h("span", { class: "n" }, counts.get(name) ?? 0),
    ),
  );
  $("#legend").replaceChildren(...buttons);
}

function renderList() {
  const shown = state.events.length;
  $("#event-count").textContent =
    `${state.total} event${state.total === 1 ? "" : "s"}` +
    (shown < state.total ? ` (the first ${shown} are shown)` : "");
  const rows = state.events.map((merged) => {
    const e = merged.event;
    const row = document.createElement("tr");
    row.className = "event-row";
    row.dataset.testid = "event-row";
    row.dataset.eventId = e.id;
    row.tabIndex = 0;
    if (e.id === state.selected) row.classList.add("selected");
    const date = e.when?.start
      ? e.when.end && e.when.end !== e.when.start
        ? `${e.when.start} – ${e.when.end}`
        : e.when.start
      : "undated";
    const type = e.sub_event_type || e.event_type || (e.plover ? `PLOVER ${e.plover}` : e.kind);
    const actors = [e.actor1?.name, e.actor2?.name].filter(Boolean).join(" → ");
    const disagree = merged.disagreements?.some((d) => d.field === "fatalities") ? "*" : "";
    const cells = [
      [date, "date"],
      [type, "type"],
      [[e.place?.name, e.place?.country].filter(Boolean).join(", "), "place"],
      [actors, ""],
      [e.fatalities?.best != null ? `${e.fatalities.best}${disagree}` : "", "num"],
      [String(e.sources?.length ?? 1), "num"],
      [e.status, `status status-${e.status}`],
    ];
    for (const [text, cls] of cells) {
      const cell = row.insertCell();
      cell.textContent = text;
      if (cls) cell.className = cls;
    }
    const dot = document.createElement("i");
    dot.className = "dot";
    dot.style.background = typeColor(typeKey(e));
    row.cells[1].prepend(dot);
    return row;
  });
  $("#event-list tbody").replaceChildren(...rows);
}

function learnNames() {
  for (const merged of state.events) {
    const e = merged.event;
    for (const a of [e.actor1, e.actor2]) if (a?.name) state.actors.add(a.name);
    if (e.place?.country) state.countries.add(e.place.country);
  }
  const options = (values) => [...values].sort().map((v) => new Option(v, v));
  $("#actor-names").replaceChildren(...options(state.actors));
  $("#country-codes").replaceChildren(...options(state.countries));
}

function selectEvent(id) {
  state.selected = id;
  document.querySelectorAll("#event-list .event-row").forEach((row) => {
    row.classList.toggle("selected", row.dataset.eventId === id);
    if (row.dataset.eventId === id) row.scrollIntoView({ block: "nearest" });
  });
  map.select(id);
  writeAddress();
}

function openEvent(id, { reveal = false } = {}) {
  selectEvent(id);
  if (reveal) map.select(id, { reveal: true });
  panel.open(id);
}

function wire() {
  const form = $("#filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  let timer = null;
  for (const name of FILTERS) {
    const input = inputs[name];
    input.addEventListener("change", () => {
      clearTimeout(timer);
      load();
    });
    if (input.type === "search") {
      input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(load, 500);
      });
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          clearTimeout(timer);
          load();
        }
      });
    }
  }
  $("#filter-reset").addEventListener("click", () =>
    setFilters(Object.fromEntries(FILTERS.map((n) => [n, ""]))),
  );
  $("#timeline-reset").addEventListener("click", () => setFilters({ from: "", to: "" }));
  const list = $("#event-list tbody");
  list.addEventListener("click", (event) => {
    const row = event.target.closest(".event-row");
    if (row) openEvent(row.dataset.eventId, { reveal: true });
  });
  list.addEventListener("keydown", (event) => {
    const row = event.target.closest(".event-row");
    if (row && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openEvent(row.dataset.eventId, { reveal: true });
    }
  });
  let resize = null;
  window.addEventListener("resize", () => {
    clearTimeout(resize);
    resize = setTimeout(() => {
      const { from, to } = currentFilters();
      timeline.render(state.events, { from: from || null, to: to || null });
    }, 150);
  });
}

function start() {
  fillTypeSelect();
  const params = new URLSearchParams(window.location.search);
  for (const name of FILTERS) if (params.get(name)) inputs[name].value = params.get(name);
  wire();
  const eventId = params.get("event");
  load().then(() => {
    if (eventId) openEvent(eventId, { reveal: true });
  });
}

start();
