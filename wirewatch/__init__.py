"""wirewatch: French news articles in, evidence-backed conflict events out."""

import logging

from wirewatch.config import Settings
from wirewatch.errors import WirewatchError
from wirewatch.process import extract, process, process_many
from wirewatch.types import Article, ArticleResult, Event, Span

__all__ = [
    "Article",
    "ArticleResult",
    "Event",
    "Settings",
    "Span",
    "WirewatchError",
    "extract",
    "process",
    "process_many",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
