"""Tests for wirewatch.evaluate.geoparsing: reading geoparsing corpora and scoring resolvers.

The XML snippets are written for these tests, in the layouts of GeoWebNews, TR-News and LGL.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from wirewatch.errors import InputError
from wirewatch.evaluate import (
    GeoDocument,
    GoldToponym,
    Resolved,
    format_geo_scores,
    haversine_km,
    read_geoparsing,
    score_geoparsing,
)
from wirewatch.evaluate.geoparsing import EARTH_RADIUS_KM

# GeoWebNews layout: an XML entity in the text, a toponym with coordinates but an empty
# geonamesID, a double annotation (Coercion + Non_Toponym) of one span, a non-toponym
# without coordinates, and a toponym of the title whose offsets fall before the text.
GWN = """<?xml version="1.0" ?>
<articles>
\t<!-- written for the wirewatch tests -->
\t<article file="7">
\t\t<title>Floods reach Lyon</title>
\t\t<link>http://example.org/floods</link>
\t\t<text>Rain fell on Lyon &amp; Villeurbanne overnight.
French officials said the Rhône would peak on Friday in Lyon.</text>
\t\t<toponyms>
\t\t\t<toponym>
\t\t\t\t<extractedName>Villeurbanne</extractedName>
\t\t\t\t<normalisedName/>
\t\t\t\t<type>Literal</type>
\t\t\t\t<modifierType/>
\t\t\t\t<nonLocational>No</nonLocational>
\t\t\t\t<start>20</start>
\t\t\t\t<end>32</end>
\t\t\t\t<geonamesID/>
\t\t\t\t<latitude>45.7667</latitude>
\t\t\t\t<longitude>4.8803</longitude>
\t\t\t</toponym>
\t\t\t<toponym>
\t\t\t\t<extractedName>Lyon</extractedName>
\t\t\t\t<normalisedName>Lyon</normalisedName>
\t\t\t\t<type>Literal</type>
\t\t\t\t<modifierType/>
\t\t\t\t<nonLocational>No</nonLocational>
\t\t\t\t<start>13</start>
\t\t\t\t<end>17</end>
\t\t\t\t<geonamesID>2996944</geonamesID>
\t\t\t\t<latitude>45.74846</latitude>
\t\t\t\t<longitude>4.84671</longitude>
\t\t\t</toponym>
\t\t\t<toponym>
\t\t\t\t<extractedName>French</extractedName>
\t\t\t\t<normalisedName>France</normalisedName>
\t\t\t\t<type>Non_Literal_Modifier</type>
\t\t\t\t<modifierType>Adjective</modifierType>
\t\t\t\t<nonLocational>No</nonLocational>
\t\t\t\t<start>44</start>
\t\t\t\t<end>50</end>
\t\t\t\t<geonamesID>3017382</geonamesID>
\t\t\t\t<latitude>46</latitude>
\t\t\t\t<longitude>2</longitude>
\t\t\t</toponym>
\t\t\t<toponym>
\t\t\t\t<extractedName>officials</extractedName>
\t\t\t\t<normalisedName/>
\t\t\t\t<type>Non_Lit_Expression</type>
\t\t\t\t<modifierType/>
\t\t\t\t<nonLocational>Yes</nonLocational>
\t\t\t\t<start>51</start>
\t\t\t\t<end>60</end>
\t\t\t</toponym>
\t\t\t<toponym>
\t\t\t\t<extractedName>Rhône</extractedName>
\t\t\t\t<normalisedName/>
\t\t\t\t<type>Non_Toponym</type>
\t\t\t\t<modifierType/>
\t\t\t\t<nonLocational>No</nonLocational>
\t\t\t\t<start>70</start>
\t\t\t\t<end>75</end>
\t\t\t</toponym>
\t\t\t<toponym>
\t\t\t\t<extractedName>Rhône</extractedName>
\t\t\t\t<normalisedName/>
\t\t\t\t<type>Coercion</type>
\t\t\t\t<modifierType/>
\t\t\t\t<nonLocational>No</nonLocational>
\t\t\t\t<start>70</start>
\t\t\t\t<end>75</end>
\t\t\t\t<geonamesID/>
\t\t\t\t<latitude>45.7578</latitude>
\t\t\t\t<longitude>4.8320</longitude>
\t\t\t</toponym>
\t\t\t<toponym>
\t\t\t\t<extractedName>Lyon</extractedName>
\t\t\t\t<normalisedName/>
\t\t\t\t<type>Literal</type>
\t\t\t\t<modifierType/>
\t\t\t\t<nonLocational>No</nonLocational>
\t\t\t\t<start>-40</start>
\t\t\t\t<end>-36</end>
\t\t\t\t<geonamesID>2996944</geonamesID>
\t\t\t\t<latitude>45.74846</latitude>
\t\t\t\t<longitude>4.84671</longitude>
\t\t\t</toponym>
\t\t</toponyms>
\t</article>
\t<article file="8">
\t\t<title>Quiet day</title>
\t\t<link>http://example.org/quiet</link>
\t\t<text>Nothing happened.</text>
\t\t<toponyms/>
\t</article>
</articles>
"""

GWN_TEXT = (
    "Rain fell on Lyon & Villeurbanne overnight.\n"
    "French officials said the Rhône would peak on Friday in Lyon."
)

# TR-News layout: CDATA text (markup inside is text), offsets drifted by three characters
# (Plymouth), an end offset that cuts the name short (the second Brest), no gaztag (Brittany).
TR_NEWS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
    <article docid="9001">
        <title>Harbour closed after storm
        </title>
        <url>
            http://example.org/harbour
        </url>
        <domain>example.org</domain>
        <dltime>2024-03-12</dltime>
        <text><![CDATA[Storm winds closed the harbour at Brest on Monday, a <b>day</b> after \
ferries left Plymouth.
Brittany's coastguard said Brest would reopen soon.]]></text>
        <toponyms>
            <toponym>
                <phrase>Brest</phrase>
                <start>34</start>
                <end>39</end>
                <gaztag geonameid="3030300">
                    <name>Brest</name>
                    <fclass>P</fclass>
                    <fcode>PPLA3</fcode>
                    <lat>48.39029</lat>
                    <lon>-4.48628</lon>
                    <country geonameid="3017382">France</country>
                </gaztag>
            </toponym>
            <toponym>
                <phrase>Plymouth</phrase>
                <start>86</start>
                <end>94</end>
                <gaztag geonameid="2640194">
                    <name>Plymouth</name>
                    <fclass>P</fclass>
                    <fcode>PPLA2</fcode>
                    <lat>50.37153</lat>
                    <lon>-4.14305</lon>
                    <country geonameid="2635167">United Kingdom</country>
                </gaztag>
            </toponym>
            <toponym>
                <phrase>Brittany</phrase>
                <start>93</start>
                <end>101</end>
            </toponym>
            <toponym>
                <phrase>Brest</phrase>
                <start>120</start>
                <end>123</end>
                <gaztag geonameid="3030300">
                    <name>Brest</name>
                    <lat>48.39029</lat>
                    <lon>-4.48628</lon>
                </gaztag>
            </toponym>
        </toponyms>
    </article>
</articles>
"""

