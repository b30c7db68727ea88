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
  if (!response.ok) {
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
    throw new Error(detail);
  }
  return response.json();
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
