"""Cross-article merge: the Aleppo strikes two agencies report become one event; the rules
that keep other events apart hold on hand-made variants of a real event."""

from __future__ import annotations

import gc
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch import Article, process
from wirewatch.store.block import candidate_pairs
from wirewatch.store.match import compatible, profile
from wirewatch.store.merge import merge_across_articles
from wirewatch.store.reconcile import merged_id
from wirewatch.types import Actor, Event, Fatalities, Kind, MergedEvent, Role, Status

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AGENCIES = {"afp": "afp-2016-05-01-alep.txt", "reuters": "reuters-2016-05-01-alep-raids.txt"}
REGIME = "Military Forces of Syria"
REBELS = "Opposition Rebels (Syria)"

Change = Callable[[Event], Event]


@pytest.fixture(scope="module")
def articles() -> dict[str, tuple[Event, ...]]:
    """The events the pipeline gives for the AFP and Reuters stories of 1 May 2016."""
    found = {}
    for agency, name in AGENCIES.items():
        text = (EXAMPLES / name).read_text("utf-8")
        found[agency] = process(Article(text, published=date(2016, 5, 1))).events
    return found


@pytest.fixture(scope="module")
def strike(articles: dict[str, tuple[Event, ...]]) -> Event:
    """Reuters' air strike on Aleppo on 30 April: the base of the hand-made variants."""
    return next(e for e in articles["reuters"] if e.sub_event_type == "Air/drone strike")


def variant(base: Event, name: str, change: Change = lambda e: e) -> Event:
    """``base`` as article ``name`` would report it, changed by ``change``."""
    return change(replace(base, id=f"event-{name}", article_id=f"article-{name}", sources=()))


def dated(day: str, precision: int = 1) -> Change:
    return lambda e: replace(e, when=replace(e.when, start=day, end=day, time_precision=precision))


def moved(north_degrees: float, name: str | None = None, country: str | None = None) -> Change:
    def change(e: Event) -> Event:
        assert e.place is not None
        if e.place.latitude is None:
            return e
        latitude = e.place.latitude + north_degrees
        place = replace(e.place, latitude=latitude, name=name or e.place.name)
        return replace(e, place=replace(place, country=country or place.country))

    return change


def led_by(name: str | None) -> Change:
    return lambda e: replace(e, actor1=Actor(Role.AGENT, name=name) if name else None)


def unplaced(name: str) -> Change:
    return lambda e: replace(e, place=replace(e.place, name=name, latitude=None, longitude=None))


def killed(best: int | None) -> Change:
    return lambda e: replace(e, fatalities=None if best is None else Fatalities(best=best))


def same(e: Event) -> Event:
    return e


def test_merge_aleppo_strikes_of_both_agencies_become_one(
    articles: dict[str, tuple[Event, ...]],
) -> None:
    merged = merge_across_articles(articles["afp"] + articles["reuters"])
    shared = [m for m in merged if len(m.members) > 1]
    assert len(shared) == 1
    event = shared[0].event
    assert (event.sub_event_type, event.place and event.place.name) == (
        "Air/drone strike",
        "Aleppo",
    )
    assert event.when is not None and event.when.start == "2016-04-30"
    assert event.sources == tuple(sorted({articles[a][0].article_id for a in AGENCIES}))
    assert event.fatalities is not None and event.fatalities.best == 10
    assert event.actor1 is not None and event.actor1.name == REGIME  # named by AFP only
    assert event.id == merged_id(shared[0].members)
    assert all(MergedEvent.from_dict(m.to_dict()) == m for m in merged)


