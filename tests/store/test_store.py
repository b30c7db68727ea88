"""Both stores, one suite: writing is idempotent and atomic, queries filter alike."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from wirewatch.errors import InputError, StoreError
from wirewatch.store import (
    ArticleState,
    EventQuery,
    SqlStore,
    StoredArticle,
    open_store,
)
from wirewatch.store.migrations import MIGRATIONS
from wirewatch.types import Article, ArticleResult, MergedEvent


def _stored(result: ArticleResult, origin: str = "examples/alep.txt") -> StoredArticle:
    return StoredArticle(result.article, origin, "user", n_events=len(result.events))


def _singletons(result: ArticleResult) -> list[MergedEvent]:
    return [
        MergedEvent(event=dataclasses.replace(e, sources=(e.article_id,)), members=(e.id,))
        for e in result.events
    ]


@pytest.fixture
def filled(store: SqlStore, founding_result: ArticleResult) -> SqlStore:
    store.add_article(_stored(founding_result), founding_result)
    store.replace_merged(_singletons(founding_result))
    return store


def test_store_migrations_recorded_once(store: SqlStore) -> None:
    assert store.applied_migrations() == [m.name for m in MIGRATIONS]
    assert store.migrate() == []


def test_store_article_round_trip(filled: SqlStore, founding_result: ArticleResult) -> None:
    article = founding_result.article
    stored = filled.article(article.id)
    assert stored is not None
    assert stored.article == article
    assert stored.published_basis == "user"
    assert stored.n_events == len(founding_result.events)
    assert filled.article("no-such-id") is None


def test_store_events_round_trip(filled: SqlStore, founding_result: ArticleResult) -> None:
    assert sorted(filled.iter_events(), key=lambda e: e.id) == sorted(
        founding_result.events, key=lambda e: e.id
    )
    assert {m.event.id for m in filled.events()} == {e.id for e in founding_result.events}


def test_store_add_twice_changes_nothing(filled: SqlStore, founding_result: ArticleResult) -> None:
    before = filled.counts()
    assert filled.add_article(_stored(founding_result, "elsewhere.txt"), founding_result) is False
    assert filled.counts() == before
    assert filled.article(founding_result.article.id).origin == "examples/alep.txt"  # type: ignore[union-attr]


def test_store_failed_write_leaves_nothing(store: SqlStore, founding_result: ArticleResult) -> None:
    events = founding_result.events
    broken = dataclasses.replace(founding_result, events=(*events, events[0]))  # duplicate id
    with pytest.raises(StoreError):
        store.add_article(_stored(broken), broken)
    assert store.counts().articles == 0
    assert store.counts().events == 0
    assert store.add_article(_stored(founding_result), founding_result) is True


def test_store_unsupported_article_kept_and_counted(store: SqlStore) -> None:
    article = Article("Die Armee hat am Samstag die Stadt bombardiert.", lang="de")
    stored = StoredArticle(article, "de.txt", "missing", state=ArticleState.UNSUPPORTED_LANGUAGE)
    assert store.add_article(stored, None)
    counts = store.counts()
    assert (counts.articles, counts.unsupported, counts.undated, counts.events) == (1, 1, 1, 0)


def test_store_errors_latest_per_origin(store: SqlStore, founding_result: ArticleResult) -> None:
    store.record_error("bad.bin", "input.binary", "bad.bin is a binary file")
    store.record_error("bad.bin", "input.binary", "bad.bin is a binary file, again")
    store.record_error("examples/alep.txt", "input.fetch", "timed out")
    assert [(e.origin, e.message) for e in store.errors()] == [
        ("bad.bin", "bad.bin is a binary file, again"),
        ("examples/alep.txt", "timed out"),
    ]
    store.add_article(_stored(founding_result), founding_result)  # the origin now succeeds
    assert [e.origin for e in store.errors()] == ["bad.bin"]


def _airstrike_ids(filled: SqlStore, query: EventQuery) -> set[str]:
    return {m.id for m in filled.events(query)}


@pytest.mark.parametrize(
    ("query", "expect_some", "check"),
    [
        (EventQuery(start=date(2016, 4, 30), end=date(2016, 4, 30)), True,
         lambda m: m.event.when.start <= "2016-04-30" <= m.event.when.end),
        (EventQuery(start=date(2017, 1, 1)), False, None),
        (EventQuery(event_type="explosions/remote violence"), True,
         lambda m: m.event.event_type == "Explosions/Remote violence"),
        (EventQuery(event_type="Air/drone strike"), True,
         lambda m: m.event.sub_event_type == "Air/drone strike"),
        (EventQuery(country="SY"), True, lambda m: m.event.place.country == "SY"),
        (EventQuery(country="Syrie"), True, lambda m: m.event.place.country == "SY"),
        (EventQuery(country="FR"), False, None),
        (EventQuery(near=(36.20, 37.16, 30)), True, lambda m: m.event.place.name == "Aleppo"),
        (EventQuery(near=(48.85, 2.35, 100)), False, None),
        (EventQuery(actor="military forces of syria"), True,
         lambda m: "Syria" in json.dumps(m.to_dict())),
        (EventQuery(text="Layramoun"), True, None),
        (EventQuery(text="Tombouctou"), False, None),
    ],
)  # fmt: skip
def test_store_events_filter(filled: SqlStore, query: EventQuery, expect_some: bool, check) -> None:  # type: ignore[no-untyped-def]
    found = filled.events(query)
    assert bool(found) is expect_some
    if check is not None:
        assert all(check(m) for m in found)
    assert len(found) <= len(filled.events())


def test_store_events_paginate(filled: SqlStore) -> None:
    everything = filled.events()
    pages = [filled.events(EventQuery(limit=4, offset=k)) for k in range(0, len(everything), 4)]
    assert [m.id for page in pages for m in page] == [m.id for m in everything]
    starts = [m.event.when.start for m in everything if m.event.when and m.event.when.start]
    assert starts == sorted(starts)


def test_store_replace_merged_is_whole(filled: SqlStore, founding_result: ArticleResult) -> None:
    singles = _singletons(founding_result)
    filled.replace_merged(singles[:3])
    assert {m.id for m in filled.events()} == {m.id for m in singles[:3]}
    assert filled.counts().merged_events == 3


@pytest.mark.parametrize(
    "query",
    [
        dict(start=date(2016, 5, 2), end=date(2016, 5, 1)),
        dict(near=(95.0, 0.0, 10.0)),
        dict(near=(10.0, 0.0, 0.0)),
        dict(country="Atlantide"),
        dict(limit=-1),
    ],
)
def test_store_query_rejects_bad_filters(query: dict[str, object]) -> None:
    with pytest.raises(InputError):
        EventQuery(**query)  # type: ignore[arg-type]


def test_store_sqlite_refuses_non_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not a database at all\n" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        open_store(junk)
    assert junk.read_bytes().startswith(b"this is not a database")
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)


def test_store_sqlite_uses_wal(tmp_path: Path) -> None:
    open_store(tmp_path / "w.db").close()
    with sqlite3.connect(tmp_path / "w.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_postgres_bad_url_is_store_error() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody@127.0.0.1:1/nothing")
