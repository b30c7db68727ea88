"""A group that sets up a base, a camp or its headquarters: ACLED's Strategic developments
/ Headquarters or base established, in either language, its author the group. Sentences
written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract

PUBLISHED = date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "lang", "actor1"),
    [
        (
            "JNIM has set up a base in the forest near Dioura, local officials said.",
            "en",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        ("Jihadists set up a camp near Djibo last week, residents said.", "en", "Islamist"),
        (
            "Selon des habitants, des combattants du JNIM ont installé une base dans la forêt "
            "de Dida la semaine dernière.",
            "fr",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Les soldats maliens ont installé un camp à Boni samedi.",
            "fr",
            "Military Forces of Mali",
        ),
    ],
)
def test_a_base_set_up_is_a_strategic_development_of_its_group(
    text: str, lang: str, actor1: str
) -> None:
    events = [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type is not None]
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Headquarters or base established")
    ]
    assert events[0].actor1 is not None and (events[0].actor1.name or "").startswith(actor1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The UNHCR set up camps for refugees near Ouallam on Sunday.", "en"),
        ("Displaced families set up camps near Djibo on Saturday.", "en"),
        # (a government bears no arms itself: its forces do)
        ("The government set up a new camp for internally displaced persons in Kaya.", "en"),
        ("Le HCR a installé un camp de réfugiés à Goudoubo samedi.", "fr"),
        ("Des orpailleurs ont installé un camp près de Sebba samedi.", "fr"),
    ],
)
def test_a_camp_set_up_by_no_armed_men_is_no_base(text: str, lang: str) -> None:
    events = [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type is not None]
    assert events == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Protesters set up a camp outside parliament in Bamako on Friday.", "en"),
        (
            "Les manifestants ont installé un camp devant l'Assemblée nationale à Bamako vendredi.",
            "fr",
        ),
    ],
)
def test_a_camp_protesters_set_up_is_their_protest(text: str, lang: str) -> None:
    events = [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type is not None]
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Peaceful protest")]
