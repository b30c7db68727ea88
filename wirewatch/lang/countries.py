"""Country names in a language, from the CLDR data that Babel ships (no download)."""

from __future__ import annotations

import functools
import unicodedata

from babel import Locale


def fold(name: str) -> str:
    """Case-, accent-, hyphen- and apostrophe-insensitive key for a name."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("-", " ").replace("'", " ").replace("’", " ").split())


@functools.cache
def country_names(lang: str) -> dict[str, str]:
    """Folded country name -> ISO 3166 alpha-2 code, in ``lang`` and in English."""
    names: dict[str, str] = {}
    for locale in (lang, "en"):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO"):
                names.setdefault(fold(name), code)
    return names
