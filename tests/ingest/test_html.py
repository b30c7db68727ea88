"""Tests for wirewatch.ingest.html: main text and metadata of pages, and pages that are not
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirewatch.errors import BinaryInputError, EmptyInputError, InputError, NotArticleError
from wirewatch.ingest import extract_html
from wirewatch.ingest.html import fragment_text, looks_like_html

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "ingest"
MOPTI = (RESOURCES / "mopti.html").read_bytes()


def test_html_extracts_main_text_and_metadata() -> None:
    page = extract_html(MOPTI, name="mopti.html")
    assert page.title == "Mali : neuf soldats tués dans une attaque près de Mopti"
    assert page.published == date(2019, 3, 10)
    assert page.lang == "fr-FR"
    assert page.url == "https://courrier-sahel.example/monde/mali-attaque-mopti"
    assert page.site == "Le Courrier du Sahel"
    lines = page.text.splitlines()
    assert any(line.startswith("BAMAKO, 10 mars 2019 (AFP) - Neuf soldats") for line in lines)
    assert lines[-1].endswith("qui ont fait des centaines de morts parmi les civils.")
    for boilerplate in ("Se connecter", "Mentions légales", "Accueil"):
        assert boilerplate not in page.text


def test_html_fetch_url_wins_over_the_canonical_link() -> None:
    page = extract_html(MOPTI, url="https://mirror.example/mopti")
    assert page.url == "https://mirror.example/mopti"


@pytest.mark.parametrize(
    ("file", "title", "lang"),
    [
        ("alep.html", "Syrie : grève des commerçants à Alep contre la hausse des prix", "fr"),
        ("broken_article.html", "Mopti", "fr"),
    ],
)
def test_html_page_without_date_markup_has_no_date(file: str, title: str, lang: str) -> None:
    page = extract_html((RESOURCES / file).read_bytes())
    assert (page.title, page.published, page.lang) == (title, None, lang)
    assert len(page.text) >= 200


def test_html_broken_markup_still_gives_its_text() -> None:
    page = extract_html((RESOURCES / "broken_article.html").read_bytes())
    assert page.text.startswith("MOPTI (Mali) (AFP) - Un incendie criminel")
    assert "Aucune victime n'a été signalée." in page.text


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("index.html", "only 96 characters"),
        ("login.html", "characters of main text"),
        ("broken.html", "no main text"),
    ],
)
def test_html_page_without_article_text_is_not_an_article(file: str, message: str) -> None:
    with pytest.raises(NotArticleError, match=message):
        extract_html((RESOURCES / file).read_bytes(), name=file)


def test_html_minimum_length_is_a_parameter() -> None:
    page = extract_html((RESOURCES / "index.html").read_bytes(), min_chars=50)
    assert "Mali : attaque près de Mopti" in page.text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b" \n\t ", EmptyInputError),
        ("", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (b"%PDF-1.7\n<html>", BinaryInputError),
        (b"<html>\x00</html>", BinaryInputError),
    ],
)
def test_html_empty_or_binary_input_is_refused(data: bytes | str, error: type[InputError]) -> None:
    with pytest.raises(error):
        extract_html(data)


def test_html_text_input_is_read_like_bytes() -> None:
    assert extract_html(MOPTI.decode("utf-8")).text == extract_html(MOPTI).text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=3000),
        st.builds(
            lambda cut, junk: MOPTI[:cut] + junk + MOPTI[cut:],
            st.integers(0, len(MOPTI)),
            st.binary(max_size=40),
        ),
    )
)
def test_html_any_input_raises_only_input_errors(data: bytes | str) -> None:
    try:
        page = extract_html(data)
    except InputError:
        return
    assert len(page.text) >= 200


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Un &amp; deux</p><p>trois</p>", "Un & deux\ntrois"),
        ("ligne<br>suivante", "ligne\nsuivante"),
        ("<div>  espaces\n  repliés  </div>", "espaces repliés"),
        ("<p>texte</p><script>var x = 1;</script><style>p {}</style>", "texte"),
        ("<ul><li>un</li><li>deux</li></ul>", "un\ndeux"),
        ("<p>non fermé<p>suivant", "non fermé\nsuivant"),
        ("texte brut", "texte brut"),
        ("", ""),
    ],
)
def test_html_fragment_text(markup: str, text: str) -> None:
    assert fragment_text(markup) == text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html>", True),
        (b"\xef\xbb\xbf  <html lang='fr'>", True),
        (b"<!-- saved page --><HTML>", True),
        (b"<head><title>x</title>", True),
        (b"<?xml version='1.0'?><rss>", False),
        (b"ALEP (AFP) - <b>texte</b>", False),
        (b"", False),
    ],
)
def test_html_looks_like_html(data: bytes, expected: bool) -> None:
    assert looks_like_html(data) is expected


def test_html_page_in_its_declared_charset_is_decoded() -> None:
    utf8 = MOPTI.decode("utf-8")
    latin1 = utf8.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("latin-1")
    assert b"iso-8859-1" in latin1 and "é".encode("latin-1") in latin1
    assert extract_html(latin1).text == extract_html(MOPTI).text
