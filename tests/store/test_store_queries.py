"""Both stores, one suite: the reads the HTTP API needs (one merged event, events and
articles by id, counts, statistics, the merged events of an article) agree with events()."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from wirewatch.store import ArticleState, EventQuery, SqlStore, StoredArticle
from wirewatch.types import Article, ArticleResult, MergedEvent

_QUERIES: list[dict[str, Any]] = [
    {},
    {"country": "SY"},
    {"start": date(2016, 4, 30), "end": date(2016, 4, 30)},
    {"event_type": "Air/drone strike"},
    {"near": (36.2, 37.16, 25)},
    {"near": (36.2, 37.16, 25), "event_type": "explosions/remote violence"},
    {"actor": "forces"},
    {"text": "Alep"},
    {"country": "ML"},  # nothing: the founding article is about Syria
]
_OTHER = Article(text="Un second article, sans événement.", published=date(2016, 5, 2))


def _stored(result: ArticleResult) -> StoredArticle:
    return StoredArticle(result.article, "examples/alep.txt", "user", n_events=len(result.events))


@pytest.fixture
def filled(store: SqlStore, founding_result: ArticleResult) -> SqlStore:
    """The founding article, a second article with no event of its own, and every event
    as its own merged event, the first one also reported by the second article."""
    store.add_article(_stored(founding_result), founding_result)
    store.add_article(StoredArticle(_OTHER, "other.txt", "user", ArticleState.PROCESSED), None)
    merged = [
        MergedEvent(event=dataclasses.replace(e, sources=(e.article_id,)), members=(e.id,))
        for e in founding_result.events
    ]
    first = merged[0].event
    shared = dataclasses.replace(first, sources=(first.article_id, _OTHER.id))
    merged[0] = dataclasses.replace(merged[0], event=shared)
    store.replace_merged(merged)
    return store


def test_store_queries_merged_event_by_id(filled: SqlStore) -> None:
    for merged in filled.events():
        assert filled.merged_event(merged.id) == merged
    assert filled.merged_event("no-such-id") is None


def test_store_queries_events_by_id_in_the_order_given(
    filled: SqlStore, founding_result: ArticleResult
) -> None:
    ids = [e.id for e in reversed(founding_result.events)]
    found = filled.events_by_id([*ids, "no-such-id", ids[0]])
    assert [e.id for e in found] == ids
    assert found == list(reversed(founding_result.events))
    assert filled.events_by_id([]) == []


def test_store_queries_articles_by_id_in_the_order_given(
    filled: SqlStore, founding_result: ArticleResult
) -> None:
    ids = [_OTHER.id, founding_result.article.id]
    found = filled.articles_by_id([*ids, "no-such-id"])
    assert [stored.article.id for stored in found] == ids
    assert found[1].article == founding_result.article
    assert found[0].origin == "other.txt"


def test_store_queries_merged_ids_of_article(filled: SqlStore) -> None:
    every = [m.id for m in filled.events()]
    founding = filled.merged_ids_of_article(filled.events()[0].event.article_id)
    assert founding == every  # every merged event, in events() order
    shared = [m.id for m in filled.events() if _OTHER.id in m.event.sources]
    assert filled.merged_ids_of_article(_OTHER.id) == shared and len(shared) == 1
    assert filled.merged_ids_of_article("no-such-id") == []


@pytest.mark.parametrize("filters", _QUERIES)
def test_store_queries_records_are_the_events(filled: SqlStore, filters: dict[str, Any]) -> None:
    query = EventQuery(**filters, limit=5, offset=2)
    # Nothing is corrected here: each record lists no correction.
    expected = [{**m.to_dict(), "corrections": []} for m in filled.events(query)]
    assert filled.event_records(query) == expected


@pytest.mark.parametrize("filters", _QUERIES)
def test_store_queries_count_ignores_paging(filled: SqlStore, filters: dict[str, Any]) -> None:
    every = filled.events(EventQuery(**filters))
    assert filled.count_events(EventQuery(**filters, limit=1, offset=1)) == len(every)
    assert filled.count_events(**filters) == len(every)


def test_store_queries_filters_select_something(filled: SqlStore) -> None:
    """The queries above are not all trivial: most select some events, not all."""
    total = filled.count_events()
    counts = [filled.count_events(**filters) for filters in _QUERIES[1:-1]]
    assert all(n > 0 for n in counts) and any(n < total for n in counts)
    assert filled.count_events(**_QUERIES[-1]) == 0


@pytest.mark.parametrize("filters", _QUERIES)
def test_store_queries_stats_add_up(filled: SqlStore, filters: dict[str, Any]) -> None:
    stats = filled.event_stats(EventQuery(**filters, limit=1))  # limit and offset aside
    every = filled.events(EventQuery(**filters))
    assert stats.total == len(every)
    assert sum(stats.by_type.values()) == stats.total
    assert sum(stats.by_week.values()) + stats.undated == stats.total
    assert sum(stats.by_place.values()) + stats.unplaced == stats.total
    types = [m.event.event_type or m.event.plover or m.event.kind.value for m in every]
    assert stats.by_type == {t: types.count(t) for t in stats.by_type}
    places = [m.event.place.name for m in every if m.event.place and m.event.place.name]
    assert stats.by_place == {p: places.count(p) for p in stats.by_place}
    assert list(stats.by_place.values()) == sorted(stats.by_place.values(), reverse=True)


def test_store_queries_stats_by_iso_week(filled: SqlStore) -> None:
    stats = filled.event_stats()
    weeks: dict[str, int] = {}
    for merged in filled.events():
        when = merged.event.when
        if when is not None and when.start:
            year, week, _ = date.fromisoformat(when.start[:10]).isocalendar()
            key = f"{year}-W{week:02d}"
            weeks[key] = weeks.get(key, 0) + 1
    assert stats.by_week == dict(sorted(weeks.items()))
    assert list(stats.by_week) == sorted(stats.by_week)
    assert "2016-W17" in stats.by_week  # 30 April 2016, the founding article's Saturday


def test_store_queries_empty_store(store: SqlStore) -> None:
    stats = store.event_stats()
    assert (stats.total, stats.by_type, stats.by_week, stats.by_place) == (0, {}, {}, {})
    assert store.count_events() == 0
    assert store.event_records() == []
