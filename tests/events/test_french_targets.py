"""French wire copy: whom an attack hit, told by what it hit (a school, a bus, a market: its
civilians) or by the armed locals it hit (self-defence groups, Koglweogo, VDP: a fight), and
the words a weekday written inside the clause must not take from their verb."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.types import Event

PUBLISHED = date(2024, 5, 20)  # a Monday


def _typed(text: str) -> list[Event]:
    """The events of a dépêche that ACLED types."""
    return [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "OUAGADOUGOU (AFP) - Des hommes armés ont attaqué lundi une école primaire à Djibo, "
            "dans le nord du Burkina Faso.",
            None,
        ),
        (
            "BAMAKO (AFP) - Des jihadistes ont attaqué vendredi un car de transport sur la route "
            "de Bandiagara, tuant douze passagers.",
            12,
        ),
        (
            "OUAGADOUGOU (AFP) - Des hommes armés ont attaqué lundi un site d'orpaillage près de "
            "Sebba, tuant une dizaine d'orpailleurs.",
            10,
        ),
        (
            "BAMAKO (AFP) - Des hommes armés ont ouvert le feu sur un bus de passagers lundi près "
            "de Ségou, blessant six personnes.",
            None,
        ),
    ],
)
def test_french_targets_an_attack_on_a_civilian_site_is_violence_against_civilians(
    text: str, fatalities: int | None
) -> None:
    # (each was a fight with no second side: nothing named the school, bus or mine's people)
    event = _typed(text)[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.name is not None
    assert event.actor2.name.startswith("Civilians (")
    assert (event.fatalities.best if event.fatalities else None) == fatalities


@pytest.mark.parametrize(
    ("text", "actor2", "mention"),
    [
        (
            "OUAGADOUGOU (AFP) - Des hommes armés ont tué samedi trois miliciens koglweogo à Kaya.",
            "Koglweogo Militia",
            "trois miliciens koglweogo",
        ),
        (
            "OUAGADOUGOU (AFP) - Des hommes armés ont tué samedi trois membres du groupe "
            "d'autodéfense koglweogo à Kaya.",
            "Koglweogo Militia",
            "groupe d'autodéfense koglweogo",
        ),
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué dimanche des volontaires pour la "
            "défense de la patrie (VDP) à Arbinda, tuant cinq d'entre eux.",
            "VDP: Volunteer for Defense of Homeland",
            None,
        ),
        (
            "NIAMEY (AFP) - Des bandits armés ont tué samedi trois miliciens d'un groupe "
            "d'autodéfense dans le sud-ouest du Niger.",
            "Unidentified Communal Militia (Niger)",
            None,
        ),
    ],
)
def test_french_targets_armed_locals_killed_make_a_fight(
    text: str, actor2: str, mention: str | None
) -> None:
    # (they were civilians, or "Opposition Rebels" for "miliciens", and the adjective after
    # the fighters' word was left out of their words when a place followed it)
    event = _typed(text)[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2 is not None and event.actor2.name == actor2
    if mention is not None:
        assert event.actor2.mention is not None and event.actor2.mention.text == mention


def test_french_targets_a_looted_market_is_what_was_looted() -> None:
    # the market after "pillage du" is its target, not the crowd that looted
    text = (
        "BANGUI (AFP) - Des hommes armés se sont livrés mardi au pillage du marché central de "
        "Bambari, sans faire de victimes, a indiqué la Minusca."
    )
    looting = [e for e in _typed(text) if e.trigger.text == "pillage"]
    assert looting and looting[0].event_type == "Strategic developments"
    assert looting[0].actor2 is not None and looting[0].actor2.mention is not None
    assert looting[0].actor2.mention.text == "marché central de Bambari"


def test_french_targets_attacked_and_fired_on_is_one_attack_on_its_target() -> None:
    # "ont attaqué et ouvert le feu sur le marché": one attack on the market's people
    text = (
        "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué et ouvert le feu sur le marché de Djibo "
        "dimanche."
    )
    events = _typed(text)
    assert [e.event_type for e in events] == ["Violence against civilians"]
    assert events[0].actor2 is not None and events[0].actor2.name == "Civilians (Burkina Faso)"


def test_french_targets_the_day_before_a_passive_agent_leaves_it_the_verb_s() -> None:
    # "incendiée vendredi par des jihadistes": the parser hung the agent on the day
    text = (
        "BAMAKO (AFP) - Une mosquée a été incendiée vendredi par des jihadistes à Douentza, selon "
        "un élu local."
    )
    (event,) = _typed(text)
    assert event.actor1 is not None and event.actor1.name == "Islamist Militants (Mali)"
    assert event.when is not None and event.when.coded_day() == date(2024, 5, 17)


def test_french_targets_a_second_victim_after_the_first_is_counted() -> None:
    # "un chef de village et un imam mercredi": the parser joined the imam to the verb
    text = (
        "NIAMEY (AFP) - Des hommes armés ont tué un chef de village et un imam mercredi dans la "
        "région de Tillabéri."
    )
    (event,) = _typed(text)
    assert event.fatalities is not None and event.fatalities.best == 2


@pytest.mark.parametrize(
    ("text", "role", "words"),
    [
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué un poste de gendarmerie samedi à Kaya.",
            "actor2",
            "un poste de gendarmerie",
        ),
        ("Des jihadistes ont affronté l'armée samedi à Kaya.", "actor2", "l'armée"),
    ],
)
def test_french_targets_a_day_is_no_part_of_an_actor_s_words(
    text: str, role: str, words: str
) -> None:
    event = _typed(text)[0]
    actor = getattr(event, role)
    assert actor is not None and actor.mention is not None
    assert actor.mention.text == words
