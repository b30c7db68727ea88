"""A lynching is mob violence against the people lynched, civilians; it counts dead only
when the text says they died ("lynched to death"): ACLED's own notes tell of people
"lynched" then handed over to the police. Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract

PUBLISHED = date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "lang", "toll"),
    [
        ("Residents lynched a suspected thief to death in Parakou on Saturday.", "en", 1),
        ("Residents lynched a suspected thief in Parakou on Saturday.", "en", None),
        ("Des habitants ont lynché deux voleurs présumés samedi à Kandi.", "fr", None),
    ],
)
def test_the_people_a_crowd_lynches_are_civilians_and_dead_when_told(
    text: str, lang: str, toll: int | None
) -> None:
    (event,) = extract(text, PUBLISHED, lang=lang)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert (event.fatalities.best if event.fatalities is not None else None) == toll
    assert event.actor2 is not None and event.actor2.name == "Civilians (Benin)"
