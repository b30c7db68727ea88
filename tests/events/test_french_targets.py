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
    """The events of a dépêche that ACLED types (at least one)."""
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert events, f"no typed event in {text!r}"
    return events


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


@pytest.mark.parametrize(
    ("text", "trigger", "actor2", "words"),
    [
        # the market after "bombardement du" is what was hit, not the bombers
        (
            "Le bombardement du marché de Djibo par l'aviation a fait dix morts lundi.",
            "bombardement",
            "Civilians (Burkina Faso)",
            "marché de Djibo",
        ),
        (
            "BANGUI (AFP) - Des hommes armés se sont livrés mardi au pillage du marché central de "
            "Bambari, sans faire de victimes, a indiqué la Minusca.",
            "pillage",
            "Civilians (Central African Republic)",
            "marché central de Bambari",
        ),
    ],
)
def test_french_targets_a_site_after_the_event_s_genitive_is_what_was_hit(
    text: str, trigger: str, actor2: str, words: str
) -> None:
    (event,) = [e for e in _typed(text) if e.trigger.text == trigger]
    assert event.actor2 is not None and event.actor2.name == actor2
    assert event.actor2.mention is not None and event.actor2.mention.text == words


@pytest.mark.parametrize(
    ("text", "event_type", "actor1", "actor2"),
    [
        # men of a named group are that group's, not a crowd's
        (
            "GOMA (AFP) - Des hommes des ADF ont tué lundi dix civils près de Beni.",
            "Violence against civilians",
            "ADF: Allied Democratic Forces",
            "Civilians (Democratic Republic of Congo)",
        ),
        # what belongs to the army or the gendarmerie is theirs, whatever its civilian word
        (
            "BAMAKO (AFP) - Des jihadistes ont attaqué mardi l'école de gendarmerie de Faladié.",
            "Battles",
            "Islamist Militants (Mali)",
            "Police Forces of Mali Gendarmerie",
        ),
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué mardi un camion militaire près de "
            "Djibo.",
            "Battles",
            "Islamist Militants (Burkina Faso)",
            "Military Forces of Burkina Faso",
        ),
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué lundi un camp militaire près de Djibo, "
            "tuant trois de ses hommes.",
            "Battles",
            "Islamist Militants (Burkina Faso)",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_french_targets_civilian_words_name_no_one_s_forces(
    text: str, event_type: str, actor1: str, actor2: str
) -> None:
    events = _typed(text)
    assert events, text
    event = events[0]
    assert event.event_type == event_type
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2


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


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # "un chef de village et un imam mercredi": the parser joined the imam to the verb
        (
            "NIAMEY (AFP) - Des hommes armés ont tué un chef de village et un imam mercredi "
            "dans la région de Tillabéri.",
            2,
        ),
        # ... but not one wounded, nor a clause of its own
        ("Les jihadistes ont tué un soldat et un autre blessé dimanche près de Mopti.", 1),
        ("Les jihadistes ont tué trois civils et le bilan dimanche était de cinq morts.", 3),
    ],
)
def test_french_targets_a_second_victim_after_the_first_is_counted(text: str, toll: int) -> None:
    event = _typed(text)[0]
    assert event.fatalities is not None and event.fatalities.best == toll


