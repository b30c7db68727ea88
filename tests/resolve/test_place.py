"""Place names to gazetteer entries: aliases, countries and capitals, country context."""

from __future__ import annotations

import pytest

from wirewatch.config import Settings
from wirewatch.process import gazetteer
from wirewatch.resolve.gazetteer import Gazetteer
from wirewatch.resolve.place import resolve_place_name


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer(Settings())  # the default gazetteer (bin/setup builds it once)


@pytest.mark.parametrize(
    ("name", "lang", "country", "code"),
    [
        ("Alep", "fr", None, "PPL"),
        ("UE", "fr", None, "CONT"),
        ("Tigré", "fr", None, "ADM1"),
        ("U.S.", "en", None, "PCLI"),
        ("Russian", "en", None, "PCLI"),
        ("Europe", "en", None, "CONT"),
        ("Russia", "en", "US", "PCLI"),  # a country keeps its reading in an American story
    ],
)
def test_place_names_resolve_by_alias_and_feature(
    places: Gazetteer, name: str, lang: str, country: str | None, code: str
) -> None:
    found = resolve_place_name(name, places, country, lang)
    assert found is not None
    assert found.feature_code.startswith(code[:3]), (found.name, found.feature_code)


def test_place_country_context_settles_ambiguous_names(places: Gazetteer) -> None:
    libya = resolve_place_name("Tripoli", places, "LY")
    lebanon = resolve_place_name("Tripoli", places, "LB")
    assert libya is not None and libya.country == "LY"
    assert lebanon is not None and lebanon.country == "LB"
