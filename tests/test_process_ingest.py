"""ingest(): mixed folders, feeds and URLs into either store; bad items reported, not fatal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.http_site import Site
from wirewatch.config import Settings
from wirewatch.ingest import UrlFetcher
from wirewatch.process import IngestOutcome, dateline_date, ingest
from wirewatch.store import ArticleState, SqlStore


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """The sample articles plus broken inputs, in one folder."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for path in EXAMPLES.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    (folder / "vide.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Des tirs ont été entendus à Gao.".encode("latin-1"))
    return folder


def test_ingest_mixed_folder(store: SqlStore, mixed: Path) -> None:
    seen: list[IngestOutcome] = []
    report = ingest([str(mixed)], store, on_item=seen.append)
    assert report.failed == 3
    assert {Path(f.origin).name for f in report.failures} == {"photo.jpg", "vide.txt", "latin1.txt"}
    assert {f.message.split(":")[0] for f in report.failures} == {
        "input.binary",
        "input.empty",
        "input.decode",
    }
    assert report.unsupported == 1  # the German line of the JSONL batch
    assert report.stored == 7
    assert len(seen) == 11
    counts = store.counts()
    assert (counts.articles, counts.unsupported, counts.errors) == (8, 1, 3)
    assert counts.events == report.events > 0
    assert counts.merged_events == report.merged_events < counts.events  # some merged
    german = [a for a in store.articles() if a.state == ArticleState.UNSUPPORTED_LANGUAGE]
    assert german[0].article.lang == "de"
    english = [a for a in store.articles() if a.article.lang == "en"]
    assert len(english) == 1 and english[0].state == ArticleState.PROCESSED
    assert english[0].n_events > 0  # identified as English, read by the English pipeline


def test_ingest_merges_the_same_strikes_across_articles(store: SqlStore, mixed: Path) -> None:
    ingest([str(mixed)], store)
    aleppo = [
        m
        for m in store.events(country="SY", start=date(2016, 4, 30), end=date(2016, 4, 30))
        if m.event.sub_event_type == "Air/drone strike" and len(m.event.sources) > 1
    ]
    assert aleppo, "the Aleppo air strikes of 30 April are told by four sample articles"
    for strike in aleppo:
        assert len(set(strike.event.sources)) == len(strike.event.sources) >= 2
        origins = {store.article(a).origin for a in strike.event.sources}  # type: ignore[union-attr]
        assert len(origins) == len(strike.event.sources)
    told = max(aleppo, key=lambda m: len(m.event.sources))
    assert any(d.field == "fatalities" for d in told.disagreements)  # 10 vs 12 dead
    languages = {store.article(a).article.lang for a in told.event.sources}  # type: ignore[union-attr]
    assert languages == {"fr", "en"}  # the English dispatch joins the French reports


def test_ingest_again_changes_nothing(store: SqlStore, mixed: Path) -> None:
    ingest([str(mixed)], store)
    before = (store.counts(), [m.to_dict() for m in store.events()])
    report = ingest([str(mixed)], store)
    assert report.stored == 0 and report.skipped == 8
    assert (store.counts(), [m.to_dict() for m in store.events()]) == before


def test_ingest_feed_and_urls_from_a_local_server(store: SqlStore, site: Site) -> None:
    fetcher = UrlFetcher(allow_hosts=frozenset({"127.0.0.1"}), timeout=5)
    sources = [site.url("/pages/feed.rss"), site.url("/pages/alep.html"), site.url("/status/503")]
    report = ingest(sources, store, fetcher=fetcher)
    assert report.stored >= 2  # the feed's Mopti page and fallback entry, the Aleppo page
    assert any("503" in f.message for f in report.failures)
    assert any(a.article.url == site.url("/pages/alep.html") for a in store.articles())
    assert store.counts().events > 0


def test_ingest_refuses_loopback_urls_by_default(store: SqlStore, site: Site) -> None:
    report = ingest([site.url("/pages/alep.html")], store, fetcher=UrlFetcher())
    assert report.failed == 1 and report.failures[0].message.startswith("input.fetch.forbidden")
    assert site.requests == []
    assert store.errors()[0].code == "input.fetch.forbidden"


def test_ingest_flags_a_missing_date(store: SqlStore, tmp_path: Path) -> None:
    path = tmp_path / "sans-date.txt"
    path.write_text("Des hommes armés ont attaqué samedi un village près de Djibo.", "utf-8")
    report = ingest([str(path)], store)
    assert report.undated == 1
    stored = store.articles()[0]
    assert stored.published_basis == "missing" and stored.article.published is None
    assert any("date" in w for w in stored.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEYROUTH, 1 mai 2016 (AFP) - Des raids ont visé Alep.\nSuite.", date(2016, 5, 1)),
        ("BAMAKO, 14 mars 2021 (AFP) - Une embuscade a eu lieu.\nSuite.", date(2021, 3, 14)),
        ("BAMAKO, 14 mars (AFP) - Une embuscade a eu lieu.\nSuite.", None),  # no year: no guess
        ("BEYROUTH (AFP) - Des raids ont visé Alep.\nSuite.", None),
    ],
)
def test_ingest_dateline_date(text: str, expected: date | None) -> None:
    words = text.split(" - ")[0] + " -"
    assert dateline_date(words, "fr", Settings()) == expected


def test_ingest_names_the_agency_of_the_dateline(store: SqlStore) -> None:
    ingest([str(EXAMPLES / "reuters-2016-05-01-alep-raids.txt")], store)
    assert store.articles()[0].article.source == "Reuters"
