"""Officers: « officier(s) » alone are the army's, of the police, the gendarmerie or the
customs the police's, of the civil registry or of health civilians; and the day told after
the armed men who did it (« par des hommes armés à Djibo samedi ») is the event's.
Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings

PUBLISHED = date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "actor2", "sub_event_type"),
    [
        (
            "Des jihadistes ont tué deux officiers de police samedi à Djibo.",
            "Police Forces of Burkina Faso",
            "Armed clash",
        ),
        (
            "Un officier de l'état civil a été enlevé par des hommes armés à Djibo samedi.",
            "Civilians (Burkina Faso)",
            "Abduction/forced disappearance",
        ),
        (
            "Un officier de santé a été enlevé par des jihadistes près de Djibo samedi.",
            "Civilians (Burkina Faso)",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_officers_are_of_the_force_or_office_they_serve(
    text: str, actor2: str, sub_event_type: str
) -> None:
    settings = Settings(lang="fr", country="BF")
    (event,) = [e for e in extract(text, PUBLISHED, lang="fr", settings=settings) if e.event_type]
    assert event.actor2 is not None and event.actor2.name == actor2
    assert event.sub_event_type == sub_event_type
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 12)


def test_officers_arrested_by_soldiers_is_an_arrest() -> None:
    # (an arrest of no one named as people is a stopping: « arrêter » the violence)
    settings = Settings(lang="fr", country="ML")
    events = extract(
        "Les militaires ont arrêté jeudi à Kati plusieurs officiers.",
        PUBLISHED,
        lang="fr",
        settings=settings,
    )
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [
        ("Arrests", "Military Forces of Mali")
    ]
