"""Countries as ACLED writes them: numeric ISO code, English name and ACLED region.

Codes and names come from pycountry (ISO 3166); ACLED's regions and the few names where
ACLED differs from ISO come from ``resources/acled_regions.yaml``.
"""

from __future__ import annotations

import functools

import pycountry

from wirewatch.lang import load_shared
from wirewatch.lang.countries import acled_country_name


@functools.cache
def _regions() -> dict[str, str]:
    """ISO alpha-2 code -> ACLED region."""
    data = load_shared("acled_regions")
    return {code: region for region, codes in data["regions"].items() for code in codes}


def _country(code: str) -> object | None:
    return pycountry.countries.get(alpha_2=code.upper())


def iso_numeric(code: str | None) -> int | None:
    """The ISO 3166-1 numeric code of an alpha-2 code ("SY" -> 760); None when unknown."""
    country = _country(code) if code else None
    numeric = getattr(country, "numeric", None)
    return int(numeric) if isinstance(numeric, str) else None


def country_name(code: str | None) -> str | None:
    """The English name ACLED gives a country ("SY" -> "Syria"); None when unknown."""
    return acled_country_name(code) if code else None


def acled_region(code: str | None) -> str | None:
    """The ACLED region of a country ("SY" -> "Middle East"); None when unknown."""
    return _regions().get(code.upper()) if code else None