@pytest.mark.parametrize(
    ("text", "role", "words"),
    [
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué un poste de gendarmerie samedi à Kaya.",
            "actor2",
            "un poste de gendarmerie",
        ),
        ("Des jihadistes ont affronté l'armée samedi à Kaya.", "actor2", "l'armée"),
        # a date in a group's name is part of it
        (
            "Les rebelles du Mouvement du 23 mars ont attaqué lundi l'armée près de Goma.",
            "actor1",
            "Les rebelles du Mouvement du 23 mars",
        ),
        # where people were is none of their words
        (
            "BANGUI (AFP) - Des rebelles de la CPC ont enlevé dimanche cinq employés près de "
            "Bossangoa.",
            "actor2",
            "cinq employés",
        ),
    ],
)
def test_french_targets_a_day_is_no_part_of_an_actor_s_words(
    text: str, role: str, words: str
) -> None:
    event = _typed(text)[0]
    actor = getattr(event, role)
    assert actor is not None and actor.mention is not None
    assert actor.mention.text == words


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the sides a crowd's fight is set between: the crowd and the forces
        (
            "CONAKRY (AFP) - Des heurts entre manifestants et forces de l'ordre ont fait deux "
            "morts jeudi à Conakry, lors d'une manifestation contre la junte.",
            "Rioters (Guinea)",
            "Police Forces of Guinea",
        ),
        # the parser made "les rebelles" the subject of "ont fait"
        (
            "GOMA (AFP) - De violents combats entre l'armée et les rebelles ont fait dix morts "
            "lundi près de Goma.",
            "Military Forces of the Democratic Republic of Congo",
            "Opposition Rebels (Democratic Republic of Congo)",
        ),
        (
            "N'DJAMENA (AFP) - Des affrontements entre éleveurs et agriculteurs ont fait au moins "
            "17 morts mardi dans le sud du Tchad, selon le gouverneur de la province.",
            "Unidentified Communal Militia (Chad)",
            "Unidentified Communal Militia (Chad)",
        ),
        # angry youths who burn a police station riot against the police
        (
            "DAKAR (AFP) - Des jeunes en colère ont incendié lundi un commissariat de police à "
            "Ziguinchor après la mort d'un manifestant, selon des témoins.",
            "Rioters (Senegal)",
            "Police Forces of Senegal",
        ),
        # the object before the day is the verb's, not an oblique
        (
            "COTONOU (AFP) - Des jeunes ont attaqué des commerçants lundi près de Parakou.",
            "Rioters (Benin)",
            "Civilians (Benin)",
        ),
    ],
)
def test_french_targets_the_sides_of_a_fight(text: str, actor1: str, actor2: str) -> None:
    event = _typed(text)[0]
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2


def test_french_targets_a_fight_between_sides_keeps_its_day() -> None:
    # the dateline made the fight's noun the root and its toll's day was lost
    text = (
        "N'DJAMENA (AFP) - Des affrontements entre éleveurs et agriculteurs ont fait au moins 17 "
        "morts mardi dans le sud du Tchad."
    )
    event = _typed(text)[0]
    assert event.when is not None and event.when.coded_day() == date(2024, 5, 14)


def test_french_targets_a_province_written_so_is_its_country_s() -> None:
    # "la province du Soum" in a story from Ouagadougou: Burkina Faso's province, not the
    # village of Soum in Senegal; "assassinés" counts its dead
    text = (
        "OUAGADOUGOU (AFP) - Deux enseignants ont été assassinés mardi par des hommes armés non "
        "identifiés dans la province du Soum."
    )
    event = _typed(text)[0]
    assert event.place is not None and event.place.country == "BF"
    assert (
        event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    )
    assert event.fatalities is not None and event.fatalities.best == 2


def test_french_targets_an_attack_repelled_is_one_fight() -> None:
    # "repousser une attaque": forces met it (not a refusal, nor a postponement); the attack
    # and its repulse are one battle, its authors actor1
    text = (
        "OUAGADOUGOU (AFP) - L'armée burkinabè a repoussé dimanche une attaque jihadiste contre "
        "son détachement de Djibo, tuant une trentaine d'assaillants."
    )
    events = _typed(text)
    assert [e.event_type for e in events] == ["Battles"]
    event = events[0]
    assert event.actor1 is not None and event.actor1.name == "Islamist Militants (Burkina Faso)"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Burkina Faso"
    assert event.fatalities is not None and event.fatalities.best == 30
    # what is put off is no fight
    text = "BAMAKO (AFP) - La junte a repoussé mardi les élections à une date ultérieure."
    assert not [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]


def test_french_targets_a_relative_clause_s_subject_is_its_antecedent() -> None:
    # "des manifestants qui ont incendié un commissariat": the protesters burned it
    text = (
        "KINSHASA (AFP) - La police a dispersé samedi des manifestants qui ont incendié un "
        "commissariat à Kinshasa."
    )
    (burning,) = [e for e in _typed(text) if e.trigger.text == "incendié"]
    assert burning.actor1 is not None
    assert burning.actor1.name == "Rioters (Democratic Republic of Congo)"


