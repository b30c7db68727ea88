"""Tests for wirewatch.ingest.sources: every kind of source, item by item, failures included."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.http_site import Site
from wirewatch.errors import (
    BinaryInputError,
    EmptyInputError,
    FetchError,
    ForbiddenAddressError,
    InputError,
    NotArticleError,
)
from wirewatch.ingest import Fetched, IngestItem, UrlFetcher, iter_articles

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "ingest"
TRIPOLI = (RESOURCES / "tripoli.txt").read_text("utf-8")
USER_DATE = date(2019, 3, 20)
SMALL_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title><item>'
    b"<title>Alep</title><description>" + TRIPOLI.encode() + b"</description></item>"
    b"</channel></rss>"
)


class Offline:
    """A fetcher for tests that must not fetch anything."""

    def fetch(self, url: str) -> Fetched:
        raise AssertionError(f"nothing should be fetched, yet {url} was")


def _outcomes(items: list[IngestItem], root: Path | str = "") -> list[tuple[str, str | None]]:
    prefix = f"{root}/" if str(root) else ""
    return [
        (item.origin.removeprefix(prefix), type(item.error).__name__ if item.error else None)
        for item in items
    ]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of good and bad inputs of every kind, some nested, some hidden."""
    files: dict[str, bytes] = {
        "a_wire.txt": TRIPOLI.encode(),
        "b_batch.jsonl": b'{"text": "HOMS (AFP) - Un obus est tomb\xc3\xa9."}\n{oops\n'
        b'{"text": "DAMAS (AFP) - Une voiture pi\xc3\xa9g\xc3\xa9e a explos\xc3\xa9."}\n',
        "c_page.html": (RESOURCES / "mopti.html").read_bytes(),
        "d_image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(32),
        "e_empty.txt": b"",
        "f_latin1.txt": "ALEP (AFP) - Des frappes aériennes ont visé la ville.".encode("latin-1"),
        "g_huge.txt": b"ALEP (AFP) " * 500,
        ".hidden.txt": TRIPOLI.encode(),
        ".git/config": b"[core]",
        "sub/h_index.html": (RESOURCES / "index.html").read_bytes(),
        "sub/i_feed.atom": (RESOURCES / "feed.atom").read_bytes(),
        "sub/j_notes.md": TRIPOLI.encode(),
        "sub/k_feed.dat": SMALL_FEED,
        "z_broken.html": (RESOURCES / "broken.html").read_bytes(),
    }
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_sources_mixed_directory_gives_every_item_in_order(mixed: Path) -> None:
    items = list(iter_articles([str(mixed)], fetcher=Offline(), max_bytes=4096))
    assert _outcomes(items, mixed) == [
        ("a_wire.txt", None),
        ("b_batch.jsonl:1", None),
        ("b_batch.jsonl:2", "InputError"),
        ("b_batch.jsonl:3", None),
        ("c_page.html", None),
        ("d_image.png", "BinaryInputError"),
        ("e_empty.txt", "EmptyInputError"),
        ("f_latin1.txt", "DecodeError"),
        ("g_huge.txt", "TooLargeError"),
        ("sub/h_index.html", "NotArticleError"),
        ("sub/i_feed.atom#1", None),
        ("sub/i_feed.atom#2", None),
        ("sub/i_feed.atom#3", "NotArticleError"),
        ("sub/j_notes.md", None),
        ("sub/k_feed.dat#1", None),
        ("z_broken.html", "NotArticleError"),
    ]
    by_origin = {item.origin.removeprefix(f"{mixed}/"): item for item in items}
    assert "4 KiB" in str(by_origin["g_huge.txt"].error)
    assert "iconv" in str(by_origin["f_latin1.txt"].error)
    atom = by_origin["sub/i_feed.atom#1"]
    assert atom.article is not None and atom.article.source == "Dépêches du Levant"
    assert (atom.article.published, atom.published_basis, atom.declared_lang) == (
        date(2016, 5, 1),
        "metadata",
        "fr",
    )
    notes = by_origin["sub/j_notes.md"].article
    assert notes is not None and notes.text == TRIPOLI


