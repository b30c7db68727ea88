"""ACLED's export row of a merged event: ACLED's columns, in ACLED's order and value formats.

:func:`acled_record` gives the typed values (the Parquet and GeoJSON exports use them);
:func:`acled_row` gives them as the strings of ACLED's CSV export. A value the record does
not support is ``None`` in the typed record and an empty string in the row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from wirewatch.export.countries import acled_region, country_name, iso_numeric
from wirewatch.types import HAPPENING, Actor, Article, Event, Kind, MergedEvent, Role, When


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What an export needs to know of one source article (``source`` is the outlet)."""

    id: str
    source: str | None = None
    url: str | None = None
    published: date | None = None


Articles = Mapping[str, ArticleInfo | Article]
"""Source articles by article id; an :class:`~wirewatch.types.Article` serves as well."""


@dataclass(frozen=True, slots=True)
class AcledRecord:
    """One event in ACLED's columns (field order is ACLED's column order)."""

    event_id_cnty: str
    event_date: date | None
    year: int | None
    time_precision: int | None
    disorder_type: str | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    interaction: int | None
    civilian_targeting: str | None
    iso: int | None
    region: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    source: str | None
    source_scale: str | None
    notes: str | None
    fatalities: int | None
    tags: str | None
    timestamp: int | None


ACLED_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(AcledRecord))

# ACLED codebook values.
_POLITICAL_VIOLENCE = "Political violence"
_DEMONSTRATIONS = "Demonstrations"
_STRATEGIC_DEVELOPMENTS = "Strategic developments"
_VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
_EXCESSIVE_FORCE = "Excessive force against protesters"
_CIVILIAN_TARGETING = "Civilian targeting"
_DISORDER_BY_TYPE = {
    "Battles": _POLITICAL_VIOLENCE,
    "Explosions/Remote violence": _POLITICAL_VIOLENCE,
    _VIOLENCE_AGAINST_CIVILIANS: _POLITICAL_VIOLENCE,
    "Riots": _POLITICAL_VIOLENCE,
    "Protests": _DEMONSTRATIONS,
    _STRATEGIC_DEVELOPMENTS: _STRATEGIC_DEVELOPMENTS,
}
_DISORDER_BY_SUB_TYPE = {
    "Violent demonstration": _DEMONSTRATIONS,
    _EXCESSIVE_FORCE: f"{_POLITICAL_VIOLENCE}; {_DEMONSTRATIONS}",
}
_CIVILIANS_INTER = 7
_NO_ACTOR_INTER = 0
_ACTOR1_SIDE = frozenset({Role.AGENT, Role.SPONSOR})
_COORDINATE_DECIMALS = 4


