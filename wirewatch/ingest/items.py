"""What ingest yields: one item per input article, holding the article or why it failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from wirewatch.errors import InputError
from wirewatch.types import Article


class PublishedBasis(StrEnum):
    """Where an article's publication date comes from."""

    METADATA = "metadata"  # the input says so: a JSONL field, a page's markup, a feed entry
    USER = "user"  # the date the user gave for inputs that carry none
    MISSING = "missing"  # neither; the caller may still find one in the dateline


@dataclass(frozen=True, slots=True)
class IngestItem:
    """One input article: ``article`` when it could be read, else ``error`` says why not.

    ``article.lang`` is left at its default; the language the input declares (JSONL ``lang``,
    ``<html lang>``, a feed's language) is in ``declared_lang`` for the caller to weigh.
    """

    origin: str  # where it came from: a path, a URL, "feed.xml#3", "batch.jsonl:12"
    article: Article | None  # None when the item failed
    published_basis: str  # a PublishedBasis value
    declared_lang: str | None  # primary language subtag the metadata declares, lowercase
    error: InputError | None  # why the item failed (never raised out of the iterator)

    @property
    def ok(self) -> bool:
        return self.error is None


def article_item(
    origin: str,
    *,
    text: str,
    metadata_date: date | None,
    user_date: date | None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    declared_lang: str | None = None,
) -> IngestItem:
    """An item holding an article dated by its metadata, else by the user's date, else not."""
    if metadata_date is not None:
        published, basis = metadata_date, PublishedBasis.METADATA
    elif user_date is not None:
        published, basis = user_date, PublishedBasis.USER
    else:
        published, basis = None, PublishedBasis.MISSING
    article = Article(text=text, published=published, title=title, url=url, source=source)
    return IngestItem(origin, article, basis.value, primary_subtag(declared_lang), None)


def error_item(origin: str, error: InputError, declared_lang: str | None = None) -> IngestItem:
    """An item for an input that could not be read."""
    return IngestItem(
        origin, None, PublishedBasis.MISSING.value, primary_subtag(declared_lang), error
    )


def primary_subtag(tag: str | None) -> str | None:
    """The language of a language tag, lowercase: «fr-FR» and «fr_CA» give «fr»."""
    if not tag:
        return None
    code = tag.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None
