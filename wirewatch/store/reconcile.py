"""One record from the events several articles give of one happening, and where they differ.

The rules (``docs/merge.md`` tells them with examples):

- the record is a copy of a *representative* member: the one with the most precise place,
  then the most precise date, then the smallest id. Its spans (trigger, sentence,
  ``mentions``, ``evidence``) all point into that member's article, so they are kept as
  they are, and no span of another article is copied in;
- its ``id`` is the member's own id for a single-article event, else a hash of the sorted
  member ids; ``sources`` is every member's article, sorted;
- fatalities: the lowest ``best`` figure any member gives (ACLED codes the most
  conservative report); a figure from another member comes without its words;
- a field the representative leaves empty (first or second actor's name, sub-event type) is
  filled when the other members give exactly one value for it;
- a hedged representative (``uncertain``) becomes ``reported`` when another member reports
  the event as a fact; ``confidence`` is the highest of the members';
- every field on which members give two or more different values is listed in
  ``disagreements`` as (article id, value) pairs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from wirewatch.types import (
    Actor,
    Disagreement,
    Event,
    Evidence,
    Fatalities,
    MergedEvent,
    Status,
)

_IMPRECISE = 9  # sorts a missing precision after every real one


def merged_record(members: Sequence[Event]) -> MergedEvent:
    """The reconciled record of ``members`` (events of one happening, one per article)."""
    if len(members) == 1:
        return MergedEvent(event=members[0], members=(members[0].id,))
    ordered = sorted(members, key=lambda e: e.id)
    ids = tuple(e.id for e in ordered)
    representative = min(ordered, key=_precision_rank)
    fatalities, evidence = _fatalities_and_evidence(representative, ordered)
    event = replace(
        representative,
        id=merged_id(ids),
        sources=tuple(sorted({a for e in ordered for a in (e.article_id, *e.sources)})),
        confidence=max(e.confidence for e in ordered),
        status=_status(representative, ordered),
        sub_event_type=representative.sub_event_type or _only(ordered, _sub_event_type),
        actor1=_filled_actor(representative, ordered, "actor1"),
        actor2=_filled_actor(representative, ordered, "actor2"),
        fatalities=fatalities,
        evidence=evidence,
    )
    return MergedEvent(event=event, members=ids, disagreements=_disagreements(ordered))


def merged_id(member_ids: Sequence[str]) -> str:
    """A stable id for a merged event: the same members give the same id, in any order."""
    digest = hashlib.sha256("\n".join(sorted(member_ids)).encode("utf-8"))
    return digest.hexdigest()[:16]


def _precision_rank(event: Event) -> tuple[int, int, str]:
    place, when = event.place, event.when
    geo = place.geo_precision if place is not None and place.latitude is not None else None
    time = when.time_precision if when is not None and when.start is not None else None
    return (geo or _IMPRECISE, time or _IMPRECISE, event.id)


def _status(representative: Event, members: Sequence[Event]) -> Status:
    if representative.status is Status.UNCERTAIN and any(
        e.status is Status.REPORTED for e in members
    ):
        return Status.REPORTED
    return representative.status


def _fatalities_and_evidence(
    representative: Event, members: Sequence[Event]
) -> tuple[Fatalities | None, tuple[Evidence, ...]]:
    """The lowest toll any member gives, and the representative's evidence for it."""
    own, evidence = representative.fatalities, representative.evidence
    figures = [e for e in members if e.fatalities is not None and e.fatalities.best is not None]
    if not figures:
        return own, evidence
    lowest = min(figures, key=lambda e: (_best(e), e is not representative, e.id))
    chosen = lowest.fatalities
    if lowest is representative or chosen is None:
        return own, evidence
    fatalities = replace(
        own or Fatalities(),
        mention=None,  # the words are in another article
        best=chosen.best,
        low=chosen.low,
        high=chosen.high,
        lower_bound=chosen.lower_bound,
        approximate=chosen.approximate,
        breakdown=(),
    )
    return fatalities, tuple(item for item in evidence if item.field != "fatalities")


def _filled_actor(representative: Event, members: Sequence[Event], slot: str) -> Actor | None:
    """The representative's actor in ``slot``, named after the other members if it has no
    name and they give exactly one."""
    own = _actor(representative, slot)
    if own is not None and own.name is not None:
        return own
    named = [a for e in members if (a := _actor(e, slot)) is not None and a.name is not None]
    if len({a.name for a in named}) != 1:
        return own
    donor = named[0]
    if own is not None:
        return replace(own, name=donor.name, inter=donor.inter, country=donor.country)
    return replace(donor, mention=None, antecedent=None)  # its words are in another article


def _actor(event: Event, slot: str) -> Actor | None:
    return event.actor1 if slot == "actor1" else event.actor2


def _only(members: Sequence[Event], value_of: Callable[[Event], str | None]) -> str | None:
    """The one value the members give for a field, or ``None`` if none or several."""
    values = {value for e in members if (value := value_of(e)) is not None}
    return values.pop() if len(values) == 1 else None


def _disagreements(members: Sequence[Event]) -> tuple[Disagreement, ...]:
    found = []
    for field, value_of in _COMPARED:
        given = [(e.article_id, v) for e in members if (v := value_of(e)) is not None]
        if len({v for _, v in given}) > 1:
            found.append(Disagreement(field=field, values=tuple(sorted(given))))
    return tuple(found)


def _best(event: Event) -> int:
    assert event.fatalities is not None and event.fatalities.best is not None
    return event.fatalities.best


def _fatalities(event: Event) -> str | None:
    fatalities = event.fatalities
    return str(fatalities.best) if fatalities is not None and fatalities.best is not None else None


def _sub_event_type(event: Event) -> str | None:
    return event.sub_event_type


def _when(event: Event) -> str | None:
    when = event.when
    if when is None or when.start is None:
        return None
    return when.start if when.end in (None, when.start) else f"{when.start}/{when.end}"


def _place(event: Event) -> str | None:
    return event.place.name if event.place is not None else None


def _actor1(event: Event) -> str | None:
    actor = _actor(event, "actor1")
    return actor.name if actor is not None else None


def _actor2(event: Event) -> str | None:
    actor = _actor(event, "actor2")
    return actor.name if actor is not None else None


def _status_value(event: Event) -> str | None:
    return str(event.status)


_COMPARED: tuple[tuple[str, Callable[[Event], str | None]], ...] = (
    ("fatalities", _fatalities),
    ("sub_event_type", _sub_event_type),
    ("when", _when),
    ("place", _place),
    ("actor1", _actor1),
    ("actor2", _actor2),
    ("status", _status_value),
)
