"""Storing articles and events: the Store protocol, SQLite and PostgreSQL, cross-article merge."""

from __future__ import annotations

from pathlib import Path

from wirewatch.store.base import (
    ArticleState,
    EventQuery,
    IngestErrorRecord,
    Store,
    StoreCounts,
    StoredArticle,
    country_code,
)
from wirewatch.store.corrections import CORRECTION_FIELDS, Correction
from wirewatch.store.sql import SqlStore
from wirewatch.store.sqlite import SQLiteStore

DEFAULT_DB = "wirewatch.db"

__all__ = [
    "CORRECTION_FIELDS",
    "DEFAULT_DB",
    "ArticleState",
    "Correction",
    "EventQuery",
    "IngestErrorRecord",
    "SQLiteStore",
    "SqlStore",
    "Store",
    "StoreCounts",
    "StoredArticle",
    "country_code",
    "open_store",
]


def open_store(target: str | Path = DEFAULT_DB) -> SqlStore:
    """The store a path or URL names: ``postgresql://...`` or a SQLite file (made if absent)."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from wirewatch.store.postgres import PostgresStore  # psycopg only when asked for

        return PostgresStore(text)
    return SQLiteStore(text)
