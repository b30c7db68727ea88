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
    """Folded country name -> ISO 3166 alpha-2 code, in ``lang``, in English and as ACLED
    writes it, the ``countries`` of resources/<lang>/place_aliases.yaml ("Congo", "RDC"),
    also with the language's ``possessive_endings`` (resources/<lang>/places.yaml)."""
    from wirewatch.lang.resources import load_resource

    names: dict[str, str] = {}
    for locale in (lang, "en"):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO"):
                names.setdefault(fold(name), code)
    # the names English news and ACLED write ("Democratic Republic of Congo", "Ivory Coast")
    for code in list(names.values()):
        if (acled := acled_country_name(code)) is not None:
            names.setdefault(fold(acled), code)
    # the names the news gives a country that CLDR does not ("Congo", "RDC")
    for name, country in load_resource(lang, "place_aliases").get("countries", {}).items():
        if (code := names.get(fold(country))) is not None:
            names.setdefault(fold(name), code)
    # "Burkina Fasos second city": the possessive with its apostrophe dropped
    for ending in load_resource(lang, "places").get("possessive_endings", ()):
        for key, code in list(names.items()):
            names.setdefault(fold(key + ending), code)
    return names


@functools.cache
def acled_country_name(code: str) -> str | None:
    """The English name ACLED gives a country ("SY" -> "Syria", "CD" -> "Democratic Republic
    of Congo", "CI" -> "Ivory Coast"): ``country_names`` of resources/acled_regions.yaml
    where ACLED differs from ISO 3166, else pycountry's common name; None when unknown."""
    import pycountry

    from wirewatch.lang.resources import load_shared

    code = code.upper()
    listed: dict[str, str] = load_shared("acled_regions")["country_names"]
    if code in listed:
        return listed[code]
    country = pycountry.countries.get(alpha_2=code)
    name = getattr(country, "common_name", None) or getattr(country, "name", None)
    return name if isinstance(name, str) else None


@functools.cache
def demonyms(lang: str) -> dict[str, str]:
    """Folded word for a country's people or things ("Burkinabe", "Malians", "malienne") ->
    ISO 3166 alpha-2 code: the ``demonyms`` of ``resources/<lang>/place_aliases.yaml`` and,
    for English, those countryinfo gives (with their plural); a word several countries share
    ("French" for France and Saint Martin) is the most populous one's."""
    from countryinfo import all_countries

    from wirewatch.lang.resources import load_resource

    found: dict[str, tuple[int, str]] = {}
    if lang == "en":
        for country in all_countries():
            code, word = country.iso(2), country.demonym()
            people = int(country.population() or 0)
            for form in (word, f"{word}s") if word and code else ():
                key = fold(form)
                if key not in found or people > found[key][0]:
                    found[key] = (people, code)
    names = country_names(lang)
    listed = load_resource(lang, "place_aliases").get("demonyms", {})
    for word, country_name in listed.items():
        if (listed_code := names.get(fold(country_name))) is not None:
            found[fold(word)] = (0, listed_code)  # the file settles what the package leaves open
    return {word: code for word, (_, code) in found.items()}