def test_sources_failures_never_stop_the_iteration(mixed: Path) -> None:
    sources = ["missing.txt", str(mixed / "d_image.png"), str(mixed / "a_wire.txt"), "ftp://x/y"]
    items = list(iter_articles(sources, fetcher=Offline()))
    assert [type(item.error).__name__ if item.error else None for item in items] == [
        "InputError",
        "BinaryInputError",
        None,
        "FetchError",
    ]


@pytest.mark.parametrize(
    ("source", "error", "message"),
    [
        ("missing.txt", InputError, "no such file or directory"),
        ("ftp://news.example/a.txt", FetchError, "only http:// and https://"),
        ("file:///etc/passwd", FetchError, "only http:// and https://"),
        ("http://[::1", FetchError, "not a valid URL"),
        ("https://news.example:99999/", FetchError, "not a valid URL"),
        ("", InputError, "an empty source"),
        ("  ", InputError, "an empty source"),
    ],
)
def test_sources_unknown_source_is_an_error_item(
    source: str, error: type[InputError], message: str
) -> None:
    (item,) = iter_articles([source], fetcher=UrlFetcher())  # refuses these before any I/O
    assert item.origin == source and item.article is None
    assert type(item.error) is error and message in str(item.error)


def test_sources_empty_directory_is_an_error_item(tmp_path: Path) -> None:
    (tmp_path / ".only-hidden").write_text("x")
    (item,) = iter_articles([str(tmp_path)])
    assert isinstance(item.error, EmptyInputError)


def test_sources_one_string_is_not_a_sequence_of_sources() -> None:
    with pytest.raises(TypeError):
        list(iter_articles(str(RESOURCES / "tripoli.txt")))


@pytest.mark.parametrize(
    ("file", "user_date", "published", "basis"),
    [
        ("tripoli.txt", USER_DATE, USER_DATE, "user"),
        ("tripoli.txt", None, None, "missing"),
        ("mopti.html", USER_DATE, date(2019, 3, 10), "metadata"),
        ("mopti.html", None, date(2019, 3, 10), "metadata"),
        ("alep.html", USER_DATE, USER_DATE, "user"),
        ("alep.html", None, None, "missing"),
    ],
)
def test_sources_publication_date_and_its_basis(
    file: str, user_date: date | None, published: date | None, basis: str
) -> None:
    (item,) = iter_articles([str(RESOURCES / file)], published=user_date)
    assert item.article is not None
    assert (item.article.published, item.published_basis) == (published, basis)


def test_sources_stdin_is_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TRIPOLI.encode())))
    (item,) = iter_articles(["-"], published=USER_DATE)
    assert item.origin == "-" and item.article is not None
    assert item.article.text == TRIPOLI and item.published_basis == "user"


def test_sources_url_of_a_page(site: Site, fetcher: UrlFetcher) -> None:
    url = site.url("/pages/mopti.html")
    (item,) = iter_articles([url], fetcher=fetcher)
    article = item.article
    assert article is not None and item.origin == url
    assert article.url == url  # where it was fetched from, not its canonical link
    assert article.title == "Mali : neuf soldats tués dans une attaque près de Mopti"
    assert (article.published, item.published_basis) == (date(2019, 3, 10), "metadata")
    assert (article.source, item.declared_lang) == ("Le Courrier du Sahel", "fr")


