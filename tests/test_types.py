"""The event record: immutable, JSON with a schema version, valid against the committed schema."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from importlib import resources

import jsonschema
import pytest

from wirewatch import ArticleResult
from wirewatch.process import extract
from wirewatch.types import SCHEMA_VERSION, Article, Event, Span, When, article_id


def _schema() -> dict[str, object]:
    path = resources.files("wirewatch") / "resources" / "schema" / "event.schema.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_types_every_event_of_the_founding_article_matches_the_json_schema(
    founding_result: ArticleResult,
) -> None:
    validator = jsonschema.Draft202012Validator(_schema())
    assert founding_result.events
    for event in founding_result.events:
        record = json.loads(json.dumps(event.to_dict(), ensure_ascii=False))
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, errors[0].message
        assert record["schema_version"] == SCHEMA_VERSION


def test_types_a_place_moved_from_an_area_keeps_it_in_a_valid_record() -> None:
    # the area the event was told in first is part of the record, and read back from it
    text = (
        "JUBA, Jan. 30 (Reuters) - Armed youths raided a cattle camp in South Sudan's Jonglei "
        "state on Sunday, killing at least 12 people. The attackers struck the camp near "
        "Pakeer, in Twic East County, at dawn and exchanged fire for several hours with armed "
        "cattle keepers."
    )
    (event,) = [e for e in extract(text, date(2024, 1, 30), lang="en") if e.event_type]
    record = json.loads(json.dumps(event.to_dict(), ensure_ascii=False))
    jsonschema.validate(record, _schema())
    assert record["place"]["area"]["text"] == "Jonglei state"
    assert Event.from_dict(record).place == event.place
    del record["place"]["area"]  # a record written before the field
    jsonschema.validate(record, _schema())
    revived = Event.from_dict(record).place
    assert revived is not None and revived.area is None


def test_types_schema_rejects_a_record_with_an_unknown_status(
    founding_result: ArticleResult,
) -> None:
    record = founding_result.events[0].to_dict()
    record["status"] = "happened"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, _schema())


def test_types_every_span_is_the_text_it_points_at(
    founding_result: ArticleResult,
    founding_text: str,
) -> None:
    def spans(value: object) -> list[Span]:
        if isinstance(value, Span):
            return [value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return [s for f in dataclasses.fields(value) for s in spans(getattr(value, f.name))]
        if isinstance(value, tuple):
            return [s for item in value for s in spans(item)]
        return []

    for event in founding_result.events:
        for span in spans(event):
            assert founding_text[span.start : span.end] == span.text


def test_types_records_are_immutable(founding_result: ArticleResult) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        founding_result.events[0].status = "negated"  # type: ignore[misc]


def test_types_article_id_is_stable_and_whitespace_insensitive() -> None:
    assert article_id("Des raids  ont\ttouché Alep.") == article_id("Des raids ont touché Alep.")
    assert article_id("a", "http://x") != article_id("a")
    assert Article(text="Des raids.").id == Article(text="Des raids.").id


def test_types_event_ids_are_stable_across_runs(founding_result: ArticleResult) -> None:
    from wirewatch import process

    again = process(founding_result.article)
    assert [e.id for e in again.events] == [e.id for e in founding_result.events]
    assert len({e.id for e in again.events}) == len(again.events)


def test_types_span_refuses_negative_offsets() -> None:
    with pytest.raises(ValueError):
        Span(5, 2, "")


@pytest.mark.parametrize(
    ("start", "end", "precision", "value", "day"),
    [
        ("2020-03-22", "2020-03-22", 1, "2020-03-22", "2020-03-22"),
        ("2020-03-22", "2020-03-23", 2, "2020-03-22", "2020-03-22"),  # days the text names
        ("2016-04-18", "2016-04-24", 2, "2016-W16", "2016-04-21"),  # a week: its middle
        ("2019-10-01", "2019-10-31", 3, "2019-10", "2019-10-15"),  # a month: its 15th
        ("2020-02-01", "2020-02-29", 3, "2020-02", "2020-02-15"),
        ("2019-10-01", "2019-10-30", 3, None, "2019-10-15"),  # not the whole month: middle
        ("not a date", None, 1, None, None),
    ],
)
def test_types_when_coded_day_is_the_day_acled_codes(
    start: str, end: str | None, precision: int, value: str | None, day: str | None
) -> None:
    when = When(start=start, end=end, time_precision=precision, value=value)
    coded = when.coded_day()
    assert (coded.isoformat() if coded else None) == day