TR_NEWS_TEXT = (
    "Storm winds closed the harbour at Brest on Monday, a <b>day</b> after ferries left "
    "Plymouth.\nBrittany's coastguard said Brest would reopen soon."
)

# LGL layout: <start>/<end> before <phrase>, a count attribute, a <feedid>, and a toponym whose
# offsets are nowhere near its name (left out).
LGL = """<?xml version="1.0" encoding="utf-8"?>

<articles>
  <article docid="40000001">
    <feedid>99</feedid>
    <title>Deputies search levee</title>
    <domain>example.org</domain>
    <url>http://example.org/levee</url>
    <dltime>2009-03-20 12:00:00.000000-05</dltime>
    <text><![CDATA[Sheriff deputies in Pineville searched Main Street and the Red River \
levee.]]></text>
    <toponyms count="3">
      <toponym>
        <start>20</start>
        <end>29</end>
        <phrase>Pineville</phrase>
        <gaztag geonameid="4337291">
          <name>Pineville</name>
          <fclass>P</fclass>
          <fcode>PPL</fcode>
          <lat>31.3224</lat>
          <lon>-92.4343</lon>
          <country geonameid="6252001">United States</country>
          <admin1 geonameid="4331987">Louisiana</admin1>
        </gaztag>
      </toponym>
      <toponym>
        <start>39</start>
        <end>50</end>
        <phrase>Main Street</phrase>
      </toponym>
      <toponym>
        <start>200</start>
        <end>209</end>
        <phrase>Red River</phrase>
      </toponym>
    </toponyms>
  </article>
</articles>
"""


