"""Ingest: every kind of input (files, directories, JSONL, HTML, feeds, URLs) to articles."""

from wirewatch.ingest.feeds import Feed, FeedEntry, looks_like_feed, parse_feed
from wirewatch.ingest.fetch import Fetched, Fetcher, UrlFetcher
from wirewatch.ingest.html import MIN_ARTICLE_CHARS, HtmlArticle, extract_html
from wirewatch.ingest.items import IngestItem, PublishedBasis
from wirewatch.ingest.jsonl import read_jsonl
from wirewatch.ingest.plaintext import MAX_BYTES, decode_article_bytes, read_article_text
from wirewatch.ingest.sources import iter_articles

__all__ = [
    "MAX_BYTES",
    "MIN_ARTICLE_CHARS",
    "Feed",
    "FeedEntry",
    "Fetched",
    "Fetcher",
    "HtmlArticle",
    "IngestItem",
    "PublishedBasis",
    "UrlFetcher",
    "decode_article_bytes",
    "extract_html",
    "iter_articles",
    "looks_like_feed",
    "parse_feed",
    "read_article_text",
    "read_jsonl",
]
