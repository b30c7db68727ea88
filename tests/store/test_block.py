"""Blocking for the cross-article merge: on random small stores, the sweep gives every pair
that comparing all pairs finds compatible, once, and only pairs of one family whose dates
may meet."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.store.block import candidate_pairs
from wirewatch.store.match import Profile, compatible, profile
from wirewatch.types import Actor, Event, Fatalities, Kind, Place, Role, Span, Status, When

SPAN = Span(0, 1, "x")
DAY = date(2016, 4, 28)  # a few days either side of a month's end: month windows matter
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", None),
    (None, None),  # PLOVER only
]
ADMIN1 = ["Aleppo", "Idlib", None]


@st.composite
def places(draw: st.DrawFn) -> Place:
    """A place near 36°N 37°E (so that points sit either side of grid cubes' faces, within
    and beyond the merge radii), coarse, country-level or without coordinates."""
    form = draw(st.sampled_from(["point", "point", "point", "coarse", "unplaced"]))
    name = draw(st.sampled_from(["Alep", "Idleb", "Azaz"]))
    country = draw(st.sampled_from(["SY", "SY", "SY", "TR", None]))
    if form == "unplaced":
        return Place(name=name, country=country)
    latitude = draw(st.floats(35.6, 36.4))
    longitude = draw(st.floats(36.6, 37.4))
    precision = draw(st.sampled_from([1, 2])) if form == "point" else 3
    return Place(
        name=name,
        admin1=draw(st.sampled_from(ADMIN1)),
        country=country,
        latitude=latitude,
        longitude=longitude,
        geo_precision=draw(st.sampled_from([precision, None])) if form == "coarse" else precision,
    )


@st.composite
def events(draw: st.DrawFn, number: int) -> Event:
    event_type, sub_event_type = draw(st.sampled_from(TYPES))
    start = DAY + timedelta(days=draw(st.integers(-4, 6)))
    end = start + timedelta(days=draw(st.sampled_from([0, 0, 0, 2])))
    actor = draw(st.sampled_from([None, "Regime", "Rebels", "implied"]))
    best = draw(st.sampled_from([None, 2, 5]))
    return Event(
        id=f"event-{number:03d}",
        article_id=f"article-{draw(st.integers(0, 5))}",
        kind=draw(st.sampled_from([Kind.EVENT, Kind.EVENT, Kind.CEASEFIRE, Kind.AGGREGATE])),
        status=draw(st.sampled_from([Status.REPORTED, Status.UNCERTAIN, Status.NEGATED])),
        trigger=SPAN,
        sentence=SPAN,
        paragraph=1,
        event_type=event_type,
        sub_event_type=sub_event_type,
        plover=draw(st.sampled_from(["ASSAULT", "PROTEST", None])),
        actor1=None
        if actor is None
        else Actor(
            Role.AGENT,
            name=actor if actor != "implied" else "Protesters",
            implied=actor == "implied",
        ),
        place=draw(st.one_of(st.none(), places())),
        when=When(
            start=start.isoformat(),
            end=end.isoformat(),
            time_precision=draw(st.sampled_from([1, 1, 2, 3, None])),
        ),
        fatalities=Fatalities(best=best) if best is not None else None,
    )


@st.composite
def stores(draw: st.DrawFn) -> list[Profile]:
    size = draw(st.integers(0, 60))
    return [profile(draw(events(number))) for number in range(size)]


@settings(max_examples=100, deadline=None)
@given(profiles=stores())
def test_block_gives_every_compatible_pair_once(profiles: list[Profile]) -> None:
    given_pairs = list(candidate_pairs(profiles))
    assert len(given_pairs) == len(set(given_pairs))
    assert all(0 <= i < j < len(profiles) for i, j in given_pairs)
    expected = {
        (i, j)
        for i in range(len(profiles))
        for j in range(i + 1, len(profiles))
        if compatible(profiles[i], profiles[j])
    }
    assert expected <= set(given_pairs)


@settings(max_examples=50, deadline=None)
@given(profiles=stores())
def test_block_gives_only_pairs_of_one_family_whose_dates_may_meet(
    profiles: list[Profile],
) -> None:
    for i, j in candidate_pairs(profiles):
        a, b = profiles[i], profiles[j]
        assert a.family is not None and a.family == b.family
        assert a.first_day - a.slack <= b.last_day + b.slack
        assert b.first_day - b.slack <= a.last_day + a.slack
