"""Country words: names and demonyms, from CLDR, countryinfo and the resource files."""

from __future__ import annotations

import pytest

from wirewatch.lang.countries import demonyms


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
