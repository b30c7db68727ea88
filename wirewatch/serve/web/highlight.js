// Evidence spans over an article's text: cut the text where any span starts or ends, so that
// overlapping spans of different fields (the trigger inside the type's words, an attribution
// cue next to its source) become flat segments, each knowing every field that covers it.

/**
 * Flat segments of `text`: [{start, end, fields, inSentence}], in text order, covering it all.
 * `spans` is [{field, start, end}]; `fields` lists the covering fields, narrowest span first.
 * Spans outside the text or empty are ignored (counted in `skipped`). Of equally narrow
 * spans, the field that comes first in `order` (a list of field names) is named first.
 */
export function segments(text, spans, sentence, order = []) {
  const rank = (field) => (order.includes(field) ? order.indexOf(field) : order.length);
  const length = text.length;
  const valid = spans.filter((s) => 0 <= s.start && s.start < s.end && s.end <= length);
  const cuts = new Set([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const hasSentence = sentence && sentence.start < sentence.end && sentence.end <= length;
  if (hasSentence) {
    cuts.add(sentence.start);
    cuts.add(sentence.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid
      .filter((s) => s.start <= start && end <= s.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || rank(a.field) - rank(b.field));
    const fields = [...new Set(covering.map((s) => s.field))];
    const inSentence = Boolean(hasSentence && sentence.start <= start && end <= sentence.end);
    out.push({ start, end, fields, inSentence });
  }
  return { segments: out, skipped: spans.length - valid.length };
}

/** Spans whose recorded words are not the text at their offsets (a sign of a stale text). */
export function mismatches(text, spans) {
  return spans.filter((s) => s.text !== undefined && text.slice(s.start, s.end) !== s.text);
}

/** Every evidence span of an event as {field, start, end, text}. */
export function evidenceSpans(event) {
  const spans = [];
  for (const evidence of event.evidence ?? []) {
    for (const span of evidence.spans ?? []) {
      spans.push({ field: evidence.field, start: span.start, end: span.end, text: span.text });
    }
  }
  return spans;
}
