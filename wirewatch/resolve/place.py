"""Place mentions to coordinates: the gazetteer entry, its country, and ACLED geo_precision.

Ambiguous names go to the article's country ("Tripoli" in a Libyan story), then to the
likeliest place (capital, seat, population). A place the gazetteer lacks ("Layramoun,
banlieue rebelle à la périphérie nord de la ville") falls back to the city the text relates
it to, with precision 2 - never to an unrelated match.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from babel import Locale

from wirewatch.geo import haversine_km
from wirewatch.lang import load_resource, word_set
from wirewatch.lang.countries import country_names, demonyms, fold
from wirewatch.resolve.gazetteer import Gazetteer, GeoPlace, is_country, name_key
from wirewatch.types import Event, Kind, Place

TOWN, NEAR, REGION = 1, 2, 3  # ACLED geo_precision
_AREA_CLASS = "A"
_TOWN_CLASS = "P"  # GeoNames feature class: populated places
_PROVINCE = "ADM1"
_SUBDIVISIONS = frozenset({_PROVINCE, "ADM2"})  # areas inside a province: their admin1 is it
_NEAR_RELATIONS = frozenset({"near", "part_of"})
_CANDIDATES = 10
_SELF_EVIDENT = frozenset({"PCLI", "CONT"})  # GeoNames codes: independent country, continent
_CAPITALS = frozenset({"PPLC", "PPLG", "PPLA", "ADM1"})  # GeoNames: capitals, province seats
_NATIONAL_CAPITAL = "PPLC"
_SMALL_TOWN = 100_000  # people: a namesake this small gives way to a foreign capital
_LARGE_CITY = 1_000_000  # people: a city this large is known abroad by its exonyms
_KNOWN_TOWN = 50_000  # people: a town abroad this large may be where a story's event is
_AREA_REACH_KM = 150  # a place named inside an area ("Kali (Nikki, Borgou)") lies this close


def _distance(a: GeoPlace, b: GeoPlace) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _inside(place: GeoPlace, area: GeoPlace) -> bool:
    """Whether a place lies in an area: its country; its province by name; a district or
    commune of that province, near the district's seat."""
    if place.country != area.country or place.geonames_id == area.geonames_id:
        return False
    if area.feature_code not in _SUBDIVISIONS or place.admin1 is None:
        return True
    if name_key(place.admin1) != name_key(area.admin1 or area.name):
        return False
    return area.feature_code == _PROVINCE or _distance(place, area) <= _AREA_REACH_KM


@functools.cache
def place_aliases(lang: str) -> dict[str, str]:
    """Folded name as written -> a name the gazetteer knows ("U.S." -> "United States",
    "Russian" -> "Russia"), from ``resources/<lang>/place_aliases.yaml``."""
    data = load_resource(lang, "place_aliases")
    return {fold(alias): target for alias, target in data["aliases"].items()}


