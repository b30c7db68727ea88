"""Tests for wirewatch.ingest.feeds: RSS and Atom entries, broken feeds, feed sniffing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirewatch.errors import BinaryInputError, EmptyInputError, FeedError, InputError
from wirewatch.ingest import looks_like_feed, parse_feed

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "ingest"
BASE = "https://courrier-sahel.example"


def _feed(name: str) -> bytes:
    return (RESOURCES / name).read_bytes().replace(b"{base}", BASE.encode())


def test_feeds_rss_entries_keep_link_date_and_text() -> None:
    feed = parse_feed(_feed("feed.rss"), name="feed.rss")
    assert (feed.title, feed.lang) == ("Le Courrier du Sahel - Afrique", "fr-FR")
    links = [entry.link for entry in feed.entries]
    assert links == [
        f"{BASE}/pages/mopti.html",
        f"{BASE}/status/404",
        f"{BASE}/status/500",
        f"{BASE}/pages/index.html",
        None,
    ]
    dates = [entry.published for entry in feed.entries]
    assert dates == [
        date(2019, 3, 10),
        date(2019, 3, 12),
        date(2019, 3, 13),
        None,
        date(2019, 3, 14),
    ]
    niger = feed.entries[1]
    assert niger.title == "Niger : un convoi humanitaire attaqué près de Tillabéri"
    assert niger.content.splitlines()[0].startswith("NIAMEY (AFP) - Un convoi")
    assert "<p>" not in niger.content
    tchad = feed.entries[4]  # content:encoded wins over the shorter description
    assert tchad.content.startswith("N'DJAMENA (AFP) - Des affrontements")
    assert all(entry.lang == "fr-FR" for entry in feed.entries)


def test_feeds_atom_entries_keep_published_else_updated() -> None:
    feed = parse_feed(_feed("feed.atom"), name="feed.atom")
    assert (feed.title, feed.lang) == ("Dépêches du Levant", "fr")
    assert [entry.published for entry in feed.entries] == [
        date(2016, 5, 1),
        date(2016, 5, 2),
        date(2016, 5, 2),
    ]
    assert [entry.link for entry in feed.entries] == [None, None, None]
    assert feed.entries[0].content.startswith("BEYROUTH (AFP) - Des avions ont mené")
    assert feed.entries[1].content.startswith("BEYROUTH (AFP) - Des centaines de familles")
    assert feed.entries[2].content == "Trop court pour un article."


def test_feeds_relative_links_resolve_against_the_feed_url() -> None:
    data = b'<rss version="2.0"><channel><item><link>/a/1</link></item></channel></rss>'
    feed = parse_feed(data, url="https://news.example/feeds/world.rss")
    assert feed.entries[0].link == "https://news.example/a/1"


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ((RESOURCES / "bozo.xml").read_bytes(), FeedError, "not a readable RSS or Atom feed"),
        ((RESOURCES / "note.xml").read_bytes(), FeedError, "not an RSS or Atom feed"),
        ((RESOURCES / "index.html").read_bytes(), FeedError, "feed"),
        (b"", EmptyInputError, "empty"),
        (b"\x1f\x8b\x08\x00compressed", BinaryInputError, "binary"),
    ],
)
def test_feeds_unreadable_feed_raises(data: bytes, error: type[InputError], message: str) -> None:
    with pytest.raises(error, match=message):
        parse_feed(data, name="feed.xml")


def test_feeds_valid_feed_without_entries_is_empty() -> None:
    data = b'<rss version="2.0"><channel><title>Fil</title></channel></rss>'
    assert parse_feed(data).entries == ()


def test_feeds_bytes_are_never_taken_for_a_path() -> None:
    path = str(RESOURCES / "feed.rss").encode()
    with pytest.raises(FeedError):
        parse_feed(path)


@pytest.mark.parametrize(
    ("data", "media_type", "expected"),
    [
        (b"<?xml version='1.0'?>\n<rss version='2.0'>", "", True),
        (
            b"<?xml version='1.0'?><!-- <html> --><feed xmlns='http://www.w3.org/2005/Atom'>",
            "",
            True,
        ),
        (b"<?xml version='1.0'?><?xml-stylesheet href='s.xsl'?><rss>", "", True),
        (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", "", True),
        (b"anything", "application/atom+xml", True),
        (b"<!DOCTYPE html><html><body><feed>", "text/html", False),
        (b"<?xml version='1.0'?><note>", "application/xml", False),
        (b"ALEP (AFP) - rss feed", "text/plain", False),
        (b"\xef\xbb\xbf<!DOCTYPE rss><rss version='0.91'>", "", True),
        (b'data = b"<rss version=2.0>"', "", False),  # a feed quoted in code or text
        (b"<html><body><pre>&lt;rss&gt;</pre><rss>", "", False),
    ],
)
def test_feeds_looks_like_feed(data: bytes, media_type: str, expected: bool) -> None:
    assert looks_like_feed(data, media_type) is expected