def test_merge_other_aleppo_events_keep_their_single_source(
    articles: dict[str, tuple[Event, ...]],
) -> None:
    events = articles["afp"] + articles["reuters"]
    merged = merge_across_articles(events)
    assert len(merged) == len(events) - 1
    singles = [m for m in merged if len(m.members) == 1]
    assert {m.id for m in singles} == {e.id for e in events} - {
        member for m in merged if len(m.members) > 1 for member in m.members
    }
    assert all(m.event == next(e for e in events if e.id == m.id) for m in singles)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(same, dated("2016-05-07"), id="dates a week apart"),
        pytest.param(same, dated("2016-05-02"), id="days two apart at day precision"),
        pytest.param(same, moved(0.9), id="places 100 km apart"),
        pytest.param(same, moved(0.0, country="TR"), id="another country"),
        pytest.param(same, lambda e: replace(e, status=Status.NEGATED), id="denied"),
        pytest.param(same, lambda e: replace(e, status=Status.PLANNED), id="planned"),
        pytest.param(led_by(REGIME), led_by(REBELS), id="conflicting first actors"),
        pytest.param(
            same,
            lambda e: replace(e, sub_event_type="Shelling/artillery/missile attack"),
            id="another sub-event type",
        ),
        pytest.param(
            lambda e: replace(e, kind=Kind.AGGREGATE),
            lambda e: replace(e, kind=Kind.AGGREGATE),
            id="running totals",
        ),
        pytest.param(same, lambda e: replace(e, when=None), id="one undated"),
        pytest.param(unplaced("Aleppo"), unplaced("Halab"), id="no coordinates, other name"),
    ],
)
def test_merge_keeps_apart(strike: Event, left: Change, right: Change) -> None:
    events = [variant(strike, "a", left), variant(strike, "b", right)]
    assert len(merge_across_articles(events)) == 2


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(same, same, id="same report"),
        pytest.param(same, dated("2016-05-01"), id="a day apart"),
        pytest.param(same, dated("2016-05-02", precision=2), id="days apart at week precision"),
        pytest.param(same, dated("2016-04-15", precision=3), id="the month"),
        pytest.param(same, moved(0.1), id="places 11 km apart"),
        pytest.param(led_by(REGIME), led_by(None), id="one actor unnamed"),
        pytest.param(same, lambda e: replace(e, status=Status.UNCERTAIN), id="hedged"),
        pytest.param(same, lambda e: replace(e, sub_event_type=None), id="one sub-type missing"),
        pytest.param(unplaced("Aleppo"), unplaced("Aleppo"), id="no coordinates, same name"),
    ],
)
def test_merge_joins(strike: Event, left: Change, right: Change) -> None:
    events = [variant(strike, "a", left), variant(strike, "b", right)]
    (merged,) = merge_across_articles(events)
    assert merged.members == ("event-a", "event-b")
    assert merged.event.sources == ("article-a", "article-b")


def test_merge_never_joins_events_of_one_article(strike: Event) -> None:
    events = [variant(strike, "a"), replace(variant(strike, "a"), id="event-a2")]
    assert [m.members for m in merge_across_articles(events)] == [("event-a",), ("event-a2",)]


@pytest.mark.parametrize(
    ("tolls", "best", "disagreement"),
    [
        ((10, 12, 8), 8, (("article-a", "10"), ("article-b", "12"), ("article-c", "8"))),
        ((10, None, 10), 10, None),
        ((None, 4, None), 4, None),
        ((None, None, None), None, None),
    ],
)
def test_merge_fatalities_lowest_figure_and_disagreement_visible(
    strike: Event,
    tolls: tuple[int | None, ...],
    best: int | None,
    disagreement: tuple[tuple[str, str], ...] | None,
) -> None:
    events = [variant(strike, name, killed(toll)) for name, toll in zip("abc", tolls, strict=True)]
    (merged,) = merge_across_articles(events)
    assert (merged.event.fatalities.best if merged.event.fatalities else None) == best
    found = {d.field: d.values for d in merged.disagreements}
    assert found.get("fatalities") == disagreement


