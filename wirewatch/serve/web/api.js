// The HTTP API the page reads (same origin, relative URLs only: the page never calls another
// host). Errors come back as exceptions whose message a person can act on.

export const PAGE_SIZE = 1000; // the API's largest page
export const MAX_EVENTS = 5000; // how many events the page loads for the map and the timeline

/** A query string from filters; empty values are left out. */
export function queryString(filters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && String(value).trim() !== "") {
      params.set(key, String(value).trim());
    }
  }
  return params.toString();
}

async function getJSON(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new Error(`the wirewatch server does not answer (${path})`);
  }
  if (!response.ok) throw await apiError(response);
  return response.json();
}

/** An Error carrying the API's `detail` (and the answer's `status`) for a failed answer. */
async function apiError(response) {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (body && body.detail) {
      detail = Array.isArray(body.detail) // a validation error: one message per parameter
        ? body.detail.map((d) => `${(d.loc ?? []).slice(-1)[0] ?? ""}: ${d.msg}`).join("; ")
        : String(body.detail);
    }
  } catch {
    // not JSON: keep the status line
  }
  const error = new Error(detail);
  error.status = response.status;
  return error;
}

/** Merged events matching the filters, page after page up to MAX_EVENTS. */
export async function fetchEvents(filters, signal) {
  const events = [];
  let total = 0;
  for (let offset = 0; offset < MAX_EVENTS; offset += PAGE_SIZE) {
    const qs = queryString({ ...filters, limit: PAGE_SIZE, offset });
    const page = await getJSON(`/api/events?${qs}`, signal);
    total = page.total;
    events.push(...page.events);
    if (page.events.length < PAGE_SIZE || events.length >= total) break;
  }
  return { total, events };
}

/** One merged event, its source articles and its per-article member events. */
export function fetchEvent(id, signal) {
  return getJSON(`/api/events/${encodeURIComponent(id)}`, signal);
}

/** One stored article with its text. */
export function fetchArticle(id, signal) {
  return getJSON(`/api/articles/${encodeURIComponent(id)}`, signal);
}

/**
 * Correct one field of an event (or reject it: field "rejected", value true) with the API's
 * bearer token; resolves to the corrected event, as fetchEvent gives it.
 */
export async function postCorrection(id, { field, value, author, note }, token) {
  const path = `/api/events/${encodeURIComponent(id)}/corrections`;
  const body = { field, value, author };
  if (note) body.note = note;
  let response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error(`the wirewatch server does not answer (${path})`);
  }
  if (!response.ok) throw await apiError(response);
  return response.json();
}
