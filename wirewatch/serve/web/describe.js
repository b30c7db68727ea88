// The values of an event's fields in words an analyst reads: dates with their precision,
// places with coordinates, actors with ACLED inter codes, tolls with their qualifiers.

const PRECISION = { 1: "day", 2: "week or about", 3: "month or vaguer" };
const GEO_PRECISION = { 1: "exact place", 2: "near / part of a region", 3: "region or country" };

export function when(event) {
  const w = event.when;
  if (!w?.start) return "undated";
  const range = w.end && w.end !== w.start ? `${w.start} – ${w.end}` : w.start;
  const notes = [
    PRECISION[w.time_precision],
    w.basis === "publication" ? "publication date" : null,
  ];
  return `${range}${notes.some(Boolean) ? ` (${notes.filter(Boolean).join(", ")})` : ""}`;
}

function place(event) {
  const p = event.place;
  if (!p) return null;
  const name = [p.name, p.admin1, p.country].filter(Boolean).join(", ") || p.mention?.text;
  const where = p.latitude != null ? ` · ${p.latitude.toFixed(3)}, ${p.longitude.toFixed(3)}` : "";
  const precision = GEO_PRECISION[p.geo_precision] ? ` · ${GEO_PRECISION[p.geo_precision]}` : "";
  const relation = p.relation && p.relation !== "in" ? ` · ${p.relation.replaceAll("_", " ")}` : "";
  return `${name}${where}${precision}${relation}`;
}

function actor(a) {
  if (!a) return null;
  const name = a.name ?? a.mention?.text ?? (a.implied ? "(implied)" : null);
  const inter = a.inter != null ? ` · inter ${a.inter}` : "";
  return name ? `${name}${inter}` : null;
}

function count(c, noun) {
  if (!c) return null;
  const value = c.value ?? c.best;
  if (value == null) return c.mention?.text ?? null;
  const range = c.low != null && c.high != null && c.low !== c.high ? ` (${c.low}–${c.high})` : "";
  const prefix = c.lower_bound ? "at least " : c.approximate ? "about " : "";
  return `${prefix}${value}${range} ${noun}`;
}

function fatalities(event) {
  const f = event.fatalities;
  if (!f) return null;
  const parts = [count(f, "killed")];
  for (const b of f.breakdown ?? []) parts.push(`of whom ${count(b, b.label)}`);
  for (const [key, noun] of [
    ["injured", "injured"],
    ["arrested", "arrested"],
    ["abducted", "abducted"],
  ]) {
    if (f[key]) parts.push(count(f[key], noun));
  }
  return parts.filter(Boolean).join("; ");
}

function attribution(event) {
  const a = event.attribution;
  if (!a?.source && !a?.cue) return null;
  return [a.cue?.text, a.source?.text].filter(Boolean).join(" ");
}

export function typeLine(event) {
  if (event.sub_event_type || event.event_type) {
    return [event.sub_event_type, event.event_type].filter(Boolean).join(" — ");
  }
  return event.plover ? `PLOVER ${event.plover}` : event.kind;
}

/** The rows of the fields table: [field, label, value] (evidence fields named as in `evidence`). */
export function fieldRows(event) {
  const plover = event.plover
    ? `PLOVER ${event.plover}${event.plover_mode ? ` (${event.plover_mode})` : ""}`
    : null;
  return [
    ["type", "Type", typeLine(event), plover],
    ["status", "Status", `${event.status} · ${event.kind}`],
    ["when", "Date", when(event)],
    ["place", "Place", place(event)],
    ["actor1", "Actor 1", actor(event.actor1)],
    ["actor2", "Actor 2", actor(event.actor2)],
    [
      "assoc_actors",
      "Associated",
      (event.assoc_actors ?? []).map(actor).filter(Boolean).join("; ") || null,
    ],
    ["fatalities", "Fatalities", fatalities(event)],
    ["size", "Size", count(event.size, event.size?.label ?? "")],
    ["attribution", "Attribution", attribution(event)],
  ].filter(([field, , value]) => value || ["type", "when", "place", "fatalities"].includes(field));
}