@pytest.mark.parametrize(
    "chain",
    [
        pytest.param((dated("2016-04-29"), dated("2016-04-30"), dated("2016-05-01")), id="dates"),
        pytest.param((led_by(REGIME), led_by(None), led_by(REBELS)), id="actors"),
        pytest.param((moved(-0.2), same, moved(0.2)), id="places"),
    ],
)
def test_merge_chain_with_incompatible_ends_splits(
    strike: Event, chain: tuple[Change, Change, Change]
) -> None:
    events = [variant(strike, name, change) for name, change in zip("abc", chain, strict=True)]
    merged = merge_across_articles(events)
    assert sorted(len(m.members) for m in merged) == [1, 2]
    assert not any({"event-a", "event-c"} <= set(m.members) for m in merged)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_merge_is_order_independent(
    articles: dict[str, tuple[Event, ...]], strike: Event, seed: int
) -> None:
    events = [*articles["afp"], *articles["reuters"]]
    events += [
        variant(strike, name, dated(f"2016-{day}"))
        for name, day in [("x", "04-29"), ("y", "05-01")]
    ]
    expected = [m.to_dict() for m in merge_across_articles(events)]
    random.Random(seed).shuffle(events)
    assert [m.to_dict() for m in merge_across_articles(events)] == expected


@settings(max_examples=25, deadline=None)
@given(order=st.randoms(use_true_random=False))
def test_merge_is_order_independent_for_any_shuffle(strike: Event, order: random.Random) -> None:
    days = ["2016-04-29", "2016-04-30", "2016-04-30", "2016-05-01"]
    events = [variant(strike, name, dated(day)) for name, day in zip("abcd", days, strict=True)]
    events += [variant(strike, "e", led_by(REBELS)), variant(strike, "f", killed(3))]
    expected = merge_across_articles(events)
    order.shuffle(events)
    assert merge_across_articles(events) == expected


@pytest.mark.parametrize("seed", [3, 4])
def test_merge_blocking_gives_every_compatible_pair_once(strike: Event, seed: int) -> None:
    rng = random.Random(seed)
    changes: list[Change] = [
        lambda e: replace(e, place=replace(e.place, geo_precision=2)),
        lambda e: replace(e, place=replace(e.place, geo_precision=3)),
        lambda e: replace(e, place=replace(e.place, geo_precision=3, admin1=None)),
        unplaced("Aleppo"),
        led_by(REBELS),
        lambda e: replace(e, sub_event_type=None),
        lambda e: replace(e, sub_event_type="Shelling/artillery/missile attack"),
        lambda e: replace(e, status=Status.PLANNED),
    ]
    events = []
    for n in range(200):
        event = replace(variant(strike, str(n)), article_id=f"article-{n % 40}")
        event = dated(f"2016-04-{rng.randint(10, 30)}", rng.choice([1, 1, 2, 3]))(event)
        event = moved(rng.uniform(-0.6, 0.6))(event)
        for change in rng.sample(changes, 2):
            event = change(event)
        events.append(event)
    profiles = [profile(e) for e in events]
    given_pairs = list(candidate_pairs(profiles))
    assert len(given_pairs) == len(set(given_pairs))
    expected = {
        (i, j)
        for i in range(len(events))
        for j in range(i + 1, len(events))
        if compatible(profiles[i], profiles[j])
    }
    assert expected and expected <= set(given_pairs)


@pytest.mark.parametrize("collector_on", [True, False])
def test_merge_gives_the_same_records_and_restores_the_collector(
    strike: Event, collector_on: bool
) -> None:
    # more events than the merge makes records for between two hand-overs to the collector
    first = date(2016, 1, 1)
    events = [
        variant(strike, str(n), dated((first + timedelta(days=n // 2)).isoformat()))
        for n in range(2_500)
    ]
    was_on = gc.isenabled()
    try:
        gc.disable()
        expected = merge_across_articles(events)
        if collector_on:
            gc.enable()
        merged = merge_across_articles(events)
        assert gc.isenabled() is collector_on
    finally:
        if was_on:
            gc.enable()
        else:
            gc.disable()
    assert any(len(m.members) > 1 for m in merged)
    assert merged == expected
