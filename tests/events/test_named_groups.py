"""Armed groups named with a group's word ("the Islamic State group", « le groupe Etat
islamique », « le groupe jihadiste Ansaroul Islam ») and groups that claim an event ("JNIM
claimed the attack that killed ...", « a revendiqué l'attaque de Gorom-Gorom qui a tué ... »):
the group is the event's author, in either language, and the claim's day is not the
event's; Boko Haram acts across the Lake Chad basin. Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings
from wirewatch.types import Event

PUBLISHED = date(2021, 6, 14)
_ISLAMIC_STATE = "Islamic State"
_BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
_JNIM = "JNIM: Group for Support of Islam and Muslims"


def _event_of(text: str, lang: str, trigger: str) -> Event:
    events = [e for e in extract(text, PUBLISHED, lang=lang) if e.trigger.text == trigger]
    assert events, f"no event told by {trigger!r} in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "actor1"),
    [
        # the name the parser makes an adjective of the group's word
        (
            "Le groupe Etat islamique a tué samedi douze soldats syriens près de Palmyre.",
            "fr",
            "tué",
            _ISLAMIC_STATE,
        ),
        (
            "Le groupe jihadiste Etat islamique a tué samedi douze soldats syriens près de "
            "Palmyre.",
            "fr",
            "tué",
            _ISLAMIC_STATE,
        ),
        # the men of the group named with its word
        (
            "Des combattants du groupe Etat islamique ont tué samedi douze soldats syriens.",
            "fr",
            "tué",
            _ISLAMIC_STATE,
        ),
        (
            "Des membres du groupe jihadiste Etat islamique ont tué samedi douze soldats syriens.",
            "fr",
            "tué",
            _ISLAMIC_STATE,
        ),
        # (the parser cuts the name after its first word)
        (
            "Des jihadistes du groupe Boko Haram ont tué samedi douze soldats nigérians.",
            "fr",
            "tué",
            _BOKO_HARAM,
        ),
        (
            "Fighters of the Islamic State group killed twelve Syrian soldiers on Saturday.",
            "en",
            "killed",
            _ISLAMIC_STATE,
        ),
        # (the English "group" alone is a civilian word: a group of people)
        (
            "The Islamic State group killed twelve Syrian soldiers near Palmyra on Saturday.",
            "en",
            "killed",
            _ISLAMIC_STATE,
        ),
        # the rest of the name the parser hangs on the group's word
        (
            "Des combattants du groupe Etat islamique au Grand Sahara ont tué quatre soldats "
            "près d'Ansongo dimanche.",
            "fr",
            "tué",
            "Islamic State (Greater Sahara)",
        ),
        # (the tagger makes "jihadist" a name: the group's name is the one after its word)
        (
            "Fighters of the jihadist group Boko Haram killed twelve soldiers on Saturday.",
            "en",
            "killed",
            _BOKO_HARAM,
        ),
    ],
)
def test_a_group_named_with_its_word_is_the_author(
    text: str, lang: str, trigger: str, actor1: str
) -> None:
    event = _event_of(text, lang, trigger)
    assert event.actor1 is not None and event.actor1.name == actor1
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("JNIM claimed the attack that killed twelve soldiers near Djibo on Saturday.", _JNIM),
        (
            "The Islamic State group claimed an attack that killed twelve Syrian soldiers near "
            "Palmyra on Saturday.",
            _ISLAMIC_STATE,
        ),
    ],
)
def test_the_group_that_claims_an_event_first_told_by_its_claim_is_its_author(
    text: str, actor1: str
) -> None:
    event = _event_of(text, "en", "attack")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.event_type == "Battles" and event.fatalities is not None
    assert event.fatalities.best == 12


@pytest.mark.parametrize(
    "text",
    [
        "JNIM has not claimed the attack that killed twelve soldiers near Djibo on Saturday.",
        "It is not known whether JNIM claimed the attack that killed twelve soldiers near "
        "Djibo on Saturday.",
    ],
)
def test_a_claim_not_made_names_no_author(text: str) -> None:
    event = _event_of(text, "en", "attack")
    assert event.actor1 is None or event.actor1.name != _JNIM


def test_a_group_that_claims_what_its_fighters_did_is_still_their_source() -> None:
    """ "JNIM claimed that its fighters killed ...": a clause, not an event noun, is claimed;
    the group tells of it (and is its author through "its fighters")."""
    event = _event_of(
        "JNIM claimed that its fighters killed twelve soldiers near Djibo on Saturday.",
        "en",
        "killed",
    )
    assert event.actor1 is not None and event.actor1.name == _JNIM


def test_the_subject_after_a_source_and_a_comma_is_the_verbs() -> None:
    """« Selon des habitants, des combattants du JNIM ont ... »: the parser reads the second
    « des » as "of the", hanging the fighters on the residents; they are the verb's subject,
    and JNIM's."""
    event = _event_of(
        "Selon des habitants, des combattants du JNIM ont tué trois civils samedi près de Djibo.",
        "fr",
        "tué",
    )
    assert event.actor1 is not None and event.actor1.name == _JNIM
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause the parser hangs on the town the attack is of
        "Ansaroul Islam a revendiqué l'attaque de Gorom-Gorom qui a tué neuf gendarmes samedi.",
        # the name of several words the parser hangs on the group's word as an adjective
        "Le groupe jihadiste Ansaroul Islam a revendiqué l'attaque qui a tué neuf gendarmes "
        "samedi à Gorom-Gorom.",
    ],
)
def test_a_claimed_attack_on_a_town_is_one_event_with_its_toll_and_day(text: str) -> None:
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert len(events) == 1
    (event,) = events
    assert event.actor1 is not None and event.actor1.name == "Ansaroul Islam"
    assert event.fatalities is not None and event.fatalities.best == 9
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 12)
    assert event.place is not None and event.place.name == "Gorom-Gorom"


