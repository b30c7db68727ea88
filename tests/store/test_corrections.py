"""Both stores: analysts' corrections are stored with who and when, the latest per field wins,
they are applied to the merged events read back, a rejected event is hidden, and they
survive a refresh of the merged table, re-ingestion and a new grouping of the members."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wirewatch.errors import InputError
from wirewatch.evaluate.gold_events import read_gold_yaml
from wirewatch.process import refresh_merged
from wirewatch.store import EventQuery, SqlStore, StoredArticle
from wirewatch.store.gold import corrections_as_gold, write_gold
from wirewatch.store.merge import merge_across_articles
from wirewatch.types import ArticleResult, MergedEvent

PLACE = {"name": "Kafr Hamra", "latitude": 36.26, "longitude": 37.09}


def _stored(result: ArticleResult) -> StoredArticle:
    return StoredArticle(result.article, "examples/alep.txt", "user", n_events=len(result.events))


@pytest.fixture
def filled(store: SqlStore, founding_result: ArticleResult) -> SqlStore:
    store.add_article(_stored(founding_result), founding_result)
    refresh_merged(store)
    return store


def _first(store: SqlStore) -> MergedEvent:
    return store.events()[0]


def test_corrections_stored_with_author_and_anchor(filled: SqlStore) -> None:
    merged = _first(filled)
    made = filled.add_correction(merged.id, "fatalities", 12, "ana", note="AFP update")
    assert (made.article_id, made.trigger_start, made.trigger_end) == (
        merged.event.article_id,
        merged.event.trigger.start,
        merged.event.trigger.end,
    )
    assert filled.corrections() == [made]
    assert filled.corrections(merged.event.article_id) == [made]
    assert filled.corrections("no-such-article") == []
    assert (made.field, made.value, made.author, made.note) == (
        "fatalities",
        "12",
        "ana",
        "AFP update",
    )


def test_corrections_applied_on_read(filled: SqlStore) -> None:
    merged = _first(filled)
    for field, value in [
        ("event_type", "Violence against civilians"),
        ("sub_event_type", "Attack"),
        ("date", "2016-04-29/2016-04-30"),
        ("place", PLACE),
        ("fatalities", "7"),
        ("actor1", "Military Forces of Russia"),
        ("actor2", "Civilians (Syria)"),
    ]:
        filled.add_correction(merged.id, field, value, "ana")
    event = filled.merged_event(merged.id)
    assert event is not None
    fixed = event.event
    assert (fixed.event_type, fixed.sub_event_type) == ("Violence against civilians", "Attack")
    assert fixed.when is not None and (fixed.when.start, fixed.when.end) == (
        "2016-04-29",
        "2016-04-30",
    )
    assert fixed.place is not None
    assert (fixed.place.name, fixed.place.latitude, fixed.place.longitude) == (
        "Kafr Hamra",
        36.26,
        37.09,
    )
    assert fixed.fatalities is not None and fixed.fatalities.best == 7
    assert fixed.actor1 is not None and fixed.actor1.name == "Military Forces of Russia"
    assert fixed.actor2 is not None and fixed.actor2.name == "Civilians (Syria)"
    assert event in filled.events()
    record = filled.merged_event_record(merged.id)
    assert record is not None
    assert [c["field"] for c in record["corrections"]][:2] == ["event_type", "sub_event_type"]
    assert record["corrections"][3]["value"] == PLACE
    assert record["corrections"][4]["value"] == 7
    listed = {r["event"]["id"]: r for r in filled.event_records()}
    assert listed[merged.id] == record
    others = [r for key, r in listed.items() if key != merged.id]
    assert all(r["corrections"] == [] for r in others)


def test_corrections_latest_wins(filled: SqlStore) -> None:
    merged = _first(filled)
    filled.add_correction(merged.id, "fatalities", 3, "ana")
    filled.add_correction(merged.id, "fatalities", 5, "bob")
    event = filled.merged_event(merged.id)
    assert event is not None and event.event.fatalities is not None
    assert event.event.fatalities.best == 5
    record = filled.merged_event_record(merged.id)
    assert record is not None
    assert [(c["value"], c["author"]) for c in record["corrections"]] == [(3, "ana"), (5, "bob")]


def test_corrections_rejected_hidden(filled: SqlStore) -> None:
    merged = _first(filled)
    before = filled.count_events()
    filled.add_correction(merged.id, "rejected", True, "ana", note="not an event")
    assert merged.id not in [e.id for e in filled.events()]
    assert filled.count_events() == before - 1
    assert filled.event_stats().total == before - 1
    assert merged.id in [e.id for e in filled.events(EventQuery(include_rejected=True))]
    assert filled.merged_event(merged.id) is not None  # still readable by id
    filled.add_correction(merged.id, "rejected", "false", "bob")
    assert filled.count_events() == before


def test_corrections_survive_refresh_and_reingest(
    filled: SqlStore, founding_result: ArticleResult
) -> None:
    merged = _first(filled)
    filled.add_correction(merged.id, "event_type", "Battles", "ana")
    filled.add_correction(merged.id, "rejected", "true", "ana")
    assert filled.add_article(_stored(founding_result), founding_result) is False
    refresh_merged(filled)
    found = filled.merged_event(merged.id)
    assert found is not None and found.event.event_type == "Battles"
    assert merged.id not in [e.id for e in filled.events()]


def test_corrections_follow_the_member_into_a_new_merged_event(
    filled: SqlStore, founding_result: ArticleResult
) -> None:
    """A merged id changes when sources join; the correction, anchored to the member's
    article and trigger, still applies to the new merged event."""
    event = founding_result.events[0]
    filled.add_correction(event.id, "fatalities", 9, "ana")
    twin = dataclasses.replace(event, id="twin", article_id="other-article", sources=())
    joined = merge_across_articles([event, twin])
    assert len(joined) == 1 and joined[0].id != event.id
    filled.replace_merged(joined)
    found = filled.merged_event(joined[0].id)
    assert found is not None and found.event.fatalities is not None
    assert found.event.fatalities.best == 9


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("colour", "red", "cannot correct"),
        ("date", "2016-13-01", "YYYY-MM-DD"),
        ("date", "2016-05-02/2016-05-01", "ends before"),
        ("date", "May 1", "YYYY-MM-DD"),
        ("place", {"name": "X", "latitude": 100, "longitude": 0}, "out of range"),
        ("place", {"latitude": 1, "longitude": 2}, "needs a name"),
        ("place", "not json", "place must be"),
        ("place", {"name": "X", "latitude": 1}, "two numbers"),
        ("fatalities", -1, "whole number"),
        ("fatalities", "many", "whole number"),
        ("fatalities", True, "whole number"),
        ("rejected", "yes", "rejected must be"),
        ("actor1", "  ", "non-empty"),
    ],
)
def test_corrections_bad_values_refused(
    filled: SqlStore, field: str, value: Any, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        filled.add_correction(_first(filled).id, field, value, "ana")
    assert filled.corrections() == []


def test_corrections_unknown_event_or_no_author(filled: SqlStore) -> None:
    with pytest.raises(InputError, match="no event"):
        filled.add_correction("no-such-id", "fatalities", 1, "ana")
    with pytest.raises(InputError, match="author"):
        filled.add_correction(_first(filled).id, "fatalities", 1, " ")


def test_corrections_as_gold_read_back(filled: SqlStore, tmp_path: Path) -> None:
    events = filled.events()
    kept, dropped = events[0], events[1]
    filled.add_correction(kept.id, "fatalities", 4, "ana")
    filled.add_correction(kept.id, "date", "2016-04-30", "ana")
    filled.add_correction(dropped.id, "rejected", True, "ana")
    (gold,) = corrections_as_gold(filled)
    read = read_gold_yaml(write_gold(gold, tmp_path))
    assert read.text == filled.article(kept.event.article_id).article.text  # type: ignore[union-attr]
    assert read.published == date(2016, 5, 1)
    (entry,) = read.events
    assert (entry["id"], entry["fatalities"], entry["date"]) == (kept.id, 4, date(2016, 4, 30))
    assert entry["event_type"] == kept.event.event_type and entry["required"] is True
    assert [bad["para"] for bad in read.must_not] == [dropped.event.paragraph]
