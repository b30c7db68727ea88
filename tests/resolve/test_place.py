"""Place names to gazetteer entries: aliases, countries and capitals, country context."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings
from wirewatch.process import gazetteer
from wirewatch.resolve.gazetteer import Gazetteer
from wirewatch.resolve.place import document_country, resolve_event_places, resolve_place_name
from wirewatch.types import Event, Kind, Place, Span, Status


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
        ("Tunisian", "en", None, "PCLI"),  # a people's name is its country's (countryinfo's)
        ("Burkinabè", "fr", "ML", "PCLI"),
        ("Ky.", "en", None, "ADM1"),  # wire style for a state ("COLUMBIA, Ky."), not a town
        ("Wash.", "en", None, "ADM1"),
        ("B.C.", "en", None, "ADM1"),
        ("European Union", "en", None, "CONT"),
        ("RDC", "fr", None, "PCLI"),
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
    # a national capital outweighs a small namesake of the story's country
    paris = resolve_place_name("Paris", places, "US", "en")
    assert paris is not None and (paris.country, paris.feature_code) == ("FR", "PPLC")


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Congo", "CD", "CD"),  # "eastern Congo" in a story from the DR Congo: its short name
        ("Congo", "CG", "CG"),
        ("Congo", None, "CG"),
        ("Sudan", "SS", "SD"),  # Sudan's own name, not short for South Sudan's
        ("Guinea", "GW", "GN"),
    ],
)
def test_place_a_short_name_two_countries_share_is_the_story_s_own(
    places: Gazetteer, name: str, country: str | None, expected: str
) -> None:
    found = resolve_place_name(name, places, country, "en")
    assert found is not None and found.country == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Barani", "BF"),  # Burkina Faso's own Barani, not India's larger Bāruni
        ("Arbinda", "BF"),  # an alternate name with no sound reading beside it stays
        ("Bam", "IR"),  # a name several places bear as their own: the likeliest
    ],
)
def test_place_with_no_story_country_a_place_s_own_name_beats_an_alternate(
    places: Gazetteer, name: str, expected: str
) -> None:
    found = resolve_place_name(name, places, None, "en")
    assert found is not None and found.country == expected


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Boni", "ML", None),  # an alternate name of Bonn: no reading in a Malian story
        ("Genève", "SY", "CH"),  # a province seat abroad
        ("Moscou", "SY", "RU"),  # a capital abroad
        ("Marseille", "DZ", "FR"),  # a large city under its own name
    ],
)
def test_place_foreign_readings_need_a_sound_name(
    places: Gazetteer, name: str, country: str, expected: str | None
) -> None:
    found = resolve_place_name(name, places, country)
    assert (found.country if found else None) == expected


@pytest.mark.parametrize(
    ("name", "desk", "expected"),
    [
        # in a story of the desk's country, a village abroad under its own name is no
        # reading: the village of that country the gazetteer lacks
        ("Sona", True, None),
        ("Kain", True, None),
        ("Sona", False, "PA"),  # a country the text suggests may be wrong: it stays
        ("Tigray", True, "ET"),  # an area abroad is what it is named
        ("Marseille", True, "FR"),  # a town known abroad
    ],
)
def test_place_a_village_abroad_is_no_reading_in_a_story_of_the_desks_country(
    places: Gazetteer, name: str, desk: bool, expected: str | None
) -> None:
    found = resolve_place_name(name, places, "BF", "en", desk=desk)
    assert (found.country if found else None) == expected


def test_place_a_village_abroad_says_nothing_against_the_desks_country(
    places: Gazetteer,
) -> None:
    assert document_country(["Sona"], places, "en") == "PA"
    assert document_country(["Sona"], places, "en", home="BF") is None
    # a place of the desk's country votes whatever its size, a town known abroad still does
    assert document_country(["Sona", "Barani"], places, "en", home="BF") == "BF"
    assert document_country(["Marseille"], places, "en", home="BF") == "FR"


def test_place_a_village_abroad_read_in_its_areas_says_nothing_against_the_desk(
    places: Gazetteer,
) -> None:
    # "Tako-Yoyora (Loropeni, Poni)": the gazetteer knows none of them at home, and Poni is
    # an alternate name of Pawnee, Oklahoma, a village
    placed = [("Tako-Yoyora", ["Loropeni", "Poni"])]
    assert document_country([], places, "en", placed) == "US"
    assert document_country([], places, "en", placed, home="BF") is None


def test_place_an_area_a_place_is_put_in_is_read_at_home_first(places: Gazetteer) -> None:
    # "Gouari, cercle de Koro": Mali's Koro (a town of 25,000) before Venezuela's province
    # seat Coro; "Mavivi, dans le territoire de Beni": Congo's territory before Bolivia's
    # department El Beni (areas both)
    koro = [("Gouari", ["Koro"])]
    assert document_country([], places, "fr", koro, home="ML") == "ML"
    beni = [("Mavivi", ["Beni"])]
    assert document_country([], places, "fr", beni, home="CD") == "CD"
    assert document_country([], places, "fr", beni) == "BO"  # (no home: the larger area)


@pytest.mark.parametrize(
    "text",
    [
        # the area the text puts a place in is read as any name is in the desk's country
        "On 20 December 2018, armed bandits robbed merchants in the area of Terpo, Poni"
        " Province, wounding one of them.",
        "On 29 May 2019, an airstrike by French forces was carried out in the area of Kain.",
    ],
)
def test_place_a_village_abroad_is_no_area_of_the_desks_stories(text: str) -> None:
    settings = Settings(lang="en", country="BF")
    events = list(extract(text, date(2019, 6, 1), lang="en", settings=settings))
    assert events and all(e.place is not None for e in events)
    assert {e.place.country for e in events if e.place is not None} == {"BF"}


def test_place_an_area_of_several_countries_says_no_country(places: Gazetteer) -> None:
    # ("la région du Lac": Chad's province or a Swiss district; not Albania's town Laç)
    assert document_country(["Lac"], places, "fr") == "AL"
    assert document_country(["Lac"], places, "fr", areas={"Lac"}) is None
    assert document_country(["Lac", "Bol"], places, "fr", areas={"Lac"}) == "TD"


def test_place_the_people_of_a_story_place_an_area_of_several_countries() -> None:
    (event,) = [
        e
        for e in extract(
            "NDJAMENA (AFP) - Les forces tchadiennes ont arrêté samedi une trentaine de"
            " personnes soupçonnées d'appartenir à Boko Haram dans la région du Lac.",
            date(2024, 5, 20),
            lang="fr",
        )
        if e.event_type
    ]
    assert event.place is not None and event.place.country == "TD"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Chad)"


SAHEL = frozenset({"ML", "BF", "NE", "BJ", "TG", "CI"})  # where JNIM and ISGS act


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bam", "BF"),  # Burkina Faso's province, not Iran's town
        ("Kain", None),  # a village of Belgium is not where JNIM attacked
        ("Marseille", "FR"),  # a town known abroad stays itself
    ],
)
def test_place_a_reading_where_the_storys_armed_groups_act_comes_first(
    places: Gazetteer, name: str, expected: str | None
) -> None:
    found = resolve_place_name(name, places, None, "en", region=SAHEL)
    assert (found.country if found else None) == expected
    assert document_country([name], places, "en", home=SAHEL) == expected


@pytest.mark.parametrize(
    ("names", "lang", "country"),
    [
        # a Romanian village and a province of Burkina Faso written with its kind
        (["Boura", "Sissili Province"], "en", "BF"),
        (["Kain", "Yatenga province"], "en", "BF"),
        # a name told again is the same place: no second vote for Belgium's Kain
        (["Kain", "Yatenga province", "Kain"], "en", "BF"),
        (["Boura", "Sissili"], "en", "RO"),  # a bare area name is no stronger than a village
    ],
)
def test_place_areas_written_with_their_kind_outvote_a_village(
    places: Gazetteer, names: list[str], lang: str, country: str
) -> None:
    assert document_country(names, places, lang) == country


def test_place_unknown_town_falls_back_to_the_country(places: Gazetteer) -> None:
    from datetime import date

    from wirewatch import Article, process

    text = (
        "BAMAKO (AFP) - Douze soldats maliens ont été tués samedi dans une embuscade près de "
        "Boni, dans le centre du Mali, a annoncé l'armée."
    )
    events = process(Article(text, published=date(2021, 3, 14))).events
    placed = [
        e.place for e in events if e.place and e.place.mention and e.place.mention.text == "Boni"
    ]
    assert placed
    assert all(p.country == "ML" and p.geo_precision == 3 for p in placed)
    # somewhere in Mali, not in Bamako: the country's centre, far from its capital
    bamako = places.capital("ML")
    assert bamako is not None
    assert all(p.latitude is not None and abs(p.latitude - bamako.latitude) > 1 for p in placed)


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "Hundreds of people demonstrated in Burkina Faso on Saturday against the rising "
            "cost of living.",
            "Ouagadougou",
        ),
        (
            "On 22 October 2019, prison guards in Burkina Faso began a strike in protest "
            "against poor working conditions.",
            "Ouagadougou",
        ),
        # the country named away from the event, no town: the story's country
        (
            "Pirates seized a tanker with 23 crew on board Wednesday off the coast of the West "
            "African country of Burkina Faso, the latest in a wave of such attacks.",
            "Ouagadougou",
        ),
        # a country's possessive with its apostrophe dropped, even taken for an organisation
        (
            "Hundreds of opposition supporters protested in front of Burkina Fasos electoral "
            "commission on Wednesday.",
            "Ouagadougou",
        ),
    ],
)
def test_place_an_event_in_a_whole_country_is_coded_at_its_capital(
    places: Gazetteer, text: str, capital: str
) -> None:
    from datetime import date

    from wirewatch import Article, process

    events = process(Article(text, published=date(2020, 3, 22), lang="en")).events
    placed = [e.place for e in events if e.place is not None]
    assert placed and all(p.geo_precision == 3 for p in placed)
    town = places.lookup(capital)[0]
    assert all((p.latitude, p.longitude) == (town.latitude, town.longitude) for p in placed)
    assert all(p.name == "Burkina Faso" for p in placed)  # named as the text names it


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # no place in the text: the settings' country
        (
            "Dozens protested against the new Minister of Infrastructure, demanding his "
            "resignation.",
            "BF",
        ),
        # nor any there: the country of the story's actors
        ("Beninese soldiers arrested three suspected smugglers on Tuesday.", None),
    ],
)
def test_place_an_event_the_text_places_nowhere_is_in_the_story_s_country(
    places: Gazetteer, text: str, country: str | None
) -> None:
    from datetime import date

    from wirewatch import Article, process

    settings = Settings(lang="en", country=country)
    events = process(Article(text, published=date(2020, 3, 22), lang="en"), settings).events
    assert events
    event = events[0]
    assert event.place is not None
    assert event.place.mention is None and event.place.source == "article_country"
    assert event.place.geo_precision == 3
    capital = places.capital(country or "BJ")
    assert capital is not None
    assert event.place.country == capital.country
    assert (event.place.latitude, event.place.longitude) == (capital.latitude, capital.longitude)


def test_place_nothing_places_an_event_in_a_story_of_no_known_country() -> None:
    from datetime import date

    from wirewatch import Article, process

    text = "Dozens protested against the new minister, demanding his resignation."
    events = process(Article(text, published=date(2020, 3, 22), lang="en")).events
    assert events and all(e.place is None for e in events)


@pytest.mark.parametrize(
    ("name", "country", "seat"),
    [
        ("Soum", "BF", "Djibo"),  # a province of Burkina Faso, at its capital
        ("Oudalan", "BF", "Gorom-Gorom"),
        ("Gnagna", "BF", "Bogandé"),
    ],
)
def test_place_admin2_areas_stand_at_their_seat(
    places: Gazetteer, name: str, country: str, seat: str
) -> None:
    area = next(p for p in places.lookup(name, country=country) if p.feature_code == "ADM2")
    town = places.lookup(seat, country=country)[0]
    assert (area.latitude, area.longitude) == (town.latitude, town.longitude)
    # a bare name is the town before the area named after it
    found = resolve_place_name("Kandi", places, "BJ")
    assert found is not None and found.feature_class == "P"


@pytest.mark.parametrize(
    ("name", "lang", "country"),
    [
        ("Po", "en", "BF"),  # Pô's own name, not an alternate name of China's Bozhou
        ("D.C.", "en", "US"),  # an abbreviation the alias file spells out
    ],
)
def test_place_a_two_letter_name_is_a_place_s_own_name(
    places: Gazetteer, name: str, lang: str, country: str
) -> None:
    found = resolve_place_name(name, places, lang=lang)
    assert found is not None and found.country == country


def test_place_a_french_name_with_an_elision_is_the_whole_town() -> None:
    from datetime import date

    from wirewatch import Article, process

    # "Fada N'Gourma", not Chad's Fada with "Gourma" beside it
    text = (
        "Un prêtre catholique aurait été kidnappé mardi par des hommes armés près de "
        "Fada N'Gourma, dans l'est du Burkina Faso, selon le diocèse."
    )
    events = process(Article(text, published=date(2023, 1, 4), lang="fr")).events
    assert events and all(e.place is not None and e.place.country == "BF" for e in events)
    assert events[0].place is not None and events[0].place.mention is not None
    assert events[0].place.mention.text == "Fada N'Gourma"


def test_place_a_village_votes_for_no_town_abroad(places: Gazetteer) -> None:
    # Algeria's province seat Naama bears "Nama" as a name; "the village of Nama" is not it
    assert document_country(["Nama"], places, "en") == "DZ"
    assert document_country(["Nama"], places, "en", villages=["Nama"]) is None
    assert document_country(["Nama"], places, "en", home="DZ", villages=["Nama"]) == "DZ"


@pytest.mark.parametrize(
    ("text", "lang", "desk"),
    [
        ("Gunmen killed four people on Saturday in the village of Nama.", "en", "BF"),
        ("Gunmen killed four people on Saturday in the village of Nama.", "en", None),
        # "Ariel" is an alternate name of Jerusalem
        ("Soldiers executed seven men in the village of Ariel on Monday.", "en", "BF"),
        ("Des hommes armés ont tué quatre civils samedi dans le village de Nama.", "fr", "BF"),
        ("Des hommes armés ont tué quatre civils samedi dans le hameau de Nama.", "fr", None),
    ],
)
def test_place_a_village_is_no_capital_or_city_abroad(
    text: str, lang: str, desk: str | None
) -> None:
    settings = Settings(lang=lang, country=desk)
    events = list(extract(text, date(2019, 6, 1), lang=lang, settings=settings))
    assert events
    for event in events:
        country = event.place.country if event.place is not None else None
        assert country == desk  # the desk's country, or no place at all


@pytest.mark.parametrize(
    ("text", "lang", "desk", "place", "country"),
    [
        # a village abroad stands where the text names its country, or the areas it writes
        # with it hold it
        ("Boko Haram killed ten people on Saturday in the village of Diffa in Niger.", "en",
         "NG", "Diffa", "NE"),
        ("Al Shabaab attacked the village of Garissa, Kenya, on Saturday.", "en", "SO",
         "Garissa", "KE"),
        ("Des hommes armés ont tué cinq civils samedi dans le village de Mondoro, au Mali.",
         "fr", "BF", "Mali", "ML"),
    ],
)  # fmt: skip
def test_place_a_village_abroad_stands_where_the_text_names_its_country(
    text: str, lang: str, desk: str, place: str, country: str
) -> None:
    settings = Settings(lang=lang, country=desk)
    events = [e for e in extract(text, date(2021, 5, 3), lang=lang, settings=settings)]
    assert [(e.place.name, e.place.country) for e in events if e.place] == [(place, country)]


def test_place_villages_named_before_their_kind_word_leave_the_town_after_it_one() -> None:
    # "Ndidja and Sibe villages of Djibo": the villages are Ndidja and Sibe; Djibo, where
    # they lie, still says which country the story is in
    text = "Attacks by gunmen in Ndidja and Sibe villages of Djibo left five people dead."
    events = list(extract(text, date(2017, 9, 1), lang="en", settings=Settings(lang="en")))
    named = [e.actor1.name for e in events if e.actor1]
    assert named == ["Unidentified Armed Group (Burkina Faso)"]


def test_place_a_village_at_home_may_bear_a_towns_name() -> None:
    text = "Gunmen killed two farmers on Sunday in the village of Kandi."
    settings = Settings(lang="en", country="BJ")
    events = list(extract(text, date(2021, 6, 1), lang="en", settings=settings))
    assert [(e.place.name, e.place.geo_precision) for e in events if e.place] == [("Kandi", 1)]


def test_place_a_name_written_with_its_area_word_is_that_area(places: Gazetteer) -> None:
    # no alternate name "Artibonite region": the area named Artibonite
    found = resolve_place_name("Artibonite region", places, None, "en")
    assert found is not None and (found.name, found.feature_code) == ("Artibonite", "ADM1")


def _event_at(text: str, place: Place) -> Event:
    """An event of ``text`` whose place the extractor gave as ``place``."""
    whole = Span(0, len(text), text)
    return Event(
        id="e",
        article_id="a",
        kind=Kind.EVENT,
        status=Status.REPORTED,
        trigger=whole,
        sentence=whole,
        paragraph=1,
        place=place,
    )


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def test_place_a_town_no_gazetteer_holds_falls_back_to_the_area_it_was_moved_from(
    places: Gazetteer,
) -> None:
    # "Pakeer" and "Twic East County" are in no registry package; the event was told first
    # in Jonglei state: it is coded there, not at South Sudan's centre
    text = "raided a camp in Jonglei state ... struck the camp near Pakeer, in Twic East County"
    place = Place(
        mention=_span(text, "Pakeer"),
        relation="part_of",
        reference=_span(text, "Twic East County"),
        context=_span(text, "Twic East County"),
        area=_span(text, "Jonglei state"),
    )
    (event,) = resolve_event_places([_event_at(text, place)], places, "SS", "en")
    assert event.place is not None
    assert (event.place.name, event.place.geo_precision) == ("Jonglei", 3)
    # with no such area the country stands
    (event,) = resolve_event_places(
        [_event_at(text, replace(place, area=None))], places, "SS", "en"
    )
    assert event.place is not None and event.place.name == "South Sudan"


_NIGER = "près du village de Kalla-Béri, dans la commune de Tondikiwindi ({}, région de Tillabéri)"
_TANGHIN = "butchers at the Arb-Yaare market in the Tanghin area of Ouagadougou"


@pytest.mark.parametrize(
    ("text", "lang", "mention", "reference", "context", "area"),
    [
        # the kind words around an area's name, in any case
        (_NIGER.format("département de Ouallam"), "fr", "Kalla-Béri", "Tondikiwindi",
         "Tondikiwindi (département de Ouallam", "Ouallam"),
        (_NIGER.format("Département de Ouallam"), "fr", "Kalla-Béri", "Tondikiwindi",
         "Tondikiwindi (Département de Ouallam", "Ouallam"),
        (_NIGER.format("département d'Ouallam"), "fr", "Kalla-Béri", "Tondikiwindi",
         "Tondikiwindi (département d'Ouallam", "Ouallam"),
        # an area written in another by a kind word: Tanghin (no gazetteer holds it) in
        # Ouagadougou
        (_TANGHIN, "en", "Arb-Yaare", "Tanghin", "Tanghin area of Ouagadougou", "Ouagadougou"),
    ],
)  # fmt: skip
def test_place_the_areas_written_with_a_place_are_read_by_their_names(
    places: Gazetteer, text: str, lang: str, mention: str, reference: str, context: str, area: str
) -> None:
    place = Place(
        mention=_span(text, mention),
        relation="near",
        reference=_span(text, reference),
        context=_span(text, context),
    )
    (event,) = resolve_event_places([_event_at(text, place)], places, None, lang)
    assert event.place is not None and event.place.name == area


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In Niamey, the interior minister said 137 people had been killed in attacks on "
            "villages in the Tahoua region last week.",
            "en",
        ),
        (
            "À Niamey, le ministre de l'Intérieur a affirmé que 137 personnes avaient été tuées "
            "dans des attaques contre des villages de la région de Tahoua.",
            "fr",
        ),
    ],
)
def test_place_where_the_teller_spoke_is_not_where_it_happened(text: str, lang: str) -> None:
    settings = Settings(lang=lang, country="NE")
    (event,) = [
        e for e in extract(text, date(2021, 6, 14), lang=lang, settings=settings) if e.event_type
    ]
    assert event.place is not None and event.place.name == "Tahoua"


def test_place_hung_on_the_verb_whose_object_is_the_event_is_the_events() -> None:
    # (the arrest is the object of the verb that announces it: no clause reported)
    text = (
        "Vendredi, l'armée avait annoncé l'arrestation à Téra de quatorze personnes "
        "soupçonnées d'être des complices des terroristes."
    )
    settings = Settings(lang="fr", country="NE")
    (event,) = [
        e for e in extract(text, date(2021, 6, 14), lang="fr", settings=settings) if e.event_type
    ]
    assert event.place is not None and event.place.name == "Téra"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "place"),
    [
        # the reported clause names no place: the teller's is the event's
        (
            "Gunmen attacked a military post near Djibo on Friday, killing five soldiers. "
            "Separately, in Kaya, police said a bomb exploded at a market on Saturday, killing "
            "three people.",
            "en",
            "exploded",
            "Kaya",
        ),
        # (a group's name in its authors' phrase is no place of the clause)
        (
            "En Ituri, l'armée a affirmé que des miliciens de la Codeco avaient tué 22 "
            "personnes dans un camp de déplacés.",
            "fr",
            "tué",
            "Ituri",
        ),
    ],
)
def test_place_where_the_teller_spoke_is_the_events_when_it_names_no_other(
    text: str, lang: str, trigger: str, place: str
) -> None:
    events = extract(text, date(2021, 6, 14), lang=lang)
    (event,) = [e for e in events if e.trigger.text == trigger]
    assert event.place is not None and event.place.name == place