@pytest.mark.parametrize("country", [None, "NE"])
def test_boko_haram_acts_across_the_lake_chad_basin(country: str | None) -> None:
    # its victims in a Niger story are Niger's civilians, not Nigeria's
    settings = Settings(lang="en", country=country)
    (event,) = extract(
        "Boko Haram fighters killed six herders near Bosso in the Diffa region on Sunday.",
        PUBLISHED,
        lang="en",
        settings=settings,
    )
    assert event.actor1 is not None and event.actor1.name == _BOKO_HARAM
    assert event.actor2 is not None and event.actor2.name == "Civilians (Niger)"


def test_boko_haram_is_nigerias_when_nothing_says_where() -> None:
    (event,) = extract(
        "Boko Haram fighters killed nine villagers in an attack on Sunday.", PUBLISHED, lang="en"
    )
    assert event.actor2 is not None and event.actor2.name == "Civilians (Nigeria)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # adjectives of a group's words, no name: the alias of the whole phrase
        (
            "Des combattants séparatistes anglophones ont enlevé un prêtre à Bamenda jeudi.",
            "Ambazonian Separatists",
        ),
        # a capital that completes a noun of attack stands for its government
        (
            "L'attaque de Bamako contre les positions des rebelles à Kidal a fait dix morts.",
            "Government of Mali",
        ),
    ],
)
def test_words_that_are_no_place_and_no_name_of_their_own(text: str, actor1: str) -> None:
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # a day on the claim dates the claim; the deed's own is the event's
        (
            "JNIM claimed on Saturday the attack that killed twelve soldiers near Djibo on "
            "Tuesday.",
            "en",
            date(2021, 6, 8),
        ),
        (
            "L'attaque de Gorom-Gorom qui a tué neuf gendarmes en mars a été revendiquée "
            "samedi par l'Etat islamique.",
            "fr",
            date(2021, 3, 15),
        ),
        # ... the claim's alone when the deed has none
        (
            "JNIM claimed on Saturday the attack that killed twelve soldiers near Djibo.",
            "en",
            date(2021, 6, 12),
        ),
    ],
)
def test_the_day_of_a_claim_is_not_the_claimed_events(text: str, lang: str, day: date) -> None:
    event = _event_of(text, lang, "attack" if lang == "en" else "attaque")
    assert event.when is not None and event.when.coded_day() == day


@pytest.mark.parametrize(
    ("text", "lang", "country", "actor1", "actor2"),
    [
        # an acronym the tagger reads as a common noun claims it
        (
            "ISWAP claimed responsibility for an attack that killed 14 soldiers in Damasak on "
            "Tuesday.",
            "en",
            "NG",
            "Islamic State (West Africa)",
            "Military Forces of Nigeria",
        ),
        # a passive claim whose « par » the parser reads as a determiner: its author, no target
        (
            "L'embuscade qui a tué dix soldats près de Boni a été revendiquée dimanche par le "
            "JNIM.",
            "fr",
            "ML",
            _JNIM,
            "Military Forces of Mali",
        ),
    ],
)
def test_claimants_the_tagger_or_parser_misread(
    text: str, lang: str, country: str, actor1: str, actor2: str
) -> None:
    events = extract(text, PUBLISHED, lang=lang, settings=Settings(lang=lang, country=country))
    (event,) = [e for e in events if e.event_type]
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2
