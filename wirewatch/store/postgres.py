"""The PostgreSQL store (psycopg 3): the same schema and behaviour as SQLite, on a server."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from wirewatch.errors import StoreError
from wirewatch.store.sql import Row, SqlStore
from wirewatch.types import Article

_TEXT_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"


class PostgresStore(SqlStore):
    """A Store in a PostgreSQL database named by a ``postgresql://`` URL."""

    dialect = "postgres"

    def __init__(self, url: str) -> None:
        self.url = url
        self._depth = 0
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {_safe(url)}: {exc}".strip()) from exc
        self.migrate()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            cursor = self._conn.execute(sql.replace("?", "%s"), tuple(params))
            return list(cursor.fetchall()) if cursor.description else []
        except psycopg.Error as exc:
            raise StoreError(f"{_safe(self.url)}: {exc}".strip()) from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        self._depth = 1
        try:
            with self._conn.transaction():
                yield
        finally:
            self._depth = 0

    def _index_text(self, article: Article) -> None:
        """The GIN index over ``to_tsvector`` follows the articles table by itself."""

    def _text_match(self, words: str) -> tuple[str, list[Any]]:
        return (
            f"SELECT id FROM articles WHERE {_TEXT_VECTOR} @@ plainto_tsquery('simple', ?)",
            [words],
        )

    def close(self) -> None:
        self._conn.close()


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return "the database"
    info.pop("password", None)
    return " ".join(f"{k}={v}" for k, v in sorted(info.items()))
