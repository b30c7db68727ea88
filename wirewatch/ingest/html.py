"""HTML pages: main text and metadata (title, date, language, URL) via trafilatura, offline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import Any

import trafilatura

from wirewatch.errors import EmptyInputError, NotArticleError
from wirewatch.ingest.plaintext import check_not_binary

MIN_ARTICLE_CHARS = 200  # less main text than this is an index, a login page, a teaser
# Only the page's markup dates it (meta tags, <time>, the URL); htmldate's free-text search
# would guess a date from any number in the page.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Elements that start a new line of text. Rows and terms (tr, dt) need no entry of their
# own: the cells and definitions inside them (td, th, dd) start lines already.
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "figcaption"}
    | {"figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"}
    | {"nav", "ol", "p", "pre", "section", "table", "td", "th", "ul"}
)
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[^\S\n]+")
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S
)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What an HTML page holds: its main text and what its markup says about it."""

    text: str
    title: str | None = None
    published: date | None = None
    lang: str | None = None  # the <html lang> tag as written («fr-FR»)
    url: str | None = None
    site: str | None = None


def extract_html(
    data: bytes | str,
    *,
    url: str | None = None,
    name: str = "page",
    min_chars: int = MIN_ARTICLE_CHARS,
) -> HtmlArticle:
    """The article an HTML page holds; no network is used.

    ``url`` is where the page was fetched from (it wins over the page's canonical link).
    A page with less than ``min_chars`` characters of main text raises
    :class:`NotArticleError`; empty or binary input raises the matching :class:`InputError`.
    """
    if isinstance(data, bytes):
        check_not_binary(data, name)
    elif not data.strip():
        raise EmptyInputError(f"{name} is empty: there is no article text to read")
    try:
        tree = trafilatura.load_html(data)
        document = None if tree is None else _extract(tree, url)
    except (ValueError, TypeError) as exc:
        raise NotArticleError(f"{name}: the HTML cannot be parsed ({exc})") from exc
    text = (document.text or "").strip() if document is not None else ""
    if document is None or len(text) < min_chars:
        found = f"only {len(text)} characters of main text" if text else "no main text"
        raise NotArticleError(
            f"{name}: {found} (an article has at least {min_chars}); it looks like an index, "
            "login or error page rather than an article"
        )
    return HtmlArticle(
        text=text,
        title=_clean(document.title),
        published=_parse_date(document.date),
        lang=_declared_lang(tree),
        url=url or _clean(document.url),
        site=_clean(document.sitename),
    )


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` starts as an HTML document does (a doctype, ``<html>``, ...)."""
    return _HTML_START.match(data.removeprefix(b"\xef\xbb\xbf")[:4096]) is not None


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment (a feed entry's content): one line per block, no tags."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _extract(tree: Any, url: str | None) -> Any:
    return trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )


def _declared_lang(tree: Any) -> str | None:
    """The language the root element declares (``lang`` or ``xml:lang``)."""
    value = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    return _clean(value) if isinstance(value, str) else None


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


class _TextParser(HTMLParser):
    """Collects text, starting a new line at each block-level element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))
