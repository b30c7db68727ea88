"""A flat row per event (for CSV): the record's main fields as plain text."""

from __future__ import annotations

from wirewatch.types import Actor, Event, Span

ROW_FIELDS = (
    "id",
    "article_id",
    "paragraph",
    "kind",
    "status",
    "event_type",
    "sub_event_type",
    "plover",
    "plover_mode",
    "trigger",
    "actor1",
    "actor1_concept",
    "actor2",
    "actor2_concept",
    "place",
    "place_relation",
    "place_reference",
    "when",
    "fatalities",
    "size",
    "attribution",
    "confidence",
    "sentence",
)


def _text(span: Span | None) -> str:
    return "" if span is None else span.text


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return ""
    if actor.antecedent is not None:
        return f"{_text(actor.mention)} (= {actor.antecedent.text})"
    return _text(actor.mention)


def event_row(event: Event) -> dict[str, str]:
    """The event as a flat mapping of ROW_FIELDS to strings (empty when unknown)."""
    place = event.place
    return {
        "id": event.id,
        "article_id": event.article_id,
        "paragraph": str(event.paragraph),
        "kind": event.kind.value,
        "status": event.status.value,
        "event_type": event.event_type or "",
        "sub_event_type": event.sub_event_type or "",
        "plover": event.plover or "",
        "plover_mode": event.plover_mode or "",
        "trigger": " | ".join(m.text for m in event.mentions) or event.trigger.text,
        "actor1": _actor(event.actor1),
        "actor1_concept": (event.actor1.concept or "") if event.actor1 else "",
        "actor2": _actor(event.actor2),
        "actor2_concept": (event.actor2.concept or "") if event.actor2 else "",
        "place": _text(place.mention) if place else "",
        "place_relation": place.relation if place else "",
        "place_reference": _text(place.reference) if place else "",
        "when": " | ".join(s.text for s in event.when.expressions) if event.when else "",
        "fatalities": _text(event.fatalities.mention) if event.fatalities else "",
        "size": _text(event.size.mention) if event.size else "",
        "attribution": _text(event.attribution.source) if event.attribution else "",
        "confidence": f"{event.confidence:.2f}",
        "sentence": event.sentence.text,
    }