def test_french_targets_who_found_the_bodies_did_not_kill() -> None:
    text = (
        "OUAGADOUGOU (AFP) - Des soldats ont retrouvé lundi les corps de trois civils près de "
        "Djibo."
    )
    event = _typed(text)[0]
    assert event.actor1 is None or event.actor1.name != "Military Forces of Burkina Faso"
    assert event.fatalities is not None and event.fatalities.best == 3


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a region's name several countries share says nothing by itself: Togo's Savanes
        (
            "LOMÉ (AFP) - Des jihadistes ont tué cinq civils lundi dans la région des Savanes, "
            "dans le nord du Togo.",
            "Togo",
        ),
        (
            "Des séparatistes ont tué deux gendarmes lundi à Bafia, dans la région du Centre.",
            "Cameroon",
        ),
    ],
)
def test_french_targets_a_shared_area_name_leaves_the_story_s_country(
    text: str, country: str
) -> None:
    event = _typed(text)[0]
    assert event.actor1 is not None and event.actor1.name is not None
    assert event.actor1.name.endswith(f"({country})")


def test_french_targets_a_fight_s_sides_after_an_attribution() -> None:
    # "Selon X, les combats entre A et B ont fait ...": the repair keeps one sentence
    text = (
        "Selon des sources locales, les combats entre l'armée et les rebelles ont fait dix morts "
        "lundi près de Goma."
    )
    (event,) = _typed(text)
    assert event.actor2 is not None
    assert event.actor2.name == "Opposition Rebels (Democratic Republic of Congo)"
    assert event.attribution is not None and event.attribution.source.text == "des sources locales"
    assert event.when is not None and event.when.coded_day() == date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            "OUAGADOUGOU (AFP) - Des hommes armés ont attaqué un camion de marchandises lundi près "
            "de Fada N'Gourma.",
            "actor2",
            "un camion de marchandises",
        ),
        ("Des jihadistes ont tué deux commerçants près de Djibo.", "actor2", "deux commerçants"),
        (
            "Des hommes à moto ont tué trois civils lundi près de Djibo.",
            "actor1",
            "Des hommes à moto",
        ),
    ],
)
def test_french_targets_words_of_the_sides(text: str, actor: str, words: str) -> None:
    event = _typed(text)[0]
    side = getattr(event, actor)
    assert side is not None and side.name is not None and side.mention is not None
    assert side.mention.text == words
    assert event.event_type == "Violence against civilians"


def test_french_targets_a_second_victim_before_an_infinitive_is_counted() -> None:
    text = (
        "NIAMEY (AFP) - Des hommes armés ont tué un chef de village et un imam mercredi avant de "
        "prendre la fuite."
    )
    event = _typed(text)[0]
    assert event.fatalities is not None and event.fatalities.best == 2


def test_french_targets_a_car_bomb_is_no_one() -> None:
    # the vehicle named in the bomb's words is its device, not a civilian author
    text = (
        "MOGADISCIO (AFP) - Un camion piégé a explosé lundi devant un hôtel, faisant vingt morts."
    )
    event = _typed(text)[0]
    assert event.actor1 is not None and event.actor1.name is not None
    assert event.actor1.name == "Unidentified Armed Group (Somalia)"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # "entre 20 et 30": a range, coded at its low end as ACLED codes one, not a sum
        ("Entre 20 et 30 civils ont été tués lundi près de Djibo, selon des élus locaux.", 20),
        ("Entre dix et quinze soldats ont été tués lundi près de Djibo.", 10),
    ],
)
def test_french_targets_a_range_between_two_counts_is_no_sum(text: str, toll: int) -> None:
    event = _typed(text)[0]
    assert event.fatalities is not None and event.fatalities.best == toll


