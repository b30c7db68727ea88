"""Countries as ACLED writes them: ISO numeric code, ACLED's English name, ACLED region."""

from __future__ import annotations

from collections import Counter

import pycountry
import pytest

from wirewatch.export.countries import acled_region, country_name, iso_numeric
from wirewatch.lang import load_shared


@pytest.mark.parametrize(
    ("code", "iso", "name", "region"),
    [
        ("SY", 760, "Syria", "Middle East"),
        ("sy", 760, "Syria", "Middle East"),
        ("BJ", 204, "Benin", "Western Africa"),
        ("BF", 854, "Burkina Faso", "Western Africa"),
        ("CD", 180, "Democratic Republic of Congo", "Middle Africa"),
        ("CI", 384, "Ivory Coast", "Western Africa"),
        ("RU", 643, "Russia", "Europe"),
        ("AF", 4, "Afghanistan", "South Asia"),
        ("NO", 578, "Norway", "Europe"),
        ("XK", None, "Kosovo", "Europe"),
        ("XX", None, None, None),
        (None, None, None, None),
    ],
)
def test_countries_code_name_and_region(
    code: str | None, iso: int | None, name: str | None, region: str | None
) -> None:
    assert (iso_numeric(code), country_name(code), acled_region(code)) == (iso, name, region)


def test_countries_every_iso_country_is_in_exactly_one_acled_region() -> None:
    regions = load_shared("acled_regions")["regions"]
    counts = Counter(code for codes in regions.values() for code in codes)
    assert [code for code, n in counts.items() if n > 1] == []
    iso_codes = {country.alpha_2 for country in pycountry.countries}
    assert iso_codes - set(counts) == set()


def test_countries_every_code_is_iso_or_named() -> None:
    data = load_shared("acled_regions")
    iso_codes = {country.alpha_2 for country in pycountry.countries}
    named = set(data["country_names"])
    listed = {code for codes in data["regions"].values() for code in codes}
    assert (listed | named) - iso_codes <= named
    assert named <= listed
