"""Tests for wirewatch.ingest.items: how an item dates its article, and language tags."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.errors import FetchError
from wirewatch.ingest.items import PublishedBasis, article_item, error_item, primary_subtag
from wirewatch.types import Article, article_id

METADATA_DATE = date(2016, 5, 1)
USER_DATE = date(2016, 5, 3)


@pytest.mark.parametrize(
    ("metadata_date", "user_date", "published", "basis"),
    [
        (METADATA_DATE, USER_DATE, METADATA_DATE, PublishedBasis.METADATA),
        (METADATA_DATE, None, METADATA_DATE, PublishedBasis.METADATA),
        (None, USER_DATE, USER_DATE, PublishedBasis.USER),
        (None, None, None, PublishedBasis.MISSING),
    ],
)
def test_items_article_is_dated_by_metadata_then_user_else_not(
    metadata_date: date | None, user_date: date | None, published: date | None, basis: str
) -> None:
    item = article_item(
        "a.txt", text="ALEP (AFP) - Texte.", metadata_date=metadata_date, user_date=user_date
    )
    assert item.article is not None
    assert (item.article.published, item.published_basis) == (published, basis)
    assert item.ok and item.error is None


def test_items_article_keeps_the_default_id_and_language() -> None:
    item = article_item(
        "x", text="Un  texte.", metadata_date=None, user_date=None, url="https://n.example/1"
    )
    assert item.article is not None
    assert item.article.id == article_id("Un texte.", "https://n.example/1")
    assert item.article.lang == Article(text="").lang


def test_items_error_item_has_no_article() -> None:
    error = FetchError("https://n.example/: HTTP 404")
    item = error_item("https://n.example/", error, "fr-FR")
    assert (item.article, item.error, item.ok) == (None, error, False)
    assert (item.published_basis, item.declared_lang) == ("missing", "fr")


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("fr", "fr"),
        ("fr-FR", "fr"),
        ("FR_ca", "fr"),
        (" en-GB ", "en"),
        ("ast", "ast"),
        ("zh-Hant-TW", "zh"),
        ("", None),
        (None, None),
        ("x", None),
        ("12", None),
        ("français", None),
    ],
)
def test_items_primary_subtag(tag: str | None, code: str | None) -> None:
    assert primary_subtag(tag) == code