def _write(directory: Path, name: str, content: str) -> Path:
    path = directory / name
    path.write_text(content, encoding="utf-8")
    return path


def test_geoparsing_gwn_reads_text_offsets_and_coordinates(tmp_path: Path) -> None:
    documents = read_geoparsing(_write(tmp_path, "GWN.xml", GWN))
    assert [document.doc_id for document in documents] == ["7", "8"]
    document = documents[0]
    assert document.corpus == "GWN"
    assert document.text == GWN_TEXT
    assert [(t.start, t.end, t.text) for t in document.toponyms] == [
        (13, 17, "Lyon"),
        (20, 32, "Villeurbanne"),
        (44, 50, "French"),
        (51, 60, "officials"),
        (70, 75, "Rhône"),
        (70, 75, "Rhône"),
    ]
    for toponym in document.toponyms:
        assert document.text[toponym.start : toponym.end] == toponym.text
    lyon, villeurbanne, french, officials = document.toponyms[:4]
    assert lyon == GoldToponym(13, 17, "Lyon", 45.74846, 4.84671, 2996944, "Literal")
    assert (villeurbanne.latitude, villeurbanne.longitude) == (45.7667, 4.8803)
    assert villeurbanne.geonames_id is None
    assert (french.kind, french.geonames_id, french.latitude) == (
        "Non_Literal_Modifier",
        3017382,
        46,
    )
    assert officials.latitude is officials.longitude is officials.geonames_id is None
    assert {t.kind for t in document.toponyms[4:]} == {"Coercion", "Non_Toponym"}
    assert documents[1].toponyms == ()


def test_geoparsing_gwn_drops_toponym_outside_the_text(tmp_path: Path) -> None:
    document = read_geoparsing(_write(tmp_path, "GWN.xml", GWN))[0]
    assert (document.dropped, document.realigned) == (1, 0)
    assert all(t.start >= 0 for t in document.toponyms)


def test_geoparsing_tr_news_reads_cdata_text_and_gaztags(tmp_path: Path) -> None:
    (document,) = read_geoparsing(_write(tmp_path, "TR-News.xml", TR_NEWS))
    assert (document.doc_id, document.corpus) == ("9001", "TR-News")
    assert document.text == TR_NEWS_TEXT
    brest = document.toponyms[0]
    assert brest == GoldToponym(34, 39, "Brest", 48.39029, -4.48628, 3030300, None)
    brittany = document.toponyms[2]
    assert (brittany.text, brittany.latitude, brittany.geonames_id) == ("Brittany", None, None)


def test_geoparsing_realigns_drifted_and_short_offsets(tmp_path: Path) -> None:
    (document,) = read_geoparsing(_write(tmp_path, "TR-News.xml", TR_NEWS))
    assert [(t.start, t.end, t.text) for t in document.toponyms] == [
        (34, 39, "Brest"),
        (83, 91, "Plymouth"),
        (93, 101, "Brittany"),
        (120, 125, "Brest"),
    ]
    assert (document.realigned, document.dropped) == (2, 0)
    assert document.toponyms[1].geonames_id == 2640194


def test_geoparsing_lgl_layout_is_read_like_tr_news(tmp_path: Path) -> None:
    (document,) = read_geoparsing(_write(tmp_path, "lgl.xml", LGL))
    assert (document.doc_id, document.corpus) == ("40000001", "lgl")
    assert [(t.start, t.end, t.text) for t in document.toponyms] == [
        (20, 29, "Pineville"),
        (39, 50, "Main Street"),
    ]
    assert document.toponyms[0].geonames_id == 4337291
    assert document.toponyms[0].kind is None
    assert (document.realigned, document.dropped) == (0, 1)


def test_geoparsing_detects_the_format_from_content_not_file_name(tmp_path: Path) -> None:
    gwn = read_geoparsing(_write(tmp_path, "TR-News.xml", GWN))
    assert gwn[0].toponyms[0].kind == "Literal"
    lgl = read_geoparsing(_write(tmp_path, "corpus.txt", LGL))
    assert lgl[0].toponyms[0].text == "Pineville"


_ARTICLE = '<articles><article docid="1"><text>Rain in Lyon.</text><toponyms>{}</toponyms>'
_ARTICLE += "</article></articles>"