def test_french_targets_a_day_after_the_second_side() -> None:
    # "entre l'armée et les rebelles lundi": the parser made the day the conjunct
    text = (
        "GOMA (AFP) - Des combats ont éclaté entre l'armée et les rebelles lundi près de Goma, "
        "faisant dix morts."
    )
    (event,) = _typed(text)
    assert event.actor1 is not None and event.actor1.mention is not None
    assert event.actor1.mention.text == "l'armée"
    assert event.actor2 is not None
    assert event.actor2.name == "Opposition Rebels (Democratic Republic of Congo)"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the weapon after "frappe" says what it was: one missile attack, not an air strike
        # and a second, authorless missile attack
        (
            "KIEV (AFP) - Une frappe russe de missiles balistiques a tué quatre personnes lundi à "
            "Kharkiv, selon le gouverneur.",
            "Shelling/artillery/missile attack",
        ),
        # a strike its own words say was from the air stays one, its bombs no second event
        (
            "KIEV (AFP) - Une frappe aérienne russe de bombes guidées a tué quatre personnes lundi "
            "à Kharkiv.",
            "Air/drone strike",
        ),
    ],
)
def test_french_targets_a_strike_and_the_weapon_it_was_made_with_are_one(
    text: str, sub_event_type: str
) -> None:
    events = _typed(text)
    assert [e.sub_event_type for e in events] == [sub_event_type]
    assert events[0].actor1 is not None and events[0].actor1.name == "Military Forces of Russia"


def test_french_targets_an_event_at_the_border_is_not_at_the_bureau() -> None:
    # the body names no town but says where: near the border, somewhere in the country, not
    # in the dateline's city
    text = (
        "NIAMEY (AFP) - Dix soldats nigériens ont été tués jeudi dans une embuscade près de la "
        "frontière malienne, a annoncé l'armée."
    )
    event = _typed(text)[0]
    assert event.place is not None
    assert (event.place.name, event.place.geo_precision) == ("Niger", 3)


def test_french_targets_the_country_beside_is_not_the_story_s() -> None:
    # "du pays" is the story's country, not the one across the border
    text = (
        "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué jeudi un poste de police près de la "
        "frontière avec le Niger, dans le nord-est du pays."
    )
    event = _typed(text)[0]
    assert event.actor1 is not None and event.actor1.name == "Islamist Militants (Burkina Faso)"
    assert event.place is not None and event.place.country == "BF"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # the relative clause's "qui" is the soldiers', however the parser hangs it
        (
            "OUAGADOUGOU (AFP) - Des proches des soldats qui ont été tués lundi près de Djibo ont "
            "manifesté à Ouagadougou.",
            "Military Forces of Burkina Faso",
        ),
        # armed men a crowd fought are its fight's other side
        (
            "OUAGADOUGOU (AFP) - Des heurts entre manifestants et Koglweogo ont fait deux morts "
            "lundi à Ouagadougou.",
            "Koglweogo Militia",
        ),
        # a humanitarian convoy (an event's words of its own) is still what was attacked
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué lundi un convoi humanitaire près de "
            "Djibo.",
            None,
        ),
    ],
)
def test_french_targets_second_sides_kept(text: str, actor2: str | None) -> None:
    event = next(e for e in _typed(text) if e.actor2 is not None)
    assert event.actor2 is not None and event.actor2.mention is not None
    if actor2 is not None:
        assert event.actor2.name == actor2


