"""Every kind of input to ingest items: files, directories, JSONL, HTML, feeds, URLs, stdin.

Each source string is recognised by what it is (see :func:`iter_articles`); each article it
holds becomes one :class:`IngestItem`, a failed one included, so one bad input never stops
the others.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from wirewatch.errors import EmptyInputError, FetchError, InputError, NotArticleError
from wirewatch.ingest.feeds import Feed, FeedEntry, looks_like_feed, parse_feed
from wirewatch.ingest.fetch import SCHEMES, Fetched, Fetcher, UrlFetcher
from wirewatch.ingest.html import MIN_ARTICLE_CHARS, HtmlArticle, extract_html, looks_like_html
from wirewatch.ingest.items import IngestItem, article_item, error_item
from wirewatch.ingest.jsonl import read_jsonl
from wirewatch.ingest.plaintext import (
    MAX_BYTES,
    STDIN,
    check_not_binary,
    decode_article_bytes,
    read_bytes,
)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
URL_LIST_SUFFIXES = frozenset({".urls"})
# Files a folder walk leaves alone: data and outputs, not articles (gold files beside their
# articles, exports, the store itself). Named one by one, they are still read.
NOT_ARTICLE_SUFFIXES = frozenset(
    {".yaml", ".yml", ".json", ".geojson", ".csv", ".tsv", ".parquet", ".db", ".sqlite"}
)
_NAME_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_PLAIN_TEXT = "text/plain"


def iter_articles(
    sources: Sequence[str],
    *,
    published: date | None = None,
    fetcher: Fetcher | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[IngestItem]:
    """One item per article the sources hold, in order; failures are items, never raised.

    A source is ``-`` (standard input, plain text), an ``http(s)://`` URL (a page, or a feed
    whose entries' links are fetched), a directory (walked recursively in sorted order,
    hidden files skipped) or a file: ``.txt`` plain text, ``.jsonl`` one article per line,
    ``.html``/``.htm`` a page, ``.xml``/``.rss``/``.atom`` a feed, ``.urls`` one URL per line
    (``#`` starts a comment line); any other file is sniffed as a feed, a page or text.

    ``published`` dates the articles whose input carries no date (basis ``user``);
    ``fetcher`` fetches URLs (by default a :class:`UrlFetcher`, which refuses private
    addresses); ``max_bytes`` limits one article's size.
    """
    if isinstance(sources, str):
        raise TypeError("iter_articles takes a sequence of sources, not one string")
    reader = _Reader(published, fetcher, max_bytes)
    for source in sources:
        yield from reader.source(source)


class _Reader:
    """Turns sources into items with one set of options; makes the default fetcher lazily."""

    def __init__(self, published: date | None, fetcher: Fetcher | None, max_bytes: int) -> None:
        self.published = published
        self.max_bytes = max_bytes
        self._fetcher = fetcher

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = UrlFetcher(max_bytes=self.max_bytes)
        return self._fetcher

    def source(self, source: str) -> Iterator[IngestItem]:
        path = Path(source)
        if not source.strip():  # Path("") is the current folder: never read it by mistake
            error = InputError("an empty source: give a file, a folder, a URL or - (stdin)")
            yield error_item(source, error)
        elif source == STDIN:
            yield _guarded(source, lambda: self._text(read_bytes(STDIN, self.max_bytes), source))
        elif _scheme(source) in SCHEMES:
            yield from self.url(source)
        elif path.is_dir():
            yield from self.directory(path)
        elif path.exists():
            yield from self.file(path)
        elif "://" in source:
            error = FetchError(f"{source}: only http:// and https:// URLs can be fetched")
            yield error_item(source, error)
        else:
            yield error_item(source, InputError(f"{source}: no such file or directory"))

    def directory(self, root: Path) -> Iterator[IngestItem]:
        files = sorted(
            (path for path in _visible_files(root) if not _is_data_file(path)),
            key=lambda path: path.relative_to(root).parts,
        )
        if not files:
            error = EmptyInputError(f"{root}: no article files in this directory")
            yield error_item(str(root), error)
        for path in files:
            yield from self.file(path)

    def file(self, path: Path) -> Iterator[IngestItem]:
        name, suffix = str(path), path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, published=self.published, max_bytes=self.max_bytes)
            return
        try:
            data = read_bytes(name, self.max_bytes)
        except InputError as exc:
            yield error_item(name, exc)
            return
        if suffix in URL_LIST_SUFFIXES:
            yield from self.url_list(data, name)
        elif suffix in FEED_SUFFIXES or (suffix not in _KNOWN and looks_like_feed(data)):
            yield from self.feed(data, name)
        elif suffix in HTML_SUFFIXES or (suffix not in _KNOWN and looks_like_html(data)):
            yield _guarded(name, lambda: self._page(extract_html(data, name=name), name))
        else:
            yield _guarded(name, lambda: self._text(data, name))

    def url_list(self, data: bytes, name: str) -> Iterator[IngestItem]:
        try:
            lines = decode_article_bytes(data, name).splitlines()
        except InputError as exc:
            yield error_item(name, exc)
            return
        for number, line in enumerate(lines, 1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if _scheme(url) in SCHEMES:
                yield from self.url(url)
            else:
                origin = f"{name}:{number}"
                error = InputError(f"{origin}: {url!r} is not an http:// or https:// URL")
                yield error_item(origin, error)

    def url(self, url: str) -> Iterator[IngestItem]:
        try:
            fetched = self.fetcher.fetch(url)
        except InputError as exc:
            yield error_item(url, exc)
            return
        if looks_like_feed(fetched.body, fetched.media_type):
            yield from self.feed(fetched.body, url, url=fetched.url, type_=fetched.content_type)
        else:
            yield _guarded(url, lambda: self._page(_fetched_article(fetched, url), url))

    def feed(
        self, data: bytes, origin: str, *, url: str | None = None, type_: str = ""
    ) -> Iterator[IngestItem]:
        try:
            feed = parse_feed(data, name=origin, url=url, content_type=type_)
        except InputError as exc:
            yield error_item(origin, exc)
            return
        for number, entry in enumerate(feed.entries, 1):
            yield self.entry(entry, feed, f"{origin}#{number}")

    def entry(self, entry: FeedEntry, feed: Feed, origin: str) -> IngestItem:
        """The entry's linked page; its own content when the link fails and it is long."""
        failure: InputError | None = None
        if entry.link:
            try:
                page = _fetched_article(self.fetcher.fetch(entry.link), entry.link)
            except InputError as exc:
                failure = exc
            else:
                return self._page(page, origin, entry, feed)
        if len(entry.content) >= MIN_ARTICLE_CHARS:
            page = HtmlArticle(entry.content, entry.title, entry.published, url=entry.link)
            return self._page(page, origin, entry, feed)
        note = f"the entry's own text is too short to stand in ({len(entry.content)} characters)"
        if failure is None:
            return error_item(origin, NotArticleError(f"{origin}: no link, and {note}"))
        return error_item(origin, _with_note(failure, note), entry.lang)

    def _page(
        self,
        page: HtmlArticle,
        origin: str,
        entry: FeedEntry | None = None,
        feed: Feed | None = None,
    ) -> IngestItem:
        return article_item(
            origin,
            text=page.text,
            metadata_date=page.published or (entry.published if entry else None),
            user_date=self.published,
            title=page.title or (entry.title if entry else None),
            url=page.url or (entry.link if entry else None),
            source=page.site or (feed.title if feed else None),
            declared_lang=page.lang or (entry.lang if entry else None),
        )

    def _text(self, data: bytes, origin: str) -> IngestItem:
        name = "standard input" if origin == STDIN else origin
        text = decode_article_bytes(data, name)
        dated = None if origin == STDIN else _name_date(origin)
        return article_item(origin, text=text, metadata_date=dated, user_date=self.published)


_KNOWN = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | URL_LIST_SUFFIXES


def _fetched_article(fetched: Fetched, name: str) -> HtmlArticle:
    """The article a fetched page holds: plain text as is, anything else as HTML."""
    check_not_binary(fetched.body, name)
    body: bytes | str = fetched.body
    if fetched.charset:
        try:
            body = fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            body = fetched.body  # a wrong charset header: let the page's own markup decide
    if fetched.media_type == _PLAIN_TEXT:
        text = body if isinstance(body, str) else decode_article_bytes(body, name)
        return HtmlArticle(text, url=fetched.url)
    return extract_html(body, url=fetched.url, name=name)


def _scheme(source: str) -> str:
    """The scheme a source names («https»), lowercase; "" for a path. Never raises."""
    scheme, separator, _ = source.partition("://")
    return scheme.lower() if separator else ""


def _guarded(origin: str, build: Callable[[], IngestItem]) -> IngestItem:
    """The item ``build`` makes, or an error item when it raises an :class:`InputError`."""
    try:
        return build()
    except InputError as exc:
        return error_item(origin, exc)


def _with_note(error: InputError, note: str) -> InputError:
    """The same kind of error, its message extended by ``note``."""
    extended = type(error)(f"{error}; {note}")
    extended.__cause__ = error
    return extended


def _is_data_file(path: Path) -> bool:
    """A data or output file (``x.gold.yaml``, ``wirewatch.db-wal``), not an article."""
    suffixes = {suffix.lower() for suffix in path.suffixes}
    return bool(suffixes & NOT_ARTICLE_SUFFIXES) and path.suffix.lower() not in _KNOWN


def _name_date(origin: str) -> date | None:
    """The date a plain-text file's name carries («afp-2016-05-01-alep.txt»): the only
    metadata such a file has."""
    found = _NAME_DATE.search(Path(origin).name)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1))
    except ValueError:
        return None


def _visible_files(root: Path) -> Iterator[Path]:
    """Every file under ``root`` whose path has no hidden (dot) part; links to folders
    are not followed."""
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            if not name.startswith("."):
                yield Path(folder, name)
