"""ACLED exports as gold: reading both column sets, and the per-field scores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirewatch.errors import InputError
from wirewatch.evaluate.acled import _actor_name, read_acled_csv, score_acled
from wirewatch.types import Actor, Event, Kind, Place, Role, Span, Status, When

CSV = (
    "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,location,latitude,"
    "longitude,notes,fatalities\n"
    "XYZ1,03 December 2020,Protests,Peaceful protest,Protesters (Mali),NA,Bamako,12.65,-8.0,"
    '"On 3 December 2020, students marched in Bamako.",0\n'
    "XYZ2,2020-12-04,Battles,Armed clash,Military Forces of Mali (2021-),JNIM,Gao,16.27,-0.04,"
    '"On 4 December 2020, soldiers fought JNIM near Gao.",3\n'
)


def test_acled_reads_rows_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(CSV, "utf-8")
    rows = read_acled_csv(path)
    assert [r.event_date for r in rows] == [date(2020, 12, 3), date(2020, 12, 4)]
    assert rows[0].actor2 == "" and rows[1].fatalities == 3


def test_acled_scores_a_perfect_and_a_missing_answer(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(CSV, "utf-8")
    rows = read_acled_csv(path)
    trigger = Span(0, 1, "O")
    perfect = Event(
        id="0" * 16,
        article_id="0" * 16,
        kind=Kind.EVENT,
        status=Status.REPORTED,
        trigger=trigger,
        sentence=trigger,
        paragraph=1,
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1=Actor(role=Role.AGENT, name="Protesters (Mali)"),
        place=Place(latitude=12.65, longitude=-8.0),
        when=When(start="2020-12-03", end="2020-12-03"),
    )
    scores = score_acled(rows, lambda row: [perfect] if row.event_id == "XYZ1" else [])
    assert scores.rows == 2
    assert scores.right["event_type"] == 1 and scores.right["location_25km"] == 1
    assert scores.right["actor1"] == 1  # "(2021-)" periods are ignored, but XYZ2 got nothing
    assert scores.right["fatalities_exact"] == 1  # 0 wanted and 0 given for XYZ1 only


def test_acled_not_an_export_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", "utf-8")
    with pytest.raises(InputError, match="not an ACLED export"):
        read_acled_csv(path)


@pytest.mark.parametrize(
    ("acled", "ours", "same"),
    [
        ("Police Forces of Burkina Faso (2015-) Gendarmerie",
         "Police Forces of Burkina Faso Gendarmerie", True),
        ("Military Forces of Benin (2016-)", "military forces of benin", True),
        ("Military Forces of Benin (2006-2016)", "Military Forces of Benin", True),
        ("Police Forces of Benin (2016-)", "Military Forces of Benin", False),
    ],
)  # fmt: skip
def test_acled_actor_names_compare_without_periods_anywhere(
    acled: str, ours: str, same: bool
) -> None:
    assert (_actor_name(acled) == _actor_name(ours)) is same
