"""A toll told with the attack that caused it, in a clause of time ("when", "as") the parser
hangs on the toll's joined verb ("were killed and several others injured when ...", a
headline's "5 killed, 7 injured as ..."): one event, the attack's, with its toll and day.
And two groups named together as the authors of a fight are its two sides, fighters of
no concept yet among them; a day the parser hangs on a place dates the main verb's
event. Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings

PUBLISHED = date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "country", "toll", "day"),
    [
        (
            "Three people were killed and several others injured when jihadists attacked the "
            "gold mine at Gorom-Gorom on Thursday.",
            "BF",
            3,
            date(2021, 6, 10),
        ),
        (
            "At least 5 killed, 7 injured as gunmen attack church in Kaduna State on Sunday",
            "NG",
            5,
            date(2021, 6, 13),
        ),
    ],
)
def test_a_toll_told_with_its_attack_is_one_event(
    text: str, country: str, toll: int, day: date
) -> None:
    settings = Settings(lang="en", country=country)
    events = [e for e in extract(text, PUBLISHED, lang="en", settings=settings) if e.event_type]
    assert len(events) == 1, [e.trigger.text for e in events]
    (event,) = events
    assert event.fatalities is not None and event.fatalities.best == toll
    assert event.when is not None and event.when.coded_day() == day


def test_fighters_and_herders_who_clashed_are_one_fight() -> None:
    text = (
        "Koglweogo fighters and Fulani herders clashed in the commune of Arbinda on "
        "Thursday, leaving six dead."
    )
    events = [
        e
        for e in extract(text, PUBLISHED, lang="en", settings=Settings(lang="en", country="BF"))
        if e.event_type
    ]
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor1.name == "Koglweogo Militia"
    assert events[0].fatalities is not None and events[0].fatalities.best == 6


def test_the_day_the_parser_hangs_on_a_place_dates_the_main_verbs_frame() -> None:
    """« ... samedi » at the end of the sentence, hung on the territory: the wounding's day,
    and the ambush's that frames it (the peacekeeper, « casque bleu », is its target)."""
    (event,) = extract(
        "Un casque bleu de la Monusco a été blessé par balle lors d'une embuscade près de "
        "Mavivi, dans le territoire de Beni, samedi.",
        PUBLISHED,
        lang="fr",
        settings=Settings(lang="fr", country="CD"),
    )
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 12)
    assert event.actor2 is not None


def test_a_deed_joined_to_a_toll_is_no_toll_of_the_frame() -> None:
    """ "... and seven jihadists captured as the army stormed a base": the capture is no toll,
    so the clause of time is no frame of the deaths (the army stormed no soldiers of its
    own)."""
    text = (
        "Two soldiers were killed and seven jihadists captured as the army stormed a base near "
        "Boni on Sunday."
    )
    events = extract(text, PUBLISHED, lang="en", settings=Settings(lang="en", country="ML"))
    stormed = [e for e in events if e.trigger.text == "stormed"]
    assert stormed and all(
        e.actor2 is None or e.actor2.name != "Military Forces of Mali" for e in stormed
    )
