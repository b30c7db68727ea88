"""Tests for wirewatch.evaluate.geoparsing on the real GeoWebNews and TR-News, when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.evaluate import (
    GeoDocument,
    GoldToponym,
    Resolved,
    read_geoparsing,
    score_geoparsing,
)

GEOPARSING = Path(__file__).resolve().parents[3] / "shared/gold/geoparsing"

# (file, articles, toponyms annotated, toponyms read, with coordinates, with a GeoNames id,
#  realigned, dropped). GWN annotates 6,612 toponyms, 2,601 with coordinates; five of them
# (two with coordinates) sit in two titles with negative offsets and are dropped. TR-News
# offsets drift by up to ten characters in 19 articles: 117 toponyms are realigned.
EXPECTED = [
    ("GWN.xml", 200, 6612, 6607, 2599, 2399, 0, 5),
    ("TR-News.xml", 118, 1319, 1319, 1275, 1275, 117, 0),
]

GWN_KINDS = {
    "Coercion",
    "Demonym",
    "Embedded_Literal",
    "Embedded_Non_Lit",
    "Homonym",
    "Language",
    "Literal",
    "Literal_Expression",
    "Literal_Modifier",
    "Metonymic",
    "Mixed",
    "Non_Lit_Expression",
    "Non_Literal_Modifier",
    "Non_Toponym",
}


def _read(name: str) -> list[GeoDocument]:
    path = GEOPARSING / name
    if not path.is_file():
        pytest.skip(f"{name} not found in {GEOPARSING}; these gold checks need it")
    return read_geoparsing(path)


@pytest.mark.parametrize(
    ("name", "articles", "annotated", "read", "with_point", "with_id", "realigned", "dropped"),
    EXPECTED,
)
def test_geoparsing_gold_counts(
    name: str,
    articles: int,
    annotated: int,
    read: int,
    with_point: int,
    with_id: int,
    realigned: int,
    dropped: int,
) -> None:
    documents = _read(name)
    toponyms = [toponym for document in documents for toponym in document.toponyms]
    assert len(documents) == articles
    assert len({document.doc_id for document in documents}) == articles
    assert len(toponyms) == read
    assert len(toponyms) + sum(document.dropped for document in documents) == annotated
    assert sum(toponym.latitude is not None for toponym in toponyms) == with_point
    assert sum(toponym.geonames_id is not None for toponym in toponyms) == with_id
    assert sum(document.realigned for document in documents) == realigned
    assert sum(document.dropped for document in documents) == dropped


@pytest.mark.parametrize("name", [row[0] for row in EXPECTED])
def test_geoparsing_gold_offsets_match_text(name: str) -> None:
    for document in _read(name):
        assert document.corpus == Path(name).stem
        for toponym in document.toponyms:
            assert 0 <= toponym.start < toponym.end <= len(document.text), document.doc_id
            assert document.text[toponym.start : toponym.end] == toponym.text, document.doc_id
            assert (toponym.latitude is None) == (toponym.longitude is None)


def test_geoparsing_gold_gwn_annotation_types() -> None:
    kinds = {toponym.kind for document in _read("GWN.xml") for toponym in document.toponyms}
    assert kinds == GWN_KINDS


def test_geoparsing_gold_tr_news_has_no_annotation_type() -> None:
    assert all(
        toponym.kind is None for document in _read("TR-News.xml") for toponym in document.toponyms
    )


@pytest.mark.parametrize("name", [row[0] for row in EXPECTED])
def test_geoparsing_gold_perfect_resolver_scores_one(name: str) -> None:
    def perfect(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        if toponym.latitude is None or toponym.longitude is None:
            return None
        return Resolved(toponym.latitude, toponym.longitude, toponym.geonames_id)

    scores = score_geoparsing(_read(name), perfect)
    assert scores.accuracy_161km == scores.exact_accuracy == 1.0
    assert scores.auc == 0.0
    assert scores.errors == ()
