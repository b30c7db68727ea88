"""French actor words to ACLED's actors, end to end: who the words name, and their country
taken from the story's places."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.types import Status

PUBLISHED = date(2019, 12, 17)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # armed men nothing names are an unidentified armed group, not jihadists; a patrol
        # acts through the men it gathers
        (
            "OUAGADOUGOU (AFP) - Des hommes armés ont ouvert le feu mardi sur une patrouille de "
            "gendarmes près de Djibo, dans le nord du Burkina Faso, selon une source sécuritaire.",
            "Unidentified Armed Group (Burkina Faso)",
            "Police Forces of Burkina Faso Gendarmerie",
        ),
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué mardi une patrouille de soldats près "
            "de Djibo, dans le nord du Burkina Faso, selon une source sécuritaire.",
            "Islamist Militants (Burkina Faso)",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_french_actors_armed_men_and_the_patrol_they_fire_on(
    text: str, actor1: str, actor2: str
) -> None:
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.status is Status.REPORTED]
    assert events
    event = events[0]
    assert event.event_type == "Battles"
    assert event.actor1 is not None and event.actor2 is not None
    assert (event.actor1.name, event.actor2.name) == (actor1, actor2)