def test_french_targets_an_attack_repelled_told_with_the_is_one_fight() -> None:
    # "l'attaque" told for the first time: the attack met by arms, not two battles
    text = (
        "OUAGADOUGOU (AFP) - L'armée a repoussé dimanche l'attaque jihadiste contre son "
        "détachement de Djibo, tuant une trentaine d'assaillants."
    )
    events = _typed(text)
    assert [e.event_type for e in events] == ["Battles"]
    assert events[0].actor1 is not None
    assert events[0].actor1.name == "Islamist Militants (Burkina Faso)"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # "retrouvé mort": killed, by someone no one names, as "found dead" is
        (
            "OUAGADOUGOU (AFP) - Un berger a été retrouvé mort lundi près de Djibo, selon des "
            "habitants.",
            1,
        ),
        ("OUAGADOUGOU (AFP) - Trois civils ont été retrouvés morts lundi près de Djibo.", 3),
    ],
)
def test_french_targets_found_dead_is_a_killing(text: str, toll: int) -> None:
    event = _typed(text)[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities is not None and event.fatalities.best == toll


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "OUAGADOUGOU (AFP) - L'attaque du village de Sollé par des hommes armés a fait douze "
            "morts dimanche, a-t-on appris de sources sécuritaires.",
            "Unidentified Armed Group (Burkina Faso)",
        ),
        (
            "OUAGADOUGOU (AFP) - Le bombardement du marché de Djibo par l'aviation a fait dix "
            "morts lundi, selon des habitants.",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_french_targets_the_agent_hung_on_a_noun_event_s_complement(text: str, actor1: str) -> None:
    # (the parser hangs "par ..." on "village", "marché": the attack had an implied
    # attacker and the armed men were its target; the bombing had no actor1)
    event = _typed(text)[0]
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


def test_french_targets_a_village_attacked_is_its_people() -> None:
    # ("village" was no settlement in French: the attack on it had no second side)
    event = _typed(
        "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué dimanche le village de Sollé, dans le "
        "nord du Burkina Faso, selon des sources locales."
    )[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


@pytest.mark.parametrize(
    "text",
    [
        "OUAGADOUGOU (AFP) - Des hommes armés ont pris dimanche le contrôle du village de "
        "Tin-Akoff, dans le nord du Burkina Faso.",
        "OUAGADOUGOU (AFP) - Des hommes armés ont pris dimanche le village de Tin-Akoff, dans le "
        "nord du Burkina Faso.",
    ],
)
def test_french_targets_control_of_a_village_taken_is_no_fight(text: str) -> None:
    # ("le contrôle du village" was the target, no place: a battle with Civilians for
    # actor2); English "took control of the village" is a non-violent transfer
    event = _typed(text)[0]
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Non-violent transfer of territory",
    )
    assert event.actor2 is None


def test_french_targets_a_town_attacked_whose_dead_are_soldiers_is_a_fight_with_them() -> None:
    # (the town was the second side: Civilians in a battle)
    event = _typed(
        "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué lundi la ville de Djibo, tuant cinq "
        "soldats."
    )[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Burkina Faso"
    assert event.fatalities is not None and event.fatalities.best == 5


def test_french_targets_the_other_side_hung_on_the_fight_s_measure() -> None:
    # (the parser hangs "avec l'armée" on "jours": the fight had no side, and the town
    # taken was a transfer with no fight)
    events = _typed(
        "GOMA (AFP) - Les rebelles du M23 ont pris mardi la ville de Rubaya, dans l'est de la "
        "RDC, après deux jours de combats avec l'armée, selon des habitants."
    )
    assert len(events) == 1
    assert events[0].sub_event_type == "Non-state actor overtakes territory"
    assert events[0].actor2 is not None
    assert events[0].actor2.name == "Military Forces of the Democratic Republic of Congo"


@pytest.mark.parametrize(
    "text",
    [
        # (the soldiers who found them were their killers)
        "OUAGADOUGOU (AFP) - Les corps de trois civils ont été retrouvés par des soldats lundi "
        "près de Djibo.",
    ],
)
def test_french_targets_the_dead_found_by_soldiers_were_killed_by_someone_unnamed(
    text: str,
) -> None:
    event = _typed(text)[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert event.fatalities is not None and event.fatalities.best == 3


@pytest.mark.parametrize(
    "text",
    [
        # (the parser makes both subjects of "tués": one dead)
        "OUAGADOUGOU (AFP) - Un chef de village et un enseignant ont été tués mercredi par des "
        "hommes armés près de Djibo.",
        # (and "déplacé" was a displacement of its own, which took its count)
        "OUAGADOUGOU (AFP) - Un chef de village et un déplacé ont été tués mercredi par des "
        "hommes armés près de Djibo.",
    ],
)
def test_french_targets_two_people_killed_are_two_dead(text: str) -> None:
    events = _typed(text)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 2
    assert not [e for e in extract(text, PUBLISHED, lang="fr") if e.trigger.text == "déplacé"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # (a "par" phrase that names no one is no agent: the attacker stays implied)
        (
            "OUAGADOUGOU (AFP) - L'attaque du village par surprise a fait dix morts dimanche.",
            "Unidentified Armed Group (Burkina Faso)",
        ),
        (
            "OUAGADOUGOU (AFP) - L'attaque du village par le nord a fait dix morts dimanche.",
            "Unidentified Armed Group (Burkina Faso)",
        ),
    ],
)
def test_french_targets_a_par_phrase_naming_no_one_is_no_agent(text: str, actor1: str) -> None:
    event = _typed(text)[0]
    assert event.actor1 is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    "text",
    [
        # (the attackers' own dead are no second side, nor is the town)
        "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué lundi la ville de Djibo. Dix jihadistes "
        "ont été tués dans la riposte de l'armée.",
    ],
)
def test_french_targets_the_attackers_own_dead_are_no_side(text: str) -> None:
    event = _typed(text)[0]
    assert (event.event_type, event.fatalities and event.fatalities.best) == ("Battles", 10)
    assert event.actor2 is None


def test_french_targets_a_town_attacked_whose_soldiers_died_after_fought_them() -> None:
    event = _typed(
        "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué lundi la ville de Djibo. Cinq soldats "
        "ont été tués, selon une source sécuritaire."
    )[0]
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Burkina Faso"


@pytest.mark.parametrize(
    "text",
    [
        # (the special forces' operation was aimed at them, the protesters' roads at the
        # protesters)
        "OUAGADOUGOU (AFP) - L'armée a lancé dimanche une opération des forces spéciales dans la "
        "province du Soum.",
        "OUAGADOUGOU (AFP) - Des soldats ont bloqué dimanche les routes des manifestants.",
    ],
)
def test_french_targets_only_a_noun_of_holding_passes_its_target_on(text: str) -> None:
    event = _typed(text)[0]
    assert event.actor2 is None or event.actor2.name is None


def test_french_targets_a_fight_s_measure_holds_only_sides_that_name_someone() -> None:
    # ("avec des armes lourdes" made rioters of the weapons)
    events = _typed(
        "GOMA (AFP) - Après des heures de combats avec des armes lourdes, l'armée a repris "
        "Rubaya dimanche."
    )
    assert [e.event_type for e in events] == ["Battles"]
    assert events[0].actor1 is None


def test_french_targets_the_attack_the_dead_had_made_is_their_fight() -> None:
    # (the relative clause was a second battle, twice over: the parser made "un convoi" a
    # second subject of "attaqué"; the killing had no day of its own)
    events = _typed(
        "OUAGADOUGOU (AFP) - L'armée a tué dix jihadistes qui avaient attaqué un convoi samedi "
        "près de Djibo."
    )
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.fatalities and event.fatalities.best) == ("Battles", 10)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Burkina Faso"
    assert event.when is not None and event.when.coded_day() == date(2024, 5, 18)


def test_french_targets_an_arrest_of_attackers_stays_apart() -> None:
    events = _typed(
        "OUAGADOUGOU (AFP) - La police a arrêté mardi trois hommes qui avaient attaqué une banque."
    )
    assert "Arrests" in [e.sub_event_type for e in events] and len(events) == 2


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # (what a base or a position taken is of is the side that lost it)
        (
            "BAMAKO (AFP) - L'armée a repris lundi les positions des rebelles près de Kidal.",
            "Opposition Rebels (Mali)",
        ),
        (
            "OUAGADOUGOU (AFP) - Les jihadistes ont pris lundi le quartier général de l'armée à "
            "Djibo.",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_french_targets_what_a_base_taken_is_of_lost_it(text: str, actor2: str) -> None:
    event = _typed(text)[0]
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == actor2


def test_french_targets_an_exodus_denounced_is_still_one() -> None:
    text = (
        "OUAGADOUGOU (AFP) - Des centaines de personnes ont dénoncé lundi à Kaya l'exode forcé "
        "des habitants de Djibo."
    )
    assert [e for e in extract(text, PUBLISHED, lang="fr") if e.trigger.text == "exode"]
