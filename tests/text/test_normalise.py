"""Tests for wirewatch.text.normalise: the normalised text and its map back to the original."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirewatch.text import NormalisedText, normalise

ARTICLE = Path(__file__).parents[2] / "examples/afp-2016-05-01-alep.txt"


def _article_param() -> object:
    return pytest.param(ARTICLE.read_text(encoding="utf-8"), id="founding-article")


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("l\u2019armée", "l'armée"),
        ("l\u02bcONU d\u2018abord", "l'ONU d'abord"),
        ("\u00ab\u202fAlep br\u00fble\u202f\u00bb", '" Alep brûle "'),
        ("\u00ab\u00a0Alep\u00a0\u00bb", '" Alep "'),
        ("\u201cclairement\u201d et \u201eferme\u201f", '"clairement" et "ferme"'),
        ("10\u2032 et 5\u2033", "10' et 5\""),
        ("270\u202f000 morts", "270 000 morts"),
        ("a\u2009b\u200ac\u2007d\u3000e\tf", "a b c d e f"),
        ("bom\u200bbar\u00addement\ufeff", "bombardement"),
        ("cessez\u2011le\u2011feu", "cessez-le-feu"),
        ("Re\u0301gime d\u00e9cide\u0301", "Régime décidé"),
        ("un\r\ndeux\rtrois\u2029quatre", "un\ndeux\ntrois\nquatre"),
        ("Alep \u2013 Damas \u2014 Homs", "Alep \u2013 Damas \u2014 Homs"),
        ("\u2126 et \u212b", "\u03a9 et \u00c5"),
        ("", ""),
    ],
)
def test_normalise_replaces_typography(original: str, expected: str) -> None:
    assert normalise(original).text == expected


@pytest.mark.parametrize(
    "original",
    [
        _article_param(),
        "Les \u00ab\u202frebelles\u202f\u00bb ont fui l\u2019est d\u2019Alep\u202f!",
        "De\u0301claration de l\u2019ONU\u00a0: cessez-le-feu a\u0300 Alep.",
        "Premi\u00e8re ligne.\r\nDeuxi\u00e8me ligne.\r\n\r\nFin.\r\n",
        "bom\u200bbardement\u200d de\ufeff Layramoun\u200c.",
        "e\u0301\u200b\u0301t\u00e9 \u00ab\u2009e\u0301te\u0301\u2009\u00bb",
    ],
)
def test_normalise_maps_words_back(original: str) -> None:
    normalised = normalise(original)
    for match in re.finditer(r"\S+", normalised.text):
        start, end = normalised.to_original(*match.span())
        assert normalise(original[start:end]).text == match[0]


def test_normalise_maps_decomposed_accent_to_its_cluster() -> None:
    normalised = normalise("de\u0301ja\u0300 vu")
    assert normalised.text == "déjà vu"
    assert normalised.to_original(1, 2) == (1, 3)
    assert normalised.to_original(0, 4) == (0, 6)
    assert normalised.to_original(5, 7) == (7, 9)


def test_normalise_maps_crlf_to_one_line_break() -> None:
    normalised = normalise("un\r\ndeux")
    assert normalised.text == "un\ndeux"
    assert normalised.to_original(2, 3) == (2, 4)
    assert normalised.to_original(3, 7) == (4, 8)


@pytest.mark.parametrize(
    ("original", "position", "expected"),
    [
        ("abc", 0, (0, 0)),
        ("abc", 3, (3, 3)),
        ("l\u2019a\u200b", 3, (4, 4)),
        ("a\u200bb", 1, (2, 2)),
        ("\u200b", 0, (1, 1)),
    ],
)
def test_normalise_maps_empty_ranges(
    original: str, position: int, expected: tuple[int, int]
) -> None:
    assert normalise(original).to_original(position, position) == expected


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (2, 1), (0, 4), (4, 4)])
def test_normalise_rejects_ranges_outside_the_text(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="not within the text"):
        normalise("l\u2019a").to_original(start, end)


@pytest.mark.parametrize("original", [_article_param(), "Alep, 1er mai.", ""])
def test_normalise_keeps_clean_text_as_is(original: str) -> None:
    normalised = normalise(original)
    assert normalised == NormalisedText(original, original)
    assert normalised.to_original(0, len(original)) == (0, len(original))


_TRICKY = st.sampled_from(
    [
        "e",
        "\u0301",
        "\u0300",
        "\u0327",
        "\r",
        "\n",
        "\t",
        " ",
        "\u00a0",
        "\u202f",
        "\u200b",
        "\u200d",
        "\ufeff",
        "\u00ad",
        "\u2019",
        "\u00ab",
        "\u00bb",
        "\u1ffd",
        "\u2126",
        "\u0344",
        "\u1100",
        "\u1161",
    ]
)


_ANY_TEXT = st.text(alphabet=st.one_of(_TRICKY, st.characters()), max_size=40)


@given(_ANY_TEXT)
def test_normalise_offsets_stay_in_bounds_and_in_order(original: str) -> None:
    normalised = normalise(original)
    size = len(normalised.text)
    previous = 0
    for start in range(size + 1):
        position, same = normalised.to_original(start, start)
        assert previous <= position == same <= len(original)
        previous = position
        previous_end = position
        for end in range(start + 1, size + 1):
            mapped_start, mapped_end = normalised.to_original(start, end)
            assert mapped_start == position
            assert previous_end <= mapped_end <= len(original)
            previous_end = mapped_end


@given(_ANY_TEXT)
def test_normalise_is_idempotent(original: str) -> None:
    once = normalise(original).text
    assert normalise(once).text == once


@given(_ANY_TEXT)
def test_normalise_leaves_no_replaced_character(original: str) -> None:
    text = normalise(original).text
    assert not set(text) & set("\r\t\u00a0\u202f\u200b\ufeff\u00ad\u2019\u00ab\u00bb")