@pytest.mark.parametrize("media_type", ["application/rss+xml", "text/xml", "text/html"])
def test_sources_url_of_a_feed_fetches_each_entry(
    site: Site, fetcher: UrlFetcher, media_type: str
) -> None:
    url = site.url(f"/pages/feed.rss?type={media_type}")
    items = list(iter_articles([url], fetcher=fetcher, published=USER_DATE))
    assert _outcomes(items) == [
        (f"{url}#1", None),
        (f"{url}#2", None),
        (f"{url}#3", "FetchError"),
        (f"{url}#4", "NotArticleError"),
        (f"{url}#5", None),
    ]
    assert site.requests == [
        f"/pages/feed.rss?type={media_type}",
        "/pages/mopti.html",
        "/status/404",
        "/status/500",
        "/pages/index.html",
    ]
    fetched, fallback, failed, not_article, content = items
    assert fetched.article is not None  # the linked page, with the page's own metadata
    assert fetched.article.title == "Mali : neuf soldats tués dans une attaque près de Mopti"
    assert fetched.article.text.startswith("Mali : neuf soldats tués")
    assert fetched.article.source == "Le Courrier du Sahel"
    assert fallback.article is not None  # the link fails: the entry's long content stands in
    assert fallback.article.text.startswith("NIAMEY (AFP) - Un convoi")
    assert fallback.article.url == site.url("/status/404")
    assert fallback.article.source == "Le Courrier du Sahel - Afrique"
    assert (fallback.article.published, fallback.published_basis) == (date(2019, 3, 12), "metadata")
    assert (fallback.declared_lang, fetched.declared_lang) == ("fr", "fr")
    assert "HTTP 500" in str(failed.error) and "too short" in str(failed.error)
    assert "too short" in str(not_article.error)
    assert content.article is not None and content.article.url is None
    assert content.article.text.startswith("N'DJAMENA (AFP)")


@pytest.mark.parametrize(
    ("path", "error", "text"),
    [
        ("/latin1", None, "Des frappes aériennes ont visé à l'aube"),
        ("/text", None, TRIPOLI),
        ("/png", BinaryInputError, None),
        ("/status/404", FetchError, None),
        ("/pages/login.html", NotArticleError, None),
    ],
)
def test_sources_url_answers_of_every_kind(
    site: Site,
    fetcher: UrlFetcher,
    path: str,
    error: type[InputError] | None,
    text: str | None,
) -> None:
    (item,) = iter_articles([site.url(path)], fetcher=fetcher)
    if error is None:
        assert item.article is not None and text is not None
        assert item.article.text.startswith(text)
    else:
        assert type(item.error) is error and item.article is None


def test_sources_url_list_file(tmp_path: Path, site: Site, fetcher: UrlFetcher) -> None:
    lines = [
        "# morning wires",
        "",
        site.url("/pages/mopti.html"),
        "not a url",
        f"  {site.url('/status/404')}  ",
        site.url("/pages/index.html"),
    ]
    listing = tmp_path / "wires.urls"
    listing.write_text("\n".join(lines), "utf-8")
    items = list(iter_articles([str(listing)], fetcher=fetcher))
    assert _outcomes(items) == [
        (site.url("/pages/mopti.html"), None),
        (f"{listing}:4", "InputError"),
        (site.url("/status/404"), "FetchError"),
        (site.url("/pages/index.html"), "NotArticleError"),
    ]


def test_sources_default_fetcher_refuses_the_local_server(site: Site) -> None:
    urls = [site.url("/pages/mopti.html"), site.url("/pages/feed.rss")]
    items = list(iter_articles(urls))
    assert all(isinstance(item.error, ForbiddenAddressError) for item in items)
    assert len(items) == 2 and site.requests == []


def test_sources_feed_entry_links_go_through_the_address_guard(tmp_path: Path, site: Site) -> None:
    feed = (RESOURCES / "feed.rss").read_bytes().replace(b"{base}", site.base.encode())
    (tmp_path / "feed.rss").write_bytes(feed)
    items = list(iter_articles([str(tmp_path / "feed.rss")]))  # default fetcher
    assert [type(item.error).__name__ if item.error else None for item in items] == [
        "ForbiddenAddressError",
        None,  # the link is refused, the entry's own long text stands in
        "ForbiddenAddressError",
        "ForbiddenAddressError",
        None,
    ]
    assert site.requests == []
