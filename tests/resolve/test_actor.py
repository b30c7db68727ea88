"""Actor mentions to canonical ACLED-style actors, in the country of the event."""

from __future__ import annotations

import pytest

from wirewatch.resolve.actor import INTERNATIONAL, resolve_actor


@pytest.mark.parametrize(
    ("text", "concept", "country", "name", "inter"),
    [
        ("le régime", "government_forces", "SY", "Military Forces of Syria", 1),
        ("l'armée", "government_forces", "ML", "Military Forces of Mali", 1),
        ("les rebelles", "rebels", "SY", "Opposition Rebels (Syria)", 2),
        ("deux enfants", "people", "SY", "Civilians (Syria)", 7),
        ("M. Kerry", "person", "SY", "United States", 8),
        ("Moscou", "toponym", "SY", "Russia", 8),
        ("la Russie", "country", "SY", "Russia", 8),
        ("la Syrie", "country", "SY", "Government of Syria", 1),
        ("l'émissaire de l'ONU Staffan de Mistura", "international", "SY", "United Nations", 8),
        (
            "des miliciens de Boko Haram",
            "rebels",
            "NG",
            "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
            2,
        ),
        ("manifestations", "protesters", INTERNATIONAL, "Protesters (International)", 6),
        # country names as ACLED writes them, not CLDR's ("Congo - Kinshasa", "Côte d'Ivoire")
        ("civilians", "civilians", "CD", "Civilians (Democratic Republic of Congo)", 7),
        ("l'armée", "government_forces", "CI", "Military Forces of Ivory Coast", 1),
        # ... with their article inside a phrase, not in brackets
        (
            "l'armée",
            "government_forces",
            "CD",
            "Military Forces of the Democratic Republic of Congo",
            1,
        ),
        ("la RDC", "country", "CD", "Government of the Democratic Republic of Congo", 1),
        ("les rebelles", "rebels", "CF", "Opposition Rebels (Central African Republic)", 2),
        ("Washington", "toponym", "SY", "United States", 8),  # a country's own name alone
    ],
)
def test_actor_canonical_names(
    text: str, concept: str, country: str, name: str, inter: int
) -> None:
    value = resolve_actor(text, concept, country)
    assert value is not None
    assert (value.name, value.inter) == (name, inter)


def test_actor_without_a_country_a_generic_noun_stays_unresolved() -> None:
    assert resolve_actor("les rebelles", "rebels", None) is None
    assert resolve_actor("un quidam", None, "SY") is None  # no lexicon knows the word


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("youths from Banagbasson", "en", "Banagbasson Communal Militia (Benin)"),
        ("armed youths from the village of Sanwara", "en", "Sanwara Communal Militia (Benin)"),
        ("des chasseurs du village de Sanwara", "fr", "Sanwara Communal Militia (Benin)"),
        ("des jeunes d'Issaba", "fr", "Issaba Communal Militia (Benin)"),
        # no place named after the mark: an unidentified one
        ("a group of armed youths", "en", "Unidentified Communal Militia (Benin)"),
    ],
)
def test_actor_a_communal_militia_is_named_after_where_it_comes_from(
    text: str, lang: str, name: str
) -> None:
    value = resolve_actor(text, "communal_militia", "BJ", lang)
    assert value is not None and value.name == name


@pytest.mark.parametrize(
    ("text", "concept", "lang"),
    [
        ("presumed Dozo militiamen", "militia", "en"),
        ("two Dozos", "militia", "en"),
        ("des chasseurs dozos", "militia", "fr"),
    ],
)
def test_actor_an_armed_communal_group_names_its_militia(
    text: str, concept: str, lang: str
) -> None:
    value = resolve_actor(text, concept, "BF", lang)
    assert value is not None and value.name == "Dozo Communal Militia (Burkina Faso)"
    assert value.inter == 4


@pytest.mark.parametrize(
    ("text", "country", "lang", "name"),
    [
        ("Islamic State-linked insurgents", "MZ", "en", "Islamic State (Mozambique)"),
        ("des combattants de l'Etat islamique", "NG", "fr", "Islamic State (West Africa)"),
        ("Islamic State fighters", "CD", "en", "Islamic State (Central Africa)"),
        # where two branches act, or none is named: the group's own name
        ("Islamic State fighters", "NE", "en", "Islamic State"),
        ("Islamic State fighters", "SY", "en", "Islamic State"),
        ("Islamic State fighters", None, "en", "Islamic State"),
    ],
)
def test_actor_a_group_is_named_by_its_branch_where_the_event_happened(
    text: str, country: str | None, lang: str, name: str
) -> None:
    value = resolve_actor(text, "jihadists", country, lang)
    assert value is not None and value.name == name
