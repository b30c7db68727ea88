"""wirewatch: French news articles in, evidence-backed conflict events out."""

import logging

from wirewatch.config import Settings
from wirewatch.errors import WirewatchError
from wirewatch.process import IngestReport, extract, ingest, process, process_many
from wirewatch.store import EventQuery, open_store
from wirewatch.types import Article, ArticleResult, Event, MergedEvent, Span

open = open_store  # wirewatch.open("wirewatch.db").events(country="SY")

__all__ = [
    "Article",
    "ArticleResult",
    "Event",
    "EventQuery",
    "IngestReport",
    "MergedEvent",
    "Settings",
    "Span",
    "WirewatchError",
    "extract",
    "ingest",
    "open",
    "open_store",
    "process",
    "process_many",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
