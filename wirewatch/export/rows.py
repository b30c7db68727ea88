"""A flat row per event (for CSV): the record's main fields as plain text."""

from __future__ import annotations

from wirewatch.types import Actor, Event, Span

ROW_FIELDS = (
    "id", "article_id", "paragraph", "kind", "status", "event_type", "sub_event_type",
    "plover", "plover_mode", "trigger", "actor1", "actor1_concept", "actor1_name", "inter1",
    "actor2", "actor2_concept", "actor2_name", "inter2", "place", "place_relation",
    "place_reference", "when", "start", "end", "time_precision", "fatalities",
    "fatalities_best", "size", "attribution", "confidence", "sentence",
)  # fmt: skip


def _text(span: Span | None) -> str:
    return "" if span is None else span.text


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return ""
    if actor.antecedent is not None:
        return f"{_text(actor.mention)} (= {actor.antecedent.text})"
    return _text(actor.mention)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


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
        "actor1_name": (event.actor1.name or "") if event.actor1 else "",
        "inter1": _number(event.actor1.inter if event.actor1 else None),
        "actor2": _actor(event.actor2),
        "actor2_concept": (event.actor2.concept or "") if event.actor2 else "",
        "actor2_name": (event.actor2.name or "") if event.actor2 else "",
        "inter2": _number(event.actor2.inter if event.actor2 else None),
        "place": _text(place.mention) if place else "",
        "place_relation": place.relation if place else "",
        "place_reference": _text(place.reference) if place else "",
        "when": " | ".join(s.text for s in event.when.expressions) if event.when else "",
        "start": (event.when.start or "") if event.when else "",
        "end": (event.when.end or "") if event.when else "",
        "time_precision": _number(event.when.time_precision if event.when else None),
        "fatalities": _text(event.fatalities.mention) if event.fatalities else "",
        "fatalities_best": _number(event.fatalities.best if event.fatalities else None),
        "size": _text(event.size.mention) if event.size else "",
        "attribution": _text(event.attribution.source) if event.attribution else "",
        "confidence": f"{event.confidence:.2f}",
        "sentence": event.sentence.text,
    }
