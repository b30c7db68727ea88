// The review loop in the event panel: the event's corrections, a form to correct one field
// (POST /api/events/{id}/corrections with the API's bearer token) and a button to reject the
// event. The analyst's name is remembered in localStorage; the token only in sessionStorage
// (it is gone when the tab is closed).

import { postCorrection } from "./api.js";
import { h } from "./html.js";
import { ACLED_TYPES } from "./taxonomy.js";

// The fields the API corrects, and the row of the fields table each one changes.
export const CORRECTABLE = [
  { field: "event_type", label: "Event type", row: "type" },
  { field: "sub_event_type", label: "Sub-event type", row: "type" },
  { field: "date", label: "Date", row: "when" },
  { field: "place", label: "Place", row: "place" },
  { field: "fatalities", label: "Fatalities", row: "fatalities" },
  { field: "actor1", label: "Actor 1", row: "actor1" },
  { field: "actor2", label: "Actor 2", row: "actor2" },
];
const LABELS = new Map([
  ...CORRECTABLE.map((c) => [c.field, c.label]),
  ["rejected", "Rejected"],
]);
const ROWS = new Map([...CORRECTABLE.map((c) => [c.field, c.row]), ["rejected", "status"]]);

const AUTHOR_KEY = "wirewatch.review.author";
const TOKEN_KEY = "wirewatch.review.token";

function stored(storage, key) {
  try {
    return window[storage].getItem(key) ?? "";
  } catch {
    return ""; // storage may be disabled
  }
}

function store(storage, key, value) {
  try {
    if (value) window[storage].setItem(key, value);
    else window[storage].removeItem(key);
  } catch {
    // storage may be disabled: the value is just not remembered
  }
}

/** The latest correction per corrected field (corrections come oldest first). */
export function latestCorrections(record) {
  return new Map((record.corrections ?? []).map((c) => [c.field, c]));
}

/** Whether the event's latest `rejected` correction rejects it. */
export function isRejected(record) {
  return latestCorrections(record).get("rejected")?.value === true;
}

/** The fields-table rows (type, when, place, ...) that carry a correction: row → fields. */
export function correctedRows(record) {
  const rows = new Map();
  for (const field of latestCorrections(record).keys()) {
    const row = ROWS.get(field);
    if (!row || (field === "rejected" && !isRejected(record))) continue;
    rows.set(row, [...(rows.get(row) ?? []), field]);
  }
  return rows;
}

/** A correction's value in words. */
export function correctionText(correction) {
  const v = correction.value;
  if (correction.field === "place" && v && typeof v === "object") {
    const where = v.latitude != null ? ` (${v.latitude}, ${v.longitude})` : "";
    return `${v.name ?? ""}${where}`;
  }
  if (correction.field === "rejected") return v === true ? "rejected" : "restored";
  if (correction.field === "date") return String(v).replace("/", " – ");
  return String(v);
}