def resolve_place_name(
    name: str,
    gazetteer: Gazetteer,
    country: str | None = None,
    lang: str = "fr",
    near: GeoPlace | None = None,
    desk: bool = False,
    region: str | Collection[str] = (),
) -> GeoPlace | None:
    """The likeliest place for a name. Aliases first ("U.S.", "UE"); a country or a
    continent stays itself wherever the story is ("Russia" is no town of Ohio in an American
    story); any other name prefers a place in ``country`` when there is one ("Tripoli" in a
    Lebanese story is Lebanon's). Given the area the text puts it in (``near``: "Kali
    (Nikki, Borgou)"), only a place within reach of that area will do, the closest first. A
    people's name no place bears as its own is its country ("Tunisian"), and a national
    capital outweighs a small namesake in ``country`` ("Paris" in a Texan story). With no
    country known, a sound reading (:func:`_sound_reading`) comes before an obscure alternate
    name of a larger town ("Barani" is Burkina Faso's, not India's Bāruni). When ``country``
    is the desk's (``desk``: the settings say which country the articles are about), a
    village abroad bearing the name of a village of that country the gazetteer lacks is no
    reading (:func:`_known_abroad`); a country only the text suggests may be wrong, and keeps
    them. With no country but a ``region`` the story's armed groups act in (JNIM, ISGS), a
    reading there comes first and a village far from it is none ("Kain", Belgium, attacked by
    JNIM militants)."""
    key = fold(name)
    name = place_aliases(lang).get(key, name)
    candidates = gazetteer.lookup(name, limit=_CANDIDATES)
    bare = _without_its_kind(name, lang) if not candidates else None
    if bare is not None:  # "Artibonite region": the area named Artibonite
        found = gazetteer.lookup(bare, limit=_CANDIDATES)
        candidates = [c for c in found if c.feature_class == _AREA_CLASS] or found
    people = demonyms(lang).get(key)
    if people is not None and not any(name_key(c.name) == name_key(name) for c in candidates):
        home = country_place(people, gazetteer)  # "Tunisian": the country its people's name
        if home is not None:  # says, not an alternate name of some town
            return home
    named = country_names(lang).get(key)
    if not candidates and named is not None:  # "Burkina Fasos second city"
        return country_place(named, gazetteer)
    if near is not None:
        if near.country:
            candidates += gazetteer.lookup(name, country=near.country, limit=_CANDIDATES)
        if near.feature_class == _AREA_CLASS:  # inside a country or a province
            return next((c for c in candidates if _inside(c, near)), None)
        close = [c for c in candidates if _distance(c, near) <= _AREA_REACH_KM]
        return min(close, key=lambda c: _distance(c, near)) if close else None
    if not candidates:
        return None
    top = candidates[0]
    region = _codes(region)
    if country is None and region:
        inside = [c for c in candidates if c.country in region] or [
            found[0]
            for code in sorted(region)
            if (found := gazetteer.lookup(name, country=code, limit=1))
        ]
        if inside:
            return inside[0]
        return top if _sound_reading(top, name, lang) and _known_abroad(top) else None
    if country is None:
        return next((c for c in candidates if _sound_reading(c, name, lang)), top)
    if top.country == country:
        return top
    if top.feature_code in _SELF_EVIDENT:
        # "eastern Congo" in a story from the Democratic Republic of Congo: a short name two
        # countries share is the story's own
        own = country_place(country, gazetteer) if _short_for(key, country, lang) else None
        return own or top
    local = [c for c in candidates if c.country == country]
    if not local:
        local = gazetteer.lookup(name, country=country, limit=1)
    if local and not _capital_over_village(top, local[0], name):
        return local[0]
    return top if _sound_reading(top, name, lang) and (not desk or _known_abroad(top)) else None


