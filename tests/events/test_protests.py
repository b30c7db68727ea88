"""Protests told by what forces did to them, in either language: named forces who fire on
or kill protesters used excessive force against the protest they met (ACLED's Protests /
Excessive force against protesters, the forces first), which no protest word need tell.
Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract

PUBLISHED = date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "lang", "actor1"),
    [
        (
            "Two demonstrators were killed when security forces opened fire on protesters in "
            "Bamako on Friday.",
            "en",
            "Police Forces of Mali",
        ),
        ("Police killed two protesters in Bamako on Friday.", "en", "Police Forces of Mali"),
        (
            "Les forces de sécurité ont ouvert le feu sur des manifestants à Bamako vendredi, "
            "tuant deux personnes.",
            "fr",
            "Military Forces of Mali",
        ),
    ],
)
def test_protests_forces_who_fire_on_protesters_use_excessive_force(
    text: str, lang: str, actor1: str
) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type]
    assert [
        (
            e.event_type,
            e.sub_event_type,
            e.actor1.name if e.actor1 else None,
            e.actor2.name if e.actor2 else None,
            e.fatalities.best if e.fatalities else None,
        )
        for e in typed
    ] == [("Protests", "Excessive force against protesters", actor1, "Protesters (Mali)", 2)]


def test_protests_armed_men_who_fire_on_protesters_attack_them() -> None:
    # an armed group is no force that polices a protest: its fire is an attack
    text = "Gunmen opened fire on protesters in Bamako on Friday, killing two."
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in typed] == [
        ("Violence against civilians", "Attack")
    ]


def test_protests_the_wounds_of_the_fire_on_protesters_are_its_own() -> None:
    # the wounding told with the fire is how the force was used: one event
    text = "Security forces fired on protesters in Bamako on Friday, wounding five."
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in typed] == [
        ("Protests", "Excessive force against protesters")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a crowd that gathers, told with the reflexive verb
        "Des milliers de partisans de l'opposition se sont rassemblés vendredi sur une place "
        "de Bamako.",
        "Des centaines de personnes sont descendues dans la rue vendredi à Bamako pour "
        "protester contre l'insécurité.",
    ],
)
def test_protests_a_crowd_that_gathers_in_french_protests(text: str) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert [
        (e.event_type, e.sub_event_type, e.actor1.name if e.actor1 else None) for e in typed
    ] == [("Protests", "Peaceful protest", "Protesters (Mali)")]