function when(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso ?? "";
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

function correctionsList(record) {
  const corrections = record.corrections ?? [];
  if (!corrections.length) {
    return h("p", { class: "no-corrections", id: "corrections" }, "No corrections yet.");
  }
  return h(
    "ol",
    { class: "corrections", id: "corrections", "data-testid": "corrections" },
    corrections.map((c) =>
      h(
        "li",
        { class: "correction", "data-field": c.field, "data-testid": "correction" },
        h("strong", { class: "correction-field" }, LABELS.get(c.field) ?? c.field),
        " → ",
        h("span", { class: "correction-value" }, correctionText(c)),
        h(
          "div",
          { class: "correction-meta" },
          h("span", { class: "correction-author" }, c.author),
          ` · ${when(c.created_at)}`,
        ),
        c.note ? h("div", { class: "correction-note" }, c.note) : null,
      ),
    ),
  );
}

/** The value input(s) suited to `field`, filled with the event's current value. */
function valueInputs(field, event) {
  const id = "review-value";
  if (field === "event_type") {
    const select = h(
      "select",
      { id, "data-testid": id },
      ACLED_TYPES.map((t) => new Option(t.name, t.name)),
    );
    if (event.event_type) select.value = event.event_type;
    return [h("label", {}, "Type ", select)];
  }
  if (field === "sub_event_type") {
    const select = h(
      "select",
      { id, "data-testid": id },
      ACLED_TYPES.map((t) =>
        h("optgroup", { label: t.name }, t.sub.map((s) => new Option(s, s))),
      ),
    );
    if (event.sub_event_type) select.value = event.sub_event_type;
    return [h("label", {}, "Sub-type ", select)];
  }
  if (field === "date") {
    const start = event.when?.start ?? "";
    const end = event.when?.end && event.when.end !== start ? event.when.end : "";
    return [
      h("label", {}, "From ", h("input", { id, "data-testid": id, type: "date", value: start })),
      h(
        "label",
        {},
        "to ",
        h("input", {
          id: "review-value-end",
          "data-testid": "review-value-end",
          type: "date",
          value: end,
        }),
        h("span", { class: "hint" }, " (empty: one day)"),
      ),
    ];
  }
  if (field === "place") {
    const p = event.place ?? {};
    return [
      h(
        "label",
        {},
        "Name ",
        h("input", { id, "data-testid": id, type: "text", value: p.name ?? "" }),
      ),
      h(
        "label",
        {},
        "Lat ",
        h("input", {
          id: "review-lat",
          "data-testid": "review-lat",
          type: "number",
          step: "any",
          min: -90,
          max: 90,
          value: p.latitude ?? "",
        }),
      ),
      h(
        "label",
        {},
        "Lon ",
        h("input", {
          id: "review-lon",
          "data-testid": "review-lon",
          type: "number",
          step: "any",
          min: -180,
          max: 180,
          value: p.longitude ?? "",
        }),
      ),
    ];
  }
  if (field === "fatalities") {
    const best = event.fatalities?.best ?? event.fatalities?.value ?? "";
    return [
      h(
        "label",
        {},
        "Killed ",
        h("input", { id, "data-testid": id, type: "number", min: 0, step: 1, value: best }),
      ),
    ];
  }
  // actor1, actor2: a name (the page's list of known actors is offered)
  return [
    h(
      "label",
      {},
      "Name ",
      h("input", {
        id,
        "data-testid": id,
        type: "text",
        list: "actor-names",
        value: event[field]?.name ?? "",
      }),
    ),
  ];
}

/** The value to post for `field`, read from the form; an Error when it is missing. */
function readValue(field, form) {
  const input = (id) => form.querySelector(`#${id}`)?.value.trim() ?? "";
  const value = input("review-value");
  if (field === "date") {
    const end = input("review-value-end");
    if (!value) throw new Error("Give a date.");
    return end && end !== value ? `${value}/${end}` : value;
  }
  if (field === "place") {
    const lat = input("review-lat");
    const lon = input("review-lon");
    if (!value) throw new Error("Give the place's name.");
    if (!lat !== !lon) throw new Error("Give both latitude and longitude, or neither.");
    return { name: value, latitude: lat ? Number(lat) : null, longitude: lon ? Number(lon) : null };
  }
  if (field === "fatalities") {
    if (!/^\d+$/.test(value)) throw new Error("Fatalities must be a whole number, 0 or more.");
    return Number(value);
  }
  if (!value) throw new Error("Give a value.");
  return value;
}

function errorText(error) {
  if (error.status === 401) return `The token was refused: ${error.message}`;
  if (error.status === 403) return `This server takes no corrections: ${error.message}`;
  return error.message;
}

/**
 * The #review section for an event detail (GET /api/events/{id}); `onCorrected(detail)` gets
 * the corrected event the API answers.
 */
export function reviewSection(detail, { onCorrected }) {
  const record = detail.event;
  const event = record.event;
  const rejected = isRejected(record);
  const fieldSelect = h(
    "select",
    { id: "review-field", "data-testid": "review-field", name: "field" },
    CORRECTABLE.map((c) => new Option(c.label, c.field)),
  );
  fieldSelect.value = "fatalities";
  const valueBox = h("div", { class: "review-value", id: "review-value-box" });
  const author = h("input", {
    id: "review-author",
    "data-testid": "review-author",
    type: "text",
    autocomplete: "name",
    placeholder: "your name",
    value: stored("localStorage", AUTHOR_KEY),
  });
  const token = h("input", {
    id: "review-token",
    "data-testid": "review-token",
    type: "password",
    autocomplete: "off",
    placeholder: "API token",
    value: stored("sessionStorage", TOKEN_KEY),
  });
  const note = h("input", {
    id: "review-note",
    "data-testid": "review-note",
    type: "text",
    placeholder: "why (optional)",
  });
  const error = h("p", {
    class: "error",
    id: "review-error",
    "data-testid": "review-error",
    role: "alert",
    hidden: true,
  });
  const submit = h(
    "button",
    { type: "submit", id: "review-submit", "data-testid": "review-submit" },
    "Save correction",
  );
  const reject = h(
    "button",
    {
      type: "button",
      id: "review-reject",
      "data-testid": "review-reject",
      class: rejected ? "restore" : "reject",
      "data-rejected": String(rejected),
    },
    rejected ? "Restore this event" : "Reject this event",
  );

  const showValue = () => valueBox.replaceChildren(...valueInputs(fieldSelect.value, event));
  fieldSelect.addEventListener("change", showValue);
  showValue();
  author.addEventListener("change", () => store("localStorage", AUTHOR_KEY, author.value.trim()));
  token.addEventListener("change", () => store("sessionStorage", TOKEN_KEY, token.value.trim()));

  const form = h(
    "form",
    { class: "review-form", id: "review-form", "data-testid": "review-form", autocomplete: "off" },
    h("div", { class: "review-row" }, h("label", {}, "Field ", fieldSelect), valueBox),
    h("div", { class: "review-row" }, h("label", { class: "wide" }, "Note ", note)),
    h(
      "div",
      { class: "review-row" },
      h("label", {}, "Analyst ", author),
      h("label", {}, "Token ", token),
    ),
    error,
    h("div", { class: "review-row buttons" }, submit, reject),
  );

  async function send(field, value) {
    error.hidden = true;
    error.textContent = "";
    const name = author.value.trim();
    const key = token.value.trim();
    store("localStorage", AUTHOR_KEY, name);
    store("sessionStorage", TOKEN_KEY, key);
    if (!name) throw new Error("Give your name as the analyst.");
    if (!key) throw new Error("Give the API token (the one the server was started with).");
    form.classList.add("busy");
    submit.disabled = reject.disabled = true;
    try {
      const answer = await postCorrection(
        event.id,
        { field, value, author: name, note: note.value.trim() },
        key,
      );
      onCorrected(answer);
    } finally {
      form.classList.remove("busy");
      submit.disabled = reject.disabled = false;
    }
  }

  function fail(e) {
    error.textContent = errorText(e);
    error.hidden = false;
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    let value;
    try {
      value = readValue(fieldSelect.value, form);
    } catch (problem) {
      fail(problem);
      return;
    }
    send(fieldSelect.value, value).catch(fail);
  });
  reject.addEventListener("click", () => {
    const question = rejected
      ? "Restore this event? It will be listed again."
      : "Reject this event? It leaves the list, the map and the statistics (it can be restored).";
    if (!window.confirm(question)) return;
    send("rejected", !rejected).catch(fail);
  });

  return h(
    "section",
    { class: "review", id: "review", "data-testid": "review" },
    h("h3", {}, "Review"),
    rejected ? h("p", { class: "rejected-note" }, "An analyst rejected this event.") : null,
    h("h4", {}, `Corrections (${(record.corrections ?? []).length})`),
    correctionsList(record),
    h("h4", {}, "Correct a field"),
    form,
  );
}
