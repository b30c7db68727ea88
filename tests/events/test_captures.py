"""What a capture or a seizure takes, in either language: people (held: an arrest by the
state, an abduction by armed men, a fight when they are the other side's), territory,
weapons, cattle, or a place where no one is taken. Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings
from wirewatch.types import Event

PUBLISHED = date(2021, 6, 14)


def _event_of(text: str, lang: str, trigger: str) -> Event:
    events = [e for e in extract(text, PUBLISHED, lang=lang) if e.trigger.text == trigger]
    assert events, f"no event told by {trigger!r} in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "concept"),
    [
        # people taken are held (the state arrests them), no territory taken; a town taken
        # is no one held; weapons or cattle taken are no one held either
        ("Soldiers captured nine jihadists near Djibo on Monday.", "en", "captured", "arrest"),
        # a count of people
        (
            "Soldiers captured nine of the jihadists near Djibo on Monday.",
            "en",
            "captured",
            "arrest",
        ),
        ("Rebels captured the town of Kidal on Monday.", "en", "captured", "territory_capture"),
        ("Soldiers captured weapons near Djibo on Monday.", "en", "captured", "defusal"),
        ("Gunmen captured cattle near Djibo on Monday.", "en", "captured", "looting"),
        (
            "Neuf jihadistes ont été capturés par l'armée lundi près de Djibo.",
            "fr",
            "capturés",
            "arrest",
        ),
        # the French parser makes the town or the cattle an oblique: no one held, no event
        ("Les rebelles ont capturé Kidal lundi.", "fr", "capturé", None),
        ("Des hommes armés ont capturé du bétail à Sebba lundi.", "fr", "capturé", None),
        # a village, a town hall, a school are places, not people: nothing the trigger names
        ("Les rebelles ont capturé un village près de Djibo lundi.", "fr", "capturé", None),
        ("Des hommes armés ont capturé la mairie de Sebba lundi.", "fr", "capturé", None),
        ("Des hommes armés ont capturé une école à Sebba lundi.", "fr", "capturé", None),
        ("Gunmen seized a school in Sebba on Monday.", "en", "seized", None),
        # a vehicle may be taken with the people in it
        (
            "Gunmen seized an ambulance and its driver near Sebba on Monday.",
            "en",
            "seized",
            "abduction",
        ),
    ],
)
def test_captures_what_a_capture_took(
    text: str, lang: str, trigger: str, concept: str | None
) -> None:
    events = extract(text, PUBLISHED, lang=lang)
    assert [e.concept for e in events if e.trigger.text == trigger] == (
        [concept] if concept else []
    )


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "typed", "target"),
    [
        # armed men who hold soldiers or take a police post fight the state, as when they
        # abduct them; civilians they hold are abducted; the police arrest
        (
            "Gunmen captured two soldiers near Sebba on Monday.",
            "en",
            "captured",
            ("Battles", "Armed clash"),
            "Military Forces of Burkina Faso",
        ),
        (
            "Des hommes armés ont capturé un poste de police à Sebba lundi.",
            "fr",
            "capturé",
            ("Battles", "Armed clash"),
            "Police Forces of Burkina Faso",
        ),
        (
            "Gunmen detained two teachers near Sebba on Monday.",
            "en",
            "detained",
            ("Violence against civilians", "Abduction/forced disappearance"),
            "Civilians (Burkina Faso)",
        ),
        (
            "Police detained two teachers near Sebba on Monday.",
            "en",
            "detained",
            ("Strategic developments", "Arrests"),
            "Civilians (Burkina Faso)",
        ),
    ],
)
def test_captures_people_held_are_typed_by_who_holds_whom(
    text: str, lang: str, trigger: str, typed: tuple[str, str], target: str
) -> None:
    event = _event_of(text, lang, trigger)
    assert (event.event_type, event.sub_event_type) == typed
    assert event.actor2 is not None and event.actor2.name == target


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Soldiers retook the town of Kamango from rebels on Saturday after heavy fighting.", "en"),
        (
            "L'armée a repris samedi la ville de Kamango aux rebelles après de violents combats.",
            "fr",
        ),
    ],
)
def test_captures_a_town_retaken_from_rebels_after_fighting_is_regained(
    text: str, lang: str
) -> None:
    # the fight names no side: those the town was taken from are its other side, and the
    # fight is the capture's (one battle, no transfer without violence beside a clash)
    settings = Settings(lang=lang, country="CD")  # (a town no registry package holds)
    typed = [e for e in extract(text, PUBLISHED, lang=lang, settings=settings) if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in typed] == [
        ("Battles", "Government regains territory")
    ]
    assert typed[0].actor2 is not None and typed[0].actor2.name.startswith("Opposition Rebels")
