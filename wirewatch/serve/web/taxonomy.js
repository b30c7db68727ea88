// The ACLED event types and sub-types the page filters on, their colours, and the evidence
// fields it highlights. Type names are ACLED's own spelling, as wirewatch writes them.

export const ACLED_TYPES = [
  {
    name: "Battles",
    color: "#c8102e",
    sub: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  },
  {
    name: "Explosions/Remote violence",
    color: "#f28e2b",
    sub: [
      "Chemical weapon",
      "Air/drone strike",
      "Suicide bomb",
      "Shelling/artillery/missile attack",
      "Remote explosive/landmine/IED",
      "Grenade",
    ],
  },
  {
    name: "Violence against civilians",
    color: "#8e44ad",
    sub: ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  },
  {
    name: "Protests",
    color: "#2e9e4f",
    sub: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  },
  { name: "Riots", color: "#c9a100", sub: ["Violent demonstration", "Mob violence"] },
  {
    name: "Strategic developments",
    color: "#2f6db5",
    sub: [
      "Agreement",
      "Arrests",
      "Change to group/activity",
      "Disrupted weapons use",
      "Headquarters or base established",
      "Looting/property destruction",
      "Non-violent transfer of territory",
      "Other",
    ],
  },
];

// Records ACLED leaves out: diplomacy (PLOVER only), running totals, displacement.
export const OTHER = { name: "Other", color: "#7a7f87" };

const COLORS = new Map(ACLED_TYPES.map((t) => [t.name, t.color]));

/** The legend key of an event: its ACLED type, or "Other". */
export function typeKey(event) {
  return event.event_type && COLORS.has(event.event_type) ? event.event_type : OTHER.name;
}

export function typeColor(key) {
  return COLORS.get(key) ?? OTHER.color;
}

export const LEGEND = [...ACLED_TYPES.map((t) => ({ name: t.name, color: t.color })), OTHER];

// Evidence fields in display order: the label shown, and the highlight colour (light enough
// for dark text on it). A span covered by several fields shows the narrowest one's colour.
export const FIELDS = [
  { field: "type", label: "Type", color: "#ffd6a5" },
  { field: "trigger", label: "Trigger", color: "#ffe9c7" },
  { field: "status", label: "Status", color: "#e0e0e0" },
  { field: "when", label: "Date", color: "#a7d8ff" },
  { field: "place", label: "Place", color: "#b9f3c4" },
  { field: "actor1", label: "Actor 1", color: "#ffc4d6" },
  { field: "actor2", label: "Actor 2", color: "#e3c8ff" },
  { field: "assoc_actors", label: "Associated actors", color: "#f3d1f7" },
  { field: "fatalities", label: "Fatalities", color: "#ff9e9e" },
  { field: "size", label: "Size", color: "#d8e7a8" },
  { field: "injured", label: "Injured", color: "#ffcfa8" },
  { field: "arrested", label: "Arrested", color: "#cfd8dc" },
  { field: "abducted", label: "Abducted", color: "#d7ccc8" },
  { field: "attribution", label: "Attribution", color: "#fff59d" },
];

const FIELD_COLORS = new Map(FIELDS.map((f) => [f.field, f.color]));

export function fieldColor(field) {
  return FIELD_COLORS.get(field) ?? "#eeeeee";
}

export function fieldLabel(field) {
  return FIELDS.find((f) => f.field === field)?.label ?? field;
}