def disorder_type(event_type: str | None, sub_event_type: str | None = None) -> str | None:
    """ACLED's disorder type of an event type ("Battles" -> "Political violence")."""
    if sub_event_type in _DISORDER_BY_SUB_TYPE:
        return _DISORDER_BY_SUB_TYPE[sub_event_type]
    return _DISORDER_BY_TYPE.get(event_type or "")


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (7 and 1 -> 17); a lone
    actor gives its code times ten (6 and 0 -> 60)."""
    if inter1 is None or inter2 is None:
        return None
    low, high = sorted((inter1, inter2))
    return high * 10 if low == _NO_ACTOR_INTER else low * 10 + high


def event_date(when: When | None) -> date | None:
    """The day ACLED codes: the day itself, or the middle of a longer range (precision 2-3)."""
    return when.coded_day() if when is not None else None


def source_ids(merged: MergedEvent) -> tuple[str, ...]:
    """The ids of the articles that report the event."""
    return merged.event.sources or (merged.event.article_id,)


def is_acled_event(merged: MergedEvent) -> bool:
    """Whether ACLED would code the event: reported as done or going on, one occasion, an
    ACLED type."""
    event = merged.event
    return (
        event.status in HAPPENING
        and event.kind is not Kind.AGGREGATE
        and event.event_type is not None
    )


def acled_record(merged: MergedEvent, articles: Articles | None = None) -> AcledRecord:
    """The merged event in ACLED's columns, typed; ``articles`` name the sources."""
    event = merged.event
    place = event.place if event.place is not None and event.place.is_event_location else None
    day = event_date(event.when)
    inter1 = event.actor1.inter if event.actor1 else None
    inter2 = event.actor2.inter if event.actor2 else _NO_ACTOR_INTER
    disorder = disorder_type(event.event_type, event.sub_event_type)
    code = place.country if place else None
    return AcledRecord(
        event_id_cnty=merged.id,
        event_date=day,
        year=day.year if day else None,
        time_precision=event.when.time_precision if event.when else None,
        disorder_type=disorder,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        actor1=_name(event.actor1),
        assoc_actor_1=_assoc_actors(event, actor1_side=True),
        inter1=inter1,
        actor2=_name(event.actor2),
        assoc_actor_2=_assoc_actors(event, actor1_side=False),
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        civilian_targeting=_civilian_targeting(event, disorder, inter2),
        iso=iso_numeric(code),
        region=acled_region(code),
        country=country_name(code),
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        admin3=None,
        location=place.name if place else None,
        latitude=_coordinate(place.latitude if place else None),
        longitude=_coordinate(place.longitude if place else None),
        geo_precision=place.geo_precision if place else None,
        source=_source_names(merged, articles),
        source_scale=None,
        notes=" ".join(event.sentence.text.split()) or None,
        fatalities=_fatalities(event),
        tags=None,
        timestamp=None,
    )


def acled_row(merged: MergedEvent, articles: Articles | None = None) -> dict[str, str]:
    """The merged event as ACLED's CSV export writes it: ACLED_COLUMNS to strings."""
    record = acled_record(merged, articles)
    return {column: _text(getattr(record, column)) for column in ACLED_COLUMNS}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.{_COORDINATE_DECIMALS}f}"
    return str(value)


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


def _assoc_actors(event: Event, *, actor1_side: bool) -> str | None:
    """Names of the associated actors on one side, ACLED-style joined by "; "."""
    main = {a.name for a in (event.actor1, event.actor2) if a is not None}
    names: list[str] = []
    for actor in event.assoc_actors:
        on_side = actor.role in _ACTOR1_SIDE
        if on_side == actor1_side and actor.name and actor.name not in main | set(names):
            names.append(actor.name)
    return "; ".join(names) or None


def _civilian_targeting(event: Event, disorder: str | None, inter2: int | None) -> str | None:
    """ACLED marks political violence whose target is civilians (or peaceful protesters)."""
    if disorder is None or _POLITICAL_VIOLENCE not in disorder:
        return None
    targeted = (
        inter2 == _CIVILIANS_INTER
        or event.event_type == _VIOLENCE_AGAINST_CIVILIANS
        or event.sub_event_type == _EXCESSIVE_FORCE
    )
    return _CIVILIAN_TARGETING if targeted else None


def _coordinate(value: float | None) -> float | None:
    return None if value is None else round(value, _COORDINATE_DECIMALS)


def _fatalities(event: Event) -> int | None:
    """The reconciled best figure; 0 when no death is reported (as ACLED codes it); None
    when deaths are reported with no figure resolved."""
    deaths = event.fatalities
    if deaths is None or (deaths.best is None and deaths.mention is None):
        return 0
    return deaths.best


def _source_names(merged: MergedEvent, articles: Articles | None) -> str | None:
    """The outlets of the reporting articles, each once, joined by "; " as ACLED does."""
    if not articles:
        return None
    names: list[str] = []
    for article_id in source_ids(merged):
        info = articles.get(article_id)
        name = info.source if info is not None else None
        if name and name not in names:
            names.append(name)
    return "; ".join(names) or None
