"""ACLED rows: ACLED's columns in ACLED's order, values in ACLED's formats."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.export.conftest import SECOND_ARTICLE
from wirewatch.export import (
    ACLED_COLUMNS,
    acled_record,
    acled_row,
    disorder_type,
    interaction_code,
    is_acled_event,
)
from wirewatch.export.acled import event_date
from wirewatch.types import (
    Actor,
    Article,
    Event,
    Fatalities,
    Kind,
    MergedEvent,
    Place,
    Role,
    Span,
    Status,
    When,
)

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "acled"

EXPECTED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip


def _merged(**changes: Any) -> MergedEvent:
    """A bare event (no actors, place, date or toll) with ``changes`` applied."""
    span = Span(0, 4, "text")
    fields: dict[str, Any] = {
        "id": "e0e0e0e0e0e0e0e0",
        "article_id": "a0a0a0a0a0a0a0a0",
        "kind": Kind.EVENT,
        "status": Status.REPORTED,
        "trigger": span,
        "sentence": span,
        "paragraph": 1,
    }
    return MergedEvent(event=Event(**(fields | changes)), members=("e0e0e0e0e0e0e0e0",))


def test_acled_columns_are_acleds_in_acleds_order() -> None:
    assert ACLED_COLUMNS == EXPECTED_COLUMNS


def _current_headers() -> list[list[str]]:
    if not GOLD.is_dir():
        return []
    headers = []
    for path in sorted(GOLD.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        if "disorder_type" in header:  # ACLED's current export (older ones lack it)
            headers.append(header)
    return headers


@pytest.mark.skipif(not _current_headers(), reason="no current ACLED export in ../shared/gold")
def test_acled_columns_equal_the_header_of_acleds_current_export() -> None:
    for header in _current_headers():
        assert tuple(header) == ACLED_COLUMNS


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("event_type", "Explosions/Remote violence"),
        ("sub_event_type", "Air/drone strike"),
        ("disorder_type", "Political violence"),
        ("actor1", "Military Forces of Syria"),
        ("inter1", "1"),
        ("country", "Syria"),
        ("iso", "760"),
        ("region", "Middle East"),
        ("location", "Aleppo"),
        ("event_date", "2016-04-30"),
        ("year", "2016"),
        ("time_precision", "1"),
        ("fatalities", "10"),
        ("source", "AFP"),
        ("admin3", ""),
        ("timestamp", ""),
    ],
)
def test_acled_row_aleppo_airstrike(
    airstrike: MergedEvent, articles: Any, column: str, expected: str
) -> None:
    assert acled_row(airstrike, articles)[column] == expected


def test_acled_row_aleppo_airstrike_coordinates_have_four_decimals(
    airstrike: MergedEvent,
) -> None:
    row = acled_row(airstrike)
    assert re.fullmatch(r"-?\d+\.\d{4}", row["latitude"])
    assert re.fullmatch(r"-?\d+\.\d{4}", row["longitude"])
    assert float(row["latitude"]) == pytest.approx(36.2, abs=0.05)
    assert float(row["longitude"]) == pytest.approx(37.15, abs=0.05)


def test_acled_row_notes_are_the_evidence_sentence_on_one_line(airstrike: MergedEvent) -> None:
    notes = acled_row(airstrike)["notes"]
    assert "dix morts" in notes
    assert "\n" not in notes
    assert notes == notes.strip()


def test_acled_row_every_event_gives_every_column_as_text(
    all_events: list[MergedEvent], articles: Any
) -> None:
    for merged in all_events:
        row = acled_row(merged, articles)
        assert tuple(row) == ACLED_COLUMNS
        assert all(isinstance(value, str) for value in row.values())
        if row["event_date"]:
            assert date.fromisoformat(row["event_date"]).year == int(row["year"])


def test_acled_row_two_sources_names_both_outlets_and_keeps_the_reconciled_toll(
    two_sources: MergedEvent, articles: Any
) -> None:
    row = acled_row(two_sources, articles)
    assert row["source"] == "AFP; Reuters"
    assert row["fatalities"] == "10"
    assert row["event_id_cnty"] == two_sources.id


def test_acled_row_source_accepts_articles_and_skips_unknown_ones(
    two_sources: MergedEvent,
) -> None:
    assert acled_row(two_sources)["source"] == ""
    known = {SECOND_ARTICLE: Article(text="", source="Reuters", id=SECOND_ARTICLE)}
    assert acled_row(two_sources, known)["source"] == "Reuters"


def test_acled_row_unknown_values_are_empty_and_no_toll_is_zero() -> None:
    row = acled_row(_merged())
    empty = set(ACLED_COLUMNS) - {"event_id_cnty", "inter2", "notes", "fatalities"}
    assert {column: row[column] for column in empty} == dict.fromkeys(empty, "")
    assert (row["inter2"], row["fatalities"]) == ("0", "0")


def test_acled_row_deaths_without_a_figure_leave_fatalities_empty() -> None:
    deaths = Fatalities(mention=Span(0, 4, "text"), best=None)
    assert acled_row(_merged(fatalities=deaths))["fatalities"] == ""


@pytest.mark.parametrize(("is_event_location", "country"), [(True, "Syria"), (False, "")])
def test_acled_row_place_only_where_the_event_happened(
    is_event_location: bool, country: str
) -> None:
    place = Place(name="Aleppo", country="SY", is_event_location=is_event_location)
    row = acled_row(_merged(place=place))
    assert (row["country"], row["location"]) == (country, "Aleppo" if country else "")


def test_acled_row_assoc_actors_go_to_their_side() -> None:
    row = acled_row(
        _merged(
            actor1=Actor(Role.AGENT, name="A", inter=1),
            actor2=Actor(Role.TARGET, name="B", inter=2),
            assoc_actors=(
                Actor(Role.SPONSOR, name="C"),
                Actor(Role.SPONSOR, name="D"),
                Actor(Role.RECIPIENT, name="E"),
                Actor(Role.SPONSOR, name="A"),  # already actor1
                Actor(Role.RECIPIENT),  # no name
            ),
        )
    )
    assert (row["assoc_actor_1"], row["assoc_actor_2"]) == ("C; D", "E")
    assert row["interaction"] == "12"


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 7, 17), (7, 1, 17), (2, 1, 12), (4, 4, 44), (6, 0, 60), (1, None, None), (None, 7, None)],
)
def test_acled_interaction_code(
    inter1: int | None, inter2: int | None, expected: int | None
) -> None:
    assert interaction_code(inter1, inter2) == expected


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Agreement", "Strategic developments"),
        (None, None, None),
    ],
)
def test_acled_disorder_type(
    event_type: str | None, sub_event_type: str | None, expected: str | None
) -> None:
    assert disorder_type(event_type, sub_event_type) == expected


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "inter2", "targeted"),
    [
        ("Explosions/Remote violence", "Air/drone strike", 7, True),
        ("Explosions/Remote violence", "Air/drone strike", 2, False),
        ("Violence against civilians", "Abduction/forced disappearance", 7, True),
        ("Protests", "Excessive force against protesters", 6, True),
        ("Protests", "Peaceful protest", 7, False),
        ("Strategic developments", "Arrests", 7, False),
    ],
)
def test_acled_civilian_targeting(
    event_type: str, sub_event_type: str, inter2: int, targeted: bool
) -> None:
    merged = _merged(
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=Actor(Role.AGENT, inter=1),
        actor2=Actor(Role.TARGET, inter=inter2),
    )
    expected = "Civilian targeting" if targeted else None
    assert acled_record(merged).civilian_targeting == expected


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (When(start="2016-04-30", end="2016-04-30", time_precision=1), date(2016, 4, 30)),
        (When(start="2016-04-30", end="2016-05-01", time_precision=2), date(2016, 4, 30)),
        (When(start="2016-04-18", end="2016-04-24", time_precision=2), date(2016, 4, 21)),
        (When(start="2016-04-22", end="2016-05-01", time_precision=3), date(2016, 4, 26)),
        (When(start="2016-04-22", time_precision=3), date(2016, 4, 22)),
        (When(start="2016-04", time_precision=3), None),
        (When(), None),
        (None, None),
    ],
)
def test_acled_event_date_is_the_day_or_the_middle_of_the_range(
    when: When | None, expected: date | None
) -> None:
    assert event_date(when) == expected


@pytest.mark.parametrize(
    ("changes", "codable"),
    [
        ({"event_type": "Battles"}, True),
        ({"event_type": "Battles", "status": Status.NEGATED}, False),
        ({"event_type": "Battles", "status": Status.PLANNED}, False),
        ({"event_type": "Protests", "status": Status.ONGOING}, True),
        ({"event_type": "Battles", "status": Status.UNCERTAIN}, False),
        ({"event_type": "Battles", "kind": Kind.AGGREGATE}, False),
        ({"event_type": "Strategic developments", "kind": Kind.CEASEFIRE}, True),
        ({"event_type": None, "plover": "CONSULT"}, False),
    ],
)
def test_acled_is_acled_event(changes: dict[str, Any], codable: bool) -> None:
    assert is_acled_event(_merged(**changes)) is codable
