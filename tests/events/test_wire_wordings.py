"""Wordings of wire copy: headline tolls ("Five killed in ...", "Nine killed, 14 abducted
in ..."), weapons' words that only say what kind of thing a noun is ("a bomb factory",
« une fabrique de bombes ») and an attack its weapon names ("an IED attack": one event of
the weapon's type; "a suicide bomb attack", "a drone bomb attack"), days after joined deeds
(« ont incendié ... et emporté des vivres jeudi », not « ... et l'ont relâché dimanche »),
« tiré au mortier », towns NER takes for a person or reads with the day after it (« l'attaque
de Solhan »), a town a weapon hit, herders who fight armed men or a battle's other side.
Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings
from wirewatch.types import Event

PUBLISHED = date(2021, 6, 14)  # a Monday


def _events(text: str, lang: str, country: str) -> list[Event]:
    settings = Settings(lang=lang, country=country)
    return [e for e in extract(text, PUBLISHED, lang=lang, settings=settings) if e.event_type]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("At least 7 killed as gunmen attack a mosque in Sokoto on Sunday.", 7),
        ("Nine killed in attack on a mosque in Sokoto.", 9),
        ("Gunmen kill 11 in Sokoto village raid.", 11),
        # a result word after the list is said of every count of it
        (
            "Troops and bandits clashed near Gusau on Sunday, leaving three soldiers and about "
            "30 bandits dead.",
            33,
        ),
    ],
)
def test_headline_tolls(text: str, fatalities: int) -> None:
    (event,) = _events(text, "en", "NG")
    assert event.fatalities is not None and event.fatalities.best == fatalities


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Troops destroyed an ISWAP bomb factory near Monguno on Tuesday.", "en", "NG"),
        ("Soldiers raided a bomb-making workshop in Bama on Friday.", "en", "NG"),
        ("A Ukrainian drone struck a Russian artillery position near Bakhmut.", "en", "UA"),
        ("Les soldats ont détruit une fabrique de bombes près de Monguno mardi.", "fr", "NG"),
    ],
)
def test_a_weapon_that_says_what_kind_of_thing_a_noun_is_is_no_event(
    text: str, lang: str, country: str
) -> None:
    types = [e.sub_event_type for e in _events(text, lang, country)]
    assert not {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack"} & set(types)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("An IED attack killed four soldiers near Djibo on Sunday.", "en"),
        ("Une attaque à l'engin explosif a tué quatre soldats près de Djibo dimanche.", "fr"),
    ],
)
def test_an_attack_named_by_its_weapon_is_one_event_of_the_weapons_type(
    text: str, lang: str
) -> None:
    (event,) = _events(text, lang, "BF")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities is not None and event.fatalities.best == 4


def test_a_day_after_two_joined_deeds_dates_both() -> None:
    (event,) = _events(
        "Des hommes armés ont incendié l'école du village de Tin-Akoff et emporté des vivres "
        "jeudi, selon des sources locales.",
        "fr",
        "BF",
    )
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 10)


def test_a_day_under_a_verb_the_parser_joined_by_a_comma_alone_is_not_the_events() -> None:
    # (the day of the beating the crowd marched about, not of their march)
    events = _events(
        "Hundreds of teachers marched in Parakou to demand the dismissal of the mayor, "
        "believed to be behind the beating of a colleague on March 3.",
        "en",
        "BJ",
    )
    event = next(e for e in events if e.sub_event_type == "Peaceful protest")
    assert event.when is not None and event.when.coded_day() == PUBLISHED


def test_mortar_fire_is_shelling() -> None:
    (event,) = _events(
        "Les jihadistes ont tiré au mortier sur le camp militaire de Tessalit samedi.",
        "fr",
        "ML",
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # NER takes the town for a person, the tagger for a common noun
        ("Jihadists attacked an army post in Tessalit on Saturday.", "en"),
        # NER reads the town with the day after it
        ("Les jihadistes ont attaqué Tessalit samedi.", "fr"),
    ],
)
def test_the_town_is_the_place(text: str, lang: str) -> None:
    (event,) = _events(text, lang, "ML")
    assert event.place is not None and event.place.name == "Tessalit"
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 12)


def test_a_weapons_place_outranks_the_articles_for_the_deed_it_joins() -> None:
    # (the town hit is the shots' target, so the shots had no place of their own)
    (event,) = _events(
        "In Maiduguri, residents said insurgents fired rockets into Konduga on Sunday.", "en", "NG"
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.place is not None and event.place.name == "Konduga"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Koglweogo fighters clashed with Fulani herders near Arbinda on Sunday.", "en"),
        (
            "Des affrontements entre des Koglweogo et des éleveurs peuls ont fait trois morts "
            "dimanche près d'Arbinda.",
            "fr",
        ),
    ],
)
def test_herders_on_the_other_side_of_a_battle_are_their_militia(text: str, lang: str) -> None:
    (event,) = _events(text, lang, "BF")
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Fulani Ethnic Militia (Burkina Faso)"


def test_herders_an_armed_group_attacks_stay_civilians() -> None:
    (event,) = _events(
        "JNIM militants killed six Fulani herders near Arbinda on Sunday.", "en", "BF"
    )
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun takes up the victims: what came of them, at its own time
        "Des hommes armés ont enlevé le maire de la commune et l'ont relâché dimanche.",
        "Des assaillants ont enlevé trois enseignants, puis les ont libérés mercredi.",
    ],
)
def test_a_day_of_what_came_of_the_victims_is_not_the_events(text: str) -> None:
    (event,) = _events(text, "fr", "NE")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.when is not None and event.when.coded_day() == PUBLISHED


def test_a_day_of_what_the_victims_were_doing_is_the_events() -> None:
    (event,) = _events(
        "Jihadists abducted four women collecting firewood near Arbinda on Thursday.", "en", "BF"
    )
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Des soldats ont saisi un mortier et des munitions lors d'une opération près de Ménaka.",
        "Un régiment d'artillerie malien s'est retiré de la ville.",
    ],
)
def test_a_mortar_named_alone_is_no_shelling(text: str) -> None:
    types = [e.sub_event_type for e in _events(text, "fr", "ML")]
    assert "Shelling/artillery/missile attack" not in types


def test_an_attack_its_sentence_goes_on_with_shots_stays_a_fight() -> None:
    events = _events(
        "Jihadists carried out an IED attack on a convoy near Gao, then opened fire on the "
        "soldiers.",
        "en",
        "ML",
    )
    fight = next(e for e in events if e.event_type == "Battles")
    assert fight.actor1 is not None and fight.actor1.name == "Islamist Militants (Mali)"
    assert fight.actor2 is not None and fight.actor2.name == "Military Forces of Mali"


def test_a_headline_count_goes_to_its_own_participle() -> None:
    events = _events("Nine killed, 14 abducted in Zamfara.", "en", "NG")
    killing = next(e for e in events if e.sub_event_type == "Attack")
    assert killing.fatalities is not None and killing.fatalities.best == 9


@pytest.mark.parametrize(
    ("text", "country", "sub_event_type"),
    [
        (
            "A suicide bomb attack killed nine people at a market in Maiduguri.",
            "NG",
            "Suicide bomb",
        ),
        # the attack already of the kind its other words say: a drone's
        (
            "A drone bomb attack killed nine militants near Jilib on Friday.",
            "SO",
            "Air/drone strike",
        ),
    ],
)
def test_a_bomb_attack_keeps_the_kind_its_other_words_say(
    text: str, country: str, sub_event_type: str
) -> None:
    (event,) = _events(text, "en", country)
    assert event.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        ("Des éleveurs peuls ont affronté des VDP près de Kaya dimanche.", "fr", "Battles"),
        ("Farmers clashed with jihadists near Kaya on Sunday.", "en", "Battles"),
        # (the police are no armed group: a crowd's riot)
        ("Farmers clashed with police near Kaya on Sunday.", "en", "Riots"),
    ],
)
def test_herders_or_farmers_who_fight_armed_men_fight_a_battle(
    text: str, lang: str, event_type: str
) -> None:
    (event,) = _events(text, lang, "BF")
    assert event.event_type == event_type


def test_the_town_an_attack_is_of_is_its_place_whatever_ner_calls_it() -> None:
    # (NER calls Solhan a person; the registry holds no Solhan in Burkina Faso: the country)
    events = _events(
        "Des proches des victimes de l'attaque de Solhan qui a fait 132 morts ont manifesté "
        "lundi à Sebba.",
        "fr",
        "BF",
    )
    attack = next(e for e in events if e.event_type == "Battles")
    assert attack.place is not None and attack.place.mention is not None
    assert attack.place.mention.text == "Solhan"


@pytest.mark.parametrize(
    ("text", "country", "actor1"),
    [
        # a country's, an armed group's name after a noun of attack is its author's
        (
            "L'offensive de la France contre les jihadistes a commencé samedi.",
            "ML",
            "Government of France",
        ),
        ("L'attaque de Wagner contre le village de Moura a fait dix morts.", "ML", "Wagner Group"),
        # a capital's may be its government: no town struck there by the rule, no author
        ("L'attaque de Niamey a fait deux morts samedi.", "NE", "Unidentified Armed Group (Niger)"),
    ],
)
def test_an_authors_name_after_a_noun_of_attack_is_no_place(
    text: str, country: str, actor1: str
) -> None:
    (event,) = _events(text, "fr", country)
    assert event.actor1 is not None and event.actor1.name == actor1
