"""Filling each event's ``when`` from its time expressions, in article order.

Anaphoric expressions ("le même jour", "la veille", "22 h") take the last dated expression
before them; an event's own part-of-day word ("des bombardements nocturnes") combines with
the date next to it ("dimanche matin": the night before it). A reported event whose time
words name no date ("pendant trois jours", "daily") is dated like one with no time words: by
the publication.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from wirewatch.resolve.time import (
    WEEK,
    TimeValue,
    a_year_earlier,
    far_ahead,
    resolve_time,
    year_written,
)
from wirewatch.types import Event, Kind, Span, Status, When


def resolve_event_times(events: Sequence[Event], anchor: date, lang: str = "fr") -> list[Event]:
    """The events with ``when.start/end/time_precision/value`` resolved against ``anchor``."""
    spans = sorted({s for e in events if e.when for s in e.when.expressions}, key=lambda s: s.start)
    dated: list[tuple[int, TimeValue]] = []
    context: dict[Span, TimeValue | None] = {}
    for span in spans:
        previous = next((v for start, v in reversed(dated) if start < span.start), None)
        value = resolve_time(span.text, anchor, previous=previous, lang=lang)
        context[span] = previous
        if value is not None and value.is_day:
            dated.append((span.start, value))
    return [_resolved(e, anchor, context, lang) for e in events]


_DATED_BY_PUBLICATION = frozenset({Status.REPORTED, Status.ONGOING})


def _resolved(
    event: Event, anchor: date, context: dict[Span, TimeValue | None], lang: str
) -> Event:
    when = event.when
    dated_by_publication = event.status in _DATED_BY_PUBLICATION and event.kind is Kind.EVENT
    if when is None and dated_by_publication:
        return replace(event, when=_published(When(), anchor))
    if when is None or when.mention is None:
        return event
    future = event.status is Status.PLANNED
    values = {
        s: resolve_time(s.text, anchor, previous=context.get(s), future=future, lang=lang)
        for s in when.expressions
    }
    if dated_by_publication and not any(v is not None and v.start for v in values.values()):
        return replace(event, when=_published(when, anchor))  # "for three days": no date
    value = values.get(when.mention)
    day = next((v for v in values.values() if v is not None and v.is_day), None)
    if value is not None and value.type == "TIME":
        # "Overnight between 24 and 25 March 2020": a part of day told just before a date is
        # that date's, not the publication's
        dated = next(
            (
                v
                for s, v in values.items()
                if v is not None
                and v.type == "DATE"
                and v.start is not None
                and 0 <= s.start - when.mention.end <= 1
            ),
            None,
        )
        value = dated or value
    if value is not None and value.start is None and day is not None and day.start is not None:
        if value.value.startswith("T"):
            # "bombardements nocturnes ... dimanche matin": the night before that day
            night = day.start - timedelta(days=1)
            value = TimeValue(night.isoformat() + value.value, "TIME", night, day.start, WEEK)
        elif value.type == "DURATION":
            # "bombardé depuis plusieurs jours" told of "le même jour": going on until then
            value = replace(value, end=day.start)
    if value is None or (value.start is None and value.end is None):
        value = day  # "tous les jours ... samedi": the expression that names a day
    if value is None or (value.start is None and value.end is None):
        return event
    if (
        event.event_type is not None
        and event.status is not Status.PLANNED
        and far_ahead(value, anchor)
        and not any(year_written(s.text) for s in when.expressions)
    ):
        # a deed told, not announced: "gunmen killed five civilians on April 22" in a March
        # story is last year's April 22 (the nearest date may be the coming one)
        value = a_year_earlier(value)
    resolved: When = replace(
        when,
        start=_iso(value.start),
        end=_iso(value.end),
        time_precision=value.precision,
        value=value.value,
    )
    return replace(event, when=resolved)


def _published(when: When, anchor: date) -> When:
    """``when`` dated by the publication: no date in the text, the report's day, as ACLED
    codes it."""
    published = anchor.isoformat()
    return replace(when, start=published, end=published, time_precision=WEEK, basis="publication")


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
