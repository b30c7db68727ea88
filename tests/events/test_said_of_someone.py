"""What a clause says of someone an event names (the murder two men are charged with, the
killing a man is suspected of) is no part of that event, and a count of its victims is no toll
of it; the missing are no authors of their going missing, and a count told with "were found
shot dead" is the shooting's. Sentences written for the project in wire and ACLED-note style,
in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings
from wirewatch.types import Event, Status

PUBLISHED = date(2021, 6, 14)  # a Monday


def _events(text: str, lang: str) -> list[Event]:
    settings = Settings(lang=lang, vague_counts="acled", country="BF")
    return [e for e in extract(text, PUBLISHED, lang=lang, settings=settings) if e.event_type]


def _deaths(event: Event) -> int | None:
    return event.fatalities.best if event.fatalities is not None else None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police in Kaya on Monday arrested two men charged with the murder of a trader.", "en"),
        (
            "Gendarmes detained three youths in Fada on Sunday, suspected of beating a shopkeeper.",
            "en",
        ),
        (
            "Les gendarmes ont interpellé dimanche à Fada trois hommes soupçonnés d'avoir abattu"
            " un éleveur.",
            "fr",
        ),
        (
            "Les gendarmes ont arrêté deux hommes accusés d'avoir assassiné un commerçant à Kaya.",
            "fr",
        ),
    ],
)
def test_the_arrest_of_men_said_to_have_killed_is_an_arrest_with_no_toll(
    text: str, lang: str
) -> None:
    events = _events(text, lang)
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1, [(e.trigger.text, e.sub_event_type) for e in events]
    arrest = arrests[0]
    assert arrest.status is Status.REPORTED
    assert arrest.actor1 is not None and arrest.actor1.name is not None
    assert arrest.actor1.name.startswith("Police Forces of Burkina Faso")
    # the victim of the deed they are said to have done is no one the arrest killed
    assert _deaths(arrest) is None
    # and that deed is not the arresting force's
    others = [e for e in events if e is not arrest]
    assert all(e.actor1 is None or e.actor1.name != arrest.actor1.name for e in others)


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "status"),
    [
        (
            "Two men were charged with the killing of a teacher in Kaya on Monday.",
            "en",
            "killing",
            Status.UNCERTAIN,
        ),
        (
            "Un homme inculpé du meurtre d'un enseignant a été arrêté lundi à Kaya.",
            "fr",
            "meurtre",
            Status.UNCERTAIN,
        ),
        (
            "Un homme mis en examen pour le meurtre d'un enseignant a été arrêté lundi à Kaya.",
            "fr",
            "meurtre",
            Status.UNCERTAIN,
        ),
        (
            "Gendarmes detained a youth charged with setting fire to the town hall of Kaya.",
            "en",
            "setting fire to",
            Status.UNCERTAIN,
        ),
        # a charge at a crowd is no charge in court (the parser makes "Police" the subject)
        (
            "Police charged with batons, injuring 20 protesters in Ouagadougou.",
            "en",
            "injuring",
            Status.REPORTED,
        ),
    ],
)
def test_a_charge_in_court_is_no_report_that_the_deed_happened(
    text: str, lang: str, trigger: str, status: Status
) -> None:
    deed = next(e for e in _events(text, lang) if e.trigger.text == trigger)
    assert deed.status is status


def test_the_missing_are_no_authors_of_their_going_missing() -> None:
    events = _events(
        "One soldier was killed and four went missing in an ambush near Djibo on Sunday.", "en"
    )
    # no abduction by the army: the four soldiers are those it befell, in the ambush
    assert all(
        e.actor1 is None or e.actor1.name != "Military Forces of Burkina Faso" for e in events
    ), [(e.trigger.text, e.actor1 and e.actor1.name) for e in events]
    assert [(e.event_type, _deaths(e)) for e in events if e.status is Status.REPORTED] == [
        ("Battles", 1)
    ]


def test_a_count_found_shot_dead_is_the_shooting_toll() -> None:
    # ("were found shot dead": the count is the passive subject of "found", which the
    # shooting completes; the torching, nearer in the parse, killed no one)
    events = _events(
        "Gunmen torched the market of Kaya on Sunday; three traders were found shot dead on"
        " Monday.",
        "en",
    )
    torching = next(e for e in events if e.trigger.text == "torched")
    shooting = next(e for e in events if e.trigger.text == "shot dead")
    assert _deaths(torching) is None
    assert torching.sub_event_type == "Looting/property destruction"
    assert _deaths(shooting) == 3
    assert shooting.when is not None and shooting.when.coded_day() == date(2021, 6, 14)


def test_a_verb_parsed_as_its_authors_modifier_keeps_its_toll() -> None:
    # (the parser hangs "killed" on "machetes" as a participle; "a herder" is the object of
    # "robbed", joined to it: the killing's victim, not something said of the thieves)
    events = _events(
        "A band of thieves armed with machetes killed and robbed a herder near Kandi on Sunday.",
        "en",
    )
    killing = next(e for e in events if e.trigger.text == "killed")
    assert _deaths(killing) == 1