def _without_its_kind(name: str, lang: str) -> str | None:
    """The name without the area word written after it ("Artibonite region" -> "Artibonite";
    ``area_kinds`` in resources/<lang>/places.yaml), or None."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in word_set(lang, "places", "area_kinds"):
        return " ".join(words[:-1])
    return None


def _short_for(key: str, country: str, lang: str) -> bool:
    """Whether a folded name no other country bears in full is a whole-word part of a name
    of ``country`` ("congo" of "Democratic Republic of Congo"; not "sudan", which is Sudan's
    own name, in a South Sudanese story)."""
    names = country_names(lang)
    return names.get(key, country) == country and any(
        code == country and f" {key} " in f" {name} " for name, code in names.items()
    )


def _codes(codes: str | Collection[str]) -> frozenset[str]:
    """Country codes, one ("BF") or several."""
    return frozenset({codes}) if isinstance(codes, str) else frozenset(codes)


def _known_abroad(place: GeoPlace, least_population: int = _KNOWN_TOWN) -> bool:
    """Whether a place outside the story's country is one a story would name there: a
    country, a capital, a province seat or a town of ``least_population`` people. A village
    abroad under the name of a village of the story's country the gazetteer lacks ("Sona",
    Panama; "Kain", Belgium, in a Burkinabe story) is no reading of it. Areas and other
    features that are no town are what they are named wherever they lie ("Tigray")."""
    return (
        place.feature_class != _TOWN_CLASS
        or place.feature_code in _CAPITALS
        or place.feature_code in _SELF_EVIDENT
        or (place.population or 0) >= least_population
    )


def _capital_over_village(top: GeoPlace, local: GeoPlace, name: str) -> bool:
    """A national capital under its own name outweighs a small namesake in the story's
    country ("Paris" in a Texan story is France's capital, not Paris, Texas); a city of the
    story's country does not give way ("Tripoli" in a Lebanese story)."""
    return (
        top.feature_code == _NATIONAL_CAPITAL
        and name_key(top.name) == name_key(name)
        and (local.population or 0) < _SMALL_TOWN
    )


def resolve_in_area(
    name: str, area: str, gazetteer: Gazetteer, country: str | None = None, lang: str = "fr"
) -> GeoPlace | None:
    """The place called ``name`` inside the area the text names right after it ("LONDON,
    Ky.", "Alvin, Texas", "Boura, Sissili Province"); None when that name is no area or no
    such place lies inside it."""
    outer = resolve_place_name(area, gazetteer, country, lang)
    if outer is None or outer.feature_class != _AREA_CLASS:
        return None
    return resolve_place_name(name, gazetteer, country, lang, near=outer)


def _sound_reading(place: GeoPlace, name: str, lang: str = "fr") -> bool:
    """Whether ``place`` is a reading of ``name`` sound enough to hold outside the story's
    country, or to vote for the story's country: it is written as the place's own name (or
    an alias of it), or the place is a country, a capital, a province seat or a large city
    («Moscou», «Genève»). An obscure alternate name of a foreign town («Boni», a name of
    Bonn, in a Malian story) is no reading at all."""
    written = place_aliases(lang).get(fold(name), name)
    return (
        name_key(place.name) in (name_key(written), _area_name(name, place, lang))
        or place.feature_code in _CAPITALS
        or place.feature_code in _SELF_EVIDENT
        or (place.population or 0) >= _LARGE_CITY
    )


def _area_name(name: str, place: GeoPlace, lang: str) -> str | None:
    """The key of an area's name written with its kind ("Sissili Province", "province du
    Sissili"): the name without the descriptor words around it; None for other places."""
    if place.feature_class != _AREA_CLASS:
        return None
    words = _descriptor_words(lang)
    kept = [w for w in name.split() if w.lower() not in words]
    return name_key(" ".join(kept)) if len(kept) < len(name.split()) else None


@functools.cache
def _kind_and_of_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The descriptors ("area", "commune") and the "of" words of places.yaml, lower-cased."""
    data = load_resource(lang, "places")
    return frozenset(w.lower() for w in data["descriptors"]), frozenset(
        w.lower() for w in data["of"]
    )


@functools.cache
def _descriptor_words(lang: str) -> frozenset[str]:
    data = load_resource(lang, "places")
    return frozenset(w.lower() for w in (*data["descriptors"], *data["of"]) if " " not in w)


@functools.cache
def _english_country_names() -> dict[str, str]:
    return {code: name for code, name in Locale("en").territories.items() if len(code) == 2}


def country_place(code: str, gazetteer: Gazetteer) -> GeoPlace | None:
    """The gazetteer's entry for a country, by its ISO alpha-2 code."""
    name = _english_country_names().get(code.upper())
    if name is None:
        return None
    found = [p for p in gazetteer.lookup(name, country=code) if p.feature_code in _SELF_EVIDENT]
    return found[0] if found else None


def document_country(
    names: Iterable[str],
    gazetteer: Gazetteer,
    lang: str = "fr",
    placed: Iterable[tuple[str, Sequence[str]]] = (),
    least_population: int = 0,
    home: str | Collection[str] = (),
    areas: Collection[str] = (),
    villages: Collection[str] = (),
) -> str | None:
    """The country most of a document's place names point to (their likeliest readings);
    ``placed`` are names the text puts in areas, innermost first ("Solhan (Solhan, Yagha)"):
    the name and its areas vote together, by the reading of them that agrees (Burkina Faso's
    Solhan in the province of Yagha, not Turkey's town). An area the text writes with its
    kind ("Boura, Sissili Province") counts twice: no village of another country shares it.
    A name told again is the same place and votes once. A place outside ``home`` (the
    country a desk reads, when the settings name one, or the countries the story's armed
    groups act in) votes only when it is a country, a capital, an area or a town of
    ``least_population`` people (50,000 when ``home`` is given): a village abroad bearing
    the name of one the gazetteer lacks ("Sona", Panama, in a Burkinabe story) says nothing
    against it. A name of ``areas``, which the text writes as an area ("la province du
    Soum"), is read as the area of that name (at ``home``, or the only country that has
    one) and counts twice: Burkina Faso's province, not Senegal's village of Soum; when
    areas of several countries bear it, it does not vote. A name of ``villages``, which the
    text calls a village ("the village of Nama"), votes only for a village or a place at
    ``home`` (:func:`_no_village_here`: not for Algeria's province seat Naama)."""
    home = _codes(home)
    if home:
        least_population = max(least_population, _KNOWN_TOWN)
    votes: Counter[str] = Counter()
    for name in dict.fromkeys(names):  # a name told again is the same place, no new vote
        if name in areas:
            area, ambiguous = _area_reading(name, gazetteer, home)
            if area is not None and area.country:
                votes[area.country] += 2
            if area is not None or ambiguous:
                continue  # (an area of several countries says none: not their towns either)
        # (read at home first: "Bam" is Burkina Faso's province in a story of JNIM's)
        place = resolve_place_name(name, gazetteer, lang=lang, region=home)
        if (
            place is not None
            and (code := _vote_of(place, home, least_population)) is not None
            and _sound_reading(place, name, lang)
            and not (name in villages and _no_village_here(place, home))
        ):
            # an area written with its kind ("Sissili Province") outweighs a bare name
            kind = _area_name(name, place, lang) == name_key(place.name)
            votes[code] += 2 if kind else 1
    # (read at home when it is one country: "Gouari, cercle de Koro" in a Malian story is
    # Mali's Koro, not Venezuela's province seat Coro)
    at_home = next(iter(home)) if len(home) == 1 else None
    for name, areas in placed:
        score, own, area = _areas_reading(name, areas, gazetteer, at_home, lang)
        place = own or area
        # ("Tako-Yoyora (Loropeni, Poni)" says nothing of Pawnee, Oklahoma)
        if place is not None and (code := _vote_of(place, home, least_population)) is not None:
            votes[code] += 1 + len(areas) if score >= 1 else 1
    return votes.most_common(1)[0][0] if votes else None


def _vote_of(place: GeoPlace, home: frozenset[str], least_population: int) -> str | None:
    """The country a reading votes for: its own, when at ``home`` or known abroad
    (:func:`_known_abroad`; a village abroad says nothing against a desk's country)."""
    if place.country and (place.country in home or _known_abroad(place, least_population)):
        return place.country
    return None


def _area_reading(
    name: str, gazetteer: Gazetteer, home: frozenset[str]
) -> tuple[GeoPlace | None, bool]:
    """The administrative area of that name in ``home``, else the one area of that name when
    all the gazetteer holds are in one country; and whether areas of several countries bear
    it ("la région des Savanes", Togo's or Ivory Coast's; "la région du Lac", Chad's or a
    Swiss district's): then the name says no country, and no town of that name does either
    (Albania's Laç), for the text calls it an area."""
    found = [c for c in gazetteer.lookup(name, limit=_CANDIDATES) if c.feature_class == _AREA_CLASS]
    at_home = next((c for c in found if c.country in home), None)
    countries = {c.country for c in found}
    if at_home is not None or len(countries) != 1:
        return at_home, len(countries) > 1
    return found[0], False


def _in_country(event: Event, gazetteer: Gazetteer, country: str | None) -> Event:
    """An event whose text names no place, in a story whose country is known (from its
    places, its actors or the settings): coded to that country, at its capital, with
    precision 3, as ACLED codes a national event ("Dozens protested against the new
    minister"). Only events ACLED types; nothing else is placed without words."""
    if country is None or event.kind is not Kind.EVENT or event.event_type is None:
        return event
    found = country_place(country, gazetteer)
    if found is None:
        return event
    place = Place(relation="country_scope", source="article_country")
    return replace(event, place=_with(place, found, REGION, _coded_point(found, gazetteer)))


def _capital(place: Place, gazetteer: Gazetteer, country: str | None, lang: str) -> GeoPlace | None:
    """The capital of the country the text names ("Benin's capital"), else of the article's."""
    if place.reference is not None:
        named = resolve_place_name(place.reference.text, gazetteer, None, lang)
        country = named.country if named is not None else country
    return gazetteer.capital(country) if country is not None else None


def _precision(place: GeoPlace, relation: str, fallback: bool) -> int:
    if place.feature_class == _AREA_CLASS:
        return REGION  # a province at its seat, a country at its capital
    if fallback or relation in _NEAR_RELATIONS:
        return NEAR
    return TOWN


def _with(place: Place, found: GeoPlace, precision: int, point: GeoPlace | None = None) -> Place:
    point = point or found
    return replace(
        place,
        name=found.name,
        geonames_id=found.geonames_id,
        admin1=found.admin1,
        country=found.country,
        latitude=point.latitude,
        longitude=point.longitude,
        geo_precision=precision,
    )


def _written_as_area(place: Place, lang: str) -> bool:
    """Whether the text writes the place with a word for an administrative area, its
    context: the phrase before it ("la région de Gao", "the region of Gao") or the one word
    right after it ("the Gao region"); not the areas it lies in ("Boura, Sissili
    Province")."""
    context, mention = place.context, place.mention
    if context is None or mention is None:
        return False
    words = context.text.split()
    before = context.end <= mention.start
    after = 0 <= context.start - mention.end <= 1 and len(words) == 1
    kinds = word_set(lang, "places", "area_kinds")
    return (before or after) and bool(kinds & {w.lower() for w in words})


def _written_as_village(place: Place, lang: str) -> bool:
    """Whether the phrase before the place calls it a village ("the village of Nama", "le
    hameau de Kodyel"; ``village_kinds`` in places.yaml)."""
    context, mention = place.context, place.mention
    if context is None or mention is None or context.end > mention.start:
        return False
    kinds = word_set(lang, "places", "village_kinds")
    return bool(kinds & {w.lower() for w in context.text.split()})


def _no_village_here(found: GeoPlace, home: Collection[str]) -> bool:
    """Whether a reading is none of a place the text calls a village: outside ``home`` (the
    story's country, when known), a capital, a province seat, a town of 50,000 people or an
    area (:func:`_known_abroad`: "the village of Bani" is no Dominican province seat, "the
    village of Ariel" no alternate name of Jerusalem). At home a village may bear a town's
    name."""
    return found.country not in home and _known_abroad(found)


def _area_of_that_name(name: str, found: GeoPlace, gazetteer: Gazetteer) -> GeoPlace | None:
    """The province or district of the town's name in its country ("the Gao region" is
    Mali's region of Gao, not the town), when the gazetteer holds one."""
    if found.feature_class == _AREA_CLASS:
        return None
    return next(
        (
            p
            for p in gazetteer.lookup(name, country=found.country)
            if p.feature_code in _SUBDIVISIONS and name_key(p.name) == name_key(found.name)
        ),
        None,
    )


def _coded_point(found: GeoPlace, gazetteer: Gazetteer) -> GeoPlace | None:
    """Where an event placed in a whole country is coded: its capital, as ACLED codes a
    national event (a government's decision, a nationwide strike, a protest "in Burkina
    Faso"); the country's centre lies nowhere in particular. None: the place's own point."""
    if not is_country(found):
        return None
    return gazetteer.capital(found.country) if found.country else None


def _area_names(place: Place, lang: str) -> list[str]:
    """The areas the text puts a place in, innermost first: "Tikou (Kouande, Atacora)",
    "the Gbira quarter of Parakou (Parakou, Borgou)", "Dingazi (département de Ouallam"
    (each by its name: "Ouallam")."""
    assert place.reference is not None
    context = place.context
    if context is not None and context.start <= place.reference.start < context.end:
        pieces = [n.strip(" )]") for n in _AREA_SEPARATORS.split(context.text)]
        return [_its_name(n, lang) for p in pieces if p for n in _nested(p, lang) if n]
    return [place.reference.text]


def _nested(phrase: str, lang: str) -> list[str]:
    """The names in a phrase that puts one place in another through a kind word and an "of"
    word, innermost first: "Tanghin area of Ouagadougou" -> "Tanghin", "Ouagadougou" (words
    before the kind word that hold no capital are no name: "la commune de Dingazi")."""
    kinds, of = _kind_and_of_words(lang)
    words = phrase.split()
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in kinds and words[i + 1].lower() in of:
            inner = words[:i]
            named = [" ".join(inner)] if any(not w.islower() for w in inner) else []
            return [*named, *_nested(" ".join(words[i + 2 :]), lang)]
    return [phrase]


def _its_name(area: str, lang: str) -> str:
    """An area's name without the words that say what kind of place it is, in any case:
    before it ("département de Ouallam", "la commune de Dingazi", "Région de Tillabéri",
    "département d'Ouallam", "province de la Sissili") or after it ("Banikoara town",
    "Sissili Province")."""
    kinds = _descriptor_words(lang)  # (with the "of" words)
    words = area.split()
    while len(words) > 1 and words[-1].lower() in kinds:
        words.pop()
    lead = 0  # past the last kind word among the words before the name
    for i, word in enumerate(words[:-1]):
        if word.lower() in kinds:
            lead = i + 1
        elif not word.islower():
            break
    words = words[lead:]
    while lead and len(words) > 1 and words[0].islower():
        words = words[1:]  # an article after the kind word: "province de la Sissili"
    if not words:
        return area
    elided = next((o for o in kinds if o.endswith("'") and words[0].lower().startswith(o)), None)
    if lead and elided is not None and len(words[0]) > len(elided):
        words[0] = words[0][len(elided) :]
    return " ".join(words)


_AREA_READINGS = 5  # readings of the outermost area name tried in turn
_AREA_SEPARATORS = re.compile(r"[,(\[]")


def _areas_reading(
    name: str | None,
    areas: Sequence[str],
    gazetteer: Gazetteer,
    country: str | None,
    lang: str,
    desk: bool = False,
) -> tuple[int, GeoPlace | None, GeoPlace | None]:
    """Readings of a place name and of the areas the text puts it in (innermost first) that
    agree: each inside or near the one around it, so "Tikou (Kouande, Atacora)" is read in
    Kouande, in Atacora. The outermost name's readings are tried in turn, and none of them
    (a homonym elsewhere: "Djibo (Djibo, Soum)" is not near Senegal's village of Soum, and
    "Dogbo (Dogbo, Mono)" lies in what GeoNames calls Couffo), though never a reading abroad when
    the outermost name is an area at home: "Solhan (Solhan, Yagha)" is in Burkina Faso's
    province of Yagha, not Turkey's town. The readings that locate the most names win, an
    area before a town of the same name and the likelier on a tie. When ``country`` is the
    desk's (``desk``), a village abroad is no reading of the outermost name, as of any name
    (:func:`resolve_place_name`): "Terpo, Poni Province" is not in Pawnee, Oklahoma.
    Returns (names located, the place's reading, the innermost area's)."""
    outermost = areas[-1]
    likeliest = resolve_place_name(outermost, gazetteer, country, lang, desk=desk)
    readings = [likeliest] if likeliest else []
    for candidate in gazetteer.lookup(place_aliases(lang).get(fold(outermost), outermost)):
        if all(r.geonames_id != candidate.geonames_id for r in readings) and (
            not desk or candidate.country == country or _known_abroad(candidate)
        ):
            readings.append(candidate)
    # a name in brackets after a place names an area: areas first ("(Bam)": Burkina Faso's
    # province before Iran's town), each kind those of ``country`` first ("dans le territoire
    # de Beni" in a Congolese story: not Bolivia's El Beni), then in order of likelihood
    readings.sort(
        key=lambda r: (r.feature_class != _AREA_CLASS, country is not None and r.country != country)
    )
    options: list[GeoPlace | None] = [*readings[:_AREA_READINGS], None]
    homes = {r.country for r in options if r is not None and r.feature_class == _AREA_CLASS}
    best: tuple[int, GeoPlace | None, GeoPlace | None] | None = None
    for outer in options:
        located = int(outer is not None)
        for area in reversed(areas[:-1]):
            found = resolve_place_name(area, gazetteer, country, lang, outer)
            if found is not None:
                located, outer = located + 1, found
            # an area the gazetteer lacks: the one around it stands
        # (with no area read, a village abroad is no reading of a name the text puts in an
        # area: "Bakani in Foutouri commune" is no Indian village)
        own = (
            resolve_place_name(name, gazetteer, country, lang, outer, desk=outer is None)
            if name
            else None
        )
        place = own or outer
        if homes and place is not None and place.country not in homes:
            continue  # the outermost name is an area of another country
        score = located + (own is not None)
        if best is None or score > best[0]:
            best = (score, own, outer)
    return best or (0, None, None)


def focus_name(events: Sequence[Event]) -> str | None:
    """The article's focus place as the events refer to it ("la ville" -> "Alep")."""
    for event in events:
        place = event.place
        if place is None:
            continue
        if place.reference is not None and place.relation != "country_scope":
            return place.reference.text
        if (
            place.source == "article_focus"
            and place.mention is not None
            and place.relation != "country_scope"
        ):
            return place.mention.text
    return None


def resolve_event_places(
    events: Sequence[Event],
    gazetteer: Gazetteer,
    country: str | None,
    lang: str = "fr",
    home: str | None = None,
    region: Collection[str] = (),
    named: Collection[str] = (),
) -> list[Event]:
    """The events with coordinates, country and geo_precision for their places; ``home``
    is the desk's country, when the settings name one; ``region`` the countries the story's
    armed groups act in, when its country is unknown; ``named`` the countries the text
    names (a village there may be read there: "the village of Diffa in Niger")."""
    focus = focus_name(events)
    desk = home is not None and country == home
    region = () if country is not None else region
    focus_place = (
        resolve_place_name(focus, gazetteer, country, lang, desk=desk, region=region)
        if focus
        else None
    )
    country = country or (focus_place.country if focus_place else None)
    resolved: list[Event] = []
    for event in events:
        place = event.place
        if place is None:
            resolved.append(_in_country(event, gazetteer, country))
            continue
        if place.relation == "multiple_countries":
            resolved.append(event)
            continue
        words = place.reference if place.source == "reference" else place.mention
        if place.relation == "capital":  # "the capital", "Benin's capital"
            capital = _capital(place, gazetteer, country, lang)
            if capital is not None:
                resolved.append(replace(event, place=_with(place, capital, TOWN)))
                continue
            words = place.mention  # no country to take the capital of: coded to the country
        # The area the text puts the place in ("Kali (Nikki, Borgou)", "Layramoun, banlieue
        # de la ville"): the place must lie near it, or the event is coded to the area.
        if place.reference is not None and place.source != "reference":
            _, found, area = _areas_reading(
                words.text if words else None,
                _area_names(place, lang),
                gazetteer,
                country,
                lang,
                desk,
            )
        else:
            area = None
            found = (
                resolve_place_name(words.text, gazetteer, country, lang, desk=desk, region=region)
                if words
                else None
            )
        if found is not None and words is not None and _written_as_area(place, lang):
            found = _area_of_that_name(words.text, found, gazetteer) or found
        if (
            found is not None
            and _written_as_village(place, lang)
            and (area is None or area.country != found.country)  # ("Garissa, Kenya")
            and _no_village_here(found, _codes(country or ()) | _codes(named))
        ):
            found = None  # ("the village of Nama" is no province seat of Algeria)
        fallback = False
        if found is None and area is not None:
            found, fallback = area, True
        if found is None and place.area is not None:
            # the area another telling placed the event in ("in Jonglei state"), when the
            # gazetteer holds neither the town it was moved to nor the areas written with it
            found = resolve_place_name(
                place.area.text, gazetteer, country, lang, desk=desk, region=region
            )
            fallback = found is not None
        if found is None and place.relation in _NEAR_RELATIONS and focus_place is not None:
            found, fallback = focus_place, True  # "le quartier de Boustane al-Qasr" in Alep
        if found is None and place.mention is not None and country is not None:
            found = country_place(country, gazetteer)  # a place the gazetteer lacks, in a
            fallback = True  # known country: coded to the country, precision 3
        if found is None:
            resolved.append(event)
            continue
        precision = _precision(found, place.relation, fallback)
        point = None if fallback else _coded_point(found, gazetteer)
        resolved.append(replace(event, place=_with(place, found, precision, point)))
    return resolved
