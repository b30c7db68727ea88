"""RSS and Atom feeds: parsing bytes fetched or read elsewhere into entries, with feedparser."""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

import feedparser

from wirewatch.errors import FeedError
from wirewatch.ingest.html import fragment_text
from wirewatch.ingest.plaintext import check_not_binary

FEED_MEDIA_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
# The root element, after an optional prolog (declaration, comments, stylesheets, doctype).
_FEED_START = re.compile(
    rb"\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)\s*)*<(?:rss|feed|rdf:rdf)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_PLAIN_TYPES = frozenset({"text/plain", "text"})


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed: where its article is, and what the feed itself says of it."""

    link: str | None  # an http(s) URL
    title: str | None
    published: date | None
    content: str  # the entry's content (or summary) as plain text; may be a short teaser
    lang: str | None  # the language tag the entry or its feed declares


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title, declared language and entries, in feed order."""

    title: str | None
    lang: str | None
    entries: tuple[FeedEntry, ...]


def looks_like_feed(data: bytes, media_type: str = "") -> bool:
    """Whether ``data`` is an RSS or Atom document, by its content type or its root element."""
    if media_type in FEED_MEDIA_TYPES:
        return True
    return _FEED_START.match(data.removeprefix(b"\xef\xbb\xbf")[:4096]) is not None


def parse_feed(
    data: bytes, *, name: str = "feed", url: str | None = None, content_type: str = ""
) -> Feed:
    """The entries of an RSS or Atom document; nothing is fetched.

    ``url`` is where the feed came from (relative links are resolved against it). A document
    that is not a feed, or so broken that no entry can be read, raises :class:`FeedError`.
    """
    check_not_binary(data, name)
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    # A BytesIO, never bare bytes or a str: feedparser would try those as a path or a URL.
    result = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not result.entries:
        if result.get("bozo"):
            reason = result.get("bozo_exception")
            raise FeedError(f"{name}: not a readable RSS or Atom feed ({reason})")
        if not result.get("version"):
            raise FeedError(f"{name}: not an RSS or Atom feed (no channel or feed element)")
    feed_lang = _text(result.feed.get("language"))
    return Feed(
        title=_text(result.feed.get("title")),
        lang=feed_lang,
        entries=tuple(_entry(entry, feed_lang) for entry in result.entries),
    )


def _entry(entry: Any, feed_lang: str | None) -> FeedEntry:
    details = [*entry.get("content", ()), entry.get("summary_detail") or {}]
    details = [d for d in details if _text(d.get("value"))]
    best = max(details, key=lambda d: len(d.get("value", "")), default=None)
    content = "" if best is None else _detail_text(best)
    declared = next((d.get("language") for d in details if d.get("language")), None)
    return FeedEntry(
        link=_web_link(entry.get("link")),
        title=_text(entry.get("title")),
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        content=content,
        lang=_text(declared) or feed_lang,
    )


def _web_link(value: object) -> str | None:
    """An http(s) link; feedparser also offers an entry's id («urn:uuid:...») as its link."""
    link = _text(value)
    return link if link and link.lower().startswith(("http://", "https://")) else None


def _detail_text(detail: Any) -> str:
    value = str(detail.get("value", ""))
    if str(detail.get("type", "")).lower() in _PLAIN_TYPES:
        return value.strip()
    return fragment_text(value)


def _date(parsed: time.struct_time | None) -> date | None:
    if parsed is None:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
