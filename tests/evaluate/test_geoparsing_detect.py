"""evaluate geoparsing --detect: the pipeline finds the place names itself, then resolves them."""

from __future__ import annotations

from wirewatch.evaluate import GeoDocument, GoldToponym, score_geoparsing
from wirewatch.process import DetectedToponyms, toponym_resolver

TEXT = (
    "Gunmen attacked a police station in Kandi on Saturday, killing two officers, the "
    "interior ministry of Benin said. Residents fled towards Malanville."
)


def _toponym(name: str, latitude: float, longitude: float) -> GoldToponym:
    start = TEXT.index(name)
    return GoldToponym(start, start + len(name), name, latitude, longitude, None, "Literal")


def test_geoparsing_detect_finds_and_resolves_the_places_of_an_english_dispatch() -> None:
    gold = (
        _toponym("Kandi", 11.13417, 2.93861),
        _toponym("Benin", 9.5, 2.25),
        _toponym("Malanville", 11.8618, 3.3862),
    )
    document = GeoDocument("d1", "test", TEXT, gold)
    detected = DetectedToponyms()
    scores = score_geoparsing([document], detected)
    assert detected.gold == 3 and detected.detected >= 2
    assert detected.found >= detected.matched >= 2
    assert scores.within_161km >= 2  # found by the pipeline and placed in Benin


def test_geoparsing_detect_a_toponym_nothing_found_is_unresolved() -> None:
    text = "Officials said nothing more."
    gold = (GoldToponym(0, 9, "Officials", 10.0, 2.0, None, "Literal"),)
    detected = DetectedToponyms()
    scores = score_geoparsing([GeoDocument("d2", "test", text, gold)], detected)
    assert scores.resolved == 0 and detected.detected == 0


def test_geoparsing_a_name_before_a_comma_and_an_area_lies_in_that_area() -> None:
    # "LONDON, Ky.": Kentucky's London, not England's, with gold spans or found names
    text = "LONDON, Ky. (WKYT) - London Police have arrested a man after a shooting."
    gold = (
        GoldToponym(0, 6, "LONDON", 37.129, -84.083, None, "Literal"),
        GoldToponym(8, 11, "Ky.", 38.2, -84.878, None, "Literal"),
    )
    document = GeoDocument("d3", "test", text, gold)
    assert score_geoparsing([document], toponym_resolver()).within_161km == 2
