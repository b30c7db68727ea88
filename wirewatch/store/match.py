"""When two events from different articles may be one happening: profiles, rules and scores.

An event's :class:`Profile` holds what the cross-article merge compares, computed once:
its family (kind, status group and type), its date window and the slack its
``time_precision`` allows, and where it is (a point with a radius, a region, or only a
name). :func:`compatible` is the merge rule for one pair; :func:`dissimilarity` ranks the
compatible pairs so that the closest ones are joined first.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from datetime import date

from wirewatch.types import Event, Kind, Status

EARTH_RADIUS_KM = 6371.0
# How far apart two reports of one happening may place it, by the coarser geo_precision:
# 1 (the town itself): two gazetteers may put a town's point a few km apart, and a named
# suburb or district is coded to a point of its own; 2 ("near" a town): ACLED codes it to
# the nearest town, which can be tens of km from where it happened.
RADIUS_KM = {1: 25.0, 2: 50.0}
MAX_RADIUS_KM = max(RADIUS_KM.values())
# How many days apart two date windows may be, by the looser time_precision: 1 (the day):
# agencies date an overnight raid to either day; 2 (a few days, the week): half a week.
# Month precision (3) widens the window to whole calendar months instead.
SLACK_DAYS = {1: 1, 2: 3}
# Statuses that all say the event took place: a hedged report and a confirmed
# one describe the same happening. Negated and planned events merge only with their own.
_HAPPENED = frozenset({Status.REPORTED, Status.ONGOING, Status.UNCERTAIN})


@dataclass(slots=True)
class Profile:
    """What the merge compares of one event. ``family`` is ``None`` for an event that never
    merges (an aggregate, an untyped or undated event, one with no place name or point)."""

    event: Event
    article_id: str  # the event's, here so that comparing two profiles reads no event
    family: str | None  # kind, status group, type: one string, cheap to hash and compare
    sub_event_type: str | None
    first_day: int  # date ordinals of the window, after month widening
    last_day: int
    slack: int
    point: tuple[float, float, float] | None  # on the sphere, in km; None: no coordinates
    radius_km: float | None  # None: coarse (region or country) precision
    region: str | None  # admin1, when the place has one
    country: str | None
    place_name: str | None
    actor1: str | None  # canonical name, unless missing or implied
    fatalities: int | None


def profile(event: Event) -> Profile:
    """The event's merge profile."""
    window = _window(event)
    place = event.place
    point = radius = None
    region = country = name = None
    if place is not None:
        country, name = place.country, place.name
        if place.latitude is not None and place.longitude is not None:
            point = _on_sphere(place.latitude, place.longitude)
            radius = RADIUS_KM.get(place.geo_precision or 0)
            region = place.admin1
    family = _family(event)
    if window is None or (point is None and name is None):
        family = None
    first, last, slack = window or (0, 0, 0)
    actor = event.actor1
    return Profile(
        event=event,
        article_id=event.article_id,
        family=family,
        sub_event_type=event.sub_event_type,
        first_day=first,
        last_day=last,
        slack=slack,
        point=point,
        radius_km=radius,
        region=region,
        country=country,
        place_name=name,
        actor1=actor.name if actor is not None and not actor.implied else None,
        fatalities=event.fatalities.best if event.fatalities is not None else None,
    )


def compatible(a: Profile, b: Profile) -> bool:
    """Whether ``a`` and ``b`` may report one happening: different articles, one family,
    compatible sub-types, date windows, places and first actors."""
    return (
        a.family is not None
        and a.family == b.family
        and a.article_id != b.article_id
        and _same_or_missing(a.sub_event_type, b.sub_event_type)
        and _same_or_missing(a.actor1, b.actor1)
        and day_gap(a, b) <= max(a.slack, b.slack)
        and _places_agree(a, b)
    )


def dissimilarity(a: Profile, b: Profile) -> float:
    """How far apart two compatible events are: 0 for the same window and point, growing
    with the days and km between them, the coarseness of their match and a differing toll."""
    overlap = min(a.last_day, b.last_day) - max(a.first_day, b.first_day) + 1
    hull = max(a.last_day, b.last_day) - min(a.first_day, b.first_day) + 1
    score = 1.0 - max(overlap, 0) / hull + day_gap(a, b)
    if a.point is not None and b.point is not None and a.radius_km and b.radius_km:
        score += distance_km(a.point, b.point) / max(a.radius_km, b.radius_km)
    else:
        score += 1.0
    if a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities:
        score += 0.25
    if a.actor1 is None or b.actor1 is None:
        score += 0.25
    return score


def day_gap(a: Profile, b: Profile) -> int:
    """Days between the two date windows (0 when they overlap)."""
    return max(0, a.first_day - b.last_day, b.first_day - a.last_day)


def distance_km(p: tuple[float, float, float], q: tuple[float, float, float]) -> float:
    """Great-circle distance between two points on the sphere."""
    chord = math.dist(p, q)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, chord / (2 * EARTH_RADIUS_KM)))


def _family(event: Event) -> str | None:
    """Kind, status group and type: events of different families never merge."""
    if event.kind is Kind.AGGREGATE:
        return None  # a running total is no event; a later toll is a new figure, not a dup
    if event.kind is Kind.EVENT and event.event_type is None and event.plover is None:
        return None  # untyped: nothing says two such events are the same kind of thing
    status = Status.REPORTED if event.status in _HAPPENED else event.status
    plover = (event.plover or "") if event.event_type is None else ""
    return _family_name(event.kind, status, event.event_type or "", plover)


@functools.lru_cache(maxsize=1024)
def _family_name(kind: Kind, status: Status, event_type: str, plover: str) -> str:
    """The family as one string, the same object for every event of it: a merge of 100,000
    events would otherwise hold 100,000 copies of a few dozen strings."""
    return "|".join((kind, status, event_type, plover))  # str enums


def _window(event: Event) -> tuple[int, int, int] | None:
    """First and last day ordinals of the event's dates, and the slack its precision allows;
    ``None`` when it has no usable date."""
    when = event.when
    if when is None:
        return None
    try:
        start = date.fromisoformat((when.start or when.end or "")[:10])
        end = date.fromisoformat((when.end or when.start or "")[:10])
    except ValueError:
        return None
    start, end = min(start, end), max(start, end)
    slack = SLACK_DAYS.get(when.time_precision or 0)
    if slack is None:  # month precision, or no precision given: the coarsest reading
        start = start.replace(day=1)
        following = date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return start.toordinal(), following.toordinal() - 1, 0
    return start.toordinal(), end.toordinal(), slack


def _on_sphere(latitude: float, longitude: float) -> tuple[float, float, float]:
    lat, lon = math.radians(latitude), math.radians(longitude)
    return (
        EARTH_RADIUS_KM * math.cos(lat) * math.cos(lon),
        EARTH_RADIUS_KM * math.cos(lat) * math.sin(lon),
        EARTH_RADIUS_KM * math.sin(lat),
    )


def _places_agree(a: Profile, b: Profile) -> bool:
    if a.country is not None and b.country is not None and a.country != b.country:
        return False
    if a.point is None or b.point is None:
        return a.place_name is not None and a.place_name == b.place_name
    if a.radius_km is not None and b.radius_km is not None:
        return distance_km(a.point, b.point) <= max(a.radius_km, b.radius_km)
    coarse, other = (a, b) if a.radius_km is None else (b, a)
    if coarse.region is not None:
        return other.region == coarse.region
    # a country-level place matches only another country-level place of that country
    return (
        other.radius_km is None
        and other.region is None
        and coarse.country is not None
        and other.country == coarse.country
    )


def _same_or_missing(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y
