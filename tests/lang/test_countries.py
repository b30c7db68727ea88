"""Country words: names and demonyms, from CLDR, countryinfo and the resource files."""

from __future__ import annotations

import pytest

from wirewatch.lang.countries import acled_country_name, country_names, demonyms, fold


@pytest.mark.parametrize(
    ("lang", "word", "code"),
    [
        ("en", "burkinabe", "BF"),  # countryinfo's demonym
        ("en", "malians", "ML"),  # and its plural
        ("en", "french", "FR"),  # shared with Saint Martin: the most populous country's
        ("fr", "malienne", "ML"),  # place_aliases.yaml demonyms
        ("fr", "burkinabe", "BF"),  # folded: "burkinabè"
    ],
)
def test_countries_demonyms_name_their_country(lang: str, word: str, code: str) -> None:
    assert demonyms(lang)[word] == code


@pytest.mark.parametrize(
    ("lang", "name", "code"),
    [
        ("en", "Democratic Republic of Congo", "CD"),  # as Reuters and ACLED write it
        ("en", "Ivory Coast", "CI"),
        ("en", "Congo", "CD"),  # as Reuters and AP write the DRC (place_aliases countries)
        ("fr", "RDC", "CD"),
    ],
)
def test_countries_names_as_news_and_acled_write_them(lang: str, name: str, code: str) -> None:
    assert country_names(lang)[fold(name)] == code


@pytest.mark.parametrize(
    ("code", "name"),
    [("CD", "Democratic Republic of Congo"), ("CI", "Ivory Coast"), ("TR", "Turkey"),
     ("SY", "Syria"), ("BF", "Burkina Faso")],
)  # fmt: skip
def test_countries_acled_names_where_cldr_writes_otherwise(code: str, name: str) -> None:
    assert acled_country_name(code) == name