def _lgl_toponym(
    start: str = "8", lat: str = "<lat>45.7</lat>", lon: str = "<lon>4.8</lon>"
) -> str:
    return (
        f"<toponym><phrase>Lyon</phrase><start>{start}</start><end>12</end>"
        f'<gaztag geonameid="2996944">{lat}{lon}</gaztag></toponym>'
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<articles><article>", "not well-formed XML"),
        ("<corpus><article/></corpus>", "not <articles>"),
        ("<articles></articles>", "no <article>"),
        ("<articles><article><text>x</text></article></articles>", "neither GeoWebNews"),
        ('<articles><article docid="1"><toponyms/></article></articles>', "no <text>"),
        (_ARTICLE.format(_lgl_toponym(start="eight")), "not a character offset"),
        (_ARTICLE.format(_lgl_toponym(lon="")), "not both"),
        (_ARTICLE.format(_lgl_toponym(lat="<lat>north</lat>")), "not numbers"),
        (_ARTICLE.format(_lgl_toponym(lat="<lat>95</lat>")), "off the globe"),
        (
            _ARTICLE.format(
                '<toponym><phrase>Lyon</phrase><start>8</start><end>12</end><gaztag geonameid="x">'
                "<lat>45.7</lat><lon>4.8</lon></gaztag></toponym>"
            ),
            "not a number",
        ),
        (_ARTICLE.format("<toponym><phrase/><start>8</start><end>12</end></toponym>"), "<phrase>"),
    ],
)
def test_geoparsing_rejects_malformed_files(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_geoparsing(_write(tmp_path, "bad.xml", content))


def test_geoparsing_rejects_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_geoparsing(tmp_path / "absent.xml")


@pytest.mark.parametrize(
    ("first", "second", "expected_km"),
    [
        ((48.8566, 2.3522), (51.5074, -0.1278), 343.6),  # Paris - London
        ((40.7128, -74.0060), (34.0522, -118.2437), 3935.7),  # New York - Los Angeles
        ((-33.8688, 151.2093), (-37.8136, 144.9631), 713.8),  # Sydney - Melbourne
        ((0.0, 10.0), (1.0, 10.0), math.pi * EARTH_RADIUS_KM / 180),  # one degree of meridian
        ((90.0, 0.0), (0.0, 45.0), math.pi * EARTH_RADIUS_KM / 2),  # pole to equator
        ((0.0, 0.0), (0.0, 180.0), math.pi * EARTH_RADIUS_KM),  # antipodes
        ((12.5, -7.9), (12.5, -7.9), 0.0),
    ],
)
def test_geoparsing_haversine_on_known_city_pairs(
    first: tuple[float, float], second: tuple[float, float], expected_km: float
) -> None:
    assert haversine_km(*first, *second) == pytest.approx(expected_km, abs=0.5)
    assert haversine_km(*second, *first) == pytest.approx(haversine_km(*first, *second))


def _toponym(
    start: int, name: str, lat: float | None, lon: float | None, gid: int | None
) -> GoldToponym:
    return GoldToponym(start, start + len(name), name, lat, lon, gid, "Literal")


def _documents() -> list[GeoDocument]:
    """Two documents: four toponyms with coordinates (three with ids) and one without."""
    first = "Shelling hit Kharkiv and Izium; Kyiv condemned it."
    second = "Talks in Geneva stalled, officials said."
    return [
        GeoDocument(
            "a",
            "test",
            first,
            (
                _toponym(13, "Kharkiv", 49.98081, 36.25272, 706483),
                _toponym(25, "Izium", 49.21240, 37.25612, None),
                _toponym(32, "Kyiv", 50.45466, 30.5238, 703448),
            ),
        ),
        GeoDocument(
            "b",
            "test",
            second,
            (
                _toponym(9, "Geneva", 46.20222, 6.14569, 2660646),
                GoldToponym(25, 34, "officials", None, None, None, "Non_Lit_Expression"),
            ),
        ),
    ]


def _perfect(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
    assert toponym.latitude is not None and toponym.longitude is not None
    return Resolved(toponym.latitude, toponym.longitude, toponym.geonames_id)


def _north_of(toponym: GoldToponym, km: float) -> Resolved:
    assert toponym.latitude is not None and toponym.longitude is not None
    return Resolved(toponym.latitude + math.degrees(km / EARTH_RADIUS_KM), toponym.longitude, None)


def test_geoparsing_perfect_resolver_scores_one() -> None:
    calls: list[tuple[int, int]] = []
    scores = score_geoparsing(_documents(), _perfect, progress=lambda *done: calls.append(done))
    assert (scores.documents, scores.toponyms, scores.with_coordinates) == (2, 4, 4)
    assert (scores.with_geonames_id, scores.resolved, scores.exact) == (3, 4, 3)
    assert scores.accuracy_161km == scores.accuracy_25km == scores.exact_accuracy == 1.0
    assert scores.coverage == 1.0
    assert scores.mean_error_km == scores.median_error_km == scores.auc == 0.0
    assert scores.errors == ()
    assert scores.by_kind == {"Literal": (4, 4)}
    assert calls == [(1, 2), (2, 2)]


def test_geoparsing_one_toponym_200_km_off() -> None:
    def resolve(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        return _north_of(toponym, 200.0) if toponym.text == "Kyiv" else _perfect(document, toponym)

    scores = score_geoparsing(_documents(), resolve)
    assert scores.within_161km == scores.within_25km == 3
    assert scores.accuracy_161km == 0.75
    assert (scores.exact, scores.exact_accuracy) == (2, pytest.approx(2 / 3))
    assert scores.mean_error_km == pytest.approx(50.0)
    assert scores.median_error_km == pytest.approx(0.0)
    # sorted log errors 0, 0, 0, ln 201: trapezoid area ln(201)/2 over 3 * ln(20039)
    assert scores.auc == pytest.approx(math.log(201) / (6 * math.log(20039)))
    (error,) = scores.errors
    assert (error.doc_id, error.toponym.text) == ("a", "Kyiv")
    assert error.distance_km == pytest.approx(200.0)
    assert "[Kyiv]" in error.context


def test_geoparsing_within_25_km_but_not_exact() -> None:
    def resolve(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        return _north_of(toponym, 30.0) if toponym.text == "Geneva" else _perfect(document, toponym)

    scores = score_geoparsing(_documents(), resolve)
    assert (scores.within_161km, scores.within_25km, scores.exact) == (4, 3, 2)
    assert scores.errors == ()


def test_geoparsing_unresolved_toponym_counts_as_wrong() -> None:
    def resolve(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        return None if toponym.text == "Kharkiv" else _perfect(document, toponym)

    scores = score_geoparsing(_documents(), resolve)
    assert (scores.resolved, scores.coverage) == (3, 0.75)
    assert (scores.within_161km, scores.exact) == (3, 2)
    assert scores.mean_error_km == pytest.approx(math.pi * EARTH_RADIUS_KM / 4)
    assert scores.errors[0].distance_km is None
    assert scores.errors[0].predicted is None


def test_geoparsing_errors_are_worst_first() -> None:
    def resolve(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        offsets = {"Kharkiv": 300.0, "Izium": 900.0}
        if toponym.text == "Geneva":
            return None
        if toponym.text in offsets:
            return _north_of(toponym, offsets[toponym.text])
        return _perfect(document, toponym)

    scores = score_geoparsing(_documents(), resolve)
    assert [error.toponym.text for error in scores.errors] == ["Geneva", "Izium", "Kharkiv"]


def test_geoparsing_rejects_answers_off_the_globe() -> None:
    with pytest.raises(ValueError, match="not a point on the globe"):
        score_geoparsing(_documents(), lambda document, toponym: Resolved(91.0, 0.0, None))
    with pytest.raises(ValueError, match="not a point on the globe"):
        score_geoparsing(_documents(), lambda document, toponym: Resolved(0.0, math.nan, None))


def test_geoparsing_scores_nothing_without_gold_locations() -> None:
    document = GeoDocument("c", "test", "No place here.", ())
    scores = score_geoparsing([document], _perfect)
    assert (scores.toponyms, scores.accuracy_161km, scores.auc, scores.mean_error_km) == (
        0,
        0.0,
        0.0,
        0.0,
    )


def test_geoparsing_format_reports_rates_and_commonest_errors() -> None:
    def resolve(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        return None if toponym.text == "Kharkiv" else _north_of(toponym, 500.0)

    report = format_geo_scores(score_geoparsing(_documents(), resolve), max_errors=2)
    assert "2 documents, 4 toponyms scored" in report
    assert "accuracy@161km  0.000  (0/4)" in report
    assert "errors: 4 (1 unresolved, 3 beyond 161 km)" in report
    assert "most frequent errors (2 of 4 toponyms):" in report
    assert "'Kharkiv' worst: unresolved" in report
    assert "Literal" in report
