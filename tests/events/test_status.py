"""Event status: what names no event at all (things done to objects, not people), attempts,
announced gatherings and what people were doing when they did something."""

from __future__ import annotations

import pytest

from wirewatch import extract


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("Les travaux de voirie qui vont être exécutés rue des Montants dureront un mois.", []),
        ("Les secouristes ont enlevé les débris de la route.", []),
        ("Des hommes armés ont exécuté dimanche six villageois près de Tessit.", ["killing"]),
        (
            # (the abduction, dated in the clause that qualifies the hostages, is background:
            # told after the execution)
            "Trois otages qui avaient été enlevés samedi ont été exécutés par les jihadistes.",
            ["killing", "abduction"],
        ),
    ],
)
def test_status_violence_against_things_is_no_event(text: str, concepts: list[str]) -> None:
    assert [e.concept for e in extract(text)] == concepts


@pytest.mark.parametrize(
    ("text", "lang", "dead"),
    [
        ("On 12 June 2021, militants attempted to assassinate a councilman in Djibo, leaving "
         "him wounded.", "en", None),
        ("On 12 June 2021, militants tried to abduct a civilian near Djibo.", "en", None),
        ("Des jihadistes ont tenté samedi d'assassiner un conseiller municipal à Djibo.", "fr",
         None),
        ("On 12 June 2021, militants attempted to storm the village of Kiba and killed two "
         "civilians.", "en", 2),
    ],
)  # fmt: skip
def test_status_an_attempt_took_place_but_its_target_lived(
    text: str, lang: str, dead: int | None
) -> None:
    # ACLED codes a failed assassination or abduction as the violence it was
    events = extract(text, lang=lang)
    assert events and events[0].status.value == "reported"
    assert events[0].fatalities is None or events[0].fatalities.best == dead
    assert any(e.fatalities is not None and e.fatalities.best == dead for e in events) or (
        dead is None
    )


@pytest.mark.parametrize(
    ("text", "lang", "statuses"),
    [
        # a gathering announced is still to come; what else is announced was done
        ("The opposition announced a new march for Saturday.", "en", {"march": "planned"}),
        ("Police announced the arrest of three suspects in Kaya.", "en",
         {"arrest": "reported"}),
        ("Les syndicats ont annoncé une marche pour samedi à Ouagadougou.", "fr",
         {"marche": "planned"}),
        # ... unless its own clause tells it in the past; a gathering named is not announced
        ("Les organisateurs ont annoncé une marche qui a rassemblé des milliers de personnes "
         "samedi à Ouagadougou.", "fr", {"marche": "reported"}),
        ("The government called the riot in Kaya an act of sabotage.", "en",
         {"riot": "reported"}),
        # what people were doing when they did a deed told in the past took place (the
        # tagger reads "manifestaient" as a present); what someone does is no event
        ("Samedi, des élèves qui manifestaient contre la fermeture de leur école ont frappé "
         "un enseignant à Kaya.", "fr", {"manifestaient": "reported"}),
        ("Le président Talon, qui manifeste un grand intérêt pour le sport, a reçu les "
         "joueurs.", "fr", {}),
        ("Des commerçants qui manifestent contre la hausse des taxes ont déclaré lundi qu'ils "
         "saisiraient la justice.", "fr", {}),
        ("Groups that protest against the mining project in Hounde said on Monday they would "
         "file a complaint.", "en", {}),
    ],
)  # fmt: skip
def test_status_announced_gatherings_and_what_people_were_doing(
    text: str, lang: str, statuses: dict[str, str]
) -> None:
    assert {e.trigger.text: e.status.value for e in extract(text, lang=lang)} == statuses


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what stopped an attack is no attack made, but what they did meanwhile took place
        ("On 5 June 2021, soldiers stopped an attack on their base in Boulkessi, killing ten "
         "assailants.", "en"),
        ("L'armée a empêché une attaque contre le camp de Boulkessi samedi, tuant une "
         "quinzaine de terroristes.", "fr"),
    ],
)  # fmt: skip
def test_status_what_was_done_while_stopping_an_attack_took_place(text: str, lang: str) -> None:
    events = [e for e in extract(text, lang=lang) if e.event_type]
    assert [(e.concept, e.event_type) for e in events] == [("killing", "Battles")]
